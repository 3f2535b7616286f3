// The library's own registries are built on first use (import time, issue 11), and answer exactly
// as a registry built at once by createRuleSetRegistry.
import { describe, expect, it } from 'vitest';
import { createRuleSetRegistry, lazyRuleSetRegistry, type RuleSetInfo } from '../../src/legal/ruleSets.js';
import { REVIEW_RULE_SETS } from '../../src/review/ruleSets.js';
import { limitationRuleSets, reviewRuleSets, disciplineRuleSets } from '../../src/index.js';
import { isNq4Error } from '../../src/errors.js';

const sets: RuleSetInfo[] = [
  { id: 'old', area: 'demo', label: { vi: 'Cũ', en: 'Old' }, validFrom: '2018-01-01', validTo: '2022-12-31', sources: [] },
  { id: 'new', area: 'demo', label: { vi: 'Mới', en: 'New' }, validFrom: '2023-01-01', sources: [] },
];

describe('lazyRuleSetRegistry', () => {
  it('reads its list only on first use, once, and answers as the eager registry does', () => {
    let reads = 0;
    const lazy = lazyRuleSetRegistry('demo', () => {
      reads++;
      return sets;
    });
    expect(reads).toBe(0);
    expect(lazy.area).toBe('demo');
    const eager = createRuleSetRegistry('demo', sets);
    expect(lazy.forYear(2020).id).toBe(eager.forYear(2020).id);
    expect(lazy.resolve('2017-06-01')).toEqual(eager.resolve('2017-06-01'));
    expect(lazy.byId('new')).toEqual(eager.byId('new'));
    expect(lazy.ruleSets).toEqual(eager.ruleSets);
    expect(reads).toBe(1);
    expect(Object.isFrozen(lazy)).toBe(true);
  });

  it('throws the eager registry’s Nq4Error on first use when the list is wrong', () => {
    const lazy = lazyRuleSetRegistry('demo', () => [sets[1]!, sets[1]!]);
    let error: unknown;
    try {
      lazy.byId('new');
    } catch (e) {
      error = e;
    }
    expect(isNq4Error(error)).toBe(true);
    expect(() => createRuleSetRegistry('demo', [sets[1]!, sets[1]!])).toThrow((error as Error).message);
  });

  it("the library's review, discipline and limitation registries are these lazy ones, with the same sets", () => {
    expect(reviewRuleSets.ruleSets).toEqual(createRuleSetRegistry('review', REVIEW_RULE_SETS).ruleSets);
    expect(disciplineRuleSets.forDate('2023-08-15').id).toBe('qd80');
    expect(limitationRuleSets.forDate('2023-08-15').id).toBe('qd69');
    expect(Object.isFrozen(reviewRuleSets.ruleSets)).toBe(true);
  });
});

describe('the rating registry', () => {
  it('is built on first use, and its named sets are the very objects it returns, deeply frozen', async () => {
    const nq4 = await import('../../src/index.js');
    const named = { hd27: nq4.hd27RuleSet, hd16: nq4.hd16RuleSet, hd21: nq4.hd21RuleSet, qd124: nq4.qd124RuleSet, qd366: nq4.qd366RuleSet };
    for (const [id, set] of Object.entries(named)) {
      expect(nq4.ratingRuleSets.byId(id)).toBe(set);
      expect(Object.isFrozen(set) && Object.isFrozen(set.criteria) && Object.isFrozen(set.label)).toBe(true);
    }
    expect(nq4.ratingRuleSets.ruleSets.map((r) => r.id)).toEqual(['hd27', 'hd16', 'hd21', 'qd124', 'qd366']);
  });
});
