/**
 * The rule-set contract (issue 16): every registered rating and review rule set goes through the
 * same checks, and a fictional 2027 rating set (fy2027.ts) is added with one module and one
 * registry line, through the factory the library builds its own registry with.
 */
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/_lib/dates.js';
import type { Citation } from '../../src/legal/citation.js';
import { RATING_LEVELS } from '../../src/i18n/vocabulary.js';
import { REVIEW_RULE_SET_IDS, REVIEW_RULE_SETS, reviewRuleSets, type ReviewRulePoint } from '../../src/review/ruleSets.js';
import { dayBefore } from '../../src/_lib/dates.js';
import type { RatingRuleSetModule } from '../../src/rating/_ruleSets.js';
import { RATING_RULE_SET_MODULES, createRatingRegistries, ratingEngines, ratingRuleSets } from '../../src/rating/registry.js';
import { rateMemberWith } from '../../src/rating/rateMember.js';
import { rateOrganizationWith } from '../../src/rating/rateOrganization.js';
import { QD366_THRESHOLDS } from '../../src/rating/ruleSets/qd366.js';
import { rateMember, rateOrganization } from '../../src/index.js';
import type { MemberRatingFacts, OrganizationRatingFacts } from '../../src/rating/types.js';
import { FY2027_THRESHOLDS, fy2027Module } from './fy2027.js';

const STATUSES = ['quoted', 'quotedSecondHand', 'quotedPartial', 'paraphrased', 'reported', 'secondaryPractice', 'inferred', 'unverified'];

function expectBilingual(l: { vi: string; en: string } | undefined, where: string): void {
  expect(l, where).toBeDefined();
  expect(typeof l?.vi === 'string' && l.vi.trim().length > 0, `${where}: Vietnamese`).toBe(true);
  expect(typeof l?.en === 'string' && l.en.trim().length > 0, `${where}: English`).toBe(true);
}

function expectCitation(c: Citation | undefined, where: string): void {
  expect(c, where).toBeDefined();
  expect(typeof c?.document.key, `${where}: document`).toBe('string');
  expect(STATUSES, `${where}: status`).toContain(c?.status);
}

function expectDeepFrozen(v: unknown, where: string, seen = new Set<unknown>()): void {
  if (v === null || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  expect(Object.isFrozen(v), where).toBe(true);
  for (const [k, x] of Object.entries(v)) expectDeepFrozen(x, `${where}.${k}`, seen);
}

function expectNoFunction(v: unknown, where: string, seen = new Set<unknown>()): void {
  expect(typeof v, where).not.toBe('function');
  if (v === null || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  for (const [k, x] of Object.entries(v)) expectNoFunction(x, `${where}.${k}`, seen);
}

/** Dates: contiguous, each ending the day before the next starts; the last in force. */
function expectContiguous(list: readonly { readonly id: string; readonly validFrom: string; readonly validTo?: string }[]): void {
  list.forEach((r, i) => {
    expect(isIsoDate(r.validFrom), `${r.id}.validFrom`).toBe(true);
    const next = list[i + 1];
    if (next === undefined) expect(r.validTo, `${r.id} is the one in force`).toBeUndefined();
    else {
      expect(r.validTo, `${r.id}.validTo`).toBe(dayBefore(next.validFrom));
      expect(r.validFrom < next.validFrom, `${r.id} before ${next.id}`).toBe(true);
    }
  });
}

const memberFacts = (year: number): MemberRatingFacts => ({
  year,
  role: 'nonLeader',
  score: 80,
  admittedOn: '2000-01-01',
  tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 1 },
  criteria: { taskResults: 'good', other: 'good' },
  disciplines: [],
});
const organizationFacts = (year: number): OrganizationRatingFacts => ({ year, kind: 'partyCell', score: 80, members: { excellent: 1, good: 5, satisfactory: 3, unsatisfactory: 0 } });

/** The contract every rating module meets, whichever registry holds it. */
function ratingContract(modules: readonly RatingRuleSetModule[]) {
  const reg = createRatingRegistries(modules);
  const sets = reg.ruleSets.ruleSets;
  it('dates are contiguous: each set ends the day before the next starts', () => {
    expectContiguous(sets);
    // The engine resolves by start dates only (contiguous sets); it agrees with the public registry.
    expect(reg.engines.ruleSets.map((r) => [r.id, r.validFrom])).toEqual(sets.map((r) => [r.id, r.validFrom]));
    for (const r of sets) {
      for (const d of [r.validFrom, r.validTo].filter((x): x is string => x !== undefined)) {
        const e = reg.engines.resolve(d);
        expect(e.found && e.ruleSet.id, `${r.id} on ${d}`).toBe(r.id);
      }
    }
    expect(reg.engines.resolve(dayBefore(sets[0]?.validFrom ?? '2000-01-01')).found).toBe(false);
  });
  it('no module writes its own end date', () => {
    for (const m of modules) expect('validTo' in m.engine, m.engine.id).toBe(false);
  });
  for (const rs of sets) {
    describe(rs.id, () => {
      it('is a rating set with a bilingual label and cited sources', () => {
        expect(rs.area).toBe('rating');
        expectBilingual(rs.label, `${rs.id}.label`);
        expect(rs.sources.length).toBeGreaterThan(0);
        rs.sources.forEach((c, i) => expectCitation(c, `${rs.id}.sources[${i}]`));
      });
      it('labels every level for members and organizations, in both languages', () => {
        for (const level of RATING_LEVELS) {
          expectBilingual(rs.memberLevelLabels[level], `${rs.id}.memberLevelLabels.${level}`);
          expectBilingual(rs.organizationLevelLabels[level], `${rs.id}.organizationLevelLabels.${level}`);
        }
      });
      it('cites every criterion and every quota', () => {
        expect(rs.criteria.length).toBeGreaterThan(0);
        for (const c of rs.criteria) {
          expectBilingual(c.text, c.id);
          expectCitation(c.citation, c.id);
          expect(c.id.startsWith(`${rs.id}.`), c.id).toBe(true);
        }
        for (const q of [rs.memberQuota, rs.organizationQuota]) {
          if (q === undefined) continue;
          expectCitation(q.citation, `${rs.id} quota`);
          expectBilingual(q.group, `${rs.id} quota group`);
          if (q.exceptionPercent !== undefined) expectCitation(q.exceptionCitation, `${rs.id} quota exception`);
        }
      });
      it('states its numbers as data, each with its citation (the shape of QD366_THRESHOLDS)', () => {
        const m = modules.find((x) => x.engine.id === rs.id);
        expect(m?.thresholds, `${rs.id} declares its thresholds`).toBeDefined();
        for (const [k, t] of Object.entries(m?.thresholds ?? {})) {
          expect(t.value, `${rs.id}.${k}`).toBeDefined();
          expectCitation(t.citation, `${rs.id}.${k}`);
        }
      });
      it('is data only (no engine hook) and deeply frozen', () => {
        expectNoFunction(rs, rs.id);
        expectDeepFrozen(rs, rs.id);
      });
      it('rates deterministically, with frozen results that name the set', () => {
        const year = Number(rs.validFrom.slice(0, 4));
        const m1 = rateMemberWith(reg.engines, memberFacts(year), { ruleSet: rs.id });
        const m2 = rateMemberWith(reg.engines, memberFacts(year), { ruleSet: rs.id });
        expect(m1).toEqual(m2);
        expect(m1.ruleSet).toEqual({ id: rs.id, label: rs.label });
        expectDeepFrozen(m1, `${rs.id} member result`);
        const o1 = rateOrganizationWith(reg, organizationFacts(year), { ruleSet: rs.id });
        expect(o1).toEqual(rateOrganizationWith(reg, organizationFacts(year), { ruleSet: rs.id }));
        expectDeepFrozen(o1, `${rs.id} organization result`);
        expectBilingual({ vi: m1.explanation.textVi, en: m1.explanation.textEn }, `${rs.id} explanation`);
      });
    });
  }
}

describe('rating rule sets: the library registry', () => {
  ratingContract(RATING_RULE_SET_MODULES);

  it('the factory builds the same registry the library exports', () => {
    const reg = createRatingRegistries(RATING_RULE_SET_MODULES);
    expect(reg.ruleSets.ruleSets).toEqual(ratingRuleSets.ruleSets);
    expect(ratingEngines.ruleSets.map((r) => r.id)).toEqual(ratingRuleSets.ruleSets.map((r) => r.id));
  });

  it('every threshold of QD366_THRESHOLDS carries its citation', () => {
    for (const [k, t] of Object.entries(QD366_THRESHOLDS)) {
      expect(typeof t.value, k).toBe('number');
      expectCitation(t.citation, k);
    }
  });
});

describe('a fictional 2027 rating set: one module, one registry line', () => {
  // The one line: the library's modules plus the new one.
  const modules = [...RATING_RULE_SET_MODULES, fy2027Module];
  const reg = createRatingRegistries(modules);

  ratingContract(modules);

  it('ends QĐ 366 the day before it starts, without touching the QĐ 366 module', () => {
    expect(reg.ruleSets.byId('qd366').validTo).toBe('2027-02-28');
    expect(reg.ruleSets.forYear(2026).id).toBe('qd366');
    expect(reg.ruleSets.forYear(2027).id).toBe('fy2027');
    expect(ratingRuleSets.byId('qd366').validTo).toBeUndefined(); // the library's own registry is untouched
  });

  it('rates a member in 2027 with it, every threshold read from its cited data', () => {
    const r = rateMemberWith(reg.engines, { year: 2027, role: 'nonLeader', score: 86 });
    expect(r.ruleSet.id).toBe('fy2027');
    expect(r.level).toBe('excellent');
    const good = rateMemberWith(reg.engines, { year: 2027, score: 70 });
    expect(good.level).toBe('good');
    expect(good.blockedBy.map((b) => b.citations[0])).toEqual([FY2027_THRESHOLDS.excellentMinScore.citation]);
    expect(good.explanation.textVi).toContain(`dưới ${FY2027_THRESHOLDS.excellentMinScore.value} điểm`);
    expect(rateMemberWith(reg.engines, { year: 2027, score: 40 }).level).toBe('unsatisfactory');
    // The library, without the line, still rates 2027 under QĐ 366.
    expect(rateMember({ year: 2027, role: 'nonLeader', score: 86 }).ruleSet.id).toBe('qd366');
  });

  it('validates input like rateMember (the boundary is the same)', () => {
    expect(() => rateMemberWith(reg.engines, { year: 2027, score: 101 })).toThrow();
    expect(() => rateOrganizationWith(reg, { year: 2027, kind: 'partyCell', score: -1 })).toThrow();
    expect(rateOrganization(organizationFacts(2026)).ruleSet.id).toBe('qd366');
  });

  it('a duplicate id or a set starting on the same day is rejected by the factory', () => {
    expect(() => createRatingRegistries([...modules, fy2027Module])).toThrow();
  });
});

describe('review rule sets', () => {
  it('one set per id, in the order of REVIEW_RULE_SET_IDS, dates contiguous', () => {
    expect(REVIEW_RULE_SETS.map((r) => r.id)).toEqual([...REVIEW_RULE_SET_IDS]);
    expectContiguous(REVIEW_RULE_SETS);
    expect(reviewRuleSets.ruleSets).toEqual(REVIEW_RULE_SETS);
  });

  for (const rs of REVIEW_RULE_SETS) {
    it(`${rs.id}: bilingual label, cited sources, every point either cited or unverified, frozen, data only`, () => {
      expect(rs.area).toBe('review');
      expectBilingual(rs.label, `${rs.id}.label`);
      expect(rs.sources.length).toBeGreaterThan(0);
      rs.sources.forEach((c, i) => expectCitation(c, `${rs.id}.sources[${i}]`));
      const points: [string, ReviewRulePoint][] = [
        ...Object.entries(rs.notReviewed),
        ['quarterlyForLeaders', rs.quarterlyForLeaders],
        ['degradationConcluded', rs.degradationConcluded],
        ['shortcomingsFixed', rs.shortcomingsFixed],
      ];
      for (const [name, p] of points) {
        expectBilingual(p.note, `${rs.id}.${name}.note`);
        if (p.status === 'unverified') continue;
        expect(p.citations.length, `${rs.id}.${name} cites its source`).toBeGreaterThan(0);
        p.citations.forEach((c, i) => expectCitation(c, `${rs.id}.${name}.citations[${i}]`));
      }
      expectNoFunction(rs, rs.id);
      expectDeepFrozen(rs, rs.id);
    });
  }
});
