/**
 * Turning what {@link extractTallies} read into the shared {@link Tally} of report aggregation
 * (src/tally/tally.ts). The mapping of subjects follows the tally vocabulary: for discipline an
 * individual is a `member` ("đảng viên" of unstated status) and a collective an `organization`;
 * ratings of a TCCSĐ go to `tccsd`, of a chi bộ trực thuộc to `directBranch`, of a tập thể to
 * `leadershipCollective`, of another party organization to `organization`.
 *
 * "xếp loại (đảng viên) không hoàn thành nhiệm vụ" listed among the outcomes of a disposition or a
 * discipline total is a rating outcome given as a disposition (hierarchy-review-reports.md §4, seed
 * 004): it goes to `nonDisciplinary` / `unsatisfactoryRating`, as `reconcileExtraction`
 * classifies it; a KHTNV count elsewhere is a rating (`ratings.*.unsatisfactory`).
 *
 * What cannot be placed is listed, never forced: a total without a form (discipline "total"),
 * "hoàn thành tốt nhiệm vụ trở lên" (it mixes two levels), measures the Tally has no slot for
 * (violations found, inspections, supervision, proposals) and counts of unknown subject.
 * @module
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { parseInput } from '../errors.js';
import { extractionResultInputSchema } from './_resultInput.js';
import { tally, type RatedSubject, type Tally, type TallyInput } from '../tally/tally.js';
import type { NonDisciplinaryMeasure, RatingLevel, DisciplineForm } from '../i18n/vocabulary.js';
import type { ExtractedTally, ExtractionResult } from './extractTallies.js';

/**
 * Why an extracted tally was left out of the {@link Tally}.
 * - `repeat`: the same count stated again (`repeatOf`);
 * - `subsetTotal`: a cross-cutting subset ("trong đó có 7 cán bộ thuộc diện …");
 * - `coveredByParts`: a total whose stated parts (of the same measure) are counted instead; the
 *   findings of a disposition (degradation or violations found, then the outcomes) are not covered
 *   by the outcomes and are placed themselves;
 * - `noCategory`: a total with no form or level, or "goodOrBetter" / "satisfactoryOrBetter";
 * - `noSlot`: a measure the Tally does not hold;
 * - `unknownSubject`: the text does not say whether individuals or collectives.
 * @category Extract
 */
export type ExtractionUnplacedReason = 'repeat' | 'subsetTotal' | 'coveredByParts' | 'noCategory' | 'noSlot' | 'unknownSubject';

/**
 * The result of {@link convertExtractionToTally}.
 * @category Extract
 */
export interface ExtractionTally {
  /** The counts that could be placed, as a validated, frozen {@link Tally}. */
  readonly tally: Tally;
  /** Indexes of the extracted tallies that were added. */
  readonly placed: readonly number[];
  /** The others, each with the reason. */
  readonly unplaced: readonly { readonly index: number; readonly reason: ExtractionUnplacedReason }[];
}

/**
 * Options of {@link convertExtractionToTally}.
 * @example
 * ```ts
 * import { convertExtractionToTally, extractTallies, type ConvertExtractionToTallyOptions } from 'nq4';
 * const options: ConvertExtractionToTallyOptions = { includeRepeats: false };
 * const read = extractTallies('Huyện còn xử lý 4 tổ chức đảng, trong đó có 2 tổ chức đảng bị khiển trách, 2 tổ chức đảng bị cảnh cáo.');
 * convertExtractionToTally(read, options).tally.disciplines.organization; // { reprimand: 2, warning: 2 }
 * ```
 * @category Extract
 */
export interface ConvertExtractionToTallyOptions {
  /** Add repeated statements too (default `false`: a count stated twice is counted once). */
  readonly includeRepeats?: boolean;
  /**
   * What to do with "N … hoàn thành tốt nhiệm vụ trở lên, trong đó M … hoàn thành xuất sắc nhiệm
   * vụ": `"leaveOut"` (default) leaves N unplaced (`noCategory`) and counts only the M excellent;
   * `"splitWhenExcellentStated"` also counts N − M as `good`, since "trở lên" is excellent plus good
   * (hierarchy-review-reports.md §5 decision 6). Without a stated excellent count N stays unplaced
   * either way: the text does not say how it splits.
   */
  readonly goodOrBetter?: 'leaveOut' | 'splitWhenExcellentStated';
  /**
   * Where discipline of "đảng viên dự bị" / "đảng viên chính thức" goes: `"member"` (default) files
   * it under `member` like "đảng viên" of unstated status (what the report round trip expects
   * today); `"asStated"` files it under `probationaryMember` / `officialMember`, the Tally's
   * subjects for a stated status (hierarchy-review-reports.md §3.5: a probationary member can only
   * be reprimanded or warned, so "khai trừ 2 đảng viên dự bị" is kept apart and visible).
   */
  readonly memberStatus?: 'member' | 'asStated';
}

/**
 * The former name of {@link ConvertExtractionToTallyOptions}.
 * @deprecated Use {@link ConvertExtractionToTallyOptions}; this name goes in the next minor version.
 * @example
 * ```ts
 * import type { ExtractionToTallyOptions } from 'nq4';
 * const options: ExtractionToTallyOptions = { includeRepeats: true };
 * ```
 * @category Extract
 */
export type ExtractionToTallyOptions = ConvertExtractionToTallyOptions;

/**
 * The options of {@link convertExtractionToTally}, built on first use.
 * @internal
 */
export const extractionToTallyOptionsSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    includeRepeats: z.optional(z.boolean()),
    goodOrBetter: z.optional(z.enum(['leaveOut', 'splitWhenExcellentStated'])),
    memberStatus: z.optional(z.enum(['member', 'asStated'])),
  }),
);

type Counts = Record<string, number>;

function add(target: Counts, key: string, n: number): void {
  target[key] = (target[key] ?? 0) + n;
}

function memberSubject(t: ExtractedTally, options: ConvertExtractionToTallyOptions): 'member' | 'probationaryMember' | 'officialMember' {
  if (options.memberStatus !== 'asStated') return 'member';
  return t.unitKind === 'probationaryMember' || t.unitKind === 'officialMember' ? t.unitKind : 'member';
}

function ratedSubject(t: ExtractedTally): RatedSubject {
  if (t.subject === 'individual') return 'member';
  switch (t.unitKind) {
    case 'tccsd':
      return 'tccsd';
    case 'directBranch':
      return 'directBranch';
    case 'collective':
    case 'committee':
      return 'leadershipCollective';
    default:
      return 'organization';
  }
}

const FINDINGS: ReadonlySet<ExtractedTally['measure']> = /* @__PURE__ */ new Set(['degradationFound', 'violationFound']);

/** A findings → outcomes breakdown: the total and its parts have different measures. */
function isDisposition(result: ExtractionResult, b: ExtractionResult['breakdowns'][number]): boolean {
  const total = result.tallies[b.total];
  return b.kind === 'disposition' || (total !== undefined && FINDINGS.has(total.measure));
}

/**
 * Convert extracted tallies into the shared {@link Tally}, counting each statement once and
 * each total through its parts.
 *
 * @example
 * ```ts
 * import { extractTallies, convertExtractionToTally } from 'nq4';
 * const r = extractTallies('Huyện còn xử lý 4 tổ chức đảng, trong đó có 2 tổ chức đảng bị khiển trách, 2 tổ chức đảng bị cảnh cáo.');
 * const { tally } = convertExtractionToTally(r);
 * tally.disciplines.organization; // { reprimand: 2, warning: 2 }
 * ```
 * @throws {@link Nq4Error} when `result` is not a reading (`null`, `{}`, a tally with a count that is
 * not a safe whole number or a category nq4 does not write: the issue names its index), or for an
 * unknown option or a wrong option value.
 * @category Extract
 */
export function convertExtractionToTally(result: ExtractionResult, options: ConvertExtractionToTallyOptions = {}): ExtractionTally {
  // Checked at run time for JavaScript callers (an option name misspelt would otherwise be ignored).
  parseInput(extractionResultInputSchema, result, ['result']);
  parseInput(extractionToTallyOptionsSchema, options, ['options']);
  // A total is counted through its parts only when they count the same thing. The findings of a
  // disposition ("6 tập thể … được xác định có biểu hiện suy thoái", then "khiển trách 1 tập thể,
  // nhắc nhở 5 tập thể") are a measure of their own: the outcomes do not replace them.
  const withParts = new Set(result.breakdowns.filter((b) => !isDisposition(result, b)).map((b) => b.total));
  const input = {
    ratings: {} as Record<string, Counts>,
    disciplines: {} as Record<string, Counts>,
    nonDisciplinary: {} as Record<string, Counts>,
    disciplineProcedures: {} as Counts,
    reviews: {} as Counts,
    suggestedReviews: {} as Counts,
    degradationFound: {} as Counts,
  };
  const placed: number[] = [];
  // Parts listed as outcomes: of a findings → outcomes disposition or of a discipline total.
  const outcomeParts = new Set<number>();
  for (const b of result.breakdowns) {
    if (b.kind === 'disposition' || result.tallies[b.total]?.measure === 'discipline') for (const p of b.parts) outcomeParts.add(p);
  }
  // "trở lên" totals with their excellent part or subset, for the split.
  const excellentOf = new Map<number, ExtractedTally>();
  if (options.goodOrBetter === 'splitWhenExcellentStated') {
    for (const t of result.tallies) {
      if (t.measure !== 'rating' || t.category !== 'excellent' || t.partOf === undefined || t.repeatOf !== undefined) continue;
      const total = result.tallies[t.partOf];
      if (total?.category !== 'goodOrBetter' || total.subject !== t.subject || excellentOf.has(total.index)) continue;
      excellentOf.set(total.index, t);
    }
  }
  const unplaced: { index: number; reason: ExtractionUnplacedReason }[] = [];
  for (const t of result.tallies) {
    const skip = (reason: ExtractionUnplacedReason): void => {
      unplaced.push({ index: t.index, reason });
    };
    if (t.repeatOf !== undefined && !options.includeRepeats) {
      skip('repeat');
      continue;
    }
    if (t.role === 'subset' && t.category === 'total') {
      skip('subsetTotal');
      continue;
    }
    if (withParts.has(t.index)) {
      skip('coveredByParts');
      continue;
    }
    if (t.subject === 'unknown') {
      skip('unknownSubject');
      continue;
    }
    const kind = t.subject;
    switch (t.measure) {
      case 'discipline': {
        if (t.category === 'total') {
          skip('noCategory');
          continue;
        }
        const who = kind === 'collective' ? 'organization' : memberSubject(t, options);
        const slot = (input.disciplines[who] ??= {});
        add(slot, t.category as DisciplineForm, t.count);
        break;
      }
      case 'rating': {
        // "xếp loại đảng viên không hoàn thành nhiệm vụ đối với 4 cá nhân" listed among the outcomes
        // of a disposition or a discipline total is a rating outcome given as a disposition
        // (hierarchy-review-reports.md §4, seed 004): filed, as reconcileExtraction classifies it,
        // under nonDisciplinary / unsatisfactoryRating, not as a count of the annual rating.
        if (t.category === 'unsatisfactory' && outcomeParts.has(t.index)) {
          const slot = (input.nonDisciplinary[kind] ??= {});
          add(slot, 'unsatisfactoryRating', t.count);
          break;
        }
        const excellent = t.category === 'goodOrBetter' ? excellentOf.get(t.index) : undefined;
        if (excellent && excellent.count <= t.count && !withParts.has(t.index)) {
          const slot = (input.ratings[ratedSubject(t)] ??= {});
          add(slot, 'good', t.count - excellent.count);
          break;
        }
        if (t.category === 'total' || t.category === 'goodOrBetter' || t.category === 'satisfactoryOrBetter') {
          skip('noCategory');
          continue;
        }
        const slot = (input.ratings[ratedSubject(t)] ??= {});
        add(slot, t.category as RatingLevel, t.count);
        break;
      }
      case 'reminder':
      case 'nonDisciplinary':
      case 'pending': {
        const slot = (input.nonDisciplinary[kind] ??= {});
        add(slot, t.category as NonDisciplinaryMeasure, t.count);
        break;
      }
      case 'disciplineProcedure':
        add(input.disciplineProcedures, kind, t.count);
        break;
      case 'reviewed':
        add(input.reviews, kind, t.count);
        break;
      case 'suggestedReview':
        add(input.suggestedReviews, kind, t.count);
        break;
      case 'degradationFound':
        add(input.degradationFound, kind, t.count);
        break;
      default:
        skip('noSlot');
        continue;
    }
    placed.push(t.index);
  }
  return deepFreeze({ tally: tally(input as TallyInput), placed, unplaced });
}

/**
 * @deprecated Use {@link convertExtractionToTally}: renamed so that every function name starts
 * with a verb (docs/conventions.md). Will be removed in the next minor version.
 * @example
 * ```ts
 * import { extractionToTally, convertExtractionToTally } from 'nq4';
 * extractionToTally === convertExtractionToTally; // true
 * ```
 * @category Extract
 */
export const extractionToTally: typeof convertExtractionToTally = convertExtractionToTally;
