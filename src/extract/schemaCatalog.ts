/**
 * The boundary schemas of the extract area, for the JSON Schema files of `schemas/`
 * (scripts/json-schemas.ts), and its result shapes written as zod/mini schemas, each tied to its
 * TypeScript type at compile time with `conforms`. Not exported from src/index.ts and not
 * imported by the library's functions: it costs a bundle nothing.
 * @internal
 */
import * as z from 'zod/mini';
import { manifestationIdSchema } from '../catalog/manifestations.js';
import { DISCIPLINE_FORMS, NON_DISCIPLINARY_MEASURES, RATING_LEVELS } from '../i18n/vocabulary.js';
import type { GroupClassification, ReconcileFinding } from '../report/reconcile.js';
import { groupClassificationSchema as reportClassification, reconcileFindingSchema as reportFinding } from '../report/schemaCatalog.js';
import type { Tally } from '../tally/tally.js';
import { conforms, explanationSchema, tallySchema } from '../_lib/outputSchemas.js';
import { statedBreakdownCheckInputSchema, type StatedBreakdownCheck, type StatedBreakdownCheckInput } from './checkStatedBreakdown.js';
import { extractTalliesOptionsSchema, extractTextSchema, type ExtractionResult, type ExtractTalliesOptions } from './extractTallies.js';
import {
  findManifestationMentionsOptionsSchema,
  type FindManifestationMentionsOptions,
  type ManifestationMention,
} from './findManifestationMentions.js';
import { EXTRACTED_TALLY_MEASURES } from './lexicon.js';
import { extractionReconcileOptionsSchema, type ReconcileExtractionOptions } from './reconcileExtraction.js';
import { extractionToTallyOptionsSchema, type ExtractionTally, type ConvertExtractionToTallyOptions } from './toTally.js';

/**
 * Every object of `T`, at every depth, with its keys made required and its leaves erased: two
 * types with the same fields everywhere give mutually assignable `KeyTree`s. `conforms` alone
 * does not see an optional field that the schema leaves out (both directions still assign).
 * A {@link Tally} is a leaf: its records are the shared `tallySchema`'s, tied where it is written.
 */
type KeyTree<T> = T extends Tally ? unknown : T extends readonly (infer U)[] ? KeyTree<U> : T extends object ? { -readonly [K in keyof T]-?: KeyTree<NonNullable<T[K]>> } : unknown;

/** Compiles only when the schema's output has the same fields as `T`, at every depth. */
const sameFields =
  <T>() =>
  <S extends z.ZodMiniType>(schema: S & ([KeyTree<T>] extends [KeyTree<z.output<S>>] ? ([KeyTree<z.output<S>>] extends [KeyTree<T>] ? unknown : never) : never)): S =>
    schema;

// ---- inputs, tied to the public types (options schemas have no transform: output = input)

conforms<string>()(extractTextSchema);
sameFields<string>()(extractTextSchema);
conforms<ExtractTalliesOptions>()(extractTalliesOptionsSchema);
sameFields<ExtractTalliesOptions>()(extractTalliesOptionsSchema);
conforms<FindManifestationMentionsOptions>()(findManifestationMentionsOptionsSchema);
sameFields<FindManifestationMentionsOptions>()(findManifestationMentionsOptionsSchema);
conforms<StatedBreakdownCheckInput>()(statedBreakdownCheckInputSchema);
sameFields<StatedBreakdownCheckInput>()(statedBreakdownCheckInputSchema);
conforms<ConvertExtractionToTallyOptions>()(extractionToTallyOptionsSchema);
sameFields<ConvertExtractionToTallyOptions>()(extractionToTallyOptionsSchema);
conforms<ReconcileExtractionOptions | undefined>()(extractionReconcileOptionsSchema);
sameFields<ReconcileExtractionOptions | undefined>()(extractionReconcileOptionsSchema);

// ---- outputs

// `[start, end)`: a pair. Written as an array of length 2, not `z.tuple`, because `conforms`
// (DeepMutable) reads a readonly tuple type as an array; JSON Schema gets minItems = maxItems = 2.
const span = () => z.array(z.number()).check(z.length(2));

const UNIT_KINDS = ['member', 'probationaryMember', 'officialMember', 'cadre', 'person', 'tccsd', 'directBranch', 'partyOrganization', 'collective', 'committee'] as const;
const CATEGORIES = [...DISCIPLINE_FORMS, ...RATING_LEVELS, 'goodOrBetter', 'satisfactoryOrBetter', ...NON_DISCIPLINARY_MEASURES, 'total'] as const;
const SUBJECTS = ['individual', 'collective', 'unknown'] as const;

// The report area's shapes, as a StatedBreakdownCheck carries them; tied to their types here too.
const reconcileFindingSchema = /* @__PURE__ */ z.lazy(() => conforms<ReconcileFinding>()(sameFields<ReconcileFinding>()(reportFinding)));
const groupClassificationSchema = /* @__PURE__ */ z.lazy(() => conforms<GroupClassification>()(sameFields<GroupClassification>()(reportClassification)));

/** The result of `checkStatedBreakdown`, and the `check` of each breakdown of a reading. */
export const statedBreakdownCheckSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    status: z.enum(['addsUp', 'partsBelowTotal', 'partsAboveTotal', 'approximate']),
    total: z.number(),
    sum: z.number(),
    difference: z.number(),
    reconcileStatus: z.enum(['consistent', 'inconsistent']),
    consistent: z.boolean(),
    findings: z.array(reconcileFindingSchema),
    classification: groupClassificationSchema,
    explanation: explanationSchema,
  }),
);

/** One tally a text states (`ExtractedTally`). */
export const extractedTallySchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    index: z.number(),
    measure: z.enum(EXTRACTED_TALLY_MEASURES),
    category: z.enum(CATEGORIES),
    subject: z.enum(SUBJECTS),
    unitKind: z.nullable(z.enum(UNIT_KINDS)),
    noun: z.nullable(z.string()),
    count: z.number(),
    approx: z.optional(z.enum(['under', 'over', 'about'])),
    of: z.optional(z.number()),
    percent: z.optional(z.number()),
    zeroByNegation: z.optional(z.boolean()),
    span: span(),
    quote: z.string(),
    countSpan: span(),
    sentenceSpan: span(),
    role: z.enum(['total', 'part', 'subset', 'standalone']),
    partOf: z.optional(z.number()),
    repeatOf: z.optional(z.number()),
  }),
);

/** The result of `extractTallies` (`ExtractionResult`). */
export const extractionResultSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    tallies: z.array(extractedTallySchema),
    breakdowns: z.array(
      z.strictObject({
        total: z.number(),
        parts: z.array(z.number()),
        kind: z.enum(['inSentence', 'parenthetical', 'detail', 'disposition']),
        check: statedBreakdownCheckSchema,
      }),
    ),
    unclassified: z.array(
      z.strictObject({
        count: z.optional(z.number()),
        subject: z.enum(SUBJECTS),
        noun: z.nullable(z.string()),
        reason: z.enum(['noCue', 'otherMeasure', 'truncated', 'tooLarge']),
        hint: z.optional(z.string()),
        span: span(),
        quote: z.string(),
        sentenceSpan: span(),
      }),
    ),
  }),
);

/** One place where a text speaks of the manifestations (`ManifestationMention`). */
export const manifestationMentionSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    kind: z.enum(['item', 'group', 'list']),
    ids: z.array(manifestationIdSchema),
    groups: z.array(z.union([z.literal(1), z.literal(2), z.literal(3)])),
    score: z.number(),
    scores: z.array(z.strictObject({ id: manifestationIdSchema, score: z.number() })),
    span: span(),
    quote: z.string(),
    listItem: z.optional(z.number()),
    negated: z.boolean(),
  }),
);

/** The result of `findManifestationMentions`: the mentions in text order. */
export const manifestationMentionsSchema = /* @__PURE__ */ z.lazy(() => z.array(manifestationMentionSchema));

/** The result of `extractionToTally` (`ExtractionTally`). */
export const extractionTallySchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    tally: tallySchema,
    placed: z.array(z.number()),
    unplaced: z.array(
      z.strictObject({
        index: z.number(),
        reason: z.enum(['repeat', 'subsetTotal', 'coveredByParts', 'noCategory', 'noSlot', 'unknownSubject']),
      }),
    ),
  }),
);

conforms<StatedBreakdownCheck>()(statedBreakdownCheckSchema);
sameFields<StatedBreakdownCheck>()(statedBreakdownCheckSchema);
conforms<ExtractionResult['tallies'][number]>()(extractedTallySchema);
sameFields<ExtractionResult['tallies'][number]>()(extractedTallySchema);
conforms<ExtractionResult>()(extractionResultSchema);
sameFields<ExtractionResult>()(extractionResultSchema);
conforms<ManifestationMention>()(manifestationMentionSchema);
sameFields<ManifestationMention>()(manifestationMentionSchema);
conforms<readonly ManifestationMention[]>()(manifestationMentionsSchema);
sameFields<readonly ManifestationMention[]>()(manifestationMentionsSchema);
conforms<ExtractionTally>()(extractionTallySchema);
sameFields<ExtractionTally>()(extractionTallySchema);

/** The boundary schemas of this area, for the JSON Schema files of `schemas/` (scripts/json-schemas.ts). @internal */
export const extractSchemaCatalog = {
  inputs: {
    'extractTallies.text': extractTextSchema,
    'extractTallies.options': extractTalliesOptionsSchema,
    'safeExtractTallies.text': extractTextSchema,
    'safeExtractTallies.options': extractTalliesOptionsSchema,
    'findManifestationMentions.text': extractTextSchema,
    'findManifestationMentions.options': findManifestationMentionsOptionsSchema,
    'safeFindManifestationMentions.text': extractTextSchema,
    'safeFindManifestationMentions.options': findManifestationMentionsOptionsSchema,
    'checkStatedBreakdown.input': statedBreakdownCheckInputSchema,
    'convertExtractionToTally.options': extractionToTallyOptionsSchema,
    'extractionToTally.options': extractionToTallyOptionsSchema,
    'reconcileExtraction.options': extractionReconcileOptionsSchema,
  },
  outputs: {
    ExtractionResult: extractionResultSchema,
    ManifestationMention: manifestationMentionSchema,
    ManifestationMentions: manifestationMentionsSchema,
    StatedBreakdownCheck: statedBreakdownCheckSchema,
    ExtractionTally: extractionTallySchema,
  },
} as const;
