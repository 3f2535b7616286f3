/**
 * The shape of a dated discipline rule set: what one regulation brings (its definition) and what
 * governs a day once every earlier regulation is folded in (the resolved {@link DisciplineRuleSet}).
 * @module
 */
import type { IsoDate } from '../../_lib/dates.js';
import type { DisciplineForm, DisciplineSubject } from '../../i18n/vocabulary.js';
import type { Label } from '../../i18n/label.js';
import type { Citation } from '../../legal/citation.js';
import type { RuleSetInfo } from '../../legal/ruleSets.js';
import type { LimitationRuleSet } from './limitationTypes.js';
import type { DecidingBodyRules } from '../decidingBodies.js';

/**
 * A subject's closed list of forms, as one regulation writes it.
 * @example
 * ```ts
 * import { disciplineRuleSets, type FormListRule } from 'nq4';
 * const rule: FormListRule = disciplineRuleSets.forDate('2024-01-01').formLists.probationaryMember;
 * rule.forms; // ['reprimand', 'warning']
 * ```
 * @category Discipline
 */
export interface FormListRule {
  /** The forms, mildest first. */
  readonly forms: readonly DisciplineForm[];
  /** The forms that need the member to hold a post (cách chức), if any. */
  readonly requiresPost: readonly DisciplineForm[];
  /** Where the list is written. */
  readonly sources: readonly Citation[];
}

/**
 * The closed lists of forms of the three subjects.
 * @example
 * ```ts
 * import { disciplineRuleSets, type FormListRules } from 'nq4';
 * const lists: FormListRules = disciplineRuleSets.forDate('2024-01-01').formLists;
 * lists.organization.forms; // ['reprimand', 'warning', 'dissolution']
 * ```
 * @category Discipline
 */
export type FormListRules = { readonly [S in DisciplineSubject]: FormListRule };

/**
 * A version of the limitation rules, without its dates (the registry dates it).
 * @example
 * ```ts
 * import { disciplineRuleSets, type LimitationRules } from 'nq4';
 * const rules: LimitationRules | undefined = disciplineRuleSets.forDate('2023-08-15').limitation;
 * rules?.id; // 'qd69'
 * rules?.members?.periodMonths.reprimand; // 60
 * ```
 * @category Discipline
 */
export type LimitationRules = Omit<LimitationRuleSet, 'area' | 'validFrom' | 'validTo'>;

/**
 * When a decision lapses by itself ("đương nhiên chấm dứt hiệu lực", discipline.md §5.1).
 * @example
 * ```ts
 * import { disciplineRuleSets, type ExpiryRule } from 'nq4';
 * const expiry: ExpiryRule | undefined = disciplineRuleSets.forDate('2023-08-15').expiry;
 * expiry?.months; // 12
 * expiry?.subjects; // ['organization', 'officialMember', 'probationaryMember']
 * ```
 * @category Discipline
 */
export interface ExpiryRule {
  /** The period in bilingual words ("QĐ 69-QĐ/TW", "the QĐ 22-QĐ/TW period"). */
  readonly label: Label;
  /** Months to expiry; absent when the text was not seen. */
  readonly months?: number;
  /** Subjects the text speaks of (empty when the text was not seen). */
  readonly subjects: readonly DisciplineSubject[];
  /** Where the rule is written; absent when the text was not seen. */
  readonly source?: Citation;
  /** Present when time served under an earlier decision whose form was changed counts (HD 05 on QĐ 69). */
  readonly changedFormCountsServedTime?: Citation;
}

/**
 * A planning and appointment parameter (O-15): advice, never a hard gate.
 * @example
 * ```ts
 * import { disciplineRuleSets, type PlanningRule } from 'nq4';
 * const planning: PlanningRule | undefined = disciplineRuleSets.forDate('2023-08-15').planning;
 * planning?.code; // 'noPlanningOrHigherAppointment'
 * planning?.months.warning; // 30
 * ```
 * @category Discipline
 */
export interface PlanningRule {
  /** What the bar says. */
  readonly code: 'noPlanningOrHigherAppointment' | 'mayBeConsideredForHigherPostAfter';
  /** Months per form. */
  readonly months: { readonly [F in DisciplineForm]?: number };
  /** True when the text gives a minimum ("ít nhất"). */
  readonly atLeast?: boolean;
  /** Where it is written. */
  readonly source: Citation;
  /** Present when the cadre is also removed from planning at once (HD 45 Mục I điểm 8). */
  readonly removeFromPlanning?: Citation;
  /** A caveat on the dating of the text, when its start is a library inference. */
  readonly datingCaveat?: Label;
}

/**
 * What one regulation brings to discipline: its first day and the rules it writes or changes.
 * Rules it does not name stay as the earlier regulations left them. @internal
 */
export interface DisciplineRuleSetDefinition<Id extends string = string> {
  /** The regulation's id, unique in the list. */
  readonly id: Id;
  /** Its name in both languages. */
  readonly label: Label;
  /** Its first day; the previous rule set ends the day before. */
  readonly validFrom: IsoDate;
  /** The clauses it encodes. */
  readonly sources: readonly Citation[];
  /** The form lists it writes. */
  readonly formLists?: FormListRules;
  /** The limitation rules it writes. */
  readonly limitation?: LimitationRules;
  /** The expiry rule it writes. */
  readonly expiry?: ExpiryRule;
  /** The planning parameter it writes. */
  readonly planning?: PlanningRule;
  /** The deciding-body rules it writes. */
  readonly decidingBodies?: DecidingBodyRules;
}

/**
 * The discipline rules that govern a day: one dated rule set per regulation, each holding every
 * mechanism (form lists, limitation, expiry, planning, deciding bodies) as folded from the
 * regulations up to it.
 * @example
 * ```ts
 * import { disciplineRuleSets, type DisciplineRuleSet } from 'nq4';
 * const set: DisciplineRuleSet = disciplineRuleSets.forDate('2025-08-01');
 * set.id; // 'qd294'
 * set.decidingBodies.districtLevel; // false
 * ```
 * @category Discipline
 */
export interface DisciplineRuleSet extends RuleSetInfo {
  /** Always `"discipline"`. */
  readonly area: 'discipline';
  /** The closed lists of forms per subject. */
  readonly formLists: FormListRules;
  /** The limitation rules; absent before QĐ 102-QĐ/TW (no text seen). */
  readonly limitation?: LimitationRules;
  /** When a decision lapses; absent before QĐ 30-QĐ/TW (no text seen). */
  readonly expiry?: ExpiryRule;
  /** Planning and appointment parameters; absent before QĐ 105-QĐ/TW. */
  readonly planning?: PlanningRule;
  /** Who may decide what, and whether the district level exists. */
  readonly decidingBodies: DecidingBodyRules;
}
