/**
 * The boundary schemas of the discipline area, for the JSON Schema files of `schemas/`: each
 * validated argument of each public function (the schemas the functions parse with), and a
 * zod/mini description of each main result, tied to its TypeScript type at compile time.
 *
 * Not imported by the library's functions (and not exported from `src/index.ts`), so it costs a
 * bundle nothing. Each schema is a `z.lazy` wrapper marked pure: built on first use.
 * @internal
 */
import * as z from 'zod/mini';
import { DISCIPLINE_FORMS, NON_DISCIPLINARY_MEASURES, SUBJECT_KINDS } from '../i18n/vocabulary.js';
import { citationSchema, conforms, explanationSchema, isoDateOut, labelSchema, tallySchema } from '../_lib/outputSchemas.js';

/** `AppliedOption`: an option that changed a result. */
const appliedOptionSchema = () => z.strictObject({ name: z.string(), value: z.union([z.string(), z.number(), z.boolean()]), effect: labelSchema });
import { disciplineCheckInputSchema, disciplineCheckOptionsSchema, type DisciplineCheckResult } from './checkDiscipline.js';
import { disciplineDecisionSchema, disciplineEffectsOptionsSchema, type DisciplineBar, type DisciplineEffectsResult } from './effects.js';
import { disciplineFormsOptionsSchema, type AllowedDisciplineForm } from './forms.js';
import { limitationInputSchema, limitationOptionsSchema, type LimitationResult } from './limitation.js';
import { subjectSchema } from './schemas.js';
import { disciplineRecordsSchema, type DisciplineTallyResult } from './tallyDisciplines.js';

const count = () => z.number().check(z.int(), z.gte(0));
const form = () => z.enum(DISCIPLINE_FORMS);

/** `AllowedDisciplineForm`: one form a subject may receive. */
export const allowedDisciplineFormSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    form: form(),
    label: labelSchema,
    severity: z.number(),
    rank: z.number().check(z.int(), z.gte(1)),
    requiresPost: z.boolean(),
    sources: z.array(citationSchema),
  }),
);

/** The result of `listDisciplineForms`: the allowed forms, mildest first. */
export const allowedDisciplineFormsSchema = /* @__PURE__ */ z.lazy(() => z.array(allowedDisciplineFormSchema));

/** `LimitationResult`, the result of `checkLimitation`. */
export const limitationResultSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    status: z.enum(['within', 'timeBarred', 'noLimitation', 'unknown']),
    deadline: z.optional(isoDateOut()),
    periodMonths: z.optional(count()),
    countedFrom: z.optional(isoDateOut()),
    excludedDays: count(),
    ruleSet: z.optional(z.strictObject({ id: z.string(), label: labelSchema })),
    assumedContinuity: z.boolean(),
    restarts: z.array(
      z.strictObject({
        violationOn: isoDateOut(),
        effect: z.enum(['restarted', 'afterDeadline', 'notAfterStart', 'afterConclusion']),
        deadlineBefore: isoDateOut(),
        deadlineAfter: isoDateOut(),
      }),
    ),
    options: z.array(appliedOptionSchema()),
    optionsThatMattered: z.array(z.string()),
    explanation: explanationSchema,
  }),
);

/** `DisciplineCheckResult`, the result of `checkDiscipline`. */
export const disciplineCheckResultSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    status: z.enum(['allowed', 'broken']),
    ok: z.boolean(),
    broken: z.array(
      z.strictObject({
        code: z.string(),
        text: labelSchema,
        citations: z.array(citationSchema),
        basis: z.enum(['statute', 'regulation', 'inference']),
        instead: z.optional(z.strictObject({ measure: z.enum(NON_DISCIPLINARY_MEASURES), label: labelSchema, citation: citationSchema })),
      }),
    ),
    unknowns: z.array(z.strictObject({ code: z.string(), text: labelSchema })),
    authority: z.enum(['confirmed', 'rejected', 'unknown', 'notChecked']),
    options: z.array(appliedOptionSchema()),
    explanation: explanationSchema,
  }),
);

/** `DisciplineBar`: a bar on election, appointment or planning that follows from a decision. */
const disciplineBarSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    code: z.string(),
    label: labelSchema,
    from: isoDateOut(),
    until: z.optional(isoDateOut()),
    inForce: z.boolean(),
    hardGate: z.boolean(),
    source: citationSchema,
  }),
);

/** `DisciplineEffectsResult`, the result of `getDisciplineEffects`. */
export const disciplineEffectsResultSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    status: z.enum(['notYetInEffect', 'inEffect', 'expired', 'permanent', 'unknown']),
    inEffect: z.optional(z.boolean()),
    effectiveFrom: isoDateOut(),
    expiresOn: z.optional(isoDateOut()),
    bars: z.array(disciplineBarSchema),
    barsInForce: z.array(disciplineBarSchema),
    forRating: z.strictObject({
      form: form(),
      decidedOn: isoDateOut(),
      violationOn: z.optional(isoDateOut()),
      relatedToOfficialDuty: z.optional(z.boolean()),
      selfReportedAndRemedied: z.optional(z.boolean()),
      countedInYear: z.optional(z.number().check(z.int())),
      atPreviousUnit: z.optional(z.boolean()),
    }),
    options: z.array(appliedOptionSchema()),
    explanation: explanationSchema,
  }),
);

/** `DisciplineTallyResult`, the result of `tallyDisciplines`. */
export const disciplineTallyResultSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    tally: tallySchema,
    disciplined: z.partialRecord(z.enum(SUBJECT_KINDS), count()),
    nonDisciplinary: z.partialRecord(z.enum(SUBJECT_KINDS), count()),
    total: count(),
  }),
);

/**
 * The boundary schemas of the discipline area, for the JSON Schema files of `schemas/`: inputs
 * keyed `function.argument` in argument order, outputs keyed by result type. The keys keep the
 * names `scripts/json-schemas.ts` lists (`limitation`, `disciplineEffects`, `disciplineForms`, the
 * deprecated aliases of `checkLimitation`, `getDisciplineEffects`, `listDisciplineForms`) until
 * that script moves to the new names.
 * @internal
 */
export const disciplineSchemaCatalog = {
  inputs: {
    'listDisciplineForms.subject': subjectSchema,
    'disciplineForms.subject': subjectSchema,
    'listDisciplineForms.options': disciplineFormsOptionsSchema,
    'disciplineForms.options': disciplineFormsOptionsSchema,
    'checkLimitation.input': limitationInputSchema,
    'limitation.input': limitationInputSchema,
    'checkLimitation.options': limitationOptionsSchema,
    'limitation.options': limitationOptionsSchema,
    'checkDiscipline.input': disciplineCheckInputSchema,
    'checkDiscipline.options': disciplineCheckOptionsSchema,
    'getDisciplineEffects.decision': disciplineDecisionSchema,
    'disciplineEffects.decision': disciplineDecisionSchema,
    'getDisciplineEffects.options': disciplineEffectsOptionsSchema,
    'disciplineEffects.options': disciplineEffectsOptionsSchema,
    'tallyDisciplines.records': disciplineRecordsSchema,
  },
  outputs: {
    AllowedDisciplineForms: allowedDisciplineFormsSchema,
    LimitationResult: limitationResultSchema,
    DisciplineCheckResult: disciplineCheckResultSchema,
    DisciplineEffectsResult: disciplineEffectsResultSchema,
    DisciplineTallyResult: disciplineTallyResultSchema,
  },
} as const;

conforms<AllowedDisciplineForm>()(allowedDisciplineFormSchema);
conforms<readonly AllowedDisciplineForm[]>()(allowedDisciplineFormsSchema);
conforms<LimitationResult>()(limitationResultSchema);
conforms<DisciplineCheckResult>()(disciplineCheckResultSchema);
conforms<DisciplineBar>()(disciplineBarSchema);
conforms<DisciplineEffectsResult>()(disciplineEffectsResultSchema);
conforms<DisciplineTallyResult>()(disciplineTallyResultSchema);
