import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_lib/freeze.js';
import { Nq4Error } from '../../src/errors.js';
import { renderReport } from '../../src/report/index.js';
import type { TallyInput } from '../../src/tally/tally.js';
import { CHARTER_FORMS, charterTallyInputArb, tallyInputArb } from './_arbitraries.js';

const KRONG_NO = { vi: 'Đảng bộ huyện Krông Nô', en: 'the Krông Nô district party organization' };

describe('renderReport', () => {
  it('writes discipline the way seed 000 does (total, then "trong đó", forms by ascending severity)', () => {
    const r = renderReport({ disciplines: { member: { expulsion: 3, removalFromPost: 5, warning: 12, reprimand: 30 }, organization: { reprimand: 2, warning: 2 } } }, { unitName: KRONG_NO });
    expect(r.sentences.map((s) => s.vi)).toEqual([
      'Đảng bộ huyện Krông Nô đã xử lý kỷ luật 50 đảng viên, trong đó khiển trách 30, cảnh cáo 12, cách chức 5, khai trừ 3.',
      'Đã xử lý kỷ luật 4 tổ chức đảng, trong đó khiển trách 2, cảnh cáo 2.',
    ]);
    expect(r.sentences[0]?.en).toBe('The Krông Nô district party organization disciplined 50 members: reprimand 30, warning 12, removal from post 5, expulsion 3.');
    expect(r.vi).toBe(r.sentences.map((s) => s.vi).join(' '));
  });

  it('writes ratings as seed 001 does: "2.447 đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên; 220 …"', () => {
    const r = renderReport(
      { ratings: { member: { good: 2447, satisfactory: 220 }, tccsd: { good: 30, satisfactory: 5 }, directBranch: { good: 165, satisfactory: 25 } } },
      { period: { from: '2020-01-01', to: '2020-12-31' }, unitName: KRONG_NO },
    );
    expect(r.sentences.map((s) => s.vi)).toEqual([
      'Năm 2020, Đảng bộ huyện Krông Nô có 2.447 đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên; 220 đảng viên hoàn thành nhiệm vụ.',
      'Có 30 tổ chức cơ sở đảng xếp loại hoàn thành tốt nhiệm vụ trở lên; 5 tổ chức cơ sở đảng hoàn thành nhiệm vụ.',
      'Có 165 chi bộ trực thuộc xếp loại hoàn thành tốt nhiệm vụ trở lên; 25 chi bộ trực thuộc hoàn thành nhiệm vụ.',
    ]);
    expect(r.sentences[0]?.en).toBe('In 2020, the Krông Nô district party organization had 2,447 members rated good or better; 220 members satisfactory.');
  });

  it('cumulative "trở lên, trong đó … xuất sắc" vs exclusive levels; percentages and rounding', () => {
    const t: TallyInput = { ratings: { member: { excellent: 300, good: 2147, satisfactory: 220, unsatisfactory: 3 } } };
    expect(renderReport(t).sentences[0]?.vi).toBe(
      'Có 2.447 đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên, trong đó 300 đảng viên hoàn thành xuất sắc nhiệm vụ; 220 đảng viên hoàn thành nhiệm vụ; 3 đảng viên không hoàn thành nhiệm vụ.',
    );
    expect(renderReport(t, { ratingPhrasing: 'exclusive' }).sentences[0]?.vi).toBe(
      'Có 300 đảng viên xếp loại hoàn thành xuất sắc nhiệm vụ, 2.147 đảng viên hoàn thành tốt nhiệm vụ, 220 đảng viên hoàn thành nhiệm vụ, 3 đảng viên không hoàn thành nhiệm vụ.',
    );
    // [P7]: 28/62 = 45,16 → "45%"; 13/62 = 20,97 → half-up 21,0 / truncated 20,9
    const d: TallyInput = { disciplines: { member: { reprimand: 28, warning: 21, removalFromPost: 1, expulsion: 12 } } };
    expect(renderReport(d, { percentages: { decimals: 0 } }).sentences[0]?.vi).toBe(
      'Đã xử lý kỷ luật 62 đảng viên, trong đó khiển trách 28 (chiếm 45%), cảnh cáo 21 (chiếm 34%), cách chức 1 (chiếm 2%), khai trừ 12 (chiếm 19%).',
    );
    const sub: TallyInput = { disciplines: { member: { reprimand: 13, warning: 49 } } };
    expect(renderReport(sub, { percentages: { decimals: 1, rounding: 'truncate' } }).sentences[0]?.vi).toContain('khiển trách 13 (chiếm 20,9%)');
    expect(renderReport(sub, { percentages: { decimals: 1 } }).sentences[0]?.vi).toContain('khiển trách 13 (chiếm 21,0%)');
  });

  it('descending order of forms, zero-padding, and a non-calendar period', () => {
    const r = renderReport({ disciplines: { member: { reprimand: 1, expulsion: 2 } } }, { formOrder: 'descending', padSmallCounts: true, period: { from: '2016-11-01', to: '2017-02-28' } });
    expect(r.sentences[0]?.vi).toBe('Từ ngày 1-11-2016 đến ngày 28-2-2017, đã xử lý kỷ luật 03 đảng viên, trong đó khai trừ 02, khiển trách 01.');
    expect(r.sentences[0]?.en).toBe('From 1 November 2016 to 28 February 2017, disciplined 3 members: expulsion 2, reprimand 1.');
  });

  it('keeps non-disciplinary outcomes (Cần Thơ: nhắc nhở, KHTNV) apart from discipline', () => {
    const r = renderReport({
      disciplines: { member: { warning: 2, reprimand: 9 }, organization: { reprimand: 1 } },
      nonDisciplinary: { individual: { unsatisfactoryRating: 4, reminder: 17, pending: 1 }, collective: { reminder: 5 } },
      degradationFound: { collective: 6, individual: 32 },
    });
    expect(r.sentences.map((s) => s.code)).toEqual(['disciplineMember', 'disciplineOrganization', 'nonDisciplinary', 'degradationFound']);
    expect(r.sentences[0]?.vi).toBe('Đã xử lý kỷ luật 11 đảng viên, trong đó khiển trách 9, cảnh cáo 2.');
    expect(r.sentences[2]?.vi).toBe(
      'Các trường hợp không phải hình thức kỷ luật: nhắc nhở 17 cá nhân; xếp loại không hoàn thành nhiệm vụ 4 cá nhân; đang xem xét xử lý 1 cá nhân; nhắc nhở 5 tập thể.',
    );
    expect(r.sentences[3]?.vi).toBe('Có 6 tập thể và 32 cá nhân được xác định có biểu hiện suy thoái.');
    expect(r.sentences.map((s) => s.en)).toEqual([
      '11 members were disciplined: reprimand 9, warning 2.',
      '1 party organization was disciplined (reprimand).',
      'Cases that are not discipline: reminder: 17 individuals; rated as not completing duties: 4 individuals; under consideration: 1 individual; reminder: 5 collectives.',
      '6 collectives and 32 individuals were found with manifestations of degradation.',
    ]);
  });

  it('reviews, suggested reviews, procedures, findings and commitments', () => {
    const r = renderReport({
      reviews: { individual: 13 },
      suggestedReviews: { collective: 11, individual: 12 },
      disciplineProcedures: { collective: 2, individual: 5 },
      findingsByItem: { 'G2-4': 1, 'G1-1': 3 },
      findingsByGroupOnly: { '3': 2 },
      commitments: 1200,
    });
    expect(r.sentences.map((s) => s.vi)).toEqual([
      'Đã kiểm điểm 13 cá nhân.',
      'Đã gợi ý kiểm điểm 11 tập thể và 12 cá nhân.',
      'Đã xem xét thi hành kỷ luật đối với 2 tập thể và 5 cá nhân.',
      'Các biểu hiện suy thoái được phát hiện: biểu hiện thứ 1 thuộc nhóm 1: 3 lượt; biểu hiện thứ 4 thuộc nhóm 2: 1 lượt; nhóm 3 (không nêu biểu hiện cụ thể): 2 lượt.',
      'Có 1.200 bản cam kết được ký.',
    ]);
    expect(renderReport({}).sentences).toEqual([{ code: 'empty', vi: 'Không có số liệu.', en: 'No figures.' }]);
  });

  it('property: every sentence is regular (capitalized, ends with a period), numbers use Vietnamese grouping; input not mutated', () => {
    fc.assert(
      fc.property(charterTallyInputArb, (t) => {
        const frozen = deepFreeze(structuredClone(t));
        const r = renderReport(frozen);
        for (const s of r.sentences) {
          expect(s.vi).toMatch(/^[A-ZĐÀ-Ỹ].*\.$/u);
          expect(s.en).toMatch(/^[A-Z0-9].*\.$/u);
          expect(s.vi).not.toMatch(/\d,\d{3}/);
        }
      }),
    );
  });

  it('bad input → Nq4Error with paths', () => {
    let err: unknown;
    try {
      renderReport({ disciplines: { member: { reprimand: -2 } } } as TallyInput, { formOrder: 'random' } as never);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(Nq4Error);
    expect((err as Nq4Error).issues.map((i) => i.path.join('.'))).toEqual(['tally.disciplines.member.reprimand', 'options.formOrder']);
    expect(() => renderReport({}, { formOrder: 'random' } as never)).toThrow(Nq4Error);
  });

  it('refuses forms outside the Charter closed lists (Điều lệ Điều 35 khoản 2) with rule_violation naming the field', () => {
    let err: unknown;
    try {
      renderReport({ disciplines: { probationaryMember: { expulsion: 2, removalFromPost: 1 }, organization: { expulsion: 1 } } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(Nq4Error);
    const issues = (err as Nq4Error).issues;
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['rule_violation', 'tally.disciplines.probationaryMember.removalFromPost'],
      ['rule_violation', 'tally.disciplines.probationaryMember.expulsion'],
      ['rule_violation', 'tally.disciplines.organization.expulsion'],
    ]);
    for (const i of issues) expect(i.source?.article).toBe(35);
    expect(() => renderReport({ disciplines: { member: { dissolution: 1 } } })).toThrow(Nq4Error);
    expect(() => renderReport({ disciplines: { officialMember: { dissolution: 1 } } })).toThrow(Nq4Error);
    expect(() => renderReport({ disciplines: { organization: { removalFromPost: 1 } } })).toThrow(Nq4Error);
    expect(renderReport({ disciplines: { organization: { dissolution: 1 }, probationaryMember: { warning: 1 } } }).sentences).toHaveLength(2);
  });

  it('property: a tally renders iff every positive form count is in its subject list', () => {
    fc.assert(
      fc.property(tallyInputArb, (t) => {
        const ok = Object.entries(t.disciplines ?? {}).every(([s, c]) => Object.entries(c ?? {}).every(([f, n]) => n === 0 || (CHARTER_FORMS[s] ?? []).includes(f)));
        if (ok) expect(() => renderReport(t)).not.toThrow();
        else expect(() => renderReport(t)).toThrow(Nq4Error);
      }),
    );
  });

  it('phrases the period from its kind when the dates fit it, else from/to (§3.2 report periods, §3.6)', () => {
    const lead = (period: { from: string; to: string; kind?: 'month' | 'quarter' | 'halfYear' | 'nineMonths' | 'year' | 'term' | 'cumulative' | 'other' }) => {
      const r = renderReport({ commitments: 1 }, { period });
      return [r.sentences[0]?.vi.split(',')[0], r.sentences[0]?.en.split(',')[0]];
    };
    expect(lead({ from: '2024-01-01', to: '2024-06-30', kind: 'halfYear' })).toEqual(['6 tháng đầu năm 2024', 'In the first half of 2024']);
    expect(lead({ from: '2025-07-01', to: '2025-09-30', kind: 'quarter' })).toEqual(['Quý III năm 2025', 'In the third quarter of 2025']);
    expect(lead({ from: '2025-01-01', to: '2025-09-30', kind: 'nineMonths' })).toEqual(['9 tháng năm 2025', 'In the first nine months of 2025']);
    expect(lead({ from: '2024-01-01', to: '2024-12-31', kind: 'year' })).toEqual(['Năm 2024', 'In 2024']);
    expect(lead({ from: '2024-01-01', to: '2024-12-31' })).toEqual(['Năm 2024', 'In 2024']);
    expect(lead({ from: '2017-02-01', to: '2017-02-28', kind: 'month' })).toEqual(['Tháng 2-2017', 'In February 2017']);
    expect(lead({ from: '2020-10-15', to: '2025-09-30', kind: 'term' })).toEqual(['Nhiệm kỳ 2020-2025', 'In the 2020-2025 term']);
    // Kind and dates disagree, or no named form: the explicit dates.
    expect(lead({ from: '2025-08-01', to: '2025-10-31', kind: 'quarter' })[0]).toBe('Từ ngày 1-8-2025 đến ngày 31-10-2025');
    expect(lead({ from: '2024-07-01', to: '2024-12-31', kind: 'halfYear' })[0]).toBe('Từ ngày 1-7-2024 đến ngày 31-12-2024');
    expect(lead({ from: '2024-01-01', to: '2024-12-31', kind: 'cumulative' })[0]).toBe('Từ ngày 1-1-2024 đến ngày 31-12-2024');
    expect(lead({ from: '2017-02-01', to: '2017-02-27', kind: 'month' })[0]).toBe('Từ ngày 1-2-2017 đến ngày 27-2-2017');
  });

  it('refuses a period that ends before it starts (date_order on options.period.to)', () => {
    let err: unknown;
    try {
      renderReport({ commitments: 1 }, { period: { from: '2025-09-30', to: '2025-07-01' } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(Nq4Error);
    expect((err as Nq4Error).issues.map((i) => [i.code, i.path.join('.')])).toEqual([['date_order', 'options.period.to']]);
    expect(renderReport({ commitments: 1 }, { period: { from: '2025-07-01', to: '2025-07-01' } }).vi).toContain('Từ ngày 1-7-2025 đến ngày 1-7-2025');
  });

  it("seed 001's cumulative 2.447 'hoàn thành tốt nhiệm vụ trở lên' is excellent + good, not good alone (§4, 001 #5)", () => {
    const r = renderReport({ ratings: { member: { excellent: 47, good: 2400, satisfactory: 220 } } });
    expect(r.sentences[0]?.vi).toBe('Có 2.447 đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên, trong đó 47 đảng viên hoàn thành xuất sắc nhiệm vụ; 220 đảng viên hoàn thành nhiệm vụ.');
    const exclusive = renderReport({ ratings: { member: { excellent: 47, good: 2400, satisfactory: 220 } } }, { ratingPhrasing: 'exclusive' });
    expect(exclusive.sentences[0]?.vi).not.toContain('2.447');
  });

  it('phrasing: one form is written form-first (§3.5 "khiển trách 15 đồng chí"), xóa tên counts đảng viên, findings name the item', () => {
    const r = renderReport({
      disciplines: { member: { reprimand: 2 }, organization: { warning: 1 } },
      nonDisciplinary: { individual: { removalFromRolls: 3, reminder: 1 } },
      findingsByItem: { 'G1-4': 3 },
    });
    expect(r.sentences.map((x) => x.vi)).toEqual([
      'Đã xử lý kỷ luật khiển trách 2 đảng viên.',
      'Đã xử lý kỷ luật cảnh cáo 1 tổ chức đảng.',
      'Các trường hợp không phải hình thức kỷ luật: xóa tên 3 đảng viên; nhắc nhở 1 cá nhân.',
      'Các biểu hiện suy thoái được phát hiện: biểu hiện thứ 4 thuộc nhóm 1: 3 lượt.',
    ]);
    expect(r.sentences[0]?.en).toBe('2 members were disciplined (reprimand).');
    expect(r.sentences[2]?.en).toContain(': 3 members');
    for (const x of r.sentences) expect(x.vi).not.toMatch(/trong đó|xóa tên \d+ cá nhân|biểu hiện \d+ nhóm/u);
  });
});

describe('rating level names of the version in force (issue 13 item 11)', () => {
  const tally = { ratings: { tccsd: { good: 40, unsatisfactory: 2 }, member: { good: 100, unsatisfactory: 3 } } };
  it('a 2016 report names an organization\'s lowest level "yếu kém", as HD 27 Mục II prints it; members keep "không hoàn thành nhiệm vụ"', () => {
    const r = renderReport(tally, { period: { from: '2016-01-01', to: '2016-12-31' } });
    expect(r.vi).toContain('2 tổ chức cơ sở đảng yếu kém');
    expect(r.vi).toContain('3 đảng viên không hoàn thành nhiệm vụ');
    expect(r.en).toContain('2 grassroots party organizations weak');
  });
  it('from 2018 (and without a period) the later names stay', () => {
    expect(renderReport(tally, { period: { from: '2018-01-01', to: '2018-12-31' } }).vi).toContain('2 tổ chức cơ sở đảng không hoàn thành nhiệm vụ');
    expect(renderReport(tally).vi).toContain('2 tổ chức cơ sở đảng không hoàn thành nhiệm vụ');
  });
});
