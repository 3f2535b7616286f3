import { describe, expect, it } from 'vitest';
import { Nq4Error } from '../../src/errors.js';
import { parseCommitment, parseReview, parseReviews, REVIEW_PLACE_KIND_LABELS, REVIEW_PLACE_KINDS, validateCommitments, type ReviewInput } from '../../src/review/index.js';
import { memberReview } from './fixtures.js';

function issuesOf(run: () => unknown): readonly { code: string; path: readonly (string | number)[] }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof Nq4Error) return error.issues.map((i) => ({ code: i.code, path: i.path }));
    throw error;
  }
  throw new Error('expected an Nq4Error');
}

describe('parseReview', () => {
  it('fills defaults and freezes the result', () => {
    const r = parseReview(memberReview('m-1', 2024));
    expect(r.subject).toEqual({ type: 'member', id: 'm-1', leader: false });
    expect(r.findings).toEqual([]);
    expect(r.remediation).toEqual([]);
    expect(r.outcome).toEqual({ nonDisciplinary: [] });
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.subject)).toBe(true);
  });

  it('merges the same manifestation twice into one finding, whatever the order of the duplicates', () => {
    const a = { manifestation: 'g2-7', identifiedBy: 'higherLevel' as const, concluded: true, concludedBy: 'UBKT Huyện ủy', concludedOn: '2024-11-02', evidence: 'Nhận quà.' };
    const b = { manifestation: 'G2-7', identifiedBy: ['self', 'collective'] as const, concluded: true, concludedBy: 'Ban Thường vụ', concludedOn: '2024-10-01', evidence: ['Nhận quà.', 'Vay tiền.'] };
    const c = { manifestation: 'G2-7', identifiedBy: 'collective' as const };
    const one = parseReview(memberReview('m', 2024, { findings: [a, b, c] }));
    const two = parseReview(memberReview('m', 2024, { findings: [c, b, a] }));
    expect(one.findings).toHaveLength(1);
    const f = one.findings[0];
    expect(f?.identifiedBy).toEqual(['self', 'collective', 'higherLevel']);
    expect(f?.concluded).toBe(true);
    expect(f?.concludedOn).toBe('2024-10-01');
    expect(f?.concludedBy).toBe('Ban Thường vụ');
    expect(f?.evidence).toEqual(['Nhận quà.', 'Vay tiền.']);
    const { evidence: e1, ...rest1 } = one.findings[0] ?? { evidence: [] };
    const { evidence: e2, ...rest2 } = two.findings[0] ?? { evidence: [] };
    expect(rest1).toEqual(rest2);
    expect([...e1].sort()).toEqual([...e2].sort());
  });

  it('keeps an item finding and a group-only finding of the same group apart', () => {
    const r = parseReview(memberReview('m', 2024, { findings: [{ manifestation: 'G1-4', identifiedBy: 'self' }, { group: 1, identifiedBy: 'self' }] }));
    expect(r.findings.map((f) => f.manifestation ?? `G${f.group}`)).toEqual(['G1-4', 'G1']);
  });

  it('normalizes text to NFC', () => {
    const decomposed = 'Hoa\u0300 gia\u0309i'.normalize('NFD');
    const r = parseReview(memberReview('m', 2024, { findings: [{ manifestation: 'G1-3', identifiedBy: 'self', evidence: decomposed }] }));
    expect(r.findings[0]?.evidence[0]).toBe(decomposed.normalize('NFC'));
  });

  it('rejects an id outside the catalog with unknown_id and its path', () => {
    expect(issuesOf(() => parseReview(memberReview('m', 2024, { findings: [{ identifiedBy: 'self', manifestation: 'G2-10' }] })))).toEqual([
      { code: 'unknown_id', path: ['findings', 0, 'manifestation'] },
    ]);
    expect(issuesOf(() => parseReview(memberReview('m', 2024, { remediation: [{ action: 'x', status: 'planned', addresses: [{ manifestation: 'G0-1' }] }] })))).toEqual([
      { code: 'unknown_id', path: ['remediation', 0, 'addresses', 0, 'manifestation'] },
    ]);
  });

  it('names each bad field', () => {
    const bad = { ...memberReview('m', 2024), kind: 'weekly', period: { year: 2024, quarter: 5 }, extra: 1 } as unknown as ReviewInput;
    const got = issuesOf(() => parseReview(bad));
    expect(got).toContainEqual({ code: 'unknown_key', path: ['extra'] });
    expect(got).toContainEqual({ code: 'invalid_value', path: ['kind'] });
    expect(got.some((i) => i.path.join('.') === 'period.quarter')).toBe(true);
  });

  it('calls the member\'s chi bộ place `branch`: `partyCell` is the report area\'s tổ đảng', () => {
    expect(REVIEW_PLACE_KINDS).toEqual(['branch', 'leadershipCollective', 'ownLevel']);
    expect(REVIEW_PLACE_KIND_LABELS.branch.vi).toBe('chi bộ nơi sinh hoạt');
    expect(parseReview(memberReview('m', 2024)).place.kind).toBe('branch');
    const old = { ...memberReview('m', 2024), place: { kind: 'partyCell', unitId: 'cb-1' } } as unknown as ReviewInput;
    expect(issuesOf(() => parseReview(old))).toEqual([{ code: 'invalid_value', path: ['place', 'kind'] }]);
  });

  it('rejects a finding without a target, a group that contradicts the item, a conclusion without concluded', () => {
    const got = issuesOf(() =>
      parseReview(
        memberReview('m', 2024, {
          findings: [
            { identifiedBy: 'self' },
            { manifestation: 'G3-1', group: 1, identifiedBy: 'self' },
            { manifestation: 'G3-1', identifiedBy: 'self', concludedBy: 'UBKT' },
          ],
        }),
      ),
    );
    expect(got).toEqual([
      { code: 'missing', path: ['findings', 0, 'manifestation'] },
      { code: 'inconsistent', path: ['findings', 1, 'group'] },
      { code: 'inconsistent', path: ['findings', 2, 'concluded'] },
    ]);
  });

  it('rejects an impossible date and doneOn without done', () => {
    const got = issuesOf(() => parseReview(memberReview('m', 2024, { heldOn: '2024-02-30', remediation: [{ action: 'x', status: 'planned', doneOn: '2024-03-01' }] })));
    expect(got).toEqual([
      { code: 'invalid_date', path: ['heldOn'] },
      { code: 'inconsistent', path: ['remediation', 0, 'doneOn'] },
    ]);
  });

  it('says why an impossible date is rejected: it is written YYYY-MM-DD, but no such day exists', () => {
    // The message used to say only "expected YYYY-MM-DD", which '2024-02-30' already is.
    let caught: unknown;
    try {
      parseReview(memberReview('m', 2024, { heldOn: '2024-02-30' }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Nq4Error);
    const [dateIssue] = (caught as Nq4Error).issues;
    expect(dateIssue).toMatchObject({ code: 'invalid_date', path: ['heldOn'] });
    expect(dateIssue.messageEn).toBe('Not a valid date (expected a real calendar day, YYYY-MM-DD).');
    expect(dateIssue.messageVi).toBe('Ngày không hợp lệ (cần một ngày có thật, dạng YYYY-MM-DD).');
  });

  it('reports an over-long text or id once, as too_big, without normalizing or looking it up', () => {
    expect(issuesOf(() => parseReview({ ...memberReview('m', 2024), unitId: ' '.repeat(201) }))).toEqual([{ code: 'too_big', path: ['unitId'] }]);
    expect(issuesOf(() => parseReview(memberReview('m', 2024, { findings: [{ manifestation: 'G1-4'.padEnd(33, ' '), identifiedBy: 'self' }] })))).toEqual([
      { code: 'too_big', path: ['findings', 0, 'manifestation'] },
    ]);
    // Within the bound, text is trimmed before the emptiness check.
    expect(issuesOf(() => parseReview({ ...memberReview('m', 2024), unitId: '   ' }))).toEqual([{ code: 'too_small', path: ['unitId'] }]);
    expect(parseReview({ ...memberReview('m', 2024), unitId: '  cb-1 ' }).unitId).toBe('cb-1');
  });

  it('checks what a JavaScript caller passes, whatever its type', () => {
    expect(issuesOf(() => parseReview(undefined as never))).toEqual([{ code: 'missing', path: [] }]);
    expect(issuesOf(() => parseReviews({} as never))).toEqual([{ code: 'invalid_type', path: [] }]);
    expect(issuesOf(() => parseCommitment({ personId: 'p', year: 2024.5, items: 'all27' }))).toEqual([{ code: 'invalid_type', path: ['year'] }]);
  });

  it('does not echo the input in messages', () => {
    let caught: unknown;
    try {
      parseReview(memberReview('Nguyễn Văn A', 2024, { findings: [{ manifestation: 'Nguyễn Văn A', identifiedBy: 'self' }] }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Nq4Error);
    expect((caught as Nq4Error).message).not.toContain('Nguyễn');
    expect((caught as Nq4Error).messageVi).not.toContain('Nguyễn');
  });

  it('is idempotent: a parsed review parses to itself', () => {
    const r = parseReview(
      memberReview('m', 2024, {
        findings: [{ manifestation: 'G1-4', identifiedBy: 'self' }],
        remediation: [{ action: 'Sửa', addresses: [{ manifestation: 'g1-4' }], status: 'done', doneOn: '2025-01-02' }],
        outcome: { rating: 'good' },
      }),
    );
    expect(parseReview(r)).toEqual(r);
  });

  it('parseReviews prefixes the index', () => {
    expect(issuesOf(() => parseReviews([memberReview('a', 2024), { ...memberReview('b', 2024), unitId: '' }]))).toEqual([{ code: 'too_small', path: [1, 'unitId'] }]);
  });
});

describe('commitments (bản cam kết)', () => {
  it('expands all27 and orders ids as the catalog does', () => {
    expect(parseCommitment({ personId: 'p', year: 2024, items: 'all27' }).items).toHaveLength(27);
    const c = parseCommitment({ personId: 'p', year: 2024, items: ['G3-1', 'g1-2', 'G1-2'], otherCommitments: ['85 biểu hiện', '85 biểu hiện'] });
    expect(c.items).toEqual(['G1-2', 'G3-1']);
    expect(c.coversAll27).toBe(false);
    expect(c.otherCommitments).toEqual(['85 biểu hiện']);
  });

  it('rejects an unknown id and a second commitment of the same person and year', () => {
    expect(issuesOf(() => parseCommitment({ personId: 'p', year: 2024, items: ['G4-4'] }))).toEqual([{ code: 'unknown_id', path: ['items', 0] }]);
    expect(
      issuesOf(() =>
        validateCommitments([
          { personId: 'p', year: 2024, items: 'all27' },
          { personId: 'q', year: 2024, items: 'all27' },
          { personId: 'p', year: 2024, items: ['G1-1'] },
        ]),
      ),
    ).toEqual([{ code: 'inconsistent', path: [2] }]);
  });
});
