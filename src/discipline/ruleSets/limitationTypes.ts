/**
 * The shape of the limitation rules (discipline.md §3): the exemption flags, one subject's rule,
 * and a dated version. Re-exported by `../limitationRules.ts`.
 * @module
 */
import type { DisciplineForm } from '../../i18n/vocabulary.js';
import type { Label } from '../../i18n/label.js';
import type { Citation } from '../../legal/citation.js';
import type { RuleSetInfo } from '../../legal/ruleSets.js';

/**
 * The subject-matter flags that take a violation out of the limitation rules (O-8): the library
 * can not classify conduct, so the caller states it.
 * - `internalPolitics`: vi phạm (về) chính trị nội bộ;
 * - `defenceSecurityForeignHarmingNationalInterest`: quốc phòng, an ninh, đối ngoại có xâm hại đến
 *   lợi ích quốc gia (, dân tộc);
 * - `illegalDiploma`: sử dụng văn bằng, chứng chỉ, chứng nhận không hợp pháp (members only).
 * @example
 * ```ts
 * import { LIMITATION_EXEMPTIONS } from 'nq4';
 * LIMITATION_EXEMPTIONS.includes('illegalDiploma'); // true
 * ```
 * @category Discipline
 */
export const LIMITATION_EXEMPTIONS = ['internalPolitics', 'defenceSecurityForeignHarmingNationalInterest', 'illegalDiploma'] as const;

/**
 * A subject-matter exemption flag.
 * @example
 * ```ts
 * import { checkLimitation, type LimitationExemption } from 'nq4';
 * const exemption: LimitationExemption = 'internalPolitics';
 * const facts = { subject: 'officialMember', warrantedForm: 'warning', violationOn: '2005-01-01', conclusionOn: '2023-08-15' } as const;
 * checkLimitation({ ...facts, exemptions: { [exemption]: true } }).status; // 'noLimitation'
 * ```
 * @category Discipline
 */
export type LimitationExemption = (typeof LIMITATION_EXEMPTIONS)[number];

/**
 * The limitation rule of one version for one kind of subject.
 * @example
 * ```ts
 * import { limitationRuleSets, type SubjectLimitationRule } from 'nq4';
 * const rule: SubjectLimitationRule | undefined = limitationRuleSets.forDate('2023-08-15').members;
 * rule?.periodMonths.warning; // 120
 * rule?.noLimitationForms; // ['expulsion']
 * ```
 * @category Discipline
 */
export interface SubjectLimitationRule {
  /** The period in calendar months per warranted form (60 or 120). */
  readonly periodMonths: { readonly [F in DisciplineForm]?: number };
  /** Forms with no limitation (khai trừ, giải tán). */
  readonly noLimitationForms: readonly DisciplineForm[];
  /** Subject-matter exemptions in this version's list. */
  readonly exemptions: readonly LimitationExemption[];
  /** Where the periods are written. */
  readonly periodSource: Citation;
  /** Where the exemptions are written. */
  readonly exemptSource: Citation;
  /** Where the restart on a new violation is written. */
  readonly restartSource: Citation;
  /** Where "count from the end of a continuing violation" comes from, with its status. */
  readonly continuingSource: Citation;
  /** True when guidance lets the period run from discovery when the end can not be fixed (HD 05). */
  readonly discoveryStart: boolean;
  /** True when guidance excludes deferral and criminal-procedure periods (HD 05, O-17). */
  readonly excludedPeriods: boolean;
}

/**
 * A version of the limitation rules: a registered rule set of the `discipline` area. A subject
 * kind without a rule is a gap (the text was not seen).
 * @example
 * ```ts
 * import { limitationRuleSets, type LimitationRuleSet } from 'nq4';
 * const set: LimitationRuleSet = limitationRuleSets.forDate('2019-01-01');
 * set.id; // 'qd102-qd07'
 * set.organizations?.periodMonths.reprimand; // 60
 * ```
 * @category Discipline
 */
export interface LimitationRuleSet extends RuleSetInfo {
  /** Always `"discipline"`. */
  readonly area: 'discipline';
  /** The rule for members (official and probationary); absent where the text is unknown. */
  readonly members?: SubjectLimitationRule;
  /** The rule for party organizations; absent where the text is unknown. */
  readonly organizations?: SubjectLimitationRule;
  /** Why a subject kind has no rule here, in both languages. */
  readonly gapReason?: Label;
}
