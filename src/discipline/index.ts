/**
 * Party discipline: forms per subject, statute of limitations, checks, effects over time, tallies.
 * @module
 */
export { DISCIPLINE_FORM_LISTS, listDisciplineForms, disciplineForms, isDisciplineForm, isNonDisciplinaryMeasure } from './forms.js';
export type { DisciplineFormList, AllowedDisciplineForm, ListDisciplineFormsOptions, DisciplineFormsOptions } from './forms.js';
export type { MonthEndConvention } from './calendar.js';
export { disciplineRuleSets } from './ruleSets/index.js';
export type { DisciplineRuleSet, DisciplineRuleSetId, ExpiryRule, FormListRule, FormListRules, LimitationRules, PlanningRule } from './ruleSets/index.js';
export type { AuthorityFact, AuthorityFacts, AuthorityRule, DecidingBodyRules, LevelCover } from './decidingBodies.js';
export { LIMITATION_EXEMPTIONS, LIMITATION_RULE_SETS, limitationRuleSets } from './limitationRules.js';
export type { LimitationExemption, LimitationRuleSet, SubjectLimitationRule } from './limitationRules.js';
export { checkLimitation, safeCheckLimitation, limitation, safeLimitation, LIMITATION_STATUS_LABELS, LIMITATION_EXEMPTION_LABELS } from './limitation.js';
export type {
  LimitationStatus,
  LimitationInput,
  CheckLimitationOptions,
  LimitationOptions,
  LimitationResult,
  LimitationRestart,
  ExcludedPeriod,
} from './limitation.js';
export {
  checkDiscipline,
  safeCheckDiscipline,
  DECIDING_BODIES,
  DECIDING_BODY_LABELS,
  DECIDING_BODY_LEVELS,
  DECIDING_BODY_LEVEL_LABELS,
} from './checkDiscipline.js';
export type {
  DecidingBody,
  DecidingBodyLevel,
  DisciplineCheckInput,
  CheckDisciplineOptions,
  DisciplineCheckOptions,
  DisciplineCheckResult,
  DisciplineCheckStatus,
  DisciplineRuleBreach,
  AuthorityEntry,
} from './checkDiscipline.js';
export { getDisciplineEffects, safeGetDisciplineEffects, disciplineEffects, safeDisciplineEffects } from './effects.js';
export type {
  DisciplineDecision,
  GetDisciplineEffectsOptions,
  DisciplineEffectsOptions,
  DisciplineEffectsResult,
  DecisionEffectStatus,
  DisciplineBar,
  DisciplineFactForRating,
} from './effects.js';
export { tallyDisciplines, safeTallyDisciplines } from './tallyDisciplines.js';
export type { DisciplineRecord, DisciplineTallyResult } from './tallyDisciplines.js';
