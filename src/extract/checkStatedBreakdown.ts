/**
 * The arithmetic check of a stated breakdown ("… 50 …, trong đó 30 … khiển trách, 12 … cảnh cáo
 * …"): do the printed parts add up to the printed total? hierarchy-review-reports.md §4 marks each
 * seed breakdown ✓ or ✗ this way, and §5 item 8 asks for no forced sum. This is the single place the
 * reader reconciles; the report area's reconciliation can replace it behind the same signature.
 * @module
 */
import { z } from 'zod';
import { parseInput } from '../errors.js';
import { explain, NOT_AN_OFFICIAL_DECISION, type Explanation } from '../explain/explanation.js';
import type { Label } from '../i18n/label.js';
import { formatNumberEn, formatNumberVi } from '../i18n/format.js';

/**
 * The result of checking a breakdown.
 * - `addsUp`: the parts sum to the total;
 * - `partsBelowTotal` / `partsAboveTotal`: they do not (the text gives fewer / more than the total);
 * - `approximate`: the total or a part is approximate ("gần", "hơn"), so no verdict is given.
 * @category Extract
 */
export type StatedBreakdownStatus = 'addsUp' | 'partsBelowTotal' | 'partsAboveTotal' | 'approximate';

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

/**
 * The verdict on one breakdown, with its bilingual explanation.
 * @category Extract
 */
export interface StatedBreakdownCheck {
  /** The verdict. */
  readonly status: StatedBreakdownStatus;
  /** The printed total. */
  readonly total: number;
  /** Sum of the printed parts. */
  readonly sum: number;
  /** `sum - total`. */
  readonly difference: number;
  /** Why, in Vietnamese and English. */
  readonly explanation: Explanation;
}

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const inputSchema = z.strictObject({
  total: count,
  parts: z.array(count),
  approximate: z.boolean().optional(),
  caveats: z.array(z.strictObject({ vi: z.string(), en: z.string() })).optional(),
});

const OUTCOME: Record<StatedBreakdownStatus, Label> = {
  addsUp: { vi: 'Các số thành phần cộng lại bằng tổng', en: 'The parts add up to the total' },
  partsBelowTotal: { vi: 'Các số thành phần cộng lại nhỏ hơn tổng', en: 'The parts add up to less than the total' },
  partsAboveTotal: { vi: 'Các số thành phần cộng lại lớn hơn tổng', en: 'The parts add up to more than the total' },
  approximate: { vi: 'Có số ước lượng, không kết luận được', en: 'Approximate figures: no verdict' },
};

const READ_CAVEAT: Label = {
  vi: 'Số liệu do nq4 đọc từ văn bản tường thuật; cần đối chiếu với văn bản gốc.',
  en: 'Figures read by nq4 from narrative text; check them against the source.',
};

/**
 * Check a breakdown: the sum of the parts against the total, with an {@link Explanation}.
 *
 * @example
 * ```ts
 * import { checkStatedBreakdown } from 'nq4';
 * const c = checkStatedBreakdown({ total: 50, parts: [30, 12, 5, 3] });
 * c.status; // 'addsUp'
 * c.explanation.textEn.split('\n')[0]; // 'Outcome: The parts add up to the total.'
 * ```
 * @throws {@link Nq4Error} when a count is negative or not a whole number.
 * @category Extract
 */
export function checkStatedBreakdown(input: StatedBreakdownCheckInput): StatedBreakdownCheck {
  parseInput(inputSchema, input);
  const sum = input.parts.reduce((a, b) => a + b, 0);
  const difference = sum - input.total;
  const status: StatedBreakdownStatus = input.approximate
    ? 'approximate'
    : difference === 0
      ? 'addsUp'
      : difference < 0
        ? 'partsBelowTotal'
        : 'partsAboveTotal';
  const vi = `${input.parts.map((p) => formatNumberVi(p)).join(' + ')} = ${formatNumberVi(sum)}; tổng ghi trong văn bản: ${formatNumberVi(input.total)}`;
  const en = `${input.parts.map((p) => formatNumberEn(p)).join(' + ')} = ${formatNumberEn(sum)}; total printed: ${formatNumberEn(input.total)}`;
  const explanation = explain({
    outcome: { code: status, label: OUTCOME[status] },
    reasons: [{ code: 'sum', text: { vi: `${vi}.`, en: `${en}.` }, citations: [] }],
    caveats: [READ_CAVEAT, ...(input.caveats ?? []), NOT_AN_OFFICIAL_DECISION],
  });
  return Object.freeze({ status, total: input.total, sum, difference, explanation });
}
