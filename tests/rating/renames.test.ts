import { describe, expect, it } from 'vitest';
import { findRatingRuleSet, getRulesForYear, rateMember, rateMembers, ratingRuleSetFor, rulesFor } from '../../src/index.js';

/** Issue 16 renames (docs/conventions.md): the former names and options give the same answers for one minor. */
describe('rating renames keep the former names working', () => {
  it('findRatingRuleSet / ratingRuleSetFor, with ruleSetBy and its former name at (ruleSetBy wins)', () => {
    expect(ratingRuleSetFor).toBe(findRatingRuleSet);
    expect(findRatingRuleSet(2023).id).toBe('qd124');
    expect(findRatingRuleSet(2023, { ruleSetBy: 'yearStart' }).id).toBe('hd21');
    expect(ratingRuleSetFor(2023, { at: 'yearStart' }).id).toBe('hd21');
    expect(findRatingRuleSet(2023, { ruleSetBy: 'yearEnd', at: 'yearStart' }).id).toBe('qd124');
  });

  it('getRulesForYear / rulesFor', () => {
    expect(rulesFor).toBe(getRulesForYear);
    expect(getRulesForYear(2023, { ruleSetBy: 'yearStart' })).toEqual(rulesFor(2023, { at: 'yearStart' }));
  });

  it('rating option ruleSetBy, and its former name ruleSetAt, named in the result as given', () => {
    const facts = { year: 2025, role: 'nonLeader', score: 80 } as const;
    const byNew = rateMember(facts, { ruleSetBy: 'yearStart' });
    const byOld = rateMember(facts, { ruleSetAt: 'yearStart' });
    expect(byNew.ruleSet.id).toBe('qd124');
    expect(byOld.ruleSet.id).toBe('qd124');
    expect(byNew.options.map((o) => o.name)).toContain('ruleSetBy');
    expect(byOld.options.map((o) => o.name)).toContain('ruleSetAt');
    expect({ ...byNew, options: [], explanation: null }).toEqual({ ...byOld, options: [], explanation: null });
    expect(rateMember(facts, { ruleSetBy: 'yearEnd', ruleSetAt: 'yearStart' }).ruleSet.id).toBe('qd366');
    expect(rateMembers([facts], { ruleSetBy: 'yearStart' })).toEqual(rateMembers([facts], { ruleSetAt: 'yearStart' }));
  });
});
