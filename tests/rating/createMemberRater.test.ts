/**
 * createMemberRater takes its rule set as an option (docs/conventions.md: `ruleSet`, "not a
 * positional id"); the former positional form stays, deprecated, for one minor and gives the same
 * rater and the same errors.
 */
import { describe, expect, it } from 'vitest';
import type { Nq4Issue } from '../../src/errors.js';
import { createMemberRater, rateMember } from '../../src/index.js';
import type { MemberRatingFacts, RatingOptions } from '../../src/rating/types.js';
import { errorOf } from '../support/errors.js';
import { member2020, member2025 } from './_fixtures.js';

const brief = (run: () => unknown) => errorOf(run).issues.map((i: Nq4Issue) => [i.code, i.path]);

/** Facts across the outcomes: decided levels, a range, missing facts, not rated, an unsatisfactory case. */
const FACTS: readonly MemberRatingFacts[] = [
  member2025(),
  member2025({ score: 95, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 4 } }),
  member2025({ score: 65 }),
  member2025({ score: 40 }),
  member2025({ role: 'leader' }),
  member2025({ suspended: true }),
  member2025({ disciplines: [{ form: 'warning', decidedOn: '2025-03-01', relatedToOfficialDuty: true }] }),
  { year: 2025, role: 'nonLeader', score: 80 },
  member2020(),
  member2020({ criteria: { taskResults: 'good', other: 'average' } }),
  member2020({ sickLeaveMonths: 4 }),
  { year: 2016, score: 70 },
];
const RULE_SETS = ['hd27', 'hd16', 'hd21', 'qd124', 'qd366'] as const;
const OPTIONS: readonly RatingOptions[] = [{}, { assumeNoEvents: true }, { bandReading: 'strict', gapFallback: 'unsatisfactory' }, { acceptParaphrasedCriteria: true, assumeNoEvents: true }];

describe('createMemberRater({ ruleSet, ...options })', () => {
  it('rates with the rule set named in the options, as rateMember does under that rule set', () => {
    const rate = createMemberRater({ ruleSet: 'qd366', assumeNoEvents: true });
    const tasks = { assigned: 10, completed: 10, onTime: 9, exceeded: 0 };
    expect(rate({ year: 2025, role: 'nonLeader', score: 65, admittedOn: '2001-05-19', tasks })).toBe('satisfactory');
    for (const f of FACTS) {
      const full = rateMember(f, { ruleSet: 'qd366', assumeNoEvents: true });
      const expected = full.status === 'rated' ? (full.level ?? 'undetermined') : full.status;
      expect(rate(f)).toBe(expected);
    }
  });

  it('ignores facts.year for the choice of rule set, as before', () => {
    const hd21 = createMemberRater({ ruleSet: 'hd21' });
    const qd366 = createMemberRater({ ruleSet: 'qd366' });
    const f = member2025({ score: 95, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 4 } });
    expect(qd366(f)).toBe('excellent');
    expect(hd21(f)).not.toBe(qd366(f));
  });

  it('an unknown rule set is unknown_id at options.ruleSet, listing the known ids, the value not echoed', () => {
    const issues = errorOf(() => createMemberRater({ ruleSet: 'qd999' })).issues;
    expect(issues.map((i) => [i.code, i.path])).toEqual([['unknown_id', ['options', 'ruleSet']]]);
    expect(issues[0]?.messageEn).toBe('No such rating rule set; known: hd27, hd16, hd21, qd124, qd366.');
    expect(JSON.stringify(issues)).not.toContain('qd999');
  });

  it('a rule set is required, and the options are checked as rateMember checks them', () => {
    expect(brief(() => createMemberRater({} as never))).toEqual([['missing', ['options', 'ruleSet']]]);
    // @ts-expect-error: the options form requires ruleSet
    expect(brief(() => createMemberRater({ assumeNoEvents: true }))).toEqual([['missing', ['options', 'ruleSet']]]);
    expect(brief(() => createMemberRater({ ruleSet: 366 } as never))).toEqual([['invalid_type', ['options', 'ruleSet']]]);
    expect(brief(() => createMemberRater({ ruleSet: 'qd366', bandRead: 'strict' } as never))).toEqual([['unknown_key', ['options', 'bandRead']]]);
    expect(brief(() => createMemberRater({ ruleSet: 'qd366', bandReading: 'loose' } as never))).toEqual([['invalid_value', ['options', 'bandReading']]]);
  });
});

describe('the deprecated positional form createMemberRater(ruleSetId, options)', () => {
  it('gives the same outcomes as the options form, for every rule set and option set', () => {
    for (const ruleSet of RULE_SETS) {
      for (const options of OPTIONS) {
        const byOptions = createMemberRater({ ...options, ruleSet });
        const positional = createMemberRater(ruleSet, options);
        expect(FACTS.map(positional)).toEqual(FACTS.map(byOptions));
      }
    }
    // The outcomes are not all alike (the comparison above can fail).
    expect(new Set(FACTS.map(createMemberRater('qd366'))).size).toBeGreaterThan(3);
  });

  it('the id wins over options.ruleSet, as before', () => {
    const f = member2025({ score: 95, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 4 } });
    expect(createMemberRater('qd366', { ruleSet: 'hd21' })(f)).toBe(createMemberRater({ ruleSet: 'qd366' })(f));
  });

  it('the same errors: unknown_id at options.ruleSet, invalid_type at ruleSetId for a non-string id', () => {
    expect(brief(() => createMemberRater('qd999'))).toEqual([['unknown_id', ['options', 'ruleSet']]]);
    expect(errorOf(() => createMemberRater('qd999')).issues).toEqual(errorOf(() => createMemberRater({ ruleSet: 'qd999' })).issues);
    expect(brief(() => createMemberRater(null as never))).toEqual([['invalid_type', ['ruleSetId']]]);
    expect(brief(() => createMemberRater(366 as never))).toEqual([['invalid_type', ['ruleSetId']]]);
    expect(brief(() => createMemberRater('qd366', { bandRead: 'strict' } as never))).toEqual([['unknown_key', ['options', 'bandRead']]]);
  });
});
