import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTallies, extractionToTally, reconcileExtraction } from '../../src/extract/index.js';
import { DISCIPLINE_FORMS, NON_DISCIPLINARY_MEASURES, RATING_LEVELS, SUBJECT_KINDS } from '../../src/i18n/vocabulary.js';
import { renderReport, type RenderReportOptions } from '../../src/report/index.js';
import { RATED_SUBJECTS, tally, type Tally, type TallyInput } from '../../src/tally/tally.js';

/**
 * Issue 7: "Rendering then reading back (with the narrative reader) gives the same tally: test it
 * as a property." A tally is rendered in Vietnamese by the report area (`renderReport`), read back
 * by the narrative reader (`extractTallies` → `extractionToTally`), and compared with the original
 * on the categories the renderer writes: disciplines by form of members and organizations,
 * non-disciplinary outcomes of individuals and collectives, ratings of every rated subject, and
 * the "N tập thể và M cá nhân" pairs (reviews, suggested reviews, findings of degradation,
 * discipline procedures).
 *
 * What does not round-trip, by design (see tests/golden/expected-deviations.md):
 * - cumulative phrasing ("N … hoàn thành tốt nhiệm vụ trở lên, trong đó M … xuất sắc") is read
 *   back with `goodOrBetter: 'splitWhenExcellentStated'`; when no member is excellent the text
 *   says only "N … trở lên", and the split of N is not in the text: the property then checks N
 *   against excellent + good;
 * - discipline of `officialMember` / `probationaryMember` is read back as `member` (the Tally's
 *   subject for "đảng viên" of unstated status): not generated here, tested apart below;
 * - `unsatisfactoryRating` as a non-disciplinary outcome is read back as a rating "không hoàn
 *   thành nhiệm vụ" (the level as printed): tested apart below.
 */

/** Counts 0–50,000, biased to the values that matter for the phrasing: 0, 1, 2, 10 and numbers with a thousands dot. */
const count = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(0, 1, 2, 10, 999, 1000, 1001, 2447, 10_000, 45_245, 50_000) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 50_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 12 }) },
);
const countsOf = <K extends string>(keys: readonly K[]): fc.Arbitrary<Partial<Record<K, number>>> =>
  fc.dictionary(fc.constantFrom(...keys), count, { maxKeys: keys.length }) as fc.Arbitrary<Partial<Record<K, number>>>;

/** Non-disciplinary outcomes that round-trip (`unsatisfactoryRating` is a documented deviation). */
const ROUND_TRIP_NON_DISCIPLINARY = NON_DISCIPLINARY_MEASURES.filter((m) => m !== 'unsatisfactoryRating');

const tallyArb: fc.Arbitrary<TallyInput> = fc.record(
  {
    disciplines: fc.record({ member: countsOf(DISCIPLINE_FORMS.filter((f) => f !== 'dissolution')), organization: countsOf(['reprimand', 'warning', 'dissolution'] as const) }, { requiredKeys: [] }),
    nonDisciplinary: fc.dictionary(fc.constantFrom(...SUBJECT_KINDS), countsOf(ROUND_TRIP_NON_DISCIPLINARY), { maxKeys: 2 }),
    ratings: fc.dictionary(fc.constantFrom(...RATED_SUBJECTS), countsOf(RATING_LEVELS), { maxKeys: RATED_SUBJECTS.length }),
    reviews: countsOf(SUBJECT_KINDS),
    suggestedReviews: countsOf(SUBJECT_KINDS),
    degradationFound: countsOf(SUBJECT_KINDS),
    disciplineProcedures: countsOf(SUBJECT_KINDS),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<TallyInput>;

const optionsArb: fc.Arbitrary<RenderReportOptions> = fc.record(
  {
    ratingPhrasing: fc.constantFrom('cumulative', 'exclusive'),
    formOrder: fc.constantFrom('ascending', 'descending'),
    percentages: fc.record({ decimals: fc.integer({ min: 0, max: 2 }), rounding: fc.constantFrom('halfUp', 'truncate') }),
    padSmallCounts: fc.boolean(),
    unitName: fc.constantFrom({ vi: 'Đảng bộ huyện Krông Nô', en: 'The Krông Nô district party organization' }, { vi: 'Đảng ủy xã Tân Hòa', en: 'The Tân Hòa commune party committee' }),
    period: fc.constantFrom({ from: '2020-01-01', to: '2020-12-31' }, { from: '2016-10-30', to: '2018-09-17' }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<RenderReportOptions>;

/** The part of a tally the property compares, zeros and empty records dropped. */
function written(t: Tally, cumulative: boolean): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  const put = (key: string, inner: string, n: number | undefined): void => {
    if (!n) return;
    (out[key] ??= {})[inner] = n;
  };
  for (const s of ['member', 'organization'] as const) for (const f of DISCIPLINE_FORMS) put(`discipline.${s}`, f, t.disciplines[s]?.[f]);
  for (const k of SUBJECT_KINDS) for (const m of NON_DISCIPLINARY_MEASURES) put(`nonDisciplinary.${k}`, m, t.nonDisciplinary[k]?.[m]);
  for (const k of SUBJECT_KINDS) {
    put('reviews', k, t.reviews[k]);
    put('suggestedReviews', k, t.suggestedReviews[k]);
    put('degradationFound', k, t.degradationFound[k]);
    put('disciplineProcedures', k, t.disciplineProcedures[k]);
  }
  for (const s of RATED_SUBJECTS) {
    const c = t.ratings[s];
    if (!c) continue;
    if (cumulative && !c.excellent) put(`rating.${s}`, 'goodOrBetter', c.good);
    else put(`rating.${s}`, 'good', c.good);
    put(`rating.${s}`, 'excellent', c.excellent);
    put(`rating.${s}`, 'satisfactory', c.satisfactory);
    put(`rating.${s}`, 'unsatisfactory', c.unsatisfactory);
  }
  return out;
}

/** Read the rendered text back; "trở lên" totals with no excellent count are compared as such. */
function readBack(text: string, cumulative: boolean): Record<string, Record<string, number>> {
  const read = extractTallies(text);
  const { tally: back, unplaced } = extractionToTally(read, { goodOrBetter: 'splitWhenExcellentStated' });
  const out = written(back, false);
  if (cumulative) {
    for (const u of unplaced) {
      const t = read.tallies[u.index];
      if (t?.category !== 'goodOrBetter') continue;
      const subject = t.subject === 'individual' ? 'member' : t.unitKind === 'tccsd' ? 'tccsd' : t.unitKind === 'directBranch' ? 'directBranch' : t.unitKind === 'collective' ? 'leadershipCollective' : 'organization';
      (out[`rating.${subject}`] ??= {}).goodOrBetter = t.count;
    }
  }
  return out;
}

describe('render → read back (issue 7)', () => {
  it('gives the same tally on the categories the renderer writes', () => {
    fc.assert(
      fc.property(tallyArb, optionsArb, (input, options) => {
        const original = tally(input);
        const cumulative = (options?.ratingPhrasing ?? 'cumulative') === 'cumulative';
        const text = renderReport(original, options).vi;
        expect(readBack(text, cumulative), text).toEqual(written(original, cumulative));
      }),
      { numRuns: 300 },
    );
  });

  it('reads every figure of the rendered text: nothing unclassified, every breakdown adds up and reconciles', () => {
    fc.assert(
      fc.property(tallyArb, optionsArb, (input, options) => {
        const read = extractTallies(renderReport(input, options).vi);
        expect(read.unclassified).toEqual([]);
        for (const b of read.breakdowns) {
          expect(b.check.status).toBe('addsUp');
          expect(b.check.consistent).toBe(true);
        }
        // The same engine judges the whole reading: a rendered (consistent) tally reads back consistent.
        expect(reconcileExtraction(read).result.findings.filter((f) => f.severity === 'error')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('a worked example in each phrasing', () => {
    const t = tally({
      disciplines: { member: { reprimand: 30, warning: 12, removalFromPost: 5, expulsion: 3 }, organization: { reprimand: 2, warning: 2 } },
      nonDisciplinary: { individual: { reminder: 17, pending: 1 }, collective: { reminder: 5 } },
      ratings: { member: { excellent: 120, good: 2447, satisfactory: 220 }, tccsd: { good: 30, satisfactory: 5 } },
    });
    for (const ratingPhrasing of ['cumulative', 'exclusive'] as const) {
      const text = renderReport(t, { ratingPhrasing }).vi;
      expect(readBack(text, ratingPhrasing === 'cumulative')).toEqual(written(t, ratingPhrasing === 'cumulative'));
    }
    expect(renderReport(t).vi).toContain('Có 2.567 đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên, trong đó 120 đảng viên hoàn thành xuất sắc nhiệm vụ');
  });

  it('discipline of official and probationary members comes back as "member" (documented deviation)', () => {
    const t = tally({ disciplines: { officialMember: { reprimand: 3 }, probationaryMember: { warning: 2 } } });
    const { tally: back } = extractionToTally(extractTallies(renderReport(t).vi));
    expect(back.disciplines).toEqual({ member: { reprimand: 3, warning: 2 } });
  });

  it('"xếp loại không hoàn thành nhiệm vụ" as an outcome comes back as a rating (documented deviation)', () => {
    const t = tally({ nonDisciplinary: { individual: { unsatisfactoryRating: 4 } } });
    const { tally: back } = extractionToTally(extractTallies(renderReport(t).vi));
    expect(back.nonDisciplinary).toEqual({});
    expect(back.ratings).toEqual({ member: { unsatisfactory: 4 } });
  });

  it('the vocabulary label "cho thôi giữ chức vụ, miễn nhiệm, từ chức" is read back as relievedOfPost', () => {
    const t = tally({ nonDisciplinary: { individual: { relievedOfPost: 3 }, collective: { reminder: 2 } } });
    const text = renderReport(t).vi;
    expect(text).toContain('cho thôi giữ chức vụ, miễn nhiệm, từ chức 3 cá nhân');
    expect(extractionToTally(extractTallies(text)).tally.nonDisciplinary).toEqual({ individual: { relievedOfPost: 3 }, collective: { reminder: 2 } });
  });
});
