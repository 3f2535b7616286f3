import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_lib/freeze.js';
import { Nq4Error } from '../../src/errors.js';
import { DISCIPLINE_FORMS, NON_DISCIPLINARY_MEASURES } from '../../src/i18n/vocabulary.js';
import { mergeTallies } from '../../src/tally/tally.js';
import { tallyDisciplines, type DisciplineRecord } from '../../src/discipline/tallyDisciplines.js';
import { fixture } from '../support/fixtures.js';

const seed = (name: string) => fixture(`seeds/${name}`);

describe('golden tallies from the seeds (discipline.md §7)', () => {
  it('Krông Nô 2018 (seed 000): 50 members = 30 + 12 + 5 + 3, 4 organizations = 2 + 2', () => {
    expect(seed('000_966d660263fac988.txt')).toContain('xử lý kỷ luật 50 cán bộ, đảng viên');
    const r = tallyDisciplines([
      { subject: 'member', outcome: 'reprimand', count: 30 },
      { subject: 'member', outcome: 'warning', count: 12 },
      { subject: 'member', outcome: 'removalFromPost', count: 5 },
      { subject: 'member', outcome: 'expulsion', count: 3 },
      { subject: 'organization', outcome: 'reprimand', count: 2 },
      { subject: 'organization', outcome: 'warning', count: 2 },
    ]);
    expect(r.disciplined).toEqual({ individual: 50, collective: 4 });
    expect(r.tally.disciplines).toEqual({
      member: { reprimand: 30, warning: 12, removalFromPost: 5, expulsion: 3 },
      organization: { reprimand: 2, warning: 2 },
    });
    expect(r.nonDisciplinary).toEqual({});
  });

  it('Cần Thơ 2019 (seed 004): of 32 individuals "xử lý" only 11 are disciplined; of 6 collectives only 1', () => {
    expect(seed('004_26c33ccc72d710b1.txt')).toContain('nhắc nhở 17 cá nhân');
    const r = tallyDisciplines([
      { subject: 'organization', outcome: 'reprimand', count: 1 },
      { subject: 'organization', outcome: 'reminder', count: 5 },
      { subject: 'member', outcome: 'warning', count: 2 },
      { subject: 'member', outcome: 'reprimand', count: 9 },
      { subject: 'member', outcome: 'unsatisfactoryRating', count: 4 },
      { subject: 'member', outcome: 'reminder', count: 17 },
    ]);
    expect(r.disciplined).toEqual({ individual: 11, collective: 1 });
    expect(r.nonDisciplinary).toEqual({ individual: 21, collective: 5 });
    expect(r.tally.nonDisciplinary).toEqual({ collective: { reminder: 5 }, individual: { unsatisfactoryRating: 4, reminder: 17 } });
    expect(r.total).toBe(38);
  });

  it('one record per case, with the "pending" outcome kept out of discipline', () => {
    const r = tallyDisciplines([
      ...Array.from({ length: 15 }, () => ({ subject: 'officialMember', outcome: 'reprimand' }) as const),
      ...Array.from({ length: 5 }, () => ({ subject: 'officialMember', outcome: 'warning' }) as const),
      { subject: 'officialMember', outcome: 'removalFromPost' },
      { subject: 'officialMember', outcome: 'pending' },
    ]);
    expect(r.tally.disciplines.officialMember).toEqual({ reprimand: 15, warning: 5, removalFromPost: 1 });
    expect(r.tally.nonDisciplinary.individual).toEqual({ pending: 1 });
    expect(r.disciplined.individual).toBe(21);
  });
});

const subjects = ['organization', 'officialMember', 'probationaryMember', 'member'] as const;
const validRecord: fc.Arbitrary<DisciplineRecord> = fc
  .record({
    subject: fc.constantFrom(...subjects),
    outcome: fc.constantFrom(...DISCIPLINE_FORMS, ...NON_DISCIPLINARY_MEASURES),
    count: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
  })
  .filter((r) => {
    const allowed: Record<(typeof subjects)[number], readonly string[]> = {
      organization: ['reprimand', 'warning', 'dissolution'],
      officialMember: ['reprimand', 'warning', 'removalFromPost', 'expulsion'],
      probationaryMember: ['reprimand', 'warning'],
      member: ['reprimand', 'warning', 'removalFromPost', 'expulsion'],
    };
    return !(DISCIPLINE_FORMS as readonly string[]).includes(r.outcome) || allowed[r.subject].includes(r.outcome);
  })
  .map((r) => (r.count === undefined ? { subject: r.subject, outcome: r.outcome } : r));

const sum = (o: Record<string, number | undefined>) => Object.values(o).reduce<number>((a, b) => a + (b ?? 0), 0);

describe('properties', () => {
  it('conserves counts and never counts a non-disciplinary measure as discipline', () => {
    fc.assert(
      fc.property(fc.array(validRecord, { maxLength: 40 }), (records) => {
        const r = tallyDisciplines(records);
        const n = (rec: DisciplineRecord) => rec.count ?? 1;
        const expectedDiscipline = records.filter((x) => (DISCIPLINE_FORMS as readonly string[]).includes(x.outcome)).reduce((a, x) => a + n(x), 0);
        const expectedOther = records.reduce((a, x) => a + n(x), 0) - expectedDiscipline;
        const inTallyDiscipline = Object.values(r.tally.disciplines).reduce((a, c) => a + sum(c ?? {}), 0);
        const inTallyOther = Object.values(r.tally.nonDisciplinary).reduce((a, c) => a + sum(c ?? {}), 0);
        expect(inTallyDiscipline).toBe(expectedDiscipline);
        expect(sum(r.disciplined)).toBe(expectedDiscipline);
        expect(inTallyOther).toBe(expectedOther);
        expect(sum(r.nonDisciplinary)).toBe(expectedOther);
        expect(r.total).toBe(expectedDiscipline + expectedOther);
        for (const counts of Object.values(r.tally.disciplines)) {
          for (const key of Object.keys(counts ?? {})) expect(NON_DISCIPLINARY_MEASURES as readonly string[]).not.toContain(key);
        }
      }),
    );
  });

  it('tallying a concatenation equals merging the tallies, and inputs are not mutated', () => {
    fc.assert(
      fc.property(fc.array(validRecord, { maxLength: 20 }), fc.array(validRecord, { maxLength: 20 }), (a, b) => {
        const fa = deepFreeze(structuredClone(a));
        const fb = deepFreeze(structuredClone(b));
        expect(tallyDisciplines([...fa, ...fb]).tally).toEqual(mergeTallies(tallyDisciplines(fa).tally, tallyDisciplines(fb).tally));
        expect(fa).toEqual(a);
      }),
    );
  });
});

describe('bad input', () => {
  const first = (records: unknown) => {
    try {
      tallyDisciplines(records as DisciplineRecord[]);
    } catch (e) {
      expect(e).toBeInstanceOf(Nq4Error);
      const i = (e as Nq4Error).issues[0];
      return [i.code, i.path.join('.')];
    }
    throw new Error('no error');
  };
  it('names the record and field', () => {
    expect(first([{ subject: 'member', outcome: 'fine' }])).toEqual(['invalid_value', 'records.0.outcome']);
    expect(first([{ subject: 'member', outcome: 'warning' }, { subject: 'probationaryMember', outcome: 'expulsion' }])).toEqual(['rule_violation', 'records.1.outcome']);
    expect(first([{ subject: 'organization', outcome: 'warning', count: -1 }])).toEqual(['too_small', 'records.0.count']);
    expect(first([{ subject: 'organization', outcome: 'warning', count: 1.5 }])).toEqual(['invalid_type', 'records.0.count']);
    expect(first([{ subject: 'member', outcome: 'dissolution' }])).toEqual(['rule_violation', 'records.0.outcome']);
  });
});
