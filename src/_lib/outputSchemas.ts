/**
 * zod/mini descriptions of the result shapes every area shares (Label, Citation, Explanation,
 * Tally), for the JSON Schema files of `schemas/` and for tests that parse real results. Not
 * imported by the library's functions, so they cost a bundle nothing. Each is tied to its
 * TypeScript type at compile time below.
 * @internal
 */
import * as z from 'zod/mini';
import { NQ4_ISSUE_CODES, type Nq4Issue } from '../errors.js';
import type { Explanation } from '../explain/explanation.js';
import { DISCIPLINE_FORMS, NON_DISCIPLINARY_MEASURES, RATING_LEVELS, SUBJECT_KINDS } from '../i18n/vocabulary.js';
import type { Label } from '../i18n/label.js';
import type { Citation } from '../legal/citation.js';
import { DOCUMENT_KINDS } from '../legal/documentId.js';
import type { Tally } from '../tally/tally.js';
import { isoDateSchema } from './schema.js';

/** ISO date `YYYY-MM-DD` as a result carries it (JSON Schema: a string with that pattern). */
export const isoDateOut = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** Re-exported so that input and output descriptions share one date schema module. */
export { isoDateSchema };

/** A text in Vietnamese and English. */
export const labelSchema = /* @__PURE__ */ z.lazy(() => z.strictObject({ vi: z.string(), en: z.string() }));

const SOURCE_STATUSES = ['quoted', 'quotedSecondHand', 'quotedPartial', 'paraphrased', 'reported', 'secondaryPractice', 'inferred', 'unverified'] as const;

/** A party document as citations carry it. */
export const partyDocumentSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    key: z.string(),
    id: z.optional(z.strictObject({ number: z.number(), kind: z.enum(DOCUMENT_KINDS), issuer: z.string() })),
    kind: labelSchema,
    name: z.optional(labelSchema),
    titleVi: z.optional(z.string()),
    issuer: z.optional(labelSchema),
    termVi: z.optional(z.string()),
    signedOn: z.optional(isoDateOut()),
    signedYear: z.number(),
    effectiveFrom: z.optional(isoDateOut()),
    noteEn: z.optional(z.string()),
  }),
);

/**
 * The fields `cite(document, locator)` takes besides the document and status: where in the
 * document, the dates, the quote and a note. A citation carries the same fields.
 */
export const citationLocatorShape = () => ({
  part: z.optional(z.string()),
  section: z.optional(z.string()),
  subsection: z.optional(z.string()),
  article: z.optional(z.union([z.number(), z.string()])),
  clause: z.optional(z.union([z.number(), z.string()])),
  point: z.optional(z.string()),
  item: z.optional(labelSchema),
  effectiveFrom: z.optional(isoDateOut()),
  effectiveTo: z.optional(isoDateOut()),
  quoteVi: z.optional(z.string()),
  note: z.optional(labelSchema),
});

/** A legal citation: document, locator, status and dates. */
export const citationSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({ document: partyDocumentSchema, status: z.enum(SOURCE_STATUSES), ...citationLocatorShape() }),
);

/** One reason of an explanation. */
export const reasonSchema = /* @__PURE__ */ z.lazy(() => z.strictObject({ code: z.string(), text: labelSchema, citations: z.array(citationSchema) }));

/** The shared bilingual explanation of a result. */
export const explanationSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    outcome: z.strictObject({ code: z.string(), label: labelSchema }),
    ruleSet: z.optional(z.strictObject({ id: z.string(), label: labelSchema })),
    reasons: z.array(reasonSchema),
    blockedBy: z.array(reasonSchema),
    options: z.array(z.strictObject({ name: z.string(), value: z.union([z.string(), z.number(), z.boolean()]), effect: labelSchema })),
    caveats: z.array(labelSchema),
    textVi: z.string(),
    textEn: z.string(),
  }),
);

/** One {@link Nq4Issue}: what every area's errors carry, and what `findReviewIssues` returns. */
export const nq4IssueSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    code: z.enum(NQ4_ISSUE_CODES),
    path: z.array(z.union([z.string(), z.number()])),
    messageVi: z.string(),
    messageEn: z.string(),
    source: z.optional(citationSchema),
  }),
);

const count = () => z.number().check(z.int(), z.gte(0));
const counts = <const K extends readonly [string, ...string[]]>(keys: K) => z.partialRecord(z.enum(keys), count());
const RATED = ['member', 'tccsd', 'directBranch', 'organization', 'leadershipCollective'] as const;
const DISC = ['organization', 'officialMember', 'probationaryMember', 'member'] as const;

/** The shared tally of counts (ratings, disciplines, reviews, findings, commitments). */
export const tallySchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    ratings: z.partialRecord(z.enum(RATED), counts(RATING_LEVELS)),
    disciplines: z.partialRecord(z.enum(DISC), counts(DISCIPLINE_FORMS)),
    nonDisciplinary: z.partialRecord(z.enum(SUBJECT_KINDS), counts(NON_DISCIPLINARY_MEASURES)),
    disciplineProcedures: counts(SUBJECT_KINDS),
    reviews: counts(SUBJECT_KINDS),
    suggestedReviews: counts(SUBJECT_KINDS),
    degradationFound: counts(SUBJECT_KINDS),
    findingsByItem: z.record(z.string().check(z.regex(/^G[123]-\d{1,2}$/)), count()),
    findingsByGroupOnly: counts(['1', '2', '3']),
    commitments: count(),
  }),
);

/** `T` with every `readonly` removed, deeply: results are readonly, schema outputs are not. */
export type DeepMutable<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? DeepMutable<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
      : T;

/**
 * The field names of `T` at every depth, every field made required: two types with the same
 * fields everywhere give mutually assignable key trees, which plain assignability misses for
 * optional fields (a schema that forgets an optional field is still assignable both ways). A
 * {@link Tally} is compared by assignability only: its schema keys findings by a pattern, not by
 * the 27 ids.
 */
export type KeyTree<T> = T extends Tally
  ? unknown
  : T extends readonly (infer U)[]
    ? KeyTree<U>
    : T extends object
      ? { -readonly [K in keyof T]-?: KeyTree<NonNullable<T[K]>> }
      : unknown;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Compile-time tie of a result type to its schema: `conforms<RatingResult>()(ratingResultSchema)`
 * fails to compile unless each is assignable to the other and both have the same fields at every
 * depth (a field the schema misses, adds, or types differently, optional or not).
 */
export const conforms =
  <T>() =>
  <S extends z.ZodMiniType>(
    schema: S & (Same<DeepMutable<T>, z.output<S>> extends true ? (Same<KeyTree<T>, KeyTree<z.output<S>>> extends true ? unknown : never) : never),
  ): S =>
    schema;

conforms<Label>()(labelSchema);
conforms<Citation>()(citationSchema);
conforms<Explanation>()(explanationSchema);
conforms<Tally>()(tallySchema);
conforms<Nq4Issue>()(nq4IssueSchema);
