// Scoring the reader against hand annotations: precision, recall and F1 over the tallies of a
// target measure (the measures of ../shared/reports/README.md: discipline, discipline_procedure,
// reminder, pending, rating, reviewed, suggested_review, manifestation_found). A predicted tally
// (not a repeat) is right when an annotated tally not yet matched has the same measure, category
// (when the annotation's machine category maps to one), subject kind and count; wrong otherwise;
// an annotated target tally never matched is missed. Used by tests/extract/f1.test.ts and
// bench/extract/f1.ts.
import { extractTallies, type ExtractedTally } from '../../../src/extract/index.js';

export interface AnnotatedTally {
  readonly quote: string;
  readonly subject: string;
  readonly measure: string;
  readonly category: string;
  readonly count: number | null;
}
export interface AnnotatedText {
  readonly id: string;
  readonly text: string;
  readonly tallies: readonly AnnotatedTally[];
}

export const MEASURES: Readonly<Record<string, string>> = {
  discipline: 'discipline',
  discipline_procedure: 'disciplineProcedure',
  reminder: 'reminder',
  pending: 'pending',
  rating: 'rating',
  reviewed: 'reviewed',
  suggested_review: 'suggestedReview',
  manifestation_found: 'degradationFound',
};
export const TARGET: ReadonlySet<string> = new Set(Object.values(MEASURES));

export const CATEGORIES: Readonly<Record<string, string>> = {
  khiển_trách: 'reprimand',
  cảnh_cáo: 'warning',
  cách_chức: 'removalFromPost',
  khai_trừ: 'expulsion',
  giải_tán: 'dissolution',
  htxs: 'excellent',
  htt: 'good',
  ht: 'satisfactory',
  khtnv: 'unsatisfactory',
  htt_tro_len: 'goodOrBetter',
  total: 'total',
  subtotal: 'total',
  phê_bình: 'criticism',
  nhắc_nhở: 'reminder',
};

export const machineCategory = (c: string): string => {
  let end = c.length;
  for (const stop of [' ', '(', ':']) {
    const i = c.indexOf(stop);
    if (i >= 0 && i < end) end = i;
  }
  return c.slice(0, end);
};

const subjectOk = (annotated: string, read: string): boolean =>
  annotated === 'mixed' || (annotated === 'member' || annotated === 'individual' ? read === 'individual' : read === 'collective');

export function matches(e: AnnotatedTally, t: ExtractedTally): boolean {
  // The reader's `pending` has one category of its own ("pending"), which an annotation writes as its total.
  const cat = e.measure === 'pending' ? undefined : CATEGORIES[machineCategory(e.category)];
  return t.measure === MEASURES[e.measure] && (cat === undefined || t.category === cat) && subjectOk(e.subject, t.subject) && t.count === e.count;
}

export interface Score {
  readonly right: number;
  readonly wrong: number;
  readonly missed: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** One line per wrong or missed tally, for reading. */
  readonly errors: readonly string[];
}

export function score(texts: readonly AnnotatedText[]): Score {
  let right = 0;
  let wrong = 0;
  let missed = 0;
  const errors: string[] = [];
  for (const doc of texts) {
    const r = extractTallies(doc.text);
    const expected = doc.tallies.filter((x) => MEASURES[x.measure] !== undefined && x.count !== null);
    const used = new Set<number>();
    for (const t of r.tallies) {
      if (!TARGET.has(t.measure) || t.repeatOf !== undefined) continue;
      const k = expected.findIndex((x, i) => !used.has(i) && matches(x, t));
      if (k >= 0) {
        used.add(k);
        right++;
      } else {
        wrong++;
        errors.push(`${doc.id} wrong ${t.measure}/${t.category}/${t.subject}/${t.count}: ${t.quote}`);
      }
    }
    expected.forEach((x, i) => {
      if (used.has(i)) return;
      missed++;
      errors.push(`${doc.id} missed ${x.measure}/${x.category}/${x.subject}/${x.count}: ${x.quote}`);
    });
  }
  const precision = right + wrong === 0 ? 1 : right / (right + wrong);
  const recall = right + missed === 0 ? 1 : right / (right + missed);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { right, wrong, missed, precision, recall, f1, errors };
}
