/**
 * The contract every registered discipline rule set keeps (issue 16): contiguous dates derived
 * from the next set's start, every rule cited with its status, bilingual labels, deep freezing;
 * and the per-mechanism views (limitation, form lists) read from the sets as they were written
 * before the sets existed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/discipline/calendar.js';
import { DISCIPLINE_FORM_LISTS } from '../../src/discipline/forms.js';
import { LIMITATION_RULE_SETS, limitationRuleSets } from '../../src/discipline/limitationRules.js';
import {
  DISCIPLINE_RULE_SET_DEFINITIONS,
  disciplineRuleSets,
  foldDisciplineRuleSets,
  versionsOf,
} from '../../src/discipline/ruleSets/index.js';
import { DECIDING_BODY_WRITERS, EXPIRY_WRITERS, LIMITATION_WRITERS, PLANNING_WRITERS } from '../../src/discipline/ruleSets/writers.js';
import { cite } from '../../src/legal/citation.js';
import { defineDocument } from '../../src/legal/documents.js';
import type { DisciplineRuleSet } from '../../src/discipline/ruleSets/types.js';
import { DISCIPLINE_SUBJECTS } from '../../src/i18n/vocabulary.js';
import type { Citation } from '../../src/legal/citation.js';
import type { Label } from '../../src/i18n/label.js';
import * as nq4 from '../../src/index.js';

const STATUSES = ['quoted', 'quotedSecondHand', 'quotedPartial', 'paraphrased', 'reported', 'secondaryPractice', 'inferred', 'unverified'];
const sets = disciplineRuleSets.ruleSets;

function expectCited(c: Citation | undefined, where: string): void {
  expect(c, where).toBeDefined();
  expect(STATUSES, `${where}: status`).toContain(c?.status);
  expect(c?.document?.key, `${where}: document`).toBeTruthy();
}

function expectBilingual(l: Label | undefined, where: string): void {
  expect(l?.vi.trim().length, `${where}: vi`).toBeGreaterThan(0);
  expect(l?.en.trim().length, `${where}: en`).toBeGreaterThan(0);
  expect(l?.vi.normalize('NFC'), `${where}: NFC`).toBe(l?.vi);
}

function expectDeepFrozen(v: unknown, where: string, seen = new Set<unknown>()): void {
  if (v === null || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  expect(Object.isFrozen(v), where).toBe(true);
  for (const [k, child] of Object.entries(v)) expectDeepFrozen(child, `${where}.${k}`, seen);
}

describe('the discipline rule sets registry', () => {
  it('lists one set per regulation, oldest first, with unique ids', () => {
    expect(sets.map((r) => r.id)).toEqual(['charter2011', 'qd30', 'qd102', 'qd105', 'qd07', 'qd22', 'qd69', 'qd80', 'qd264', 'qd294', 'qd377', 'qd212']);
    expect(new Set(sets.map((r) => r.id)).size).toBe(sets.length);
  });

  it('is exported from the package', () => {
    expect(nq4.disciplineRuleSets).toBe(disciplineRuleSets);
    expect(nq4.disciplineRuleSets.forDate('2023-08-15').id).toBe('qd80');
  });

  it('derives each end from the next start: contiguous, the last one open', () => {
    sets.forEach((r, i) => {
      const next = sets[i + 1];
      if (next) expect(r.validTo, r.id).toBe(addDays(next.validFrom, -1));
      else expect(r.validTo, r.id).toBeUndefined();
    });
  });
});

describe.each(sets.map((r) => [r.id, r] as [string, DisciplineRuleSet]))('rule set %s', (id, r) => {
  it('is a discipline rule set with a bilingual label and cited sources', () => {
    expect(r.area).toBe('discipline');
    expectBilingual(r.label, `${id}.label`);
    expect(r.sources.length, `${id}.sources`).toBeGreaterThan(0);
    r.sources.forEach((c, i) => expectCited(c, `${id}.sources[${i}]`));
  });

  it('cites every form list', () => {
    for (const s of DISCIPLINE_SUBJECTS) {
      const list = r.formLists[s];
      expect(list.forms.length).toBeGreaterThan(0);
      for (const f of list.requiresPost) expect(list.forms).toContain(f);
      expect(list.sources.length).toBeGreaterThan(0);
      list.sources.forEach((c, i) => expectCited(c, `${id}.formLists.${s}.sources[${i}]`));
    }
  });

  it('cites every limitation rule, or says in both languages why a subject has none', () => {
    const l = r.limitation;
    if (!l) return;
    expectBilingual(l.label, `${id}.limitation.label`);
    l.sources.forEach((c, i) => expectCited(c, `${id}.limitation.sources[${i}]`));
    for (const rule of [l.members, l.organizations]) {
      if (!rule) continue;
      for (const k of ['periodSource', 'exemptSource', 'restartSource', 'continuingSource'] as const) expectCited(rule[k], `${id}.limitation.${k}`);
    }
    if (!l.members || !l.organizations) expectBilingual(l.gapReason, `${id}.limitation.gapReason`);
  });

  it('cites its expiry rule whenever it counts months, and its planning parameter', () => {
    if (r.expiry) {
      expectBilingual(r.expiry.label, `${id}.expiry.label`);
      if (r.expiry.months !== undefined) expectCited(r.expiry.source, `${id}.expiry.source`);
      if (r.expiry.changedFormCountsServedTime) expectCited(r.expiry.changedFormCountsServedTime, `${id}.expiry.changedForm`);
    }
    if (r.planning) {
      expectCited(r.planning.source, `${id}.planning.source`);
      if (r.planning.removeFromPlanning) expectCited(r.planning.removeFromPlanning, `${id}.planning.removeFromPlanning`);
      if (r.planning.datingCaveat) expectBilingual(r.planning.datingCaveat, `${id}.planning.datingCaveat`);
    }
  });

  it('cites every rule of its authority table and says it in both languages', () => {
    const b = r.decidingBodies;
    expect(b.table.length).toBeGreaterThan(0);
    b.table.forEach((row, i) => {
      expectBilingual(row.text, `${id}.decidingBodies.table[${i}]`);
      if (row.kind === 'missing') return;
      expect(row.citations.length, `${id}.decidingBodies.table[${i}] (${row.code})`).toBeGreaterThan(0);
      row.citations.forEach((c, j) => expectCited(c, `${id}.decidingBodies.table[${i}].citations[${j}]`));
      if (row.kind === 'broken') expect(['statute', 'regulation', 'inference']).toContain(row.basis);
    });
    for (const cover of Object.values(b.levelsCovered)) expectBilingual(cover?.clause, `${id}.levelsCovered`);
    if (!b.districtLevel) expectCited(b.districtSource, `${id}.decidingBodies.districtSource`);
  });

  it('is deeply frozen data: no function a caller could reach', () => {
    expectDeepFrozen(r, id);
    const noFunction = (v: unknown, where: string, seen = new Set<unknown>()): void => {
      expect(typeof v, where).not.toBe('function');
      if (v === null || typeof v !== 'object' || seen.has(v)) return;
      seen.add(v);
      for (const [k, x] of Object.entries(v)) noFunction(x, `${where}.${k}`, seen);
    };
    noFunction(r, id);
  });
});

describe('the per-mechanism views read from the rule sets', () => {
  it('limitation: the same ids and dates as before the rule sets', () => {
    expect(LIMITATION_RULE_SETS.map((r) => [r.id, r.validFrom, r.validTo])).toEqual([
      ['qd102', '2017-11-15', '2018-08-27'],
      ['qd102-qd07', '2018-08-28', '2022-07-05'],
      ['qd69', '2022-07-06', '2025-02-13'],
      ['qd69-qd264', '2025-02-14', '2026-08-16'],
      ['qd212', '2026-08-17', undefined],
    ]);
    expect(limitationRuleSets.ruleSets).toEqual(LIMITATION_RULE_SETS);
  });

  it('form lists: the Charter from 19-01-2011, with QĐ 69 Điều 7 from 06-07-2022', () => {
    for (const s of DISCIPLINE_SUBJECTS) {
      expect(DISCIPLINE_FORM_LISTS[s].map((v) => v.validFrom)).toEqual(['2011-01-19', '2022-07-06']);
      // forms.ts reads the two regulations that write the lists; they are the registry's versions.
      const fromRegistry = versionsOf((r) => r.formLists[s]).map(({ rule, validFrom }) => ({ subject: s, ...rule, validFrom }));
      expect(DISCIPLINE_FORM_LISTS[s]).toEqual(fromRegistry);
    }
  });

  it('expiry and planning: the periods the effects read', () => {
    const expiry = versionsOf((r) => r.expiry).map((v) => [v.rule.months ?? null, v.validFrom, v.validTo]);
    expect(expiry).toEqual([
      [12, '2016-07-26', '2021-07-27'],
      [null, '2021-07-28', '2022-07-05'],
      [12, '2022-07-06', '2026-08-16'],
      [null, '2026-08-17', undefined],
    ]);
    const planning = versionsOf((r) => r.planning).map((v) => [v.rule.code, v.validFrom, v.validTo]);
    expect(planning).toEqual([
      ['noPlanningOrHigherAppointment', '2017-12-19', '2022-09-05'],
      ['noPlanningOrHigherAppointment', '2022-09-06', '2025-10-07'],
      ['mayBeConsideredForHigherPostAfter', '2025-10-08', undefined],
    ]);
  });

  it("each mechanism's writers are the registry's regulations that write it, in order", () => {
    const writers = (key: 'limitation' | 'expiry' | 'planning' | 'decidingBodies') => DISCIPLINE_RULE_SET_DEFINITIONS.filter((d) => d[key] !== undefined);
    expect(LIMITATION_WRITERS).toEqual(writers('limitation'));
    expect(EXPIRY_WRITERS).toEqual(writers('expiry'));
    expect(PLANNING_WRITERS).toEqual(writers('planning'));
    expect(DECIDING_BODY_WRITERS).toEqual(writers('decidingBodies'));
    for (const [list, key] of [[LIMITATION_WRITERS, 'limitation'], [EXPIRY_WRITERS, 'expiry'], [PLANNING_WRITERS, 'planning'], [DECIDING_BODY_WRITERS, 'decidingBodies']] as const) {
      list.forEach((w, i) => expect(w, `${key}[${i}]`).toBe(writers(key)[i]));
    }
  });

  it('deciding bodies: the district level is gone from 01-07-2025 (QĐ 294)', () => {
    expect(disciplineRuleSets.forDate('2025-06-30').decidingBodies.districtLevel).toBe(true);
    expect(disciplineRuleSets.forDate('2025-07-01').decidingBodies.districtLevel).toBe(false);
  });
});

describe('the next regulation is one module and one line', () => {
  // A FICTIONAL regulation, for this test only: nothing here is law.
  const QD999 = defineDocument('999-QĐ/TW', { kind: { vi: 'Quy định', en: 'Regulation' }, signedOn: '2027-03-01', effectiveFrom: '2027-03-01' });
  const art1 = cite(QD999, { article: 1, quoteVi: 'Sau 18 tháng … quyết định kỷ luật đương nhiên chấm dứt hiệu lực.' }, 'quoted');
  const qd999 = {
    id: 'qd999',
    label: { vi: 'QĐ 999-QĐ/TW (giả định)', en: 'QĐ 999-QĐ/TW (fictional)' },
    validFrom: '2027-03-01',
    sources: [art1],
    expiry: { label: { vi: 'QĐ 999-QĐ/TW', en: 'QĐ 999-QĐ/TW' }, months: 18, subjects: ['organization', 'officialMember', 'probationaryMember'], source: art1 },
  } as const;
  const folded = foldDisciplineRuleSets([...DISCIPLINE_RULE_SET_DEFINITIONS, qd999]);

  it('ends the set before it the day before its start, and keeps every rule it does not write', () => {
    const [before, added] = folded.slice(-2);
    expect(before?.id).toBe('qd212');
    expect(before?.validTo).toBe('2027-02-28');
    expect(added?.validTo).toBeUndefined();
    expect(added?.expiry?.months).toBe(18);
    expect(added?.limitation).toBe(before?.limitation);
    expect(added?.formLists).toBe(before?.formLists);
    expect(added?.decidingBodies).toBe(before?.decidingBodies);
    expect(added?.planning).toBe(before?.planning);
  });
});

describe('no branch on a rule-set id', () => {
  it('the discipline sources never compare a rule set id: the difference is data', () => {
    const dir = new URL('../../src/discipline/', import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const f of files) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      expect(text, f).not.toMatch(/\.id\s*[!=]==\s*'/);
      expect(text, f).not.toMatch(/document\.key\.startsWith/);
    }
  });
});
