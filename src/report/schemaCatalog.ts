/**
 * The boundary schemas of the report area, for the JSON Schema files of `schemas/`: each
 * validated argument of each public function (the schemas the functions parse with, or, where a
 * function checks by hand for speed, the schema its hand check is tested against), and a
 * zod/mini description of each main result, tied to its TypeScript type at compile time.
 *
 * Not imported by the library's functions (and not exported from `src/index.ts`), so it costs a
 * bundle nothing. Each schema is a `z.lazy` wrapper marked pure: built on first use.
 * @internal
 */
import * as z from 'zod/mini';
import { NQ4_ISSUE_CODES } from '../errors.js';
import type { AppliedOption } from '../explain/explanation.js';
import { tallyInputSchema } from '../tally/tally.js';
import { citationSchema, conforms, explanationSchema, isoDateOut, labelSchema, tallySchema } from '../_lib/outputSchemas.js';
import { buildUnitTreeOptionsSchema, unitListSchema, type TreeUnit, type UnitTree, type UnitTreeWarning } from './buildUnitTree.js';
import {
  FIGURE_MEASURES,
  FIGURE_SUBJECTS,
  reconcileOptionsSchema,
  reconcileReportSchema,
  type GroupResult,
  type ReconcileFinding,
  type ReconcileResult,
  type StatedFigure,
  type StatedGroup,
} from './reconcile.js';
import { renderReportOptionsSchema, type RenderedReport } from './renderReport.js';
import type { RollUp, UnitRollUp } from './rollUp.js';
import { REPORT_PERIOD_KINDS, sealedReportSchema, sealReportInputSchema, verifySealExpectationSchema, type SealedReport, type VerifySealResult } from './seal.js';
import { UNIT_KINDS } from './unitKinds.js';
import { DISCIPLINE_FORMS, NON_DISCIPLINARY_MEASURES, RATING_LEVELS } from '../i18n/vocabulary.js';



const RECONCILE_CODES = [
  'negativeCount',
  'nonIntegerCount',
  'partsNotEqualTotal',
  'partsExceedTotal',
  'subsetExceedsTotal',
  'childrenNotEqualParent',
  'childrenExceedParent',
  'formImpossibleForSubject',
  'quotaExceeded',
  'quotaExceptionNeeded',
  'percentMismatch',
  'percentWithoutBase',
  'mixedHeading',
  'quotaNotChecked',
  'childrenPartial',
] as const;

const count = () => z.number().check(z.int(), z.gte(0));
const path = () => z.array(z.union([z.string(), z.number()]));
const kind = () => z.enum(UNIT_KINDS);
const period = () => z.strictObject({ from: isoDateOut(), to: isoDateOut(), kind: z.optional(z.enum(REPORT_PERIOD_KINDS)) });
const hash = () => z.string().check(z.regex(/^[0-9a-f]{64}$/));

/** `AppliedOption`, as the results of this area list them. */
const appliedOptionSchema = /* @__PURE__ */ z.lazy(() => z.strictObject({ name: z.string(), value: z.union([z.string(), z.number(), z.boolean()]), effect: labelSchema }));

/** `TreeUnit`: one unit of a built tree. */
export const treeUnitSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    code: z.string(),
    kind: kind(),
    parent: z.optional(z.string()),
    children: z.array(z.string()),
    depth: count(),
    name: z.optional(z.string()),
    members: z.optional(count()),
    officialMembers: z.optional(count()),
    approvedException: z.optional(z.boolean()),
    validFrom: z.optional(isoDateOut()),
    validTo: z.optional(isoDateOut()),
    successor: z.optional(z.string()),
  }),
);

/** `UnitTreeWarning`: an issue (code, path, messages, source) about one unit. */
export const unitTreeWarningSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    code: z.enum(NQ4_ISSUE_CODES),
    path: path(),
    messageVi: z.string(),
    messageEn: z.string(),
    source: z.optional(citationSchema),
    unitCode: z.string(),
    approved: z.boolean(),
  }),
);

/** `UnitTree`, the result of `buildUnitTree`. */
export const unitTreeSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    on: isoDateOut(),
    root: z.string(),
    units: z.record(z.string(), treeUnitSchema),
    order: z.array(z.string()),
    excluded: z.array(z.string()),
    successors: z.record(z.string(), z.string()),
    warnings: z.array(unitTreeWarningSchema),
    options: z.array(appliedOptionSchema),
  }),
);

/** `UnitRollUp`: the roll-up of one unit. */
export const unitRollUpSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    code: z.string(),
    kind: kind(),
    own: tallySchema,
    total: tallySchema,
    counters: z.strictObject({ units: count(), tccsd: count(), directBranches: count(), subCommittees: count(), partyCells: count() }),
    crossCutting: z.record(z.string(), tallySchema),
  }),
);

/** `RollUp`, the result of `rollUp`. */
export const rollUpSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    on: isoDateOut(),
    root: z.string(),
    total: tallySchema,
    units: z.record(z.string(), unitRollUpSchema),
    carried: z.array(z.strictObject({ from: z.string(), into: z.string() })),
  }),
);

/** `SealedReport`, the result of `sealReport`. */
export const sealedReportOutSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    content: z.strictObject({
      format: z.literal('nq4-report/1'),
      unit: z.string(),
      period: period(),
      ruleSets: z.record(z.string(), z.string()),
      tally: tallySchema,
      crossCutting: z.record(z.string(), tallySchema),
      children: z.array(z.strictObject({ unit: z.string(), period: period(), hash: hash() })),
    }),
    seal: z.strictObject({
      algorithm: z.literal('SHA-256'),
      canonicalization: z.literal('nq4-canonical-json/1'),
      hash: hash(),
      unit: z.string(),
      period: period(),
      ruleSets: z.record(z.string(), z.string()),
    }),
  }),
);

/** `VerifySealResult`, the result of `verifySeal`. */
export const verifySealResultSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({ status: z.enum(['valid', 'invalid']), valid: z.boolean(), actualHash: hash(), sealedHash: hash(), options: z.array(appliedOptionSchema), explanation: explanationSchema }),
);

/** `ReconcileFinding`: one finding of `reconcile`. */
export const reconcileFindingSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    code: z.enum(RECONCILE_CODES),
    severity: z.enum(['error', 'warning', 'note']),
    path: path(),
    figures: z.array(z.strictObject({ path: path(), value: z.number() })),
    explanation: explanationSchema,
  }),
);

/** `GroupClassification`: sums of stated values (a negative or fractional figure is counted as stated). */
export const groupClassificationSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({ discipline: z.number(), nonDisciplinary: z.number(), pending: z.number(), rating: z.number(), other: z.number() }),
);

/** `GroupResult`: the reading of one group of stated figures. */
export const groupResultSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    path: path(),
    id: z.optional(z.string()),
    classification: groupClassificationSchema,
    tally: tallySchema,
    unplaced: count(),
  }),
);

/** `ReconcileResult`, the result of `reconcile`. */
export const reconcileResultSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    status: z.enum(['consistent', 'inconsistent']),
    consistent: z.boolean(),
    findings: z.array(reconcileFindingSchema),
    groups: z.array(groupResultSchema),
    options: z.array(appliedOptionSchema),
    explanation: explanationSchema,
  }),
);

/** `RenderedReport`, the result of `renderReport`. */
export const renderedReportSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    vi: z.string(),
    en: z.string(),
    sentences: z.array(z.strictObject({ code: z.string(), vi: z.string(), en: z.string() })),
  }),
);

/** `StatedFigure` as `convertTallyToStatedGroups` writes it (and as `reconcile` reads it). */
export const statedFigureOutSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    id: z.optional(z.string()),
    value: z.number(),
    measure: z.enum(FIGURE_MEASURES),
    subject: z.optional(z.enum(FIGURE_SUBJECTS)),
    category: z.optional(z.enum([...DISCIPLINE_FORMS, ...NON_DISCIPLINARY_MEASURES, ...RATING_LEVELS])),
    orBetter: z.optional(z.boolean()),
    subset: z.optional(z.string()),
    percent: z.optional(
      z.strictObject({ value: z.number(), decimals: z.optional(count()), base: z.optional(z.number()), baseFigure: z.optional(z.string()) }),
    ),
    text: z.optional(z.string()),
    // [start, end): a two-item array (not z.tuple: `conforms` reads readonly tuples as arrays).
    span: z.optional(z.array(count()).check(z.length(2))),
  }),
);

/** `StatedGroup`: a total with its parts. */
export const statedGroupOutSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    id: z.optional(z.string()),
    total: z.optional(statedFigureOutSchema),
    parts: z.optional(z.array(statedFigureOutSchema)),
    complete: z.optional(z.boolean()),
    subsets: z.optional(z.array(statedFigureOutSchema)),
    text: z.optional(z.string()),
  }),
);

/** The stated groups of a tally, the result of `convertTallyToStatedGroups`. */
export const statedGroupsSchema = /* @__PURE__ */ z.lazy(() => z.array(statedGroupOutSchema));

/**
 * The tallies given to `rollUp`, by unit code. `rollUp` checks them by hand for speed (a national
 * roll-up has hundreds of thousands of units); the hand check accepts what `tally()` accepts.
 */
const leafTalliesSchema = /* @__PURE__ */ z.lazy(() => z.record(z.string(), tallyInputSchema));
/** The options of `rollUp` (checked by hand, as the tallies). */
const rollUpOptionsSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    crossCutting: z.optional(z.record(z.string(), z.record(z.string(), tallyInputSchema))),
    retiredUnits: z.optional(z.enum(['intoSuccessor', 'error'])),
  }),
);

/**
 * The boundary schemas of the report area, for the JSON Schema files of `schemas/`: inputs keyed
 * `function.argument` in argument order, outputs keyed by result type. `computeSha256Hex` (a string
 * or bytes) and `serializeCanonicalJson` (any JSON value) validate nothing a schema would add.
 * @internal
 */
export const reportSchemaCatalog = {
  inputs: {
    'buildUnitTree.units': unitListSchema,
    'buildUnitTree.options': buildUnitTreeOptionsSchema,
    'rollUp.tree': unitTreeSchema,
    'rollUp.leafTallies': leafTalliesSchema,
    'rollUp.options': rollUpOptionsSchema,
    'sealReport.input': sealReportInputSchema,
    'verifySeal.sealed': sealedReportSchema,
    'verifySeal.expected': verifySealExpectationSchema,
    'reconcile.report': reconcileReportSchema,
    'reconcile.options': reconcileOptionsSchema,
    'renderReport.tally': tallyInputSchema,
    'renderReport.options': renderReportOptionsSchema,
    'convertTallyToStatedGroups.tally': tallyInputSchema,
    'tallyToStatedGroups.tally': tallyInputSchema,
  },
  outputs: {
    UnitTree: unitTreeSchema,
    RollUp: rollUpSchema,
    SealedReport: sealedReportOutSchema,
    VerifySealResult: verifySealResultSchema,
    ReconcileResult: reconcileResultSchema,
    RenderedReport: renderedReportSchema,
    StatedGroups: statedGroupsSchema,
  },
} as const;

conforms<AppliedOption>()(appliedOptionSchema);
conforms<TreeUnit>()(treeUnitSchema);
conforms<UnitTreeWarning>()(unitTreeWarningSchema);
conforms<UnitTree>()(unitTreeSchema);
conforms<UnitRollUp>()(unitRollUpSchema);
conforms<RollUp>()(rollUpSchema);
conforms<SealedReport>()(sealedReportOutSchema);
conforms<VerifySealResult>()(verifySealResultSchema);
conforms<ReconcileFinding>()(reconcileFindingSchema);
conforms<GroupResult>()(groupResultSchema);
conforms<ReconcileResult>()(reconcileResultSchema);
conforms<RenderedReport>()(renderedReportSchema);
conforms<StatedFigure>()(statedFigureOutSchema);
conforms<StatedGroup>()(statedGroupOutSchema);
conforms<readonly StatedGroup[]>()(statedGroupsSchema);
