/**
 * Issue 13 "Domain correctness: no answer firmer or harsher than the text it rests on", rating
 * part: one describe per defect, each citing the section of the reference (../shared/domain/
 * rating.md) its expectation rests on.
 */
import { describe, expect, it } from 'vitest';
import { rateMember, rateMembers, rateOrganization } from '../../src/rating/index.js';
import type { OrganizationRatingFacts, RatingOptions } from '../../src/rating/types.js';
import { member2020, member2025 } from './_fixtures.js';

/** A 2023 đảng bộ with every fact QĐ 124 asks for; overrides vary what a test exercises. */
const committee2023 = (over: Partial<OrganizationRatingFacts> = {}): OrganizationRatingFacts => ({
  year: 2023,
  kind: 'partyCommittee',
  subUnitsTotal: 10,
  subUnitsDisciplined: 0,
  subUnitCorruptionHandled: false,
  criteria: { taskResults: 'excellent', other: 'good' },
  tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 5 },
  disciplines: [],
  leadershipDisciplines: [],
  ...over,
});

const RANK = { excellent: 0, good: 1, satisfactory: 2, unsatisfactory: 3 } as const;

describe('item 1: QĐ 124 collectives, the quoted "trên 20%" decides (rating.md §5.2, KHTNV quoted; levels paraphrased)', () => {
  it('1 of 10 sub-units disciplined is not "unsatisfactory" by the paraphrase: "satisfactory" stays in range', () => {
    const r = rateOrganization(committee2023({ subUnitsDisciplined: 1 }));
    expect(r.level).toBeUndefined();
    expect(r.forcedLevel).toBeUndefined();
    expect(r.allowedLevels).toEqual(['satisfactory', 'unsatisfactory']);
    // The paraphrase narrows from above, printed as a paraphrase, with the caveat.
    expect(r.blockedBy.map((b) => b.code)).toEqual(['disciplinedUnderCollective', 'disciplinedNotSelfDetected']);
    expect(r.blockedBy.every((b) => b.level !== 'satisfactory')).toBe(true);
    expect(r.explanation.textVi).toContain('không vượt quá 20%');
    expect(r.explanation.textVi).toContain('bản dịch không dùng để xếp mức đó');
  });
  it('acceptParaphrasedCriteria decides "satisfactory" for it, inside the default range, never milder', () => {
    const r = rateOrganization(committee2023({ subUnitsDisciplined: 1 }), { acceptParaphrasedCriteria: true });
    expect(r.level).toBe('satisfactory');
  });
  it('3 of 10 (over 20%) is "unsatisfactory" by the quoted rule in both modes', () => {
    for (const o of [{}, { acceptParaphrasedCriteria: true }]) {
      const r = rateOrganization(committee2023({ subUnitsDisciplined: 3 }), o);
      expect(r.level).toBe('unsatisfactory');
      expect(r.blockedBy.find((b) => b.code === 'subUnitsDisciplinedOver20')?.citations[0]?.status).toBe('quoted');
    }
  });
  it('a disciplined leadership member of a đảng bộ (no quoted case) leaves "satisfactory" or "unsatisfactory" open, even with the paraphrase accepted', () => {
    const facts = committee2023({ leadershipDisciplines: [{ form: 'reprimand', decidedOn: '2023-05-01' }] });
    expect(rateOrganization(facts).allowedLevels).toEqual(['satisfactory', 'unsatisfactory']);
    const accepted = rateOrganization(facts, { acceptParaphrasedCriteria: true });
    expect(accepted.level).toBeUndefined();
    expect(accepted.allowedLevels).toEqual(['satisfactory', 'unsatisfactory']);
  });
  it('the paraphrase accepted is never milder than the default: its range is inside the default range', () => {
    const variants: Partial<OrganizationRatingFacts>[] = [
      {},
      { subUnitsDisciplined: 1 },
      { subUnitsDisciplined: 2 },
      { subUnitsDisciplined: 3 },
      { criteria: { taskResults: 'good', other: 'average' } },
      { criteria: { taskResults: 'average', other: 'average' } },
      { leadershipDisciplines: [{ form: 'warning', decidedOn: '2023-02-01', selfReportedAndRemedied: true }] },
      { kind: 'leadershipCollective', disunityConcluded: false, degradationConcluded: false },
      { kind: 'leadershipCollective', disunityConcluded: false, degradationConcluded: false, leadershipDisciplines: [{ form: 'reprimand', decidedOn: '2023-02-01' }] },
      { kind: 'agency', subUnitsDisciplined: 1 },
    ];
    for (const v of variants) {
      const d = rateOrganization(committee2023(v));
      const p = rateOrganization(committee2023(v), { acceptParaphrasedCriteria: true } satisfies RatingOptions);
      for (const l of p.allowedLevels) expect(d.allowedLevels).toContain(l);
      if (p.level !== undefined && d.maxLevel !== undefined) expect(RANK[p.level]).toBeGreaterThanOrEqual(RANK[d.maxLevel]);
    }
  });
});

describe('item 2: QĐ 124 members, "vi phạm những điều đảng viên không được làm … nêu gương" is applied (rating.md §5.2, quoted)', () => {
  const m2023 = { ...member2020({ year: 2023, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 6 } }), prohibitedConductConcluded: false } as const;
  it('true in 2023 does not allow "excellent": it is the quoted "không hoàn thành nhiệm vụ" case', () => {
    const r = rateMember({ ...m2023, prohibitedConductConcluded: true });
    expect(r.allowedLevels).not.toContain('excellent');
    expect(r.level).toBe('unsatisfactory');
    const b = r.blockedBy.find((x) => x.code === 'prohibitedConduct');
    expect(b?.citations[0]?.quoteVi).toContain('vi phạm những điều đảng viên không được làm; vi phạm trách nhiệm nêu gương');
  });
  it('absent, it is asked for; false leaves "excellent" possible', () => {
    const { prohibitedConductConcluded: _, ...rest } = m2023;
    expect(rateMember(rest).missing.map((m) => m.path)).toContain('prohibitedConductConcluded');
    expect(rateMember(m2023).allowedLevels).toContain('excellent');
  });
  it('self-reported: no escape clause is visible in QĐ 124 (the list is cut off), so none is applied, and the result says so', () => {
    const r = rateMember({ ...m2023, prohibitedConductConcluded: true, prohibitedConductSelfReportedAndRemedied: true });
    expect(r.discretionAvailable).toBe(false);
    expect(r.explanation.textVi).toContain('bị cắt ngay sau trường hợp này');
  });
});

describe('item 6: stacked inferences give a range (rating.md §3.1a: (a) for party organizations is an inference)', () => {
  const cell2020 = {
    year: 2020,
    kind: 'partyCell',
    members: { excellent: 1, good: 8, satisfactory: 1, unsatisfactory: 0 },
    criteria: { taskResults: 'excellent', other: 'good' },
    sameLevelBodiesGoodOrBetter: true,
    tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 3 },
    subUnitCorruptionHandled: false,
  } as const;
  it('a 2020 chi bộ’s own reprimand is not decided as "unsatisfactory"', () => {
    const r = rateOrganization({ ...cell2020, disciplines: [{ form: 'reprimand', decidedOn: '2020-05-01' }] });
    expect(r.level).toBeUndefined();
    expect(r.forcedLevel).toBeUndefined();
    expect(r.allowedLevels).toContain('unsatisfactory');
    expect(r.explanation.textVi).toContain('hai suy luận chồng nhau');
    const u = r.unverified.find((x) => x.level === 'unsatisfactory');
    expect(u?.citations.map((c) => c.status)).toEqual(['quoted', 'inferred']);
  });
  it('an agency’s own discipline (one reading, no party-organization inference) still forces it', () => {
    const r = rateOrganization({ year: 2020, kind: 'agency', disciplines: [{ form: 'reprimand', decidedOn: '2020-05-01' }] });
    expect(r.forcedLevel).toBe('unsatisfactory');
  });
});

describe('item 7: QĐ 366 leaders, own tasks apart from the tasks of the units led (rating.md §6.5, khoản 1 điểm 1.2, 4.2)', () => {
  const L = { unitsLed: 4, unitsLedUnsatisfactory: 0, corruptionInScopeDisciplined: false, lowConfidenceVotePercent: 0, basicTargetsMissed: false };
  const own = { assigned: 10, completed: 5, onTime: 5, exceeded: 0 };
  const units = { assigned: 10, completed: 10, onTime: 10, exceeded: 4 };
  it('a personal shortfall does not trigger "đơn vị … dưới 70%"', () => {
    const r = rateMember(member2025({ role: 'leader', score: 95, tasks: own, leader: { ...L, unitTasks: units } }));
    expect(r.level).toBe('excellent');
    expect(r.blockedBy.map((b) => b.code)).not.toContain('leaderUnitsUnder70');
  });
  it('the units’ shortfall does', () => {
    const r = rateMember(member2025({ role: 'leader', score: 95, tasks: units, leader: { ...L, unitTasks: { ...units, completed: 6, onTime: 6 } } }));
    expect(r.blockedBy.map((b) => b.code)).toContain('leaderUnitsUnder70');
    expect(r.level).toBe('unsatisfactory');
  });
  it('"excellent" for a leader cites khoản 1 điểm 1.2, not 1.3', () => {
    const r = rateMember(member2025({ role: 'leader', score: 95, leader: { ...L, unitTasks: { ...units, exceeded: 1 } } }));
    const b = r.blockedBy.find((x) => x.code === 'exceededUnder30');
    expect(b?.citations[0]?.item?.vi).toBe('điểm 1.2');
    expect(b?.citations[0]?.quoteVi).toContain('do cá nhân trực tiếp lãnh đạo, quản lý');
  });
  it('deprecated: without unitTasks, a leader’s tasks are read as the units’ tasks, and the result says so', () => {
    const r = rateMember(member2025({ role: 'leader', score: 95, tasks: { ...units, completed: 6, onTime: 6 }, leader: L }));
    expect(r.blockedBy.map((b) => b.code)).toContain('leaderUnitsUnder70');
    expect(r.explanation.textVi).toContain('leader.unitTasks');
  });
  it('without either, unitTasks is what is asked for', () => {
    const { tasks: _, ...rest } = member2025({ role: 'leader', score: 95, leader: L });
    expect(rateMember(rest).missing.map((m) => m.path)).toContain('leader.unitTasks');
  });
});

describe('item 10: a missing fact widens the range only by the outcomes it can cause (rating.md §6.2 / §4.4: the 6-month rule only decides "not rated")', () => {
  it('only admittedOn missing (2025): "good" or not rated, never "Excellent, Unsatisfactory"', () => {
    const { admittedOn: _, ...rest } = member2025();
    const r = rateMember(rest);
    expect(r.level).toBeUndefined();
    expect(r.allowedLevels).toEqual(['good']);
    expect(r.notRatedPossible).toBe(true);
    expect(r.missing.map((m) => m.path)).toEqual(['admittedOn']);
    expect(r.explanation.outcome.label.en).toBe('No single level yet; still possible: Good (completed duties well); not rated (if a not-rated case applies)');
    expect(rateMembers([rest]).outcomes).toEqual(['undetermined']);
  });
  it('exemption and suspension missing widen only by "not rated" too', () => {
    const { exemptFromActivity: _e, suspended: _s, ...rest } = member2025();
    const r = rateMember(rest);
    expect(r.allowedLevels).toEqual(['good']);
    expect(r.notRatedPossible).toBe(true);
  });
  it('a missing "shortcomingsFixed" only keeps "excellent" open, it does not add "unsatisfactory"', () => {
    const { shortcomingsFixed: _, ...rest } = member2025({ score: 95, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 4 } });
    expect(rateMember(rest).allowedLevels).toEqual(['excellent', 'good']);
  });
  it('a missing event that can force the level (disciplines) still adds "unsatisfactory"', () => {
    const { disciplines: _, ...rest } = member2025();
    expect(rateMember(rest).allowedLevels).toEqual(['good', 'unsatisfactory']);
  });
  it('complete facts: no notRatedPossible', () => {
    expect(rateMember(member2025()).notRatedPossible).toBeUndefined();
  });
});

describe('what a person reads: no decision codes, quotes in Vietnamese (issue 13; rating.md §9 names the choices)', () => {
  const CODE = /\b(?:D\d{1,2}|O-\d+)\b|§/;
  const texts = (r: { explanation: { textVi: string; textEn: string } }) => [r.explanation.textVi, r.explanation.textEn];
  it('rating explanations across the rule sets and their choices carry no internal code', () => {
    const results = [
      rateMember(member2025({ score: 92, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 2 } })),
      rateMember(member2025({ score: 92, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 2 } }), { bandReading: 'strict' }),
      rateMember(member2025({ prohibitedConductConcluded: true, prohibitedConductSelfReportedAndRemedied: true })),
      rateMember(member2025({ civilServiceLevel: 'good', disciplines: [{ form: 'reprimand', decidedOn: '2024-05-01', relatedToOfficialDuty: true }] })),
      rateMember(member2025({ disciplines: [{ form: 'reprimand', decidedOn: '2025-05-01', relatedToOfficialDuty: true, selfReportedAndRemedied: true }] })),
      rateMember(member2020({ civilServiceLevel: 'good', disciplines: [{ form: 'warning', decidedOn: '2019-05-01' }] })),
      rateMember(member2020({ year: 2023 }), { ruleSet: 'qd366' }),
      rateOrganization({ year: 2025, kind: 'partyCell', members: { excellent: 1, good: 5, satisfactory: 0, unsatisfactory: 0 } }),
      rateOrganization({ year: 2020, kind: 'agency', subUnitCorruptionHandled: true, subUnitCorruptionSelfDetectedAndRemedied: true }),
    ];
    for (const r of results) for (const t of texts(r)) expect(t).not.toMatch(CODE);
  });
  it('no English in any quoteVi of the rule sets (the LawNet translation moved to the note)', async () => {
    const { ratingRuleSets } = await import('../../src/rating/registry.js');
    for (const rs of ratingRuleSets.ruleSets) {
      for (const c of [...rs.sources, ...rs.criteria.map((x) => x.citation)]) {
        if (c.quoteVi !== undefined) expect(c.quoteVi).not.toMatch(/\b(?:the|with|have|been|rated|of)\b/);
        if (c.note !== undefined) expect(c.note.vi).not.toMatch(/\b(?:the|with|have|been|grouping|inferred|spun)\b/);
      }
    }
  });
});

describe('item 5: a quota seen only on a local form is a warning, below a quoted breach (rating.md §4.3, §7.2: HD 21 organizations quoted-partial + secondary-practice)', () => {
  const counts = { excellent: 7, good: 23, satisfactory: 0, unsatisfactory: 0 };
  it('HD 21 organizations: "exceeded" with basis secondaryPractice, severity advisory and the caveat', async () => {
    const { checkQuota } = await import('../../src/rating/checkQuota.js');
    const q = checkQuota(counts, { year: 2020, subject: 'organization' });
    expect(q.status).toBe('exceeded');
    expect(q.basis).toBe('secondaryPractice');
    expect(q.severity).toBe('advisory');
    expect(q.explanation.outcome.label.vi).toContain('Có thể vượt tỉ lệ');
    expect(q.explanation.textVi).toContain('chỉ là cảnh báo');
    // The garbled "… trong không rõ (câu "Lưu ý" bị cắt …" is mended.
    expect(q.explanation.textVi).not.toContain('trong không rõ');
    expect(q.explanation.textVi).toContain('nhóm tính tỉ lệ: chưa xác định được (câu "Lưu ý" của Hướng dẫn bị cắt');
  });
  it('HD 21 members (quoted): a breach', async () => {
    const { checkQuota } = await import('../../src/rating/checkQuota.js');
    const q = checkQuota(counts, { year: 2020 });
    expect([q.status, q.basis, q.severity]).toEqual(['exceeded', 'quoted', 'breach']);
  });
  it('QĐ 124 collectives (a paraphrase): advisory; within the quota: severity none', async () => {
    const { checkQuota } = await import('../../src/rating/checkQuota.js');
    expect(checkQuota(counts, { year: 2023, subject: 'organization' }).severity).toBe('advisory');
    expect(checkQuota({ ...counts, excellent: 1 }, { year: 2023, subject: 'organization' }).severity).toBe('none');
  });
});

describe('item 8: citations as printed (rating.md §4.1 "Tiết 2 Điểm B Mục II"; §6.5 "điểm 4.2 khoản 4 Điều 11")', () => {
  it('HD 21 member "unsatisfactory" is "tiết 2 điểm B Mục II"', async () => {
    const { formatCitation } = await import('../../src/legal/citation.js');
    const r = rateMember(member2020({ disciplines: [{ form: 'reprimand', decidedOn: '2020-05-12' }] }));
    const c = r.blockedBy.find((b) => b.code === 'disciplineInYear')?.citations[0];
    expect(c && formatCitation(c)).toMatch(/^tiết 2 điểm B Mục II Hướng dẫn số 21-HD\/BTCTW/);
  });
  it('QĐ 366 leaders’ list is "điểm 4.2 khoản 4 Điều 11"', async () => {
    const { formatCitation } = await import('../../src/legal/citation.js');
    const r = rateMember(member2025({ role: 'leader', leader: { unitsLed: 2, unitsLedUnsatisfactory: 0, corruptionInScopeDisciplined: false, lowConfidenceVotePercent: 60 } }));
    const c = r.blockedBy.find((b) => b.code === 'lowConfidence')?.citations[0];
    expect(c && formatCitation(c)).toMatch(/^điểm 4\.2 khoản 4 Điều 11 Quy định số 366-QĐ\/TW/);
  });
  it('separate indents are joined by "…", not stitched into one sentence', () => {
    const r = rateMember(member2020({ civilServiceLevel: 'good' }));
    const q = r.blockedBy.find((b) => b.code === 'civilServiceNotExcellent')?.citations[0]?.quoteVi;
    expect(q).toContain('trở lên. … Đảng viên là cán bộ');
  });
});

describe('item 11: HD 27 (2014–2017) results use that version’s level names, and say which are not quoted (rating.md §1.3)', () => {
  const cell2016 = { year: 2016, kind: 'partyCell', score: 80, disunityConcluded: false, memberDisciplinedForCorruptionOrDegradation: false, governmentLowestLevel: false, massOrganizationsLowestLevel: 0 } as const;
  it('a chi bộ with 5 of 9 members "không hoàn thành nhiệm vụ" is "Yếu kém" (quoted), with no caveat on the name', () => {
    const r = rateOrganization({ ...cell2016, members: { excellent: 1, good: 3, satisfactory: 0, unsatisfactory: 5 } });
    expect(r.levelLabel).toEqual({ vi: 'Yếu kém', en: 'Weak', status: 'quoted' });
    expect(r.explanation.outcome.label.vi).toBe('Yếu kém');
    expect(r.explanation.textVi).not.toContain('Tên mức');
  });
  it('the other names are HD 27-era names, flagged as not seen in HD 27 itself', () => {
    const r = rateOrganization({ ...cell2016, members: { excellent: 1, good: 3, satisfactory: 0, unsatisfactory: 1 } });
    expect(r.explanation.outcome.label.vi).toContain('Trong sạch, vững mạnh');
    expect(r.explanation.outcome.label.vi).not.toContain('Hoàn thành xuất sắc nhiệm vụ');
    expect(r.explanation.textVi).toContain('Tên mức "Trong sạch, vững mạnh", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ" chưa thấy trong văn bản');
    const m = rateMember({ year: 2016 });
    expect(m.explanation.textVi).toContain('"Đủ tư cách, hoàn thành xuất sắc nhiệm vụ"');
  });
});

describe('wording an office reads: missing facts named in Vietnamese (issue 13, "what a person reads")', () => {
  it('the Vietnamese caveat names the facts, the English keeps the paths', () => {
    const r = rateOrganization({ year: 2025, kind: 'leadershipCollective', score: 80, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 0 }, leadershipDisciplines: [{ form: 'reprimand', decidedOn: '2025-02-01' }] });
    expect(r.explanation.textVi).toContain('Còn thiếu dữ kiện: kết luận mất đoàn kết; kết luận suy thoái; kỷ luật thành viên lãnh đạo thứ 1 có liên quan đến công vụ không.');
    expect(r.explanation.textEn).toContain('Facts still missing: disunityConcluded, degradationConcluded, leadershipDisciplines[0].relatedToOfficialDuty.');
    expect(r.missing.map((m) => m.path)).toEqual(['disunityConcluded', 'degradationConcluded', 'leadershipDisciplines[0].relatedToOfficialDuty']);
  });
});

describe('item 9: a review finishing in January (rating.md §6.7, HD 43 Mục 4.1 quoted: "hoàn thành trước ngày 15/01 năm sau")', () => {
  const admittedJuly = member2025({ admittedOn: '2025-07-10' });
  it('reviewOn up to 14-01 of the next year is accepted, with the caveat, and is the 6-month cut-off', () => {
    const r = rateMember({ ...admittedJuly, reviewOn: '2026-01-12' });
    expect(r.status).toBe('rated');
    expect(r.explanation.textVi).toContain('chỉ tổ chức, cơ quan, đơn vị có tính chất đặc thù mới hoàn thành trước ngày 15/01 năm sau');
    expect(rateMember({ ...admittedJuly, reviewOn: '2025-12-20' }).status).toBe('notRated');
  });
  it('15-01 and later are rejected (inconsistent on reviewOn)', async () => {
    const { Nq4Error } = await import('../../src/errors.js');
    for (const reviewOn of ['2026-01-15', '2026-02-01']) {
      try {
        rateMember({ ...admittedJuly, reviewOn });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(Nq4Error);
        expect((error as InstanceType<typeof Nq4Error>).issues.map((i) => [i.code, i.path])).toEqual([['inconsistent', ['reviewOn']]]);
      }
    }
  });
  it('the batch path agrees', () => {
    expect(rateMembers([{ ...admittedJuly, reviewOn: '2026-01-12' }]).outcomes).toEqual(['good']);
  });
  it('organizations too', () => {
    const r = rateOrganization({ year: 2020, kind: 'partyCell', reviewOn: '2021-01-10', establishedOn: '2020-07-05' });
    expect(r.status).toBe('rated');
    expect(r.explanation.textVi).toContain('(văn bản của năm này chưa thấy quy định)');
  });
});

describe('item 13: "một vi phạm chỉ tính một lần" is cited only where it is quoted (rating.md §7.1: HD 16 / HD 21 yes; QĐ 124, QĐ 366 not seen)', () => {
  const note = (r: ReturnType<typeof rateMember>) => r.explanation.reasons.find((x) => x.code === 'disciplineOtherYear');
  it('HD 21: the note says it and cites tiết 2 điểm B', () => {
    const n = note(rateMember(member2020({ year: 2021, disciplines: [{ form: 'reprimand', decidedOn: '2020-05-12' }] })));
    expect(n?.text.vi).toBe('Kỷ luật thứ 1 tính vào năm 2020 (theo năm ra quyết định), không tính vào năm 2021; một vi phạm chỉ tính một lần.');
    expect(n?.citations[0]?.quoteVi).toContain('chỉ tính một lần khi xếp loại');
  });
  it('QĐ 366: the note names the choice, cites nothing and does not claim the HD 21 rule', () => {
    const n = note(rateMember(member2025({ disciplines: [{ form: 'reprimand', decidedOn: '2026-02-01', violationOn: '2025-11-01', relatedToOfficialDuty: true }] })));
    expect(n?.text.vi).toBe('Kỷ luật thứ 1 tính vào năm 2026 (theo năm ra quyết định), không tính vào năm 2025.');
    expect(n?.citations).toEqual([]);
  });
});

describe('QĐ 124: an organization’s own discipline keeps the printed escape clause (rating.md §5.2: "Bị xử lý kỷ luật … (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)")', () => {
  it('self-detected and remedied → forced with discretion, not decided', () => {
    const r = rateOrganization(committee2023({ disciplines: [{ form: 'reprimand', decidedOn: '2023-04-01', selfReportedAndRemedied: true }] }));
    expect(r.forcedLevel).toBe('unsatisfactory');
    expect(r.discretionAvailable).toBe(true);
    expect(r.level).toBeUndefined();
  });
  it('otherwise decided "unsatisfactory"', () => {
    const r = rateOrganization(committee2023({ disciplines: [{ form: 'reprimand', decidedOn: '2023-04-01' }] }));
    expect(r.level).toBe('unsatisfactory');
    expect(r.discretionAvailable).toBe(false);
  });
});

describe('rulesFor lists the leaders’ "excellent" condition at khoản 1 điểm 1.2 (rating.md §6.5)', () => {
  it('qd366.leader.excellent.units cites điểm 1.2', async () => {
    const { rulesFor } = await import('../../src/rating/rulesFor.js');
    const c = rulesFor(2025).criteria.find((x) => x.id === 'qd366.leader.excellent.units');
    expect(c?.citation.item?.vi).toBe('điểm 1.2');
    expect(c?.use).toBe('applied');
  });
});
