/**
 * The statute of limitations (thời hiệu) per version, as data (discipline.md §3, status Q2):
 *
 * - QĐ 102-QĐ/TW Điều 3 (members, 15-11-2017 → 05-07-2022): "5 năm đối với … khiển trách.
 *   10 năm đối với … cảnh cáo hoặc cách chức"; no limitation for khai trừ, "chính trị nội bộ; về an
 *   ninh, quốc phòng, đối ngoại có xâm hại đến lợi ích quốc gia và việc sử dụng văn bằng, chứng chỉ,
 *   chứng nhận không hợp pháp".
 * - QĐ 07-QĐi/TW Điều 5 (organizations, 28-08-2018 → 05-07-2022): 5 / 10 years; none for giải tán,
 *   internal politics, defence/security/foreign affairs (no diploma item).
 * - QĐ 69-QĐ/TW Điều 4 (both, from 06-07-2022; unchanged by QĐ 264 of 14-02-2025): "5 năm (60
 *   tháng)", "10 năm (120 tháng)"; the same exempt lists ("dân tộc" added).
 * - QĐ 212-QĐ/TW (signed 17-08-2026): reported only; content unknown (O-9, O-10).
 *
 * Gaps where the reference saw no text (members before 15-11-2017, organizations before
 * 28-08-2018, everything under QĐ 212) have no subject rule: `limitation` answers "unknown".
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Label } from '../i18n/label.js';
import { lazyRuleSetRegistry, type RuleSetRegistry } from '../legal/ruleSets.js';
import type { LimitationRuleSet, SubjectLimitationRule } from './ruleSets/limitationTypes.js';
import type { LimitationRules } from './ruleSets/types.js';
import { datedRules, LIMITATION_WRITERS } from './ruleSets/writers.js';
import { QD102_LIMITATION } from './ruleSets/qd102.js';
import { QD69_LIMITATION } from './ruleSets/qd69.js';

export { LIMITATION_EXEMPTIONS } from './ruleSets/limitationTypes.js';
export type { LimitationExemption, LimitationRuleSet, SubjectLimitationRule } from './ruleSets/limitationTypes.js';

/** The QĐ 69 rules, used when the caller opts into `assumeContinuity` over a gap. @internal */
export const CONTINUITY_RULES = /* @__PURE__ */ deepFreeze({
  members: QD69_LIMITATION.members as SubjectLimitationRule,
  organizations: QD69_LIMITATION.organizations as SubjectLimitationRule,
});

/** A limitation version dated by the discipline rule sets that hold it. */
function dated(v: { readonly rule: LimitationRules; readonly validFrom: string; readonly validTo?: string }): LimitationRuleSet {
  const { id, label, sources, members, organizations, gapReason } = v.rule;
  return {
    id,
    area: 'discipline',
    label,
    validFrom: v.validFrom,
    ...(v.validTo !== undefined ? { validTo: v.validTo } : {}),
    sources,
    ...(members ? { members } : {}),
    ...(organizations ? { organizations } : {}),
    ...(gapReason ? { gapReason } : {}),
  };
}

/**
 * The limitation rule sets, oldest first (O-7 picks one by the conclusion date by default): the
 * limitation rules of the discipline rule sets, each version dated from the first day of the
 * regulation that writes it to the day before the next one that does.
 * @example
 * ```ts
 * import { LIMITATION_RULE_SETS } from 'nq4';
 * LIMITATION_RULE_SETS.map((r) => r.id).join(', '); // 'qd102, qd102-qd07, qd69, qd69-qd264, qd212'
 * ```
 * @category Discipline
 */
export const LIMITATION_RULE_SETS: readonly LimitationRuleSet[] = /* @__PURE__ */ deepFreeze(datedRules(LIMITATION_WRITERS, 'limitation').map(dated));

/**
 * The registry of limitation rule sets (`area: "discipline"`): `forDate`, `resolve`, `byId`.
 *
 * @example
 * ```ts
 * import { limitationRuleSets } from 'nq4';
 * limitationRuleSets.forDate('2023-08-15').id; // 'qd69'
 * limitationRuleSets.resolve('2016-09-01').found; // false: before QĐ 102
 * ```
 * @category Discipline
 */
export const limitationRuleSets: RuleSetRegistry<LimitationRuleSet> = /* @__PURE__ */ lazyRuleSetRegistry('discipline', () => LIMITATION_RULE_SETS);

/** Organizations' gap before QĐ 07 (the one written in the `qd102` version). @internal */
export const PRE_QD07_GAP = QD102_LIMITATION.gapReason as Label;
