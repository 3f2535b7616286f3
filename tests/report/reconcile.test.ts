import fc from 'fast-check';
import { charter35 } from '../../src/discipline/sources.js';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_lib/freeze.js';
import { Nq4Error } from '../../src/errors.js';
import { ratingRuleSetFor } from '../../src/rating/index.js';
import { reconcile, type ReconcileReportInput, type StatedFigure } from '../../src/report/index.js';
import { reconcileWith } from '../../src/report/reconcile.js';
import { errorOf } from '../support/errors.js';

type Subject = NonNullable<StatedFigure['subject']>;
const disc = (category: NonNullable<StatedFigure['category']>, value: number, subject: Subject = 'member'): StatedFigure => ({ measure: 'discipline', subject, category, value });
const other = (category: NonNullable<StatedFigure['category']>, value: number, subject: Subject): StatedFigure => ({ measure: 'nonDisciplinary', subject, category, value });
const rating = (category: NonNullable<StatedFigure['category']>, value: number, subject: Subject = 'member', orBetter = false): StatedFigure =>
  orBetter ? { measure: 'rating', subject, category, value, orBetter } : { measure: 'rating', subject, category, value };
const codes = (r: Pick<ReturnType<typeof reconcile>, 'findings'>): string[] => r.findings.map((f) => `${f.severity}:${f.code}@${f.path.join('.')}`);

describe('reconcile — golden cases from the seeds (hierarchy-review-reports.md §4)', () => {
  it('seed 000 #1 and #2 (Krông Nô, 2018): 30+12+5+3 = 50 members, 2+2 = 4 organizations ✓', () => {
    const r = reconcile({
      groups: [
        {
          text: 'huyện Krông Nô đã xử lý kỷ luật 50 cán bộ, đảng viên, trong đó có 30 đảng viên xử lý bằng hình thức khiển trách, 12 đảng viên bị cảnh cáo, 5 đảng viên bị cách chức và 3 đảng viên bị khai trừ.',
          total: { measure: 'discipline', subject: 'individual', value: 50 },
          parts: [disc('reprimand', 30), disc('warning', 12), disc('removalFromPost', 5), disc('expulsion', 3)],
        },
        { total: { measure: 'discipline', subject: 'organization', value: 4 }, parts: [disc('reprimand', 2, 'organization'), disc('warning', 2, 'organization')] },
      ],
    });
    expect(codes(r)).toEqual([]);
    expect(r.status).toBe('consistent');
    expect(r.groups[0]?.tally.disciplines.member).toEqual({ reprimand: 30, warning: 12, removalFromPost: 5, expulsion: 3 });
    expect(r.groups[1]?.tally.disciplines.organization).toEqual({ reprimand: 2, warning: 2 });
  });

  it('seed 001 #1/#2 (funnel 2 ≤ 8, 5 ≤ 13 ✓) and #4/#5 (cumulative ratings, no total) reconcile', () => {
    const r = reconcile({
      ratingYear: 2020,
      groups: [
        { total: { measure: 'suggestedReview', subject: 'collective', value: 8 }, subsets: [{ measure: 'disciplineProcedure', subject: 'collective', value: 2 }] },
        { total: { measure: 'suggestedReview', subject: 'individual', value: 13 }, subsets: [{ measure: 'disciplineProcedure', subject: 'individual', value: 5 }] },
        { parts: [rating('good', 30, 'tccsd', true), rating('satisfactory', 5, 'tccsd'), rating('good', 165, 'directBranch', true), rating('satisfactory', 25, 'directBranch')] },
        { parts: [rating('good', 2447, 'member', true), rating('satisfactory', 220)] },
      ],
    });
    expect(codes(r)).toEqual([]);
    expect(r.groups[3]?.unplaced).toBe(1); // "trở lên" without the excellent split cannot be placed in one level
    expect(r.groups[3]?.tally.ratings.member).toEqual({ satisfactory: 220 });
  });

  it('seed 001 as a funnel that does not hold: 9 collectives into the procedure out of 8 reviewed is an error', () => {
    const r = reconcile({ groups: [{ total: { measure: 'suggestedReview', subject: 'collective', value: 8 }, subsets: [{ measure: 'disciplineProcedure', subject: 'collective', value: 9 }] }] });
    expect(codes(r)).toEqual(['error:subsetExceedsTotal@groups.0.subsets.0']);
  });

  it('seed 002 #3/#4: province- and district-level gợi ý are disjoint figures with no total: nothing to add up', () => {
    const r = reconcile({
      groups: [
        { parts: [{ measure: 'suggestedReview', subject: 'collective', value: 11, subset: 'diện BTV Tỉnh ủy quản lý' }, { measure: 'suggestedReview', subject: 'individual', value: 12, subset: 'diện BTV Tỉnh ủy quản lý' }] },
        { parts: [{ measure: 'suggestedReview', subject: 'collective', value: 47 }, { measure: 'suggestedReview', subject: 'individual', value: 45 }] },
      ],
    });
    expect(r.status).toBe('consistent');
    expect(r.findings).toEqual([]);
  });

  it("seed 004 #1/#2 (Cần Thơ): discipline, nhắc nhở and a KHTNV rating under one heading are classified, not miscounted", () => {
    const r = reconcile({
      groups: [
        {
          text: 'có 6 tập thể … được xác định có biểu hiện suy thoái … khiển trách 1 tập thể, nhắc nhở 5 tập thể',
          total: { measure: 'degradationFound', subject: 'collective', value: 6 },
          parts: [disc('reprimand', 1, 'collective'), other('reminder', 5, 'collective')],
        },
        {
          text: '32 cá nhân … cảnh cáo 2 cá nhân, khiển trách 9 cá nhân; xếp loại đảng viên không hoàn thành nhiệm vụ đối với 4 cá nhân và nhắc nhở 17 cá nhân',
          total: { measure: 'degradationFound', subject: 'individual', value: 32 },
          parts: [disc('warning', 2, 'individual'), disc('reprimand', 9, 'individual'), other('unsatisfactoryRating', 4, 'individual'), other('reminder', 17, 'individual')],
        },
      ],
    });
    expect(r.status).toBe('consistent');
    expect(r.groups.map((g) => g.classification)).toEqual([
      { discipline: 1, nonDisciplinary: 5, pending: 0, rating: 0, other: 0 },
      { discipline: 11, nonDisciplinary: 21, pending: 0, rating: 0, other: 0 },
    ]);
    expect(r.groups[1]?.tally.disciplines).toEqual({ member: { warning: 2, reprimand: 9 } });
    expect(r.groups[1]?.tally.nonDisciplinary).toEqual({ individual: { unsatisfactoryRating: 4, reminder: 17 } });
    expect(r.groups[0]?.tally.disciplines).toEqual({ organization: { reprimand: 1 } });
  });

  it('seed 004 #2 read as a "xử lý kỷ luật" heading of 32: the mix is a note by default, an error on request', () => {
    const report: ReconcileReportInput = {
      groups: [
        {
          total: { measure: 'discipline', subject: 'individual', value: 32 },
          parts: [disc('warning', 2, 'individual'), disc('reprimand', 9, 'individual'), other('unsatisfactoryRating', 4, 'individual'), other('reminder', 17, 'individual')],
        },
      ],
    };
    const r = reconcile(report);
    expect(r.status).toBe('consistent');
    expect(codes(r)).toEqual(['note:mixedHeading@groups.0']);
    expect(r.findings[0]?.explanation.textVi).toContain('chỉ 11 trường hợp bị thi hành kỷ luật');
    expect(r.findings[0]?.explanation.textEn).toContain('only 11 cases received discipline');
    const strict = reconcile(report, { extendedOutcomesUnderDiscipline: 'error' });
    expect(strict.status).toBe('inconsistent');
  });

  it('seed 004 #3: 15+5+1+1 = 22 with the pending case; 7 "diện Thành ủy quản lý" is not added', () => {
    const report: ReconcileReportInput = {
      groups: [
        {
          total: { measure: 'other', subject: 'member', value: 22 },
          parts: [disc('reprimand', 15), disc('warning', 5), disc('removalFromPost', 1), other('pending', 1, 'member')],
          subsets: [{ measure: 'other', subject: 'individual', subset: 'diện Thành ủy quản lý', value: 7 }],
        },
      ],
    };
    const r = reconcile(report);
    expect(codes(r)).toEqual([]);
    expect(r.groups[0]?.classification).toEqual({ discipline: 21, nonDisciplinary: 0, pending: 1, rating: 0, other: 0 });
    const excluded = reconcile(report, { pendingInTotal: false });
    expect(codes(excluded)).toEqual(['error:partsNotEqualTotal@groups.0']);
    expect(excluded.findings[0]?.explanation.textVi).toContain('15 + 5 + 1 = 21');
  });

  it('seed 004 #5: "45.245 cán bộ, đảng viên, đạt tỷ lệ 98,46%" has no stated base: a note, not a failure', () => {
    const r = reconcile({ groups: [{ parts: [{ measure: 'other', subject: 'individual', value: 45245, percent: { value: 98.46, decimals: 2 } }] }] });
    expect(codes(r)).toEqual(['note:percentWithoutBase@groups.0.parts.0']);
    const withBase = reconcile({ groups: [{ parts: [{ measure: 'other', subject: 'individual', value: 45245, percent: { value: 98.46, decimals: 2, base: 45953 } }] }] });
    expect(codes(withBase)).toEqual([]);
  });
});

describe('reconcile — rules', () => {
  it('parts that do not add up: error naming the figures and the sum', () => {
    const r = reconcile({ groups: [{ total: { measure: 'discipline', subject: 'member', value: 50 }, parts: [disc('reprimand', 30), disc('warning', 12), disc('removalFromPost', 5), disc('expulsion', 2)] }] });
    expect(codes(r)).toEqual(['error:partsNotEqualTotal@groups.0']);
    const f = r.findings[0];
    expect(f?.figures.map((x) => x.value)).toEqual([50, 30, 12, 5, 2]);
    expect(f?.explanation.textVi).toContain('30 + 12 + 5 + 2 = 49');
    expect(f?.explanation.textEn).toContain('50 (members, disciplined)');
    expect(f?.explanation.reasons[0]?.citations[0]?.document.key).toBe('11-HD/BTCTW@2021-12-13');
  });

  it('"trở lên" totals take their "trong đó" parts as at most the total', () => {
    const ok = reconcile({ groups: [{ total: rating('good', 30, 'tccsd', true), parts: [rating('excellent', 5, 'tccsd')] }] });
    expect(codes(ok)).toEqual(['note:quotaNotChecked@']);
    const bad = reconcile({ groups: [{ total: rating('good', 30, 'tccsd', true), parts: [rating('excellent', 31, 'tccsd')] }] });
    expect(codes(bad)).toEqual(['error:partsExceedTotal@groups.0', 'note:quotaNotChecked@']);
  });

  it('forms impossible for the subject (Điều lệ Điều 35 khoản 2)', () => {
    const r = reconcile({
      groups: [{ parts: [disc('removalFromPost', 1, 'organization'), disc('expulsion', 1, 'probationaryMember'), disc('removalFromPost', 1, 'probationaryMember'), disc('dissolution', 1, 'member'), disc('expulsion', 1, 'officialMember'), disc('dissolution', 1, 'organization')] }],
    });
    expect(codes(r)).toEqual([
      'error:formImpossibleForSubject@groups.0.parts.0',
      'error:formImpossibleForSubject@groups.0.parts.1',
      'error:formImpossibleForSubject@groups.0.parts.2',
      'error:formImpossibleForSubject@groups.0.parts.3',
    ]);
    expect(r.findings[1]?.explanation.textVi).toContain('khai trừ đối với đảng viên dự bị');
    expect(r.findings[1]?.explanation.reasons[0]?.citations[0]?.article).toBe(35);
    // The one Charter citation of the discipline area, quoted as the reference prints it.
    expect(r.findings[1]?.explanation.reasons[0]?.citations[0]).toBe(charter35);
    expect(charter35.quoteVi).toContain('- Đối với đảng viên dự bị : khiển trách, cảnh cáo.');
  });

  it('negative and non-integer counts are reported, never fixed, and left out of the group tally', () => {
    const r = reconcile({ groups: [{ total: { measure: 'discipline', subject: 'member', value: 2.5 }, parts: [disc('reprimand', -1), disc('warning', 3.5)] }] });
    expect(codes(r)).toEqual([
      'error:nonIntegerCount@groups.0.total',
      'error:negativeCount@groups.0.parts.0',
      'error:nonIntegerCount@groups.0.parts.1',
    ]);
    expect(r.groups[0]?.unplaced).toBe(2);
  });

  it('children that do not add up to the parent figure; partial children only when already above', () => {
    const child = (value: number): ReconcileReportInput => ({ groups: [{ parts: [disc('reprimand', value)] }] });
    const parent = (children: ReconcileReportInput[]): ReconcileReportInput => ({ unit: 'KN', groups: [{ parts: [disc('reprimand', 30)] }], children });
    expect(codes(reconcile(parent([child(10), child(20)])))).toEqual([]);
    const r = reconcile(parent([child(10), child(19)]));
    expect(codes(r)).toEqual(['error:childrenNotEqualParent@groups.0.parts.0']);
    expect(r.findings[0]?.figures.map((f) => f.path.join('.'))).toEqual(['groups.0.parts.0', 'children.0.groups.0.parts.0', 'children.1.groups.0.parts.0']);
    const partial = parent([child(31), { groups: [] }]);
    expect(codes(reconcile(partial))).toEqual(['error:childrenExceedParent@groups.0.parts.0']);
    expect(codes(reconcile(parent([child(10), { groups: [] }])))).toEqual(['note:childrenPartial@groups.0.parts.0']);
    expect(codes(reconcile(parent([child(10), { groups: [] }]), { missingChildFigures: 'zero' }))).toEqual(['error:childrenNotEqualParent@groups.0.parts.0']);
  });

  it('grandchildren are checked against children, iteratively', () => {
    const r = reconcile({
      groups: [{ parts: [disc('warning', 3)] }],
      children: [{ groups: [{ parts: [disc('warning', 3)] }], children: [{ groups: [{ parts: [disc('warning', 2)] }] }] }],
    });
    expect(codes(r)).toEqual(['error:childrenNotEqualParent@children.0.groups.0.parts.0']);
  });

  it('HTXSNV quota by the year\'s rule set (rating.md §7.2)', () => {
    const members = (year: number, excellent: number, good: number): ReconcileReportInput => ({ ratingYear: year, groups: [{ parts: [rating('excellent', excellent), rating('good', good)] }] });
    // HD 21 (2019–2022): 20% of HTTNV in each TCCSĐ
    expect(codes(reconcile(members(2020, 20, 100)))).toEqual([]);
    const over = reconcile(members(2020, 21, 100));
    expect(codes(over)).toEqual(['error:quotaExceeded@']);
    expect(over.findings[0]?.explanation.ruleSet?.id).toBe('hd21');
    expect(over.findings[0]?.explanation.textVi).toContain('21 đảng viên hoàn thành xuất sắc nhiệm vụ trên 100 (hoàn thành tốt nhiệm vụ) là 21,00%, vượt 20%');
    // pool formula (D2)
    expect(codes(reconcile(members(2020, 24, 100), { quotaFormula: 'pool' }))).toEqual([]);
    // HD 27 (2017) and QĐ 124 for individuals: not verified → a note, no failure
    expect(codes(reconcile(members(2017, 90, 10)))).toEqual(['note:quotaNotChecked@']);
    expect(codes(reconcile(members(2024, 90, 10)))).toEqual(['note:quotaNotChecked@']);
    // QĐ 124 for collectives: 20%, seen only as a paraphrase (LawNet's English; rating.md §7.2):
    // a warning with its basis in the text, below a quoted breach (issue 13 item 5)
    const orgs = reconcile({ ratingYear: 2024, groups: [{ parts: [rating('excellent', 3, 'tccsd'), rating('good', 10, 'tccsd')] }] });
    expect(codes(orgs)).toEqual(['warning:quotaExceeded@']);
    expect(orgs.status).toBe('consistent');
    expect(orgs.findings[0]?.explanation.textVi).toContain('theo bản diễn giải');
    expect(orgs.findings[0]?.explanation.textVi).toContain('chỉ dựa trên bản diễn giải của văn bản, chưa đối chiếu được nguyên văn');
    expect(orgs.findings[0]?.explanation.textEn).toContain('rests only on a paraphrase');
    expect(orgs.findings[0]?.explanation.textVi).not.toContain('ngoại lệ');
    // excellent without a "good" figure: the quota cannot be checked, and the report says so (issue 15)
    const noGood = reconcile({ ratingYear: 2020, groups: [{ parts: [rating('excellent', 30)] }] });
    expect(codes(noGood)).toEqual(['note:quotaNotChecked@']);
    expect(noGood.findings[0]?.explanation.reasons[0]?.code).toBe('noGoodFigure');
    expect(noGood.findings[0]?.explanation.textEn).toContain('not those rated good');
    // QĐ 366 (2025): 20%, up to 25% with the exception
    expect(codes(reconcile(members(2025, 22, 100)))).toEqual(['warning:quotaExceptionNeeded@']);
    expect(codes(reconcile(members(2025, 22, 100), { outstandingUnitException: true }))).toEqual([]);
    expect(codes(reconcile(members(2025, 26, 100), { outstandingUnitException: true }))).toEqual(['error:quotaExceeded@']);
    // cumulative "trở lên" figure: HTTNV = total − HTXSNV
    expect(codes(reconcile({ ratingYear: 2020, groups: [{ total: rating('good', 120, 'member', true), parts: [rating('excellent', 21)] }] }))).toEqual(['error:quotaExceeded@']);
    // no year: not checked
    expect(codes(reconcile({ groups: [{ parts: [rating('excellent', 50), rating('good', 50)] }] }))).toEqual(['note:quotaNotChecked@']);
    // before any rule set
    const early = reconcile(members(2010, 50, 50));
    expect(codes(early)).toEqual(['note:quotaNotChecked@']);
    expect(early.findings[0]?.explanation.reasons[0]?.code).toBe('noRuleSet');
  });

  it('reads the quota from the rating rule sets: one source (rating.md §7.2)', () => {
    const orgs = (year: number, excellent: number, good: number): ReconcileReportInput => ({ ratingYear: year, groups: [{ parts: [rating('excellent', excellent, 'tccsd'), rating('good', good, 'tccsd')] }] });
    for (const year of [2016, 2018, 2020, 2023, 2025, 2026]) {
      const rs = ratingRuleSetFor(year);
      const f = reconcile(orgs(year, 90, 10)).findings[0];
      expect(f?.explanation.ruleSet?.id).toBe(rs.id);
      const m = reconcile({ ratingYear: year, groups: [{ parts: [rating('excellent', 90), rating('good', 10)] }] }).findings[0];
      expect(m?.code).toBe(rs.memberQuota ? 'quotaExceeded' : 'quotaNotChecked');
      if (rs.memberQuota) expect(m?.explanation.reasons[0]?.citations[0]).toBe(rs.memberQuota.citation);
    }
    // HD 21 organizations: the central sentence is cut off, 20% only in a local form → not flagged
    const hd21 = reconcile(orgs(2020, 90, 10));
    expect(codes(hd21)).toEqual(['note:quotaNotChecked@']);
    expect(hd21.findings[0]?.explanation.reasons[0]?.code).toBe('quotaUnverified');
    expect(hd21.findings[0]?.explanation.reasons[0]?.citations[0]?.status).toBe('quotedPartial');
    expect(hd21.findings[0]?.explanation.textEn).toContain('local practice');
    // QĐ 366: the exception warning cites both sentences of 1.5
    const warn = reconcile({ ratingYear: 2025, groups: [{ parts: [rating('excellent', 22), rating('good', 100)] }] });
    expect(warn.findings[0]?.explanation.reasons[0]?.citations.map((c) => c.quoteVi?.includes('25%'))).toEqual([false, true]);
  });

  it('percentages within printed precision ([P7], [P8] of §3.5–3.6)', () => {
    const p7 = reconcile({
      groups: [
        {
          total: { measure: 'discipline', subject: 'member', value: 62 },
          parts: [
            { ...disc('reprimand', 28), percent: { value: 45 } },
            { ...disc('warning', 21), percent: { value: 34 } },
            { ...disc('removalFromPost', 1), percent: { value: 2 } },
            { ...disc('expulsion', 12), percent: { value: 19 } },
          ],
          subsets: [{ measure: 'discipline', subject: 'member', subset: 'cấp ủy viên cơ sở', value: 13, percent: { value: 20.9, decimals: 1 } }],
        },
      ],
    });
    expect(codes(p7)).toEqual([]);
    const p8 = reconcile({ groups: [{ parts: [{ id: 'rated', measure: 'other', subject: 'tccsd', value: 662 }, { ...rating('good', 604, 'tccsd', true), percent: { value: 91.2, baseFigure: 'rated' } }] }] });
    expect(codes(p8)).toEqual([]);
    const wrong = reconcile({ groups: [{ total: { measure: 'discipline', subject: 'member', value: 62 }, parts: [{ ...disc('reprimand', 28), percent: { value: 47 } }] }] });
    expect(codes(wrong)).toEqual(['error:partsNotEqualTotal@groups.0', 'error:percentMismatch@groups.0.parts.0']);
    expect(wrong.findings[1]?.explanation.textVi).toContain('là 45,16%, nhưng báo cáo ghi 47%');
    // 20,97 printed 20,9 passes by truncation, fails with half-up and no tolerance
    const strict = reconcile(
      { groups: [{ total: { measure: 'other', value: 62 }, subsets: [{ measure: 'other', value: 13, percent: { value: 20.9, decimals: 1 } }] }] },
      { percentRounding: 'halfUp', percentTolerance: 0 },
    );
    expect(codes(strict)).toEqual(['error:percentMismatch@groups.0.subsets.0']);
    const zero = reconcile({ groups: [{ total: { measure: 'other', value: 0 }, parts: [{ measure: 'other', value: 0, percent: { value: 10 } }] }] });
    expect(codes(zero)).toEqual(['error:percentWithoutBase@groups.0.parts.0']);
  });

  it('bad input → Nq4Error with paths; the input is never mutated', () => {
    const e = errorOf(() =>
      reconcile({
        groups: [{ total: { measure: 'discipline', value: '50' as unknown as number }, parts: [{ measure: 'rating', category: 'reprimand', value: 1 }, { measure: 'discipline', value: 1, orBetter: true }] }],
        extra: true,
      } as unknown as ReconcileReportInput),
    );
    expect(e.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
      'invalid_type@groups.0.total.value',
      'invalid_value@groups.0.parts.0.category',
      'not_applicable@groups.0.parts.1.orBetter',
      'unknown_key@extra',
    ]);
    expect(errorOf(() => reconcile({ groups: [] }, { percentTolerance: -1 })).issues[0]?.path).toEqual(['options', 'percentTolerance']);
    expect(errorOf(() => reconcile({} as ReconcileReportInput, { quotaFormula: 'x' } as never)).issues.map((i) => i.path.join('.'))).toEqual(['groups', 'options.quotaFormula']);
  });

  it('property: a deep-frozen report is accepted and not mutated; parts built to add up always reconcile', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 500 }), { minLength: 1, maxLength: 4 }), (values) => {
        const forms = ['reprimand', 'warning', 'removalFromPost', 'expulsion'] as const;
        const report = deepFreeze({
          groups: [{ total: { measure: 'discipline' as const, subject: 'member' as const, value: values.reduce((a, b) => a + b, 0) }, parts: values.map((v, i) => disc(forms[i] as never, v)) }],
        });
        const before = JSON.stringify(report);
        const r = reconcile(report);
        expect(r.status).toBe('consistent');
        expect(JSON.stringify(report)).toBe(before);
        expect(Object.isFrozen(r.findings)).toBe(true);
      }),
    );
  });

  it('reconcileWith: without a rule-set lookup, a report without a rating year reconciles as reconcile does; one with a year gets a quotaNotChecked note', () => {
    const ratings = { parts: [rating('excellent', 30), rating('good', 100), rating('satisfactory', 5)] };
    const report: ReconcileReportInput = {
      groups: [ratings, { total: { measure: 'discipline', subject: 'member', value: 5 }, parts: [disc('reprimand', 2), disc('warning', 2)] }],
      children: [{ groups: [{ parts: [rating('excellent', 10)] }] }],
    };
    const { explanation: _summary, ...core } = reconcile(report, { quotaFormula: 'pool' });
    expect(reconcileWith(report, { quotaFormula: 'pool' }, undefined)).toEqual(core);
    const withYear: ReconcileReportInput = { ratingYear: 2020, groups: [ratings] };
    expect(codes(reconcile(withYear))).toEqual(['error:quotaExceeded@']);
    const r = reconcileWith(withYear, undefined, undefined);
    expect(codes(r)).toEqual(['note:quotaNotChecked@']);
    expect(r.findings[0]?.explanation.reasons[0]?.text.en).toBe('No rating rule set was available to check the quota against.');
    expect(codes(reconcileWith(withYear, undefined, ratingRuleSetFor))).toEqual(codes(reconcile(withYear)));
  });
});
