/**
 * Report aggregation: the unit hierarchy, roll-up, reconciliation, sealing and Vietnamese rendering.
 * @module
 */
export {
  UNIT_KINDS,
  UNIT_KIND_INFO,
  CONTAINMENT_RULES,
  UNIT_SIZE_RULES,
  REFORM_2025_DATE,
} from './unitKinds.js';
export type { UnitKind, UnitKindInfo, ContainmentRule } from './unitKinds.js';
export { buildUnitTree, unitInputSchema } from './buildUnitTree.js';
export type { BuildUnitTreeOptions, ExtraContainment, UnitInput, UnitSizeRuleOverrides, TreeUnit, UnitTree, UnitTreeWarning } from './buildUnitTree.js';
export { rollUp } from './rollUp.js';
export type { RollUp, RollUpOptions, UnitRollUp, UnitCounters } from './rollUp.js';
export { computeSha256Hex, sha256Hex } from './sha256.js';
export { serializeCanonicalJson, canonicalJson } from './canonicalJson.js';
export type { CanonicalValue } from './canonicalJson.js';
export { sealReport, verifySeal, REPORT_PERIOD_KINDS } from './seal.js';
export type { Seal, SealedChildRef, SealedContent, SealedReport, SealReportInput, ReportPeriod, ReportPeriodKind, VerifySealExpectation, VerifySealResult, VerifySealStatus } from './seal.js';
export { reconcile, FIGURE_MEASURES, FIGURE_SUBJECTS } from './reconcile.js';
export type {
  FigureMeasure,
  FigureSubject,
  StatedFigure,
  StatedPercent,
  StatedGroup,
  ReconcileReportInput,
  ReconcileOptions,
  ReconcileCode,
  ReconcileFinding,
  GroupClassification,
  GroupResult,
  ReconcileResult,
  ReconcileStatus,
} from './reconcile.js';
export { renderReport } from './renderReport.js';
export type { RenderPercentages, RenderReportOptions, RenderedReport, RenderedSentence } from './renderReport.js';
export { convertTallyToStatedGroups, tallyToStatedGroups } from './tallyToStatedGroups.js';
