/**
 * The boundary schemas of the core modules (catalog, legal, tally, explain), for the JSON Schema
 * files of `schemas/`: each validated argument of each core public function (the schemas the
 * functions parse with, where they parse with one), and a zod/mini description of each core
 * result, tied to its TypeScript type at compile time.
 *
 * Not imported by the library's functions (and not exported from `src/index.ts`), so it costs a
 * bundle nothing. Each schema is a `z.lazy` wrapper marked pure: built on first use.
 *
 * Three functions take arguments that they do not parse at run time, because the library itself
 * calls them on every result or at import, where the values are its own: `cite` (the document
 * table and every rule cite at import), `explain` (every result) and `mergeTallies` (tallies
 * already made by `tally`). Their argument schemas are listed so that callers can check their
 * own values before passing them.
 * @internal
 */
import * as z from 'zod/mini';
import { MANIFESTATION_IDS } from '../catalog/ids.js';
import { manifestationIdSchema, type Manifestation, type ManifestationGroup } from '../catalog/manifestations.js';
import type { ExplanationInput } from '../explain/explanation.js';
import { TEXT_STATUSES } from '../i18n/vocabulary.js';
import { tallyInputSchema, type TallyInput } from '../tally/tally.js';
import { citationLocatorShape, citationSchema, conforms, explanationSchema, isoDateOut, labelSchema, partyDocumentSchema, reasonSchema, tallySchema } from '../_lib/outputSchemas.js';
import type { CitationLocator, SourceStatus } from './citation.js';
import { DOCUMENT_KINDS, documentIdSchema, documentIdTextSchema, type DocumentId } from './documentId.js';
import type { PartyDocument } from './documents.js';
import type { Label } from '../i18n/label.js';
import { forYearOptionsSchema, ruleSetAreaSchema, ruleSetInfoSchema, type ForYearOptions } from './ruleSets.js';

const SOURCE_STATUSES = ['quoted', 'quotedSecondHand', 'quotedPartial', 'paraphrased', 'reported', 'secondaryPractice', 'inferred', 'unverified'] as const satisfies readonly SourceStatus[];

const groupNumber = () => z.literal([1, 2, 3]);
const appliedOption = () => z.strictObject({ name: z.string(), value: z.union([z.string(), z.number(), z.boolean()]), effect: labelSchema });

/** The id argument of `getManifestation`: a catalog id (the function also accepts any case and surrounding spaces, up to 32 characters). */
const manifestationIdInputSchema = manifestationIdSchema;

/** `getManifestationGroup(group)`. */
const groupNumberSchema = /* @__PURE__ */ z.lazy(groupNumber);

/** `cite(document, locator, status)`: the locator, with the dates, quote and note a citation may carry. */
const citeLocatorSchema = /* @__PURE__ */ z.lazy(() => z.strictObject(citationLocatorShape()));

/** `cite(…, status)`. */
const sourceStatusSchema = /* @__PURE__ */ z.lazy(() => z.enum(SOURCE_STATUSES));

/** `formatCitation(…, language)` and `renderExplanation(…, language)`. */
const languageSchema = /* @__PURE__ */ z.lazy(() => z.enum(['vi', 'en']));

/** `explain(input)`: an explanation without its rendered texts. */
const explanationInputSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    outcome: z.strictObject({ code: z.string(), label: labelSchema }),
    ruleSet: z.optional(z.strictObject({ id: z.string(), label: labelSchema })),
    reasons: z.optional(z.array(reasonSchema)),
    blockedBy: z.optional(z.array(reasonSchema)),
    options: z.optional(z.array(appliedOption())),
    caveats: z.optional(z.array(labelSchema)),
    blockedByHeading: z.optional(labelSchema),
  }),
);

/** `createRuleSetRegistry(…, ruleSets)`: every rule set has at least these fields (areas add theirs). */
const ruleSetListSchema = /* @__PURE__ */ z.lazy(() => z.array(ruleSetInfoSchema).check(z.maxLength(1000)));

/** `mergeTallies(...tallies)`: complete tallies, as `tally` returns them. */
const tallyListSchema = /* @__PURE__ */ z.lazy(() => z.array(tallySchema));

/** `Manifestation`: one item of the catalog. */
export const manifestationSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    id: z.enum(MANIFESTATION_IDS),
    group: groupNumber(),
    number: z.number().check(z.int(), z.gte(1), z.lte(9)),
    textStatus: z.enum(TEXT_STATUSES),
    textVi: z.nullable(z.string()),
    gistVi: z.nullable(z.string()),
    label: labelSchema,
    textEn: z.string(),
    citation: citationSchema,
    groupHeadingVi: z.string(),
    sources: z.array(z.string()),
  }),
);

/** `ManifestationGroup`: one of the three groups. */
export const manifestationGroupSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    group: groupNumber(),
    headingVi: z.string(),
    headingEn: z.string(),
    label: labelSchema,
    ids: z.array(z.enum(MANIFESTATION_IDS)),
    citation: citationSchema,
  }),
);

/** `DocumentId`: a number and symbol as `parseDocumentId` returns it. */
export const documentIdOutSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({ number: z.number().check(z.int(), z.gte(1)), kind: z.enum(DOCUMENT_KINDS), issuer: z.string() }),
);

/**
 * The boundary schemas of the core modules, for the JSON Schema files of `schemas/`: inputs keyed
 * `function.argument` in argument order, outputs keyed by result type.
 * @internal
 */
export const coreSchemaCatalog = {
  inputs: {
    'getManifestation.id': manifestationIdInputSchema,
    'getManifestationGroup.group': groupNumberSchema,
    'parseDocumentId.input': documentIdTextSchema,
    'formatDocumentId.id': documentIdSchema,
    'findPartyDocuments.numberAndSymbol': documentIdTextSchema,
    'cite.document': partyDocumentSchema,
    'cite.locator': citeLocatorSchema,
    'cite.status': sourceStatusSchema,
    'formatCitation.citation': citationSchema,
    'formatCitation.language': languageSchema,
    'explain.input': explanationInputSchema,
    'renderExplanation.explanation': explanationSchema,
    'renderExplanation.language': languageSchema,
    'createRuleSetRegistry.area': ruleSetAreaSchema,
    'createRuleSetRegistry.ruleSets': ruleSetListSchema,
    'tally.input': tallyInputSchema,
    'mergeTallies.tallies': tallyListSchema,
  },
  outputs: {
    Manifestation: manifestationSchema,
    ManifestationGroup: manifestationGroupSchema,
    DocumentId: documentIdOutSchema,
    PartyDocument: partyDocumentSchema,
    Citation: citationSchema,
    Explanation: explanationSchema,
    Reason: reasonSchema,
    Label: labelSchema,
    Tally: tallySchema,
  },
} as const;

conforms<Manifestation>()(manifestationSchema);
conforms<ManifestationGroup>()(manifestationGroupSchema);
conforms<DocumentId>()(documentIdOutSchema);
conforms<DocumentId>()(documentIdSchema);
conforms<PartyDocument>()(partyDocumentSchema);
conforms<ExplanationInput>()(explanationInputSchema);
conforms<TallyInput>()(tallyInputSchema);
conforms<ForYearOptions | undefined>()(forYearOptionsSchema);
conforms<CitationLocator & { effectiveFrom?: string; effectiveTo?: string; quoteVi?: string; note?: Label }>()(citeLocatorSchema);
