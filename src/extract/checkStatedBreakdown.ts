/**
 * The check of a stated breakdown ("… 50 …, trong đó 30 … khiển trách, 12 … cảnh cáo …"): do the
 * printed parts add up to the printed total? hierarchy-review-reports.md §4 marks each seed
 * breakdown ✓ or ✗ this way, and §5 item 8 asks for no forced sum. The verdict comes from the
 * report area's {@link reconcile} (one engine for typed-in and read-from-prose figures):
 * {@link extractTallies} checks its breakdowns with their measures, forms and subjects through
 * it, and this function is the same check for bare numbers (figures of measure `other`).
 * @module
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { fail, parseInput } from '../errors.js';
import type { Explanation } from '../explain/explanation.js';
import type { Label } from '../i18n/label.js';
import { checkBreakdownsWithReconcile } from './_checkBreakdowns.js';
import type { StatedBreakdownCheck } from './types.js';
import { EXTRACT_INPUT_MESSAGES } from './_messages.js';

export type { StatedBreakdownStatus, StatedBreakdownCheck } from './types.js';


/**
 * What the check needs: the total, the parts, and what the reader should know about them.
 * @category Extract
 */
export interface StatedBreakdownCheckInput {
  /** The printed total. */
  readonly total: number;
  /** The printed parts, in text order. */
  readonly parts: readonly number[];
  /** Whether any of them is approximate. */
  readonly approximate?: boolean;
  /** Extra caveats to carry (different nouns for total and parts, non-disciplinary outcomes among the parts). */
  readonly caveats?: readonly Label[];
}


const count = () => z.number().check(z.int(), z.gte(0), z.lte(Number.MAX_SAFE_INTEGER));

/**
 * The input of {@link checkStatedBreakdown}, built on first use.
 * @internal
 */
export const statedBreakdownCheckInputSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    total: count(),
    parts: z.array(count()),
    approximate: z.optional(z.boolean()),
    caveats: z.optional(z.array(z.strictObject({ vi: z.string(), en: z.string() }))),
  }),
);

/**
 * Check a breakdown of bare numbers with the report area's {@link reconcile}: the sum of the
 * parts against the total, with an {@link Explanation}.
 *
 * @example
 * ```ts
 * import { checkStatedBreakdown } from 'nq4';
 * const c = checkStatedBreakdown({ total: 50, parts: [30, 12, 5, 3] });
 * c.status; // 'addsUp'
 * c.explanation.textEn.split('\n')[0]; // 'Outcome: The parts add up to the total.'
 * checkStatedBreakdown({ total: 50, parts: [30, 12] }).findings[0]?.code; // 'partsNotEqualTotal'
 * ```
 * @throws {@link Nq4Error} when a count is negative or not a whole number, and `too_big` (path
 * `parts`) when the parts add up past `Number.MAX_SAFE_INTEGER`.
 * @category Extract
 */
export function checkStatedBreakdown(input: StatedBreakdownCheckInput): StatedBreakdownCheck {
  parseInput(statedBreakdownCheckInputSchema, input);
  // Each part is a safe whole number; their sum may not be (issue 15): never an unsafe sum.
  let sum = 0;
  for (const p of input.parts) sum += p;
  if (!Number.isSafeInteger(sum)) {
    fail('too_big', ['parts'], EXTRACT_INPUT_MESSAGES.partsSumTooBig.vi, EXTRACT_INPUT_MESSAGES.partsSumTooBig.en);
  }
  const figure = (value: number): { measure: 'other'; value: number } => ({ measure: 'other', value });
  const [check] = checkBreakdownsWithReconcile([
    { total: figure(input.total), parts: input.parts.map(figure), approximate: input.approximate ?? false, caveats: input.caveats ?? [] },
  ]);
  return deepFreeze(check as StatedBreakdownCheck);
}
