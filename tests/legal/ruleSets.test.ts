import { describe, expect, it } from 'vitest';
import { createRuleSetRegistry, Nq4Error, type RuleSetInfo } from '../../src/index.js';

const rs = (id: string, validFrom: string, validTo?: string): RuleSetInfo => ({
  id,
  area: 'demo',
  label: { vi: `Bộ ${id}`, en: `Set ${id}` },
  validFrom,
  ...(validTo ? { validTo } : {}),
  sources: [],
});

describe('createRuleSetRegistry', () => {
  const registry = createRuleSetRegistry('demo', [rs('c', '2023-01-01'), rs('a', '2018-01-01', '2018-12-31'), rs('b', '2019-01-01', '2022-12-31')]);

  it('sorts rule sets and finds the one governing a date, bounds inclusive', () => {
    expect(registry.ruleSets.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(registry.forDate('2018-01-01').id).toBe('a');
    expect(registry.forDate('2018-12-31').id).toBe('a');
    expect(registry.forDate('2019-01-01').id).toBe('b');
    expect(registry.forDate('2040-06-30').id).toBe('c');
  });

  it('reads a year on 31 December by default, or on 1 January when asked', () => {
    expect(registry.forYear(2022).id).toBe('b');
    expect(registry.forYear(2023, { at: 'yearStart' }).id).toBe('c');
  });

  it('says clearly when no rule set covers a date, naming the nearest ones', () => {
    const res = registry.resolve('2017-06-01');
    expect(res.found).toBe(false);
    if (!res.found) {
      expect(res.after?.id).toBe('a');
      expect(res.before).toBeUndefined();
      expect(res.reason.vi).toContain('1-6-2017');
      expect(res.reason.en).toContain('1 June 2017');
    }
    try {
      registry.forYear(2017);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Nq4Error);
      expect((error as Nq4Error).issues[0].code).toBe('no_rule_set');
    }
  });

  it('reports a gap between two rule sets with both neighbours', () => {
    const gappy = createRuleSetRegistry('demo', [rs('x', '2010-01-01', '2010-12-31'), rs('y', '2012-01-01')]);
    const res = gappy.resolve('2011-05-05');
    expect(res.found ? 'found' : [res.before?.id, res.after?.id]).toEqual(['x', 'y']);
  });

  it('rejects bad dates and years with typed issues', () => {
    expect(() => registry.forDate('2019-02-30')).toThrowError(Nq4Error);
    try {
      registry.forDate('2019-02-30');
    } catch (error) {
      expect((error as Nq4Error).issues[0].code).toBe('invalid_date');
    }
    try {
      registry.forYear(2020.5);
    } catch (error) {
      expect((error as Nq4Error).issues[0].path).toEqual(['year']);
    }
  });

  it('finds by id, or names the known ids', () => {
    expect(registry.byId('b').validTo).toBe('2022-12-31');
    expect(() => registry.byId('zz')).toThrowError(/known: a, b, c/);
  });

  it('reports every problem of a malformed registry at once', () => {
    try {
      createRuleSetRegistry('demo', [rs('a', '2018-01-01', '2019-06-30'), rs('a', '2019-01-01'), rs('z', '2020-13-01'), { ...rs('w', '2030-01-01', '2029-01-01') }]);
      expect.unreachable();
    } catch (error) {
      const codes = (error as Nq4Error).issues.map((i) => i.code).sort();
      expect(codes).toEqual(expect.arrayContaining(['date_order', 'inconsistent', 'invalid_date']));
      expect((error as Nq4Error).issues.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('returns frozen rule sets and does not mutate the input array', () => {
    const input = [rs('b', '2019-01-01'), rs('a', '2018-01-01', '2018-12-31')];
    const reg = createRuleSetRegistry('demo', input);
    expect(input.map((r) => r.id)).toEqual(['b', 'a']);
    expect(Object.isFrozen(reg.ruleSets)).toBe(true);
    expect(Object.isFrozen(reg.ruleSets[0])).toBe(true);
  });

  it('checks the arguments of JavaScript callers instead of failing inside', () => {
    const issuesOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(Nq4Error);
        return (error as Nq4Error).issues.map((i) => [i.code, i.path.join('.')]);
      }
      throw new Error('no error');
    };
    expect(issuesOf(() => createRuleSetRegistry(42 as never, []))).toEqual([['invalid_type', 'area']]);
    expect(issuesOf(() => createRuleSetRegistry('demo', 'x' as never))).toEqual([['invalid_type', '']]);
    expect(issuesOf(() => createRuleSetRegistry('demo', [null] as never))).toEqual([['invalid_type', '0']]);
    expect(issuesOf(() => createRuleSetRegistry('demo', [{ ...rs('a', '2018-01-01'), label: undefined }] as never))).toEqual([['missing', '0.label']]);
    expect(issuesOf(() => registry.forYear(2020, { att: 'yearStart' } as never))).toEqual([['unknown_key', 'options.att']]);
    expect(issuesOf(() => registry.forYear(2020, { at: 'mid' } as never))).toEqual([['invalid_value', 'options.at']]);
    expect(issuesOf(() => registry.resolve(42 as never))).toEqual([['invalid_type', '']]);
  });

  it('keeps the extra fields of an area\'s rule sets', () => {
    const rate = () => 'good';
    const reg = createRuleSetRegistry('demo', [{ ...rs('a', '2018-01-01'), rate }]);
    expect(reg.forYear(2020).rate).toBe(rate);
  });
});
