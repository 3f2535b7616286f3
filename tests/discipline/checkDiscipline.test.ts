import { describe, expect, it } from 'vitest';
import { Nq4Error } from '../../src/errors.js';
import { deepFreeze } from '../../src/_lib/freeze.js';
import { NON_DISCIPLINARY_MEASURES } from '../../src/i18n/vocabulary.js';
import { PARTY_DOCUMENTS } from '../../src/legal/documents.js';
import { checkDiscipline, type DisciplineCheckInput } from '../../src/discipline/checkDiscipline.js';

const codes = (input: DisciplineCheckInput, options?: Parameters<typeof checkDiscipline>[1]) => checkDiscipline(input, options).broken.map((b) => b.code);

describe('worked checks 13, 14, 18 (discipline.md §9)', () => {
  it('#13 probationary member warranting expulsion: rejected, xóa tên named instead', () => {
    const r = checkDiscipline({ subject: 'probationaryMember', form: 'expulsion' });
    expect(r.ok).toBe(false);
    expect(r.broken).toHaveLength(1);
    const b = r.broken[0]!;
    expect(b.code).toBe('formNotForSubject');
    expect(b.instead?.measure).toBe('removalFromRolls');
    expect(b.instead?.citation.quoteVi).toContain('xóa tên trong danh sách đảng viên');
    expect(r.explanation.textVi).toContain('Điều 35 Điều lệ Đảng');
    expect(r.explanation.textEn).toContain('removed from the rolls');
    // A check lists the rules broken under its own heading, not the rating's "why not higher".
    expect(r.explanation.textVi).toContain('\nChưa đúng quy định:\n- ');
    expect(r.explanation.textVi).not.toContain('Lý do không đạt mức cao hơn');
    expect(r.explanation.textEn).toContain('\nNot in accordance with the rules:\n- ');
  });

  it('#14 official member without a post, chi bộ proposing removal from post: rejected twice', () => {
    const r = checkDiscipline({ subject: 'officialMember', form: 'removalFromPost', holdsPost: false, decidedBy: 'branch' });
    expect(r.broken.map((b) => b.code)).toEqual(['removalWithoutPost', 'branchBeyondReprimandWarning']);
    expect(r.authority).toBe('rejected');
    expect(r.broken[0]?.citations[0]?.quoteVi).toContain('cách chức (nếu có chức vụ)');
    expect(r.broken[1]?.basis).toBe('statute');
  });

  it('#18 grassroots committee not authorised to admit expels an ordinary member: rejected (statute)', () => {
    const r = checkDiscipline({
      subject: 'officialMember',
      form: 'expulsion',
      decidedBy: 'grassrootsCommittee',
      decidedOn: '2024-03-01',
      grassrootsMayAdmit: false,
      committeeMemberOfSameLevel: false,
      managedByHigherCommittee: false,
    });
    expect(r.broken.map((b) => b.code)).toEqual(['grassrootsExpulsionNotAuthorised']);
    expect(r.broken[0]?.basis).toBe('statute');
    // The same committee may decide a reprimand.
    expect(checkDiscipline({ subject: 'officialMember', form: 'reprimand', decidedBy: 'grassrootsCommittee' }).authority).toBe('confirmed');
  });
});

describe('closed lists and non-forms', () => {
  it.each([
    ['probationaryMember', 'removalFromPost'],
    ['organization', 'removalFromPost'],
    ['organization', 'expulsion'],
    ['officialMember', 'dissolution'],
    ['probationaryMember', 'dissolution'],
  ] as const)('%s + %s is rejected', (subject, form) => {
    expect(codes({ subject, form, holdsPost: true })).toContain('formNotForSubject');
  });

  it.each(NON_DISCIPLINARY_MEASURES)('%s is never a disciplinary form', (measure) => {
    const r = checkDiscipline({ subject: 'officialMember', form: measure });
    expect(r.ok).toBe(false);
    expect(r.broken.map((b) => b.code)).toEqual(['notADisciplinaryForm']);
    // The Charter's closed list (Điều 35 khoản 2, quoted) is the basis; §2.3 per-measure sources follow.
    const b = r.broken[0]!;
    expect(b.basis).toBe('statute');
    expect(b.citations[0]?.document).toBe(PARTY_DOCUMENTS.charter2011);
    expect(b.citations[0]?.article).toBe(35);
    expect(b.citations[0]?.clause).toBe(2);
    expect(b.citations[0]?.status).toBe('quoted');
    expect(b.citations[0]?.quoteVi).toContain('Đối với đảng viên chính thức : khiển trách, cảnh cáo, cách chức, khai trừ');
    expect(b.citations.length).toBeGreaterThan(1);
    expect(b.citations.slice(1).some((c) => c.article === 9)).toBe(true);
    expect(r.explanation.textVi).toContain('Điều 35 Điều lệ Đảng');
  });

  it.each(['reminder', 'lessonsLearnedReview', 'criticism'] as const)('%s also cites QĐ 377 (below the discipline threshold)', (measure) => {
    const cites = checkDiscipline({ subject: 'officialMember', form: measure }).broken[0]!.citations;
    expect(cites.some((c) => c.quoteVi?.includes('chưa đến mức phải xem xét, xử lý kỷ luật'))).toBe(true);
  });

  it('removal from post without saying whether the member holds a post is an unknown, not a breach', () => {
    const r = checkDiscipline({ subject: 'officialMember', form: 'removalFromPost' });
    expect(r.ok).toBe(true);
    expect(r.unknowns.map((u) => u.code)).toContain('holdsPostNotGiven');
  });
});

describe('authority', () => {
  it('a chi ủy is never the deciding body', () => {
    expect(codes({ subject: 'officialMember', form: 'reprimand', decidedBy: 'branchCommittee' })).toEqual(['branchCommitteeNoAuthority']);
  });

  it('a chi bộ may not discipline an organization, an outside member, or a higher-assigned duty', () => {
    expect(codes({ subject: 'organization', form: 'reprimand', decidedBy: 'branch' })).toEqual(['branchDisciplinesOrganization']);
    expect(codes({ subject: 'officialMember', form: 'warning', decidedBy: 'branch', memberOfDecidingBranch: false })).toEqual(['branchNotOwnMember']);
    const r = checkDiscipline({ subject: 'officialMember', form: 'warning', decidedBy: 'branch', committeeMember: true, violationInDutyAssignedByHigherLevel: true });
    expect(r.broken.map((b) => b.code)).toEqual(['branchHigherAssignedDuty']);
    expect(r.broken[0]?.citations.map((c) => c.document.key)).toContain('296-QĐ/TW@2025-05-30');
  });

  it('a chi bộ reprimanding its own member for its own matters: confirmed', () => {
    const r = checkDiscipline({ subject: 'officialMember', form: 'reprimand', decidedBy: 'branch', memberOfDecidingBranch: true, violationInDutyAssignedByHigherLevel: false, violationOnBranchGrounds: true });
    expect(r).toMatchObject({ ok: true, authority: 'confirmed', unknowns: [] });
    expect(r.explanation.outcome.code).toBe('ok');
  });

  // Issue 13 item 13; discipline.md §4.1 A1 (Điều lệ Điều 36 khoản 1, Q1): the chi bộ decides on
  // violations of "phẩm chất chính trị, tư tưởng, đạo đức, lối sống, sinh hoạt đảng, thực hiện
  // nhiệm vụ đảng viên"; §4.2 does not list other grounds as a rejection, so they stay unknown.
  it('a chi bộ is confirmed only on the Charter\'s grounds of violation; otherwise unknown, never rejected', () => {
    const own = { subject: 'officialMember', form: 'warning', decidedBy: 'branch', memberOfDecidingBranch: true, violationInDutyAssignedByHigherLevel: false } as const;
    const notGiven = checkDiscipline(own);
    expect(notGiven).toMatchObject({ ok: true, authority: 'unknown' });
    expect(notGiven.unknowns.map((u) => u.code)).toEqual(['branchGroundsNotGiven']);
    const other = checkDiscipline({ ...own, violationOnBranchGrounds: false });
    expect(other).toMatchObject({ ok: true, authority: 'unknown', broken: [] });
    expect(other.unknowns.map((u) => u.code)).toEqual(['branchGroundsNotCovered']);
    expect(other.explanation.textVi).toContain('thẩm quyền của chi bộ chưa được đối chiếu');
    expect(checkDiscipline({ ...own, violationOnBranchGrounds: true }).authority).toBe('confirmed');
  });

  it('grassroots committees: removal from post only for lower committee members, expulsion limits', () => {
    expect(codes({ subject: 'officialMember', form: 'removalFromPost', holdsPost: true, decidedBy: 'grassrootsCommittee', committeeMemberOfLowerLevel: false })).toEqual([
      'grassrootsRemovalNotLowerCommitteeMember',
    ]);
    expect(
      checkDiscipline({ subject: 'officialMember', form: 'removalFromPost', holdsPost: true, decidedBy: 'grassrootsCommittee', committeeMemberOfLowerLevel: true }).authority,
    ).toBe('confirmed');
    expect(codes({ subject: 'officialMember', form: 'expulsion', decidedBy: 'grassrootsCommittee', grassrootsMayAdmit: true, committeeMemberOfSameLevel: true })).toEqual([
      'grassrootsExpulsionOfCommitteeOrHigherCadre',
    ]);
  });

  it('inspection commissions: not on own-level committee members; only mild forms on managed cadres', () => {
    expect(codes({ subject: 'officialMember', form: 'reprimand', decidedBy: 'inspectionCommission', committeeMemberOfSameLevel: true })).toEqual([
      'inspectionSameLevelCommitteeMember',
    ]);
    expect(codes({ subject: 'officialMember', form: 'expulsion', decidedBy: 'inspectionCommission', committeeMemberOfSameLevel: false, managedBySameLevelCommittee: true })).toEqual([
      'inspectionSevereOnManagedCadre',
    ]);
  });

  it('an unverified authority is unknown, not an error; an injected table confirms it', () => {
    const input = { subject: 'organization', form: 'warning', decidedBy: 'provincialOrDistrictCommittee', decidedOn: '2024-05-01' } as const;
    const r = checkDiscipline(input);
    expect(r.ok).toBe(true);
    expect(r.authority).toBe('unknown');
    expect(r.unknowns.map((u) => u.code)).toEqual(['authorityUnverified']);
    const table = [{ body: 'provincialOrDistrictCommittee', subjects: ['organization'], forms: ['reprimand', 'warning'], from: '2011-01-19', source: { vi: 'Điều 37 khoản 1 Điều lệ', en: 'Charter Art. 37(1)' } }] as const;
    const t = checkDiscipline(input, { authorityTable: table });
    expect(t.authority).toBe('confirmed');
    expect(t.explanation.textEn).toContain("caller's authority table");
    // A table never lifts a broken rule.
    const b = checkDiscipline({ subject: 'officialMember', form: 'reprimand', decidedBy: 'branchCommittee' }, {
      authorityTable: [{ body: 'branchCommittee', subjects: ['officialMember'], forms: ['reprimand'], source: { vi: 'x', en: 'x' } }],
    });
    expect(b.authority).toBe('rejected');
  });

  it('district-level bodies after 01-07-2025 are unknown', () => {
    const r = checkDiscipline({ subject: 'officialMember', form: 'warning', decidedBy: 'standingCommittee', districtLevel: true, decidedOn: '2025-09-01', committeeMember: false, managedByHigherCommittee: false });
    expect(r.authority).toBe('unknown');
    expect(r.unknowns.map((u) => u.code)).toEqual(['districtLevelAbolished']);
    const before = checkDiscipline({ subject: 'officialMember', form: 'warning', decidedBy: 'standingCommittee', districtLevel: true, decidedOn: '2025-06-30', committeeMember: false, managedByHigherCommittee: false });
    expect(before.authority).toBe('confirmed');
    const viaLevel = checkDiscipline({ subject: 'officialMember', form: 'warning', decidedBy: 'standingCommittee', bodyLevel: 'district', decidedOn: '2025-09-01', committeeMember: false, managedByHigherCommittee: false });
    expect(viaLevel.unknowns.map((u) => u.code)).toEqual(['districtLevelAbolished']);
  });

  it('inspection commissions and standing committees are confirmed only at a level the Charter covers (regression)', () => {
    const insp = { subject: 'officialMember', form: 'expulsion', decidedBy: 'inspectionCommission', committeeMemberOfSameLevel: false, managedBySameLevelCommittee: false, committeeMemberOfLowerLevel: false } as const;
    const noLevel = checkDiscipline(insp);
    expect(noLevel.ok).toBe(true);
    expect(noLevel.authority).toBe('unknown');
    expect(noLevel.unknowns.map((u) => u.code)).toEqual(['bodyLevelNotGiven']);
    const grassroots = checkDiscipline({ ...insp, bodyLevel: 'grassroots' });
    expect(grassroots.authority).toBe('unknown');
    expect(grassroots.unknowns.map((u) => u.code)).toEqual(['bodyLevelNotCovered']);
    expect(grassroots.explanation.textEn).toContain('Art. 36(4)');
    expect(checkDiscipline({ ...insp, bodyLevel: 'province' }).authority).toBe('confirmed');
    expect(checkDiscipline({ ...insp, bodyLevel: 'central' }).authority).toBe('confirmed');
    expect(checkDiscipline({ ...insp, bodyLevel: 'district', decidedOn: '2025-06-30' }).authority).toBe('confirmed');
    const districtLate = checkDiscipline({ ...insp, bodyLevel: 'district', decidedOn: '2025-07-01' });
    expect(districtLate.authority).toBe('unknown');
    expect(districtLate.unknowns.map((u) => u.code)).toEqual(['districtLevelAbolished']);
    const districtUndated = checkDiscipline({ ...insp, bodyLevel: 'district' });
    expect(districtUndated.authority).toBe('unknown');
    expect(districtUndated.unknowns.map((u) => u.code)).toEqual(['decidedOnNotGivenForDistrict']);

    const standing = { subject: 'officialMember', form: 'expulsion', decidedBy: 'standingCommittee', committeeMember: false, managedByHigherCommittee: false } as const;
    expect(checkDiscipline(standing).unknowns.map((u) => u.code)).toEqual(['bodyLevelNotGiven']);
    expect(checkDiscipline(standing).authority).toBe('unknown');
    expect(checkDiscipline({ ...standing, bodyLevel: 'province' }).authority).toBe('confirmed');
    expect(checkDiscipline({ ...standing, bodyLevel: 'central' }).authority).toBe('unknown');
    expect(checkDiscipline({ ...standing, bodyLevel: 'grassroots' }).unknowns.map((u) => u.code)).toEqual(['bodyLevelNotCovered']);
    // The level is named by the body itself for provincial/district committees: no level needed.
    expect(checkDiscipline({ subject: 'officialMember', form: 'expulsion', decidedBy: 'provincialOrDistrictCommittee', committeeMember: false, managedByHigherCommittee: false }).authority).toBe('confirmed');
    // A caller's table may still confirm an uncovered level.
    const table = [{ body: 'inspectionCommission', subjects: ['officialMember'], forms: ['expulsion'], source: { vi: 'bảng riêng', en: 'own table' } }] as const;
    expect(checkDiscipline({ ...insp, bodyLevel: 'grassroots' }, { authorityTable: table }).authority).toBe('confirmed');
    // A broken rule stays broken whatever the level.
    expect(checkDiscipline({ ...insp, committeeMemberOfSameLevel: true, bodyLevel: 'grassroots' }).authority).toBe('rejected');
  });

  it('bodyLevel contradicting districtLevel is an Nq4Error on bodyLevel', () => {
    try {
      checkDiscipline({ subject: 'officialMember', form: 'warning', decidedBy: 'standingCommittee', districtLevel: true, bodyLevel: 'province' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Nq4Error);
      expect((error as Nq4Error).issues.map((i) => [i.code, i.path])).toEqual([['inconsistent', ['bodyLevel']]]);
    }
    expect(() => checkDiscipline({ subject: 'officialMember', form: 'warning', bodyLevel: 'county' as never })).toThrow(Nq4Error);
  });
});

describe('input', () => {
  it('unknown codes, bad dates and unknown fields are Nq4Errors naming the field', () => {
    const paths = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        expect(e).toBeInstanceOf(Nq4Error);
        return (e as Nq4Error).issues.map((i) => [i.code, i.path.join('.')]);
      }
      throw new Error('no error');
    };
    expect(paths(() => checkDiscipline({ subject: 'officialMember', form: 'fine' as never }))).toEqual([['invalid_value', 'form']]);
    expect(paths(() => checkDiscipline({ subject: 'officialMember', form: 'warning', decidedBy: 'mayor' as never }))).toEqual([['invalid_value', 'decidedBy']]);
    expect(paths(() => checkDiscipline({ subject: 'officialMember', form: 'warning', decidedOn: '2023-02-30' }))).toEqual([['invalid_date', 'decidedOn']]);
    expect(paths(() => checkDiscipline({ subject: 'officialMember', form: 'warning', foo: true } as never))).toEqual([['unknown_key', 'foo']]);
  });

  it('does not mutate frozen input and returns frozen results', () => {
    const input = deepFreeze({ subject: 'officialMember', form: 'removalFromPost', holdsPost: false, decidedBy: 'branch' } as const);
    const r = checkDiscipline(input);
    expect(input).toEqual({ subject: 'officialMember', form: 'removalFromPost', holdsPost: false, decidedBy: 'branch' });
    expect(Object.isFrozen(r.broken)).toBe(true);
  });
});
