import fc from 'fast-check';
import { DISCIPLINE_FORMS, NON_DISCIPLINARY_MEASURES, RATING_LEVELS, SUBJECT_KINDS } from '../../src/i18n/vocabulary.js';
import { RATED_SUBJECTS, TALLY_DISCIPLINE_SUBJECTS, type TallyInput } from '../../src/tally/tally.js';
import type { UnitInput } from '../../src/report/index.js';

const counts = <K extends string>(keys: readonly K[]) =>
  fc.dictionary(fc.constantFrom(...keys), fc.nat({ max: 60 }), { maxKeys: keys.length }) as fc.Arbitrary<Partial<Record<K, number>>>;

/** Random valid tally inputs, small counts, zeros included. */
export const tallyInputArb: fc.Arbitrary<TallyInput> = fc.record(
  {
    ratings: fc.dictionary(fc.constantFrom(...RATED_SUBJECTS), counts(RATING_LEVELS), { maxKeys: 3 }),
    disciplines: fc.dictionary(fc.constantFrom(...TALLY_DISCIPLINE_SUBJECTS), counts(DISCIPLINE_FORMS), { maxKeys: 3 }),
    nonDisciplinary: fc.dictionary(fc.constantFrom(...SUBJECT_KINDS), counts(NON_DISCIPLINARY_MEASURES), { maxKeys: 2 }),
    disciplineProcedures: counts(SUBJECT_KINDS),
    reviews: counts(SUBJECT_KINDS),
    suggestedReviews: counts(SUBJECT_KINDS),
    degradationFound: counts(SUBJECT_KINDS),
    findingsByItem: counts(['G1-1', 'G1-9', 'G2-3', 'G3-5'] as const),
    findingsByGroupOnly: counts(['1', '2', '3'] as const),
    commitments: fc.nat({ max: 100 }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<TallyInput>;

const KINDS_BY_DEPTH = ['province', 'district', 'grassrootsCommittee', 'subCommittee', 'directBranch', 'partyCell'] as const;

/** A random valid tree (on 2020-06-01) as a unit list, with a tally for some units. */
export const treeArb = fc
  .array(fc.nat(), { minLength: 0, maxLength: 40 })
  .chain((parents) => {
    const units: UnitInput[] = [{ code: 'U0', kind: 'province' }];
    const depth = [0];
    parents.forEach((p, k) => {
      const i = k + 1;
      let parent = p % i;
      let d = (depth[parent] as number) + 1;
      if (d >= KINDS_BY_DEPTH.length) {
        parent = 0;
        d = 1;
      }
      depth.push(d);
      units.push({ code: `U${i}`, kind: KINDS_BY_DEPTH[d] as UnitInput['kind'], parent: `U${parent}` });
    });
    return fc.tuple(fc.constant(units), fc.array(fc.option(tallyInputArb, { nil: undefined }), { minLength: units.length, maxLength: units.length }));
  })
  .map(([units, tallies]) => {
    const byCode: Record<string, TallyInput> = {};
    tallies.forEach((t, i) => {
      if (t !== undefined) byCode[`U${i}`] = t;
    });
    return { units, tallies: byCode };
  });

/** The Charter's closed lists (Điều lệ Điều 35 khoản 2), written out independently as the test oracle. */
export const CHARTER_FORMS: Readonly<Record<string, readonly string[]>> = {
  member: ['reprimand', 'warning', 'removalFromPost', 'expulsion'],
  officialMember: ['reprimand', 'warning', 'removalFromPost', 'expulsion'],
  probationaryMember: ['reprimand', 'warning'],
  organization: ['reprimand', 'warning', 'dissolution'],
};

/** {@link tallyInputArb} with only the forms the Charter allows for each subject. */
export const charterTallyInputArb: fc.Arbitrary<TallyInput> = tallyInputArb.map((t) => {
  if (!t.disciplines) return t;
  const disciplines: Record<string, Record<string, number>> = {};
  for (const [subject, counts] of Object.entries(t.disciplines)) {
    disciplines[subject] = Object.fromEntries(Object.entries(counts ?? {}).filter(([f]) => (CHARTER_FORMS[subject] ?? []).includes(f)));
  }
  return { ...t, disciplines } as TallyInput;
});
