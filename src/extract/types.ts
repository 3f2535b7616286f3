/**
 * The types of a reading ({@link extractTallies}) and of a breakdown check
 * ({@link checkStatedBreakdown}), in a module of their own so that the reader, the check and
 * {@link reconcileExtraction} import them without importing each other (issue 14: no import cycle).
 * @module
 */
import type { Explanation } from '../explain/explanation.js';
import type { GroupClassification, ReconcileFinding } from '../report/reconcile.js';
import type { ExtractedTallyCategory, ExtractedTallyMeasure, ExtractedUnitKind } from './lexicon.js';

/**
 * The result of checking a breakdown.
 * - `addsUp`: the parts sum to the total;
 * - `partsBelowTotal` / `partsAboveTotal`: they do not (the text gives fewer / more than the total);
 * - `approximate`: the total or a part is approximate ("gần", "hơn"), so no verdict is given.
 * @category Extract
 */
export type StatedBreakdownStatus = 'addsUp' | 'partsBelowTotal' | 'partsAboveTotal' | 'approximate';

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
  /**
   * Reconcile's verdict on the group: `inconsistent` when it finds an error (the sum, a form
   * impossible for its subject, a subset above the total, a percentage off its base …).
   */
  readonly reconcileStatus: 'consistent' | 'inconsistent';
  /**
   * `reconcileStatus === 'consistent'`.
   * @deprecated Use `reconcileStatus` (a verdict is a status, docs/conventions.md). Will be removed in the next minor version.
   */
  readonly consistent: boolean;
  /** Reconcile's findings for this group (paths relative to a report whose only group is this one: `['groups', 0, …]`). */
  readonly findings: readonly ReconcileFinding[];
  /** How reconcile classifies the parts: Charter discipline, other outcomes, pending, ratings, other. */
  readonly classification: GroupClassification;
  /** Why, in Vietnamese and English. */
  readonly explanation: Explanation;
}

/**
 * Whether a count is about individuals or collectives; `"unknown"` when the text does not say
 * ("khiển trách 28 (chiếm 45%)").
 * @category Extract
 */
export type ExtractedSubject = 'individual' | 'collective' | 'unknown';

/**
 * Where a tally stands in a breakdown.
 * - `total`: it has parts; `part`: it is one of the parts of a total; `subset`: a cross-cutting
 *   subset ("trong đó có 7 cán bộ thuộc diện Thành ủy quản lý"), not additive;
 * - `standalone`: none of these.
 * @category Extract
 */
export type ExtractedTallyRole = 'total' | 'part' | 'subset' | 'standalone';

/**
 * One count the text states.
 * @category Extract
 */
export interface ExtractedTally {
  /** Position in `tallies`. */
  readonly index: number;
  /** What is counted. */
  readonly measure: ExtractedTallyMeasure;
  /** The form, level, non-disciplinary measure, or `"total"`. */
  readonly category: ExtractedTallyCategory;
  /** Individuals or collectives. */
  readonly subject: ExtractedSubject;
  /** The unit kind named by the noun (TCCSĐ vs chi bộ trực thuộc …), `null` when no noun is printed. */
  readonly unitKind: ExtractedUnitKind | null;
  /** The subject noun as written, `null` when none is printed. */
  readonly noun: string | null;
  /** The count (0 for "không có … nào"). */
  readonly count: number;
  /** "gần" → `under`, "hơn"/"trên" → `over`, "khoảng" → `about`; absent when exact. */
  readonly approx?: 'under' | 'over' | 'about';
  /** The denominator of "32/44". */
  readonly of?: number;
  /** A percentage printed with the count ("chiếm 45%"), as a number (45). */
  readonly percent?: number;
  /** True for a zero stated by negation ("không có tổ chức cơ sở đảng … nào"). */
  readonly zeroByNegation?: boolean;
  /** `[start, end)` in the original string: the count with its cue and noun. */
  readonly span: readonly [number, number];
  /** `text.slice(span[0], span[1])`. */
  readonly quote: string;
  /** `[start, end)` of the number itself. */
  readonly countSpan: readonly [number, number];
  /** `[start, end)` of the sentence. */
  readonly sentenceSpan: readonly [number, number];
  /** Place in a breakdown. */
  readonly role: ExtractedTallyRole;
  /** For parts and subsets: the index of the total. */
  readonly partOf?: number;
  /** The index of an earlier tally with the same measure, category, subject and count (a repeated statement, e.g. headline and body). */
  readonly repeatOf?: number;
}

/**
 * How a breakdown is stated.
 * - `inSentence`: "… 50 …, trong đó 30 …, 12 …" or "gồm";
 * - `parenthetical`: "80 tổ chức Đảng (khiển trách 57, cảnh cáo 23)";
 * - `detail`: the next sentence opens with "Cụ thể";
 * - `disposition`: a sentence of findings ("6 tập thể và 32 cá nhân được xác định có biểu hiện
 *   suy thoái") followed by a sentence of outcomes ("khiển trách 1 tập thể, nhắc nhở 5 tập thể; …").
 * @category Extract
 */
export type StatedBreakdownKind = 'inSentence' | 'parenthetical' | 'detail' | 'disposition';

/**
 * A total and its stated parts, checked.
 * @category Extract
 */
export interface ExtractedBreakdown {
  /** Index of the total in `tallies`. */
  readonly total: number;
  /** Indexes of the parts in `tallies`. */
  readonly parts: readonly number[];
  /** How it is stated. */
  readonly kind: StatedBreakdownKind;
  /** The check by the report area's reconciliation: the sum, forms against subjects, subsets, percentages, with its explanation. */
  readonly check: StatedBreakdownCheck;
}

/**
 * Why a count was not classified.
 * - `noCue`: nothing near it says what it counts;
 * - `otherMeasure`: it counts something nq4 does not tally (awards, admissions, reorganisation …: see `hint`);
 * - `truncated`: it sits in a last sentence the text cuts off;
 * - `tooLarge`: the number (or its denominator) is above `Number.MAX_SAFE_INTEGER` and cannot be
 *   held exactly, so it is not read as a count (`count` is then absent; `quote` holds it as written).
 * @category Extract
 */
export type UnclassifiedReason = 'noCue' | 'otherMeasure' | 'truncated' | 'tooLarge';

/**
 * A count that was found but not classified.
 * @category Extract
 */
export interface UnclassifiedCount {
  /** The number read; absent for `tooLarge` (the number is in `quote`, as written). */
  readonly count?: number;
  /** Individuals or collectives, as the noun says. */
  readonly subject: ExtractedSubject;
  /** The noun as written, if any. */
  readonly noun: string | null;
  /** Why it was not classified. */
  readonly reason: UnclassifiedReason;
  /**
   * For `otherMeasure`: what it seems to count (`award`, `admission`, `reorganisation`, `personnel`,
   * `exit`, `training`, `emulation`, `proposal`, `change`, `membership`, `complaint`, `title`,
   * `notRated`, `letterGrade`, `stateHandling`: handling by the State such as "xử lý hành chính").
   */
  readonly hint?: string;
  /** `[start, end)` of the number and its noun. */
  readonly span: readonly [number, number];
  /** The sentence, as written. */
  readonly quote: string;
  /** `[start, end)` of the sentence. */
  readonly sentenceSpan: readonly [number, number];
}

/**
 * Everything {@link extractTallies} read.
 * @category Extract
 */
export interface ExtractionResult {
  /** Every count classified, in text order. */
  readonly tallies: readonly ExtractedTally[];
  /** Totals with their stated parts, checked. */
  readonly breakdowns: readonly ExtractedBreakdown[];
  /** Counts found but not classified. */
  readonly unclassified: readonly UnclassifiedCount[];
}
