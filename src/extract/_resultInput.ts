/**
 * The part of an {@link ExtractionResult} that {@link convertExtractionToTally} and
 * {@link reconcileExtraction} read, checked at their boundary (issue 15: `null`, `{}` or a result
 * edited by hand gave a `TypeError`). Objects are loose (a whole reading, with its quotes, spans and
 * checks, passes), but every field read is typed, every count a safe whole number and every
 * category one nq4 writes, so a caller's string (a person's name) can never become a key of the
 * tally built from it; issues name the index, never the value.
 * @module
 */
import * as z from 'zod/mini';
import { DISCIPLINE_FORMS, NON_DISCIPLINARY_MEASURES, RATING_LEVELS } from '../i18n/vocabulary.js';
import { EXTRACTED_TALLY_MEASURES } from './lexicon.js';

const index = () => z.number().check(z.int(), z.gte(0), z.lte(Number.MAX_SAFE_INTEGER));
const UNIT_KINDS = ['member', 'probationaryMember', 'officialMember', 'cadre', 'person', 'tccsd', 'directBranch', 'partyOrganization', 'collective', 'committee'] as const;

/** @internal */
export const extractionResultInputSchema = /* @__PURE__ */ z.lazy(() =>
  z.object({
    tallies: z.array(
      z.object({
        index: index(),
        measure: z.enum(EXTRACTED_TALLY_MEASURES),
        category: z.enum([...DISCIPLINE_FORMS, ...RATING_LEVELS, 'goodOrBetter', 'satisfactoryOrBetter', ...NON_DISCIPLINARY_MEASURES, 'total']),
        subject: z.enum(['individual', 'collective', 'unknown']),
        unitKind: z.nullable(z.enum(UNIT_KINDS)),
        count: index(),
        approx: z.optional(z.enum(['under', 'over', 'about'])),
        of: z.optional(index()),
        role: z.enum(['total', 'part', 'subset', 'standalone']),
        partOf: z.optional(index()),
        repeatOf: z.optional(index()),
        // Read by the breakdown check: the figure's text, where it sits and its noun (a percent is read only when finite).
        noun: z.nullable(z.string()),
        span: z.tuple([index(), index()]),
        quote: z.string(),
      }),
    ),
    breakdowns: z.array(
      z.object({
        total: index(),
        parts: z.array(index()),
        kind: z.enum(['inSentence', 'parenthetical', 'detail', 'disposition']),
      }),
    ),
  }),
);
