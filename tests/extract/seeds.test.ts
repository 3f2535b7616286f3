import { describe, expect, it } from 'vitest';
import { extractTallies, type ExtractionResult } from '../../src/extract/index.js';
import { fixture } from '../support/fixtures.js';

// Golden tests: every tally of hierarchy-review-reports.md §4, with measure, category, subject and
// count; nothing else reported as a tally; breakdowns checked as the reference says.
const seed = (name: string): string => fixture(`seeds/${name}`);

type Row = readonly [measure: string, category: string, subject: string, count: number, unitKind?: string];

function rows(r: ExtractionResult): Row[] {
  return r.tallies.filter((t) => t.repeatOf === undefined).map((t) => [t.measure, t.category, t.subject, t.count, t.unitKind ?? ''] as const);
}

function expectSpansExact(text: string, r: ExtractionResult): void {
  for (const t of r.tallies) {
    expect(text.slice(t.span[0], t.span[1])).toBe(t.quote);
    expect(t.quote).toContain(text.slice(t.countSpan[0], t.countSpan[1]));
  }
}

describe('seed 000 (Krông Nô 2018)', () => {
  const text = seed('000_966d660263fac988.txt');
  const r = extractTallies(text);
  it('finds the two discipline breakdowns and nothing else', () => {
    expect(rows(r)).toEqual([
      ['discipline', 'total', 'individual', 50, 'cadre'],
      ['discipline', 'reprimand', 'individual', 30, 'member'],
      ['discipline', 'warning', 'individual', 12, 'member'],
      ['discipline', 'removalFromPost', 'individual', 5, 'member'],
      ['discipline', 'expulsion', 'individual', 3, 'member'],
      ['discipline', 'total', 'collective', 4, 'partyOrganization'],
      ['discipline', 'reprimand', 'collective', 2, 'partyOrganization'],
      ['discipline', 'warning', 'collective', 2, 'partyOrganization'],
    ]);
    expect(r.unclassified).toEqual([]);
    expectSpansExact(text, r);
  });
  it('checks 30 + 12 + 5 + 3 = 50 and 2 + 2 = 4 (✓ in §4), noting the different nouns', () => {
    expect(r.breakdowns.map((b) => [b.kind, r.tallies[b.total]?.count, b.parts.map((p) => r.tallies[p]?.count), b.check.status])).toEqual([
      ['inSentence', 50, [30, 12, 5, 3], 'addsUp'],
      ['inSentence', 4, [2, 2], 'addsUp'],
    ]);
    expect(r.breakdowns[0]?.check.explanation.textVi).toContain('cán bộ, đảng viên');
    expect(r.breakdowns[0]?.check.explanation.textEn).toContain('30 + 12 + 5 + 3 = 50');
  });
  it('quotes the exact sentence parts', () => {
    expect(r.tallies[0]?.quote).toBe('xử lý kỷ luật 50 cán bộ, đảng viên');
    expect(r.tallies[1]?.quote).toBe('30 đảng viên xử lý bằng hình thức khiển trách');
  });
});

describe('seed 001 (Krông Nô 2021)', () => {
  const text = seed('001_eeaf8759887ce700.txt');
  const r = extractTallies(text);
  it('finds referrals, the discipline procedure, discipline totals and ratings by unit kind', () => {
    expect(rows(r)).toEqual([
      ['suggestedReview', 'total', 'collective', 8, 'collective'],
      ['suggestedReview', 'total', 'individual', 13, 'person'],
      ['disciplineProcedure', 'total', 'collective', 2, 'collective'],
      ['disciplineProcedure', 'total', 'individual', 5, 'person'],
      ['discipline', 'total', 'collective', 5, 'partyOrganization'],
      ['discipline', 'total', 'individual', 112, 'member'],
      ['rating', 'goodOrBetter', 'collective', 30, 'tccsd'],
      ['rating', 'goodOrBetter', 'collective', 165, 'directBranch'],
      ['rating', 'satisfactory', 'collective', 5, 'tccsd'],
      ['rating', 'satisfactory', 'collective', 25, 'directBranch'],
      ['rating', 'goodOrBetter', 'individual', 2447, 'member'],
      ['rating', 'satisfactory', 'individual', 220, 'member'],
    ]);
    expect(r.breakdowns).toEqual([]);
    expect(r.unclassified).toEqual([]);
    expectSpansExact(text, r);
  });
});

describe('seed 002 (Bắc Giang 2017)', () => {
  const text = seed('002_90f6c5527f8496a5.txt');
  const r = extractTallies(text);
  it('finds province- and district-level referrals, and not the phone, dates or document numbers', () => {
    expect(rows(r)).toEqual([
      ['suggestedReview', 'total', 'collective', 11, 'collective'],
      ['suggestedReview', 'total', 'individual', 12, 'person'],
      ['suggestedReview', 'total', 'collective', 47, 'collective'],
      ['suggestedReview', 'total', 'individual', 45, 'person'],
    ]);
    expect(r.breakdowns).toEqual([]);
    expect(r.unclassified).toEqual([]);
  });
});

describe('seed 003 (Giang Thành 2019)', () => {
  it('has no person or organization counts (§4: "No person/organization counts in this seed")', () => {
    const r = extractTallies(seed('003_5c695452df66635a.txt'));
    expect(r.tallies).toEqual([]);
    expect(r.unclassified).toEqual([]);
  });
});

describe('seed 004 (Cần Thơ 2017)', () => {
  const text = seed('004_26c33ccc72d710b1.txt');
  const r = extractTallies(text);
  it('finds findings, outcomes (discipline, reminders, rating, pending) and the subset', () => {
    expect(rows(r)).toEqual([
      ['degradationFound', 'total', 'collective', 6, 'collective'],
      ['degradationFound', 'total', 'individual', 32, 'person'],
      ['discipline', 'reprimand', 'collective', 1, 'collective'],
      ['reminder', 'reminder', 'collective', 5, 'collective'],
      ['discipline', 'warning', 'individual', 2, 'person'],
      ['discipline', 'reprimand', 'individual', 9, 'person'],
      ['rating', 'unsatisfactory', 'individual', 4, 'person'],
      ['reminder', 'reminder', 'individual', 17, 'person'],
      ['violationFound', 'total', 'individual', 22, 'member'],
      ['violationFound', 'total', 'individual', 7, 'cadre'],
      ['discipline', 'reprimand', 'individual', 15, 'person'],
      ['discipline', 'warning', 'individual', 5, 'person'],
      ['discipline', 'removalFromPost', 'individual', 1, 'person'],
      ['pending', 'pending', 'individual', 1, 'person'],
    ]);
    expectSpansExact(text, r);
  });
  it('reconciles 1 + 5 = 6, 2 + 9 + 4 + 17 = 32 and 15 + 5 + 1 + 1 = 22 (✓ in §4); 7 is a subset', () => {
    const view = r.breakdowns.map((b) => [b.kind, r.tallies[b.total]?.count, b.parts.map((p) => r.tallies[p]?.count), b.check.status]);
    expect(view).toEqual([
      ['disposition', 32, [2, 9, 4, 17], 'addsUp'],
      ['disposition', 6, [1, 5], 'addsUp'],
      ['disposition', 22, [15, 5, 1, 1], 'addsUp'],
    ]);
    const seven = r.tallies.find((t) => t.count === 7);
    expect(seven?.role).toBe('subset');
    expect(r.tallies[seven?.partOf ?? -1]?.count).toBe(22);
    expect(r.breakdowns[0]?.check.explanation.textEn).toContain('non-disciplinary');
  });
  it('leaves the 45.245 participants unclassified (not an NQ 04 tally) and ignores 633 meetings, 151 models, 02 topics', () => {
    expect(r.unclassified.map((u) => [u.count, u.reason])).toEqual([[45245, 'noCue']]);
  });
});
