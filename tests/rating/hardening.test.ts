/**
 * Hardening (issue 15): bad batches stop at 101 issues and never crash, the root cause is
 * reported alone, a missing required field is `missing`, and no message echoes an input value.
 */
import { describe, expect, it } from 'vitest';
import { Nq4Error, type Nq4Issue } from '../../src/errors.js';
import type { RatingLevel } from '../../src/i18n/vocabulary.js';
import { checkQuota } from '../../src/rating/checkQuota.js';
import { rateMember } from '../../src/rating/rateMember.js';
import { createMemberRater, rateMembers } from '../../src/rating/rateMembers.js';
import { rulesFor } from '../../src/rating/rulesFor.js';
import { rateOrganization } from '../../src/rating/rateOrganization.js';
import { ratingRuleSetFor } from '../../src/rating/registry.js';
import { errorOf } from '../support/errors.js';

function issuesOf(run: () => unknown): readonly Nq4Issue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(Nq4Error);
    return (error as Nq4Error).issues;
  }
  throw new Error('expected an Nq4Error');
}
const brief = (issues: readonly Nq4Issue[]) => issues.map((i) => [i.code, i.path]);
const N = 100_000;

describe('a bad batch stops validating at the cap and keeps 100 issues', () => {
  it('rateMembers with 100,000 bad members', () => {
    const error = errorOf(() => rateMembers(Array.from({ length: N }, () => ({ year: 'x', score: 'y' })) as never));
    const issues = error.issues;
    // The error keeps the first 100 issues, counts the rest and says validation stopped early.
    expect(issues).toHaveLength(100);
    expect(error.omittedIssues).toBe(2); // two issues per member: 102 collected when the loop stops
    expect(error.stoppedEarly).toBe(true);
    expect(issues[0]?.path).toEqual([0, 'year']);
    expect(issues.every((i) => typeof i.path[0] === 'number' && i.path[0] < 60)).toBe(true);
  });
  it('rateMembers still lists every issue of a small batch, in order', () => {
    const issues = issuesOf(() => rateMembers([{ year: 2025 }, { year: 2025, score: 101 }, { year: 2025, x: 1 } as never]));
    expect(brief(issues)).toEqual([['too_big', [1, 'score']], ['unknown_key', [2, 'x']]]);
  });
  it('checkQuota with 100,000 bad ratings names the items, not "expected an object"', () => {
    const error = errorOf(() => checkQuota(Array.from({ length: N }, () => 'great') as never, { year: 2025 }));
    const issues = error.issues;
    expect(issues).toHaveLength(100);
    expect(error.stoppedEarly).toBe(true);
    expect(error.message.length).toBeLessThan(10_000);
    expect(issues[0]).toMatchObject({ code: 'invalid_value', path: ['ratings', 0] });
    expect(brief(issuesOf(() => checkQuota(['good', 'great', 'bad'] as never, { year: 2025 })))).toEqual([
      ['invalid_value', ['ratings', 1]],
      ['invalid_value', ['ratings', 2]],
    ]);
  });
  it('checkQuota still counts a long valid list', () => {
    const ratings = Array.from({ length: N }, (_, i): RatingLevel => (i % 5 === 0 ? 'excellent' : 'good'));
    expect(checkQuota(ratings, { year: 2025 }).excellent).toBe(N / 5);
  });
  it('100,000 disciplines are one too_big at the list, not 100,000 issues or a RangeError', () => {
    const many = Array.from({ length: N }, () => ({ form: 'x' }));
    expect(brief(issuesOf(() => rateMember({ year: 2025, disciplines: many } as never)))).toEqual([['too_big', ['disciplines']]]);
    expect(brief(issuesOf(() => rateOrganization({ year: 2025, kind: 'agency', leadershipDisciplines: many } as never)))).toEqual([
      ['too_big', ['leadershipDisciplines']],
    ]);
    expect(brief(issuesOf(() => rateMembers([{ year: 2025, disciplines: many } as never])))).toEqual([['too_big', [0, 'disciplines']]]);
  });
});

describe('the root cause only', () => {
  it('year 1e308 is one too_big, with no date_order on a year that does not exist', () => {
    expect(brief(issuesOf(() => rateMember({ year: 1e308, admittedOn: '2010-03-02' })))).toEqual([['too_big', ['year']]]);
    expect(brief(issuesOf(() => rateOrganization({ year: 1e308, kind: 'agency', reviewOn: '2010-03-02' })))).toEqual([['too_big', ['year']]]);
  });
  it('year 1990 says no rule set covers it, not that the member was admitted after the year', () => {
    const issues = issuesOf(() => rateMember({ year: 1990, admittedOn: '2010-03-02' }));
    expect(brief(issues)).toEqual([['no_rule_set', ['year']]]);
    expect(issues[0]?.messageEn).toContain('No rating rule set covers this year');
    expect(brief(issuesOf(() => rateMembers([{ year: 2025 }, { year: 1990, admittedOn: '2010-03-02' }])))).toEqual([['no_rule_set', [1, 'year']]]);
    expect(brief(issuesOf(() => rateOrganization({ year: 1990, kind: 'agency', reviewOn: '2010-03-02' })))).toEqual([['no_rule_set', ['year']]]);
  });
  it('a forced rule set still checks the dates against the year', () => {
    expect(brief(issuesOf(() => rateMember({ year: 1990, admittedOn: '2010-03-02' }, { ruleSet: 'qd366' })))).toEqual([['date_order', ['admittedOn']]]);
  });
});

describe('a missing required field is missing', () => {
  it.each([
    ['organization kind', () => rateOrganization({ year: 2025 } as never), ['kind']],
    ['discipline form', () => rateMember({ year: 2025, disciplines: [{ decidedOn: '2025-01-02' }] } as never), ['disciplines', 0, 'form']],
    ['criteria grade', () => rateMember({ year: 2025, criteria: { taskResults: 'good' } } as never), ['criteria', 'other']],
  ])('%s', (_name, run, path) => {
    expect(brief(issuesOf(run))).toEqual([['missing', path]]);
  });
});

describe('no value is echoed', () => {
  it('a year no rule set covers is not printed back', () => {
    for (const year of [1990, 2013]) {
      const [i] = issuesOf(() => ratingRuleSetFor(year));
      expect(i?.messageEn).not.toContain(String(year));
      expect(i?.messageVi).not.toContain(String(year));
    }
  });
  it('a name in any string field stays out of the messages', () => {
    const name = 'Nguyễn Văn An';
    const runs = [
      () => rateMember({ year: 2025, role: name } as never),
      () => rateMember({ year: 2025, admittedOn: name }),
      () => rateMember({ year: 2025, disciplines: [{ form: name, decidedOn: name }] } as never),
      () => rateOrganization({ year: 2025, kind: name } as never),
      () => checkQuota([name] as never, { year: 2025, groupId: name }),
      () => rateMembers([{ year: 2025, proposedLevel: name } as never]),
      () => rateMember({ year: 2025 }, { ruleSet: name }),
    ];
    for (const run of runs) {
      const error = issuesOf(run);
      for (const i of error) expect(`${i.messageVi} ${i.messageEn}`).not.toContain('Nguyễn');
    }
  });
});

describe('issue 15, rating: one root cause per bad input, an Nq4Error from every exported helper', () => {
  const codes = (run: () => unknown) => brief(issuesOf(run));
  it('year 1e308 is one too_big, with no false date_order', () => {
    expect(codes(() => rateMember({ year: 1e308, admittedOn: '2010-03-02' } as never))).toEqual([['too_big', ['year']]]);
    expect(codes(() => checkQuota([], { year: 1e308 }))).toEqual([['too_big', ['options', 'year']]]);
    expect(codes(() => rulesFor(1e308))).toEqual([['too_big', ['year']]]);
  });
  it('1990 with an admission in 2010 says no rule set covers 1990 (the root cause), not date_order', () => {
    expect(codes(() => rateMember({ year: 1990, admittedOn: '2010-03-02' }))).toEqual([['no_rule_set', ['year']]]);
    expect(codes(() => rateMembers([{ year: 1990, admittedOn: '2010-03-02' }]))).toEqual([['no_rule_set', [0, 'year']]]);
  });
  it('ratingRuleSetFor with bad input throws Nq4Error naming the field, never TypeError', () => {
    let deep: unknown = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(codes(() => ratingRuleSetFor(2023, null as never))).toEqual([['invalid_type', ['options']]]);
    expect(codes(() => ratingRuleSetFor('2023' as never))).toEqual([['invalid_type', ['year']]]);
    expect(codes(() => ratingRuleSetFor(deep as never))).toEqual([['invalid_type', ['year']]]);
    expect(codes(() => ratingRuleSetFor({ valueOf: () => { throw new Error('boom'); } } as never))).toEqual([['invalid_type', ['year']]]);
    expect(codes(() => ratingRuleSetFor(2023.5))).toEqual([['invalid_type', ['year']]]);
    expect(codes(() => ratingRuleSetFor(2023, { ruleSet: 5 } as never))).toEqual([['invalid_type', ['options', 'ruleSet']]]);
    const unknown = issuesOf(() => ratingRuleSetFor(2023, { Nguyễn: 1 } as never));
    expect(unknown.map((i) => i.code)).toEqual(['unknown_key']);
    expect(JSON.stringify(unknown)).not.toContain('Nguyễn');
    expect(ratingRuleSetFor(2023, { at: 'yearStart' }).id).toBe('hd21');
  });
  it('createMemberRater with a non-string id names ruleSetId', () => {
    expect(codes(() => createMemberRater(null as never))).toEqual([['invalid_type', ['ruleSetId']]]);
  });
});
