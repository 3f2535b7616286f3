/** Rating cases: rateMember, rateOrganization (conformance/rating/). See _lib.ts. */
import type { MemberRatingFacts } from '../../../src/rating/types.js';
import { member2020, member2025 } from '../../rating/_fixtures.js';
import { type Case, type Json, write } from './_lib.js';

const T = (assigned: number, completed: number, onTime: number, exceeded: number) => ({ assigned, completed, onTime, exceeded });

/** The rating tests' complete 2025 (QĐ 366) and 2020 (HD 21) members, as JSON. */
const m2025 = (over: Record<string, Json> = {}): Record<string, Json> => member2025(over as Partial<MemberRatingFacts>) as unknown as Record<string, Json>;
const m2020 = (over: Record<string, Json> = {}): Record<string, Json> => member2020(over as Partial<MemberRatingFacts>) as unknown as Record<string, Json>;

const EX = 'rating.md §10 worked example';
const S366k1 = 'QĐ 366-QĐ/TW (2025) Điều 11 khoản 1';
const S366k2 = 'QĐ 366-QĐ/TW (2025) Điều 11 khoản 2';
const S366k3 = 'QĐ 366-QĐ/TW (2025) Điều 11 khoản 3';
const S366k4 = 'QĐ 366-QĐ/TW (2025) Điều 11 khoản 4';
const HD21t2 = 'HD 21-HD/BTCTW (2019) Mục II.B tiết 2';
const HD21t3 = 'HD 21-HD/BTCTW (2019) Mục II.B tiết 3';

// ------------------------------------------------------------------ goldens: rateMember
const member: Case[] = [];
const org: Case[] = [];

member.push(
  {
    id: 'rating-ex1-hd27-member-unverified',
    description: 'HD 27 member criteria are unverified: no level is returned, every level is flagged unverified.',
    source: `${EX} 1; rating.md §2 (HD 27-HD/BTCTW (2014): member criteria unverified). tests/rating/examples.test.ts`,
    args: [{ year: 2016, disciplines: [{ form: 'warning', decidedOn: '2016-04-01' }] }],
    expect: { level: null, 'unverified[].level': ['excellent', 'good', 'satisfactory', 'unsatisfactory'] },
  },
  {
    id: 'rating-ex2-hd21-reprimand-in-year',
    description: 'A reprimand decided in May 2020 forces "không hoàn thành nhiệm vụ" for 2020, without discretion.',
    source: `${EX} 2; ${HD21t2}: "Đảng viên bị thi hành kỷ luật trong năm". tests/rating/examples.test.ts`,
    args: [m2020({ disciplines: [{ form: 'reprimand', decidedOn: '2020-05-12' }] })],
    expect: { 'ruleSet.id': 'hd21', level: 'unsatisfactory', forcedLevel: 'unsatisfactory', discretionAvailable: false },
    expectContains: { 'blockedBy[].code': ['disciplineInYear'] },
  },
  {
    id: 'rating-ex2-hd21-counted-once',
    description: 'In 2021 the same 2020 decision does not force the level again ("chỉ tính một lần").',
    source: `${EX} 2; ${HD21t2} "(một vi phạm bị xử lý kỷ luật chỉ tính một lần khi xếp loại)". tests/rating/examples.test.ts`,
    args: [m2020({ year: 2021, disciplines: [{ form: 'reprimand', decidedOn: '2020-05-12' }] })],
    expect: { forcedLevel: null },
    expectContains: { allowedLevels: ['excellent'] },
  },
  {
    id: 'rating-ex2-d6-by-decision-2021',
    description: 'D6 default (by decision date): a warning decided in Feb 2021 for a Nov 2020 violation counts in 2021.',
    source: `${EX} 2; rating.md §9 D6. tests/rating/examples.test.ts`,
    args: [m2020({ year: 2021, disciplines: [{ form: 'warning', decidedOn: '2021-02-01', violationOn: '2020-11-01' }] })],
    expect: { level: 'unsatisfactory' },
  },
  {
    id: 'rating-ex2-d6-by-decision-2020',
    description: 'D6 default (by decision date): the same warning does not count in 2020.',
    source: `${EX} 2; rating.md §9 D6. tests/rating/examples.test.ts`,
    args: [m2020({ year: 2020, disciplines: [{ form: 'warning', decidedOn: '2021-02-01', violationOn: '2020-11-01' }] })],
    expect: { forcedLevel: null },
  },
  {
    id: 'rating-ex2-d6-by-violation-2020',
    description: 'D6 disciplineYearBy = violation: the warning counts in 2020, the year of the violation.',
    source: `${EX} 2; rating.md §9 D6. tests/rating/examples.test.ts`,
    args: [m2020({ year: 2020, disciplines: [{ form: 'warning', decidedOn: '2021-02-01', violationOn: '2020-11-01' }] }), { disciplineYearBy: 'violation' }],
    expect: { level: 'unsatisfactory' },
  },
  {
    id: 'rating-ex2-d6-by-violation-2021',
    description: 'D6 disciplineYearBy = violation: the warning does not count again in 2021; the option is reported.',
    source: `${EX} 2; rating.md §9 D6. tests/rating/examples.test.ts`,
    args: [m2020({ year: 2021, disciplines: [{ form: 'warning', decidedOn: '2021-02-01', violationOn: '2020-11-01' }] }), { disciplineYearBy: 'violation' }],
    expect: { forcedLevel: null },
    expectContains: { 'options[].name': ['disciplineYearBy'] },
  },
  {
    id: 'rating-ex2-counted-in-year-2020',
    description: 'countedInYear set by the caller decides the year: counted in 2020.',
    source: `${EX} 2; rating.md §9 D6. tests/rating/examples.test.ts`,
    args: [m2020({ year: 2020, disciplines: [{ form: 'reprimand', decidedOn: '2021-02-01', countedInYear: 2020 }] })],
    expect: { level: 'unsatisfactory' },
  },
  {
    id: 'rating-ex2-counted-in-year-2021',
    description: 'countedInYear 2020: not counted again in 2021.',
    source: `${EX} 2; rating.md §9 D6. tests/rating/examples.test.ts`,
    args: [m2020({ year: 2021, disciplines: [{ form: 'reprimand', decidedOn: '2021-02-01', countedInYear: 2020 }] })],
    expect: { forcedLevel: null },
  },
  {
    id: 'rating-ex4-hd21-sick-leave-cap',
    description: '2021: four months of sick leave cap the member at "hoàn thành nhiệm vụ".',
    source: `${EX} 4; HD 21-HD/BTCTW (2019) Mục II tiểu mục 6. tests/rating/examples.test.ts`,
    args: [m2020({ year: 2021, sickLeaveMonths: 4 })],
    expect: { maxLevel: 'satisfactory', 'blockedBy[?code="sickLeave"][].level': ['good'] },
  },
  {
    id: 'rating-ex4-qd366-sick-leave-no-cap',
    description: '2025: the same leave, score 85, all tasks on time → "hoàn thành tốt nhiệm vụ" (rated on the work actually done).',
    source: `${EX} 4; HD 43-HD/BTCTW (2025) mục 7.5; ${S366k2}. tests/rating/examples.test.ts`,
    args: [m2025({ score: 85, sickLeaveMonths: 4 })],
    expect: { level: 'good' },
  },
  {
    id: 'rating-ex5-qd366-band-gap-cascade',
    description: 'Score 92, 2 of 10 tasks exceeded: not excellent; D10 cascade (default) → "hoàn thành tốt nhiệm vụ".',
    source: `${EX} 5; ${S366k1} (1.3), khoản 2; rating.md §9 D10. tests/rating/examples.test.ts`,
    args: [m2025({ score: 92, tasks: T(10, 10, 10, 2) })],
    expect: { level: 'good' },
    expectContains: { 'blockedBy[].code': ['exceededUnder30'], 'options[].name': ['bandReading'] },
  },
  {
    id: 'rating-ex5-qd366-band-gap-strict',
    description: 'Same facts, D10 strict: no band matches → unclassified.',
    source: `${EX} 5; rating.md §9 D10. tests/rating/examples.test.ts`,
    args: [m2025({ score: 92, tasks: T(10, 10, 10, 2) }), { bandReading: 'strict' }],
    expect: { status: 'unclassified', level: null },
    expectContains: { 'options[].name': ['bandReading'] },
  },
  {
    id: 'rating-ex6-qd366-one-late',
    description: 'Score 65, 1 of 10 tasks late → "hoàn thành nhiệm vụ".',
    source: `${EX} 6; ${S366k3}: "số nhiệm vụ chưa bảo đảm tiến độ không vượt quá 20%". tests/rating/examples.test.ts`,
    args: [m2025({ score: 65, tasks: T(10, 10, 9, 0) })],
    expect: { level: 'satisfactory' },
  },
  {
    id: 'rating-ex6-qd366-score75-one-late-cascade',
    description: 'Score 75, 1 late: "good" needs every task on time; cascade → "hoàn thành nhiệm vụ".',
    source: `${EX} 6 (variant); ${S366k2}, khoản 3; D10. tests/rating/examples.test.ts`,
    args: [m2025({ score: 75, tasks: T(10, 10, 9, 0) })],
    expect: { level: 'satisfactory' },
  },
  {
    id: 'rating-ex6-qd366-score75-one-late-strict',
    description: 'Score 75, 1 late, D10 strict → unclassified.',
    source: `${EX} 6 (variant); D10. tests/rating/examples.test.ts`,
    args: [m2025({ score: 75, tasks: T(10, 10, 9, 0) }), { bandReading: 'strict' }],
    expect: { status: 'unclassified' },
  },
  {
    id: 'rating-ex6-qd366-three-late-gap',
    description: '3 of 10 late, none failed: no level matches, no KHTNV trigger → unclassified, nothing allowed.',
    source: `${EX} 6 (variant); ${S366k3}; ${S366k4}; D10. tests/rating/examples.test.ts`,
    args: [m2025({ score: 65, tasks: T(10, 10, 7, 0) })],
    expect: { status: 'unclassified', allowedLevels: [] },
  },
  {
    id: 'rating-ex6-qd366-three-late-gap-fallback',
    description: '3 of 10 late with gapFallback = unsatisfactory → "không hoàn thành nhiệm vụ", the option reported.',
    source: `${EX} 6 (variant); rating.md §9 D10 (alternative option KHTNV). tests/rating/examples.test.ts`,
    args: [m2025({ score: 65, tasks: T(10, 10, 7, 0) }), { gapFallback: 'unsatisfactory' }],
    expect: { level: 'unsatisfactory' },
    expectContains: { 'options[].name': ['gapFallback'] },
  },
  {
    id: 'rating-ex7-qd366-duty-reprimand',
    description: 'Non-leader, reprimand in Sept 2025 for a violation in official duty → "không hoàn thành nhiệm vụ".',
    source: `${EX} 7; ${S366k4} (non-leaders): "vi phạm liên quan đến hoạt động công vụ bị xử lý kỷ luật từ khiển trách trở lên". tests/rating/examples.test.ts`,
    args: [m2025({ disciplines: [{ form: 'reprimand', decidedOn: '2025-09-15', relatedToOfficialDuty: true }] })],
    expect: { level: 'unsatisfactory' },
  },
  {
    id: 'rating-ex7-qd366-duty-reprimand-self-reported',
    description: 'Self-reported and remedied: the level is forced but the competent body may decide otherwise (D8).',
    source: `${EX} 7; ${S366k4} "Trường hợp tự giác nhận lỗi…"; rating.md §9 D8. tests/rating/examples.test.ts`,
    args: [m2025({ score: 85, disciplines: [{ form: 'reprimand', decidedOn: '2025-09-15', relatedToOfficialDuty: true, selfReportedAndRemedied: true }] })],
    expect: { forcedLevel: 'unsatisfactory', discretionAvailable: true, level: null, maxLevel: 'good', allowedLevels: ['good', 'unsatisfactory'] },
  },
  {
    id: 'rating-ex7-qd366-duty-not-given',
    description: 'Whether the violation relates to official duty is asked for, not guessed (D7).',
    source: `${EX} 7; rating.md §9 D7. tests/rating/examples.test.ts`,
    args: [m2025({ disciplines: [{ form: 'reprimand', decidedOn: '2025-09-15' }] })],
    expect: { level: null, 'missing[].path': ['disciplines[0].relatedToOfficialDuty'] },
  },
  {
    id: 'rating-ex8-qd366-new-member',
    description: '2025: admitted 1-8-2025, review 10-12-2025 → not reviewed and not rated.',
    source: `${EX} 8; QĐ 366-QĐ/TW Điều 5 khoản 2 (2.1). tests/rating/examples.test.ts`,
    args: [m2025({ admittedOn: '2025-08-01', reviewOn: '2025-12-10' })],
    expect: { status: 'notRated', reviewRequired: false, 'notRatedReason.code': 'newMember' },
  },
  {
    id: 'rating-ex8-hd21-new-member',
    description: '2020: the same dates → not rated, but still reviewed from the date of admission.',
    source: `${EX} 8; HD 21-HD/BTCTW Mục II tiểu mục 6. tests/rating/examples.test.ts`,
    args: [m2020({ admittedOn: '2020-08-01', reviewOn: '2020-12-10' })],
    expect: { status: 'notRated', reviewRequired: true },
  },
  {
    id: 'rating-ex13-qd124-under-50-exceeded',
    description: '2024 (QĐ 124): 40% of tasks exceeded is under the 50% HTXSNV needs; lower levels unverified.',
    source: `${EX} 13; QĐ 124-QĐ/TW (2023) Điều 12 khoản 1 "Đối với cá nhân". tests/rating/examples.test.ts`,
    args: [{ year: 2024, admittedOn: '2010-01-01', exemptFromActivity: false, suspended: false, degradationConcluded: false, disciplines: [], criteria: { taskResults: 'excellent', other: 'good' }, tasks: T(10, 10, 10, 4) }],
    expect: { 'ruleSet.id': 'qd124', maxLevel: 'good' },
    expectContains: { 'unverified[].level': ['good'], 'blockedBy[].code': ['exceededUnder50'] },
    expectExcludes: { allowedLevels: ['excellent'] },
  },
  {
    id: 'rating-ex13-qd366-same-facts-excellent',
    description: '2025 (QĐ 366): the same 40% exceeded with score 95 → excellent.',
    source: `${EX} 13; ${S366k1} (1.3). tests/rating/examples.test.ts`,
    args: [{ year: 2025, role: 'nonLeader', score: 95, shortcomingsFixed: true, prohibitedConductConcluded: false, admittedOn: '2010-01-01', exemptFromActivity: false, suspended: false, degradationConcluded: false, disciplines: [], tasks: T(10, 10, 10, 4) }],
    expect: { level: 'excellent' },
  },
);

// boundaries.test.ts and crossVersion.test.ts
const bm = (over: Record<string, Json> = {}) => m2025({ score: 95, tasks: T(10, 10, 10, 3), ...over });
member.push(
  {
    id: 'rating-qd366-d11-no-rounding',
    description: 'D11: scores are compared exactly; 89.996 is under 90.',
    source: 'rating.md §9 D11; QĐ 366 Điều 11 khoản 1 "từ 90 điểm trở lên". tests/rating/boundaries.test.ts',
    args: [bm({ score: 89.996 })],
    expect: { level: 'good' },
  },
  {
    id: 'rating-qd366-d11-score-decimals',
    description: 'D11 scoreDecimals = 2 rounds 89.996 to 90.00 before comparing → excellent.',
    source: 'rating.md §9 D11. tests/rating/boundaries.test.ts',
    args: [bm({ score: 89.996 }), { scoreDecimals: 2 }],
    expect: { level: 'excellent' },
  },
  {
    id: 'rating-qd366-shortcomings-not-fixed',
    description: 'Shortcomings of the previous review not all fixed → not excellent (1.4); cascade → good.',
    source: `${S366k1} (1.4): "Đã khắc phục 100% các hạn chế, khuyết điểm". tests/rating/boundaries.test.ts`,
    args: [bm({ shortcomingsFixed: false })],
    expect: { level: 'good' },
  },
  {
    id: 'rating-qd366-late-blocks-good-high-score',
    description: 'One late task keeps "good" out even with score 95 → satisfactory.',
    source: `${S366k2}: "đúng thời hạn"; ${S366k3}. tests/rating/boundaries.test.ts`,
    args: [bm({ score: 95, tasks: T(10, 10, 9, 5) })],
    expect: { level: 'satisfactory' },
    expectContains: { 'blockedBy[].code': ['notAllOnTime'] },
  },
  {
    id: 'rating-qd366-leader-units-under-70',
    description: 'Leader whose units completed 6 of 10 tasks (under 70%) → unsatisfactory.',
    source: `${S366k4} (leaders): "hoàn thành dưới 70% số nhiệm vụ". tests/rating/boundaries.test.ts`,
    args: [bm({ role: 'leader', leader: { unitsLed: 4, unitsLedUnsatisfactory: 0, corruptionInScopeDisciplined: false }, score: 80, tasks: T(10, 6, 6, 0) })],
    expect: { level: 'unsatisfactory' },
  },
  {
    id: 'rating-qd366-leader-units-at-70',
    description: 'Leader at exactly 70% is not the trigger.',
    source: `${S366k4} (leaders): "dưới 70%". tests/rating/boundaries.test.ts`,
    args: [bm({ role: 'leader', leader: { unitsLed: 4, unitsLedUnsatisfactory: 0, corruptionInScopeDisciplined: false }, score: 80, tasks: T(10, 7, 7, 0) })],
    expect: { forcedLevel: null },
  },
  {
    id: 'rating-qd366-leader-units-led-3-of-4',
    description: 'Leader with 3 of 4 units led rated unsatisfactory (over 50%) → unsatisfactory.',
    source: `${S366k4} (leaders): "có trên 50% tổng số … bị xếp loại Không hoàn thành nhiệm vụ". tests/rating/boundaries.test.ts`,
    args: [bm({ role: 'leader', score: 80, leader: { unitsLed: 4, unitsLedUnsatisfactory: 3, corruptionInScopeDisciplined: false } })],
    expect: { level: 'unsatisfactory' },
  },
  {
    id: 'rating-qd366-leader-units-led-2-of-4',
    description: 'Leader with 2 of 4 (exactly 50%) → not forced; score 80 → good.',
    source: `${S366k4} (leaders): "trên 50%". tests/rating/boundaries.test.ts`,
    args: [bm({ role: 'leader', score: 80, leader: { unitsLed: 4, unitsLedUnsatisfactory: 2, corruptionInScopeDisciplined: false } })],
    expect: { level: 'good' },
  },
  {
    id: 'rating-qd366-leader-low-confidence-50.5',
    description: 'Leader with 50.5% low-confidence votes → unsatisfactory.',
    source: `${S366k4} (leaders): "Có trên 50% số phiếu tín nhiệm thấp". tests/rating/boundaries.test.ts`,
    args: [bm({ role: 'leader', score: 80, leader: { unitsLed: 4, unitsLedUnsatisfactory: 0, corruptionInScopeDisciplined: false, lowConfidenceVotePercent: 50.5 } })],
    expect: { level: 'unsatisfactory' },
  },
  {
    id: 'rating-qd366-leader-low-confidence-50',
    description: 'Leader with exactly 50% low-confidence votes → good.',
    source: `${S366k4} (leaders): "trên 50%". tests/rating/boundaries.test.ts`,
    args: [bm({ role: 'leader', score: 80, leader: { unitsLed: 4, unitsLedUnsatisfactory: 0, corruptionInScopeDisciplined: false, lowConfidenceVotePercent: 50 } })],
    expect: { level: 'good' },
  },
  {
    id: 'rating-hd21-under-50-completed',
    description: 'HD 21: 4 of 10 tasks completed (under 50%) → unsatisfactory.',
    source: `${HD21t2}: "Chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ". tests/rating/boundaries.test.ts`,
    args: [m2020({ criteria: { taskResults: 'good', other: 'good' }, tasks: T(10, 4, 4, 0) })],
    expect: { level: 'unsatisfactory' },
  },
  {
    id: 'rating-hd21-at-50-completed',
    description: 'HD 21: 5 of 10 (exactly 50%) → not forced.',
    source: `${HD21t2}: "dưới 50%". tests/rating/boundaries.test.ts`,
    args: [m2020({ criteria: { taskResults: 'good', other: 'good' }, tasks: T(10, 5, 5, 0) })],
    expect: { forcedLevel: null },
  },
  {
    id: 'rating-qd366-six-months-review-date-rated',
    description: 'Admitted 10-6-2025, review 10-12-2025: six months reached → rated.',
    source: 'QĐ 366 Điều 5 khoản 2 (2.1); rating.md §9 D12 (cut-off = review date). tests/rating/boundaries.test.ts',
    args: [bm({ admittedOn: '2025-06-10', reviewOn: '2025-12-10' })],
    expect: { status: 'rated' },
  },
  {
    id: 'rating-qd366-six-months-review-date-not-rated',
    description: 'Admitted 11-6-2025, review 10-12-2025: one day short → not rated.',
    source: 'QĐ 366 Điều 5 khoản 2 (2.1); D12. tests/rating/boundaries.test.ts',
    args: [bm({ admittedOn: '2025-06-11', reviewOn: '2025-12-10' })],
    expect: { status: 'notRated' },
  },
  {
    id: 'rating-qd366-six-months-year-end-rated',
    description: 'No review date: the cut-off falls back to 31 December; admitted 30-6 → rated.',
    source: 'rating.md §9 D12 (fall back to the period end). tests/rating/boundaries.test.ts',
    args: [bm({ admittedOn: '2025-06-30' })],
    expect: { status: 'rated' },
  },
  {
    id: 'rating-qd366-six-months-year-end-not-rated',
    description: 'No review date; admitted 1-7 → not rated.',
    source: 'rating.md §9 D12. tests/rating/boundaries.test.ts',
    args: [bm({ admittedOn: '2025-07-01' })],
    expect: { status: 'notRated' },
  },
  {
    id: 'rating-qd366-six-months-option-year-end',
    description: 'sixMonthsAt = yearEnd ignores the review date: admitted 11-6 → rated.',
    source: 'rating.md §9 D12. tests/rating/boundaries.test.ts',
    args: [bm({ admittedOn: '2025-06-11', reviewOn: '2025-12-10' }), { sixMonthsAt: 'yearEnd' }],
    expect: { status: 'rated' },
  },
  {
    id: 'rating-six-months-month-end-clamp-rated',
    description: 'Admitted 31-8-2025 reaches six months on 28-2-2026 (month-end clamp) → rated.',
    source: 'rating.md §9 D12; discipline.md O-1 (calendar months, month-end clamp). tests/rating/boundaries.test.ts',
    args: [bm({ year: 2026, admittedOn: '2025-08-31', reviewOn: '2026-02-28' })],
    expect: { status: 'rated' },
  },
  {
    id: 'rating-six-months-month-end-clamp-not-rated',
    description: 'Admitted 31-8-2025, review 27-2-2026 → not rated.',
    source: 'rating.md §9 D12. tests/rating/boundaries.test.ts',
    args: [bm({ year: 2026, admittedOn: '2025-08-31', reviewOn: '2026-02-27' })],
    expect: { status: 'notRated' },
  },
  {
    id: 'rating-hd21-sick-leave-3-months',
    description: 'HD 21: exactly 3 months of sick leave caps below good.',
    source: 'HD 21 Mục II tiểu mục 6: "từ 03 tháng trở lên". tests/rating/boundaries.test.ts',
    args: [m2020({ sickLeaveMonths: 3 })],
    expect: { maxLevel: 'satisfactory' },
  },
  {
    id: 'rating-hd21-sick-leave-2.9-months',
    description: 'HD 21: 2.9 months does not cap.',
    source: 'HD 21 Mục II tiểu mục 6. tests/rating/boundaries.test.ts',
    args: [m2020({ sickLeaveMonths: 2.9 })],
    expect: { maxLevel: 'excellent' },
  },
  {
    id: 'rating-qd124-sick-leave-unverified',
    description: 'QĐ 124 (HD 25 unseen): 3 months of sick leave → the result says it cannot rule on "good" (D13).',
    source: 'rating.md §9 D13; §5.5 (HD 25 sick leave unseen). tests/rating/boundaries.test.ts',
    args: [m2020({ year: 2023, sickLeaveMonths: 3 })],
    expectContains: { 'unverified[].level': ['good'] },
  },
  {
    id: 'rating-qd124-sick-leave-hd21-cap',
    description: 'QĐ 124 with sickLeaveV3 = hd21Cap → at most satisfactory.',
    source: 'rating.md §9 D13. tests/rating/boundaries.test.ts',
    args: [m2020({ year: 2023, sickLeaveMonths: 3 }), { sickLeaveV3: 'hd21Cap' }],
    expect: { maxLevel: 'satisfactory' },
  },
  {
    id: 'rating-qd124-sick-leave-actual-work',
    description: 'QĐ 124 with sickLeaveV3 = actualWork → at most good (excellent needs 50% exceeded).',
    source: 'rating.md §9 D13; QĐ 124 Điều 12 khoản 1. tests/rating/boundaries.test.ts',
    args: [m2020({ year: 2023, sickLeaveMonths: 3 }), { sickLeaveV3: 'actualWork' }],
    expect: { maxLevel: 'good' },
    expectContains: { 'options[].name': ['sickLeaveV3'] },
  },
  {
    id: 'rating-d1-year-start-option',
    description: 'ruleSetAt = yearStart reads 1 January: 2025 is rated under QĐ 124.',
    source: 'rating.md §1.2 and §9 D1. tests/rating/crossVersion.test.ts',
    args: [{ year: 2025, role: 'nonLeader', score: 80 }, { ruleSetAt: 'yearStart' }],
    expect: { 'ruleSet.id': 'qd124' },
    expectContains: { 'options[].name': ['ruleSetAt'] },
  },
  {
    id: 'rating-d1-rule-set-override',
    description: 'An explicit ruleSet override wins: 2024 facts rated under QĐ 366, score 40 → unsatisfactory.',
    source: 'rating.md §9 D1 (override allowed, and recorded). tests/rating/crossVersion.test.ts',
    args: [{ year: 2024, role: 'nonLeader', score: 40 }, { ruleSet: 'qd366' }],
    expect: { 'ruleSet.id': 'qd366', level: 'unsatisfactory', 'options[0].name': 'ruleSet' },
  },
);

const disciplined = {
  admittedOn: '2010-01-01',
  exemptFromActivity: false,
  suspended: false,
  degradationConcluded: false,
  prohibitedConductConcluded: false,
  tasks: T(10, 10, 10, 0),
  civilServiceLevel: 'notCivilServant',
  sickLeaveMonths: 0,
};
member.push(
  {
    id: 'rating-cross-2020-reprimand-not-duty',
    description: 'A reprimand not tied to official duty: forced in 2020 (any discipline).',
    source: `${HD21t2}; rating.md §7.1. tests/rating/crossVersion.test.ts`,
    args: [{ ...disciplined, year: 2020, disciplines: [{ form: 'reprimand', decidedOn: '2020-03-01', relatedToOfficialDuty: false }] }],
    expect: { level: 'unsatisfactory' },
  },
  {
    id: 'rating-cross-2025-reprimand-not-duty',
    description: 'The same reprimand in 2025 (only duty-related discipline forces): score 80 → good.',
    source: `${S366k4}; rating.md §7.1. tests/rating/crossVersion.test.ts`,
    args: [{ ...disciplined, year: 2025, role: 'nonLeader', score: 80, shortcomingsFixed: true, disciplines: [{ form: 'reprimand', decidedOn: '2025-03-01', relatedToOfficialDuty: false }] }],
    expect: { level: 'good' },
  },
  {
    id: 'rating-cross-2023-discipline-unverified',
    description: 'A discipline in 2023: QĐ 124 cannot rule whether it forces the level for an individual, and does not force it.',
    source: 'rating.md §5.2 (KHTNV grouping inferred) and §7.1. tests/rating/crossVersion.test.ts',
    args: [{ ...disciplined, year: 2023, criteria: { taskResults: 'good', other: 'good' }, disciplines: [{ form: 'reprimand', decidedOn: '2023-03-01' }] }],
    expect: { forcedLevel: null },
  },
  {
    id: 'rating-cross-2018-warning',
    description: '2018 (QĐ 132 + HD 16): a warning in the year forces "không hoàn thành nhiệm vụ".',
    source: 'rating.md §3.1: HD 16 "Đảng viên bị thi hành kỷ luật trong năm"; QĐ 132 Điều 12 khoản 4 (c). tests/rating/crossVersion.test.ts',
    args: [{ year: 2018, disciplines: [{ form: 'warning', decidedOn: '2018-10-01' }] }],
    expect: { 'ruleSet.id': 'hd16', level: 'unsatisfactory' },
  },
  {
    id: 'rating-cross-2018-clean-unverified',
    description: '2018 without triggers: the other HD 16 levels are unverified, no level is given.',
    source: 'rating.md §3.3. tests/rating/crossVersion.test.ts',
    args: [{ ...disciplined, year: 2018, disciplines: [] }],
    expect: { level: null, 'unverified[].level': ['excellent', 'good', 'satisfactory', 'unsatisfactory'] },
  },
  {
    id: 'rating-cross-2020-exempt',
    description: '2020: a member exempted from party work and activity is not rated.',
    source: 'rating.md §4.4 (LuatVietnam on HD 21, paraphrased). tests/rating/crossVersion.test.ts',
    args: [{ year: 2020, exemptFromActivity: true }],
    expect: { status: 'notRated' },
  },
  {
    id: 'rating-cross-2025-suspended',
    description: '2025: a suspended member is not reviewed and not rated.',
    source: 'QĐ 366 Điều 5 khoản 2 (2.1), quoted. tests/rating/crossVersion.test.ts',
    args: [{ year: 2025, suspended: true }],
    expect: { status: 'notRated' },
  },
);

// ------------------------------------------------------------------ goldens: rateOrganization
org.push(
  {
    id: 'rating-ex1-hd27-cell-majority-failing',
    description: 'Chi bộ with 5 of 9 members "không hoàn thành nhiệm vụ" → "yếu kém", whatever the score.',
    source: `${EX} 1; HD 27-HD/BTCTW (2014) Mục II: "chi bộ có trên 1/2 số đảng viên xếp loại Không hoàn thành nhiệm vụ". tests/rating/examples.test.ts`,
    args: [{ year: 2016, kind: 'partyCell', score: 95, members: { excellent: 1, good: 2, satisfactory: 1, unsatisfactory: 5 } }],
    expect: { 'ruleSet.id': 'hd27', level: 'unsatisfactory', 'levelLabel.vi': 'Yếu kém' },
  },
  {
    id: 'rating-ex1-hd27-cell-exactly-half',
    description: 'Exactly half is not "trên 1/2": not forced; the score is asked for.',
    source: `${EX} 1; HD 27 Mục II. tests/rating/examples.test.ts`,
    args: [{ year: 2016, kind: 'partyCell', members: { excellent: 0, good: 4, satisfactory: 0, unsatisfactory: 4 } }],
    expect: { forcedLevel: null },
    expectContains: { allowedLevels: ['unsatisfactory'], 'missing[].path': ['score'] },
  },
  {
    id: 'rating-ex1-hd27-committee-4-of-10',
    description: 'Đảng bộ with 4 of 10 sub-organizations "yếu kém" (over 1/3) → "yếu kém".',
    source: `${EX} 1; HD 27 Mục II: "Đảng bộ có trên 1/3 số tổ chức đảng trực thuộc xếp loại Yếu kém". tests/rating/examples.test.ts`,
    args: [{ year: 2017, kind: 'partyCommittee', subUnits: { excellent: 0, good: 6, satisfactory: 0, unsatisfactory: 4 } }],
    expect: { level: 'unsatisfactory' },
  },
  {
    id: 'rating-ex1-hd27-committee-3-of-9',
    description: '3 of 9 (= 1/3) is not over a third; other HD 27 levels are unverified.',
    source: `${EX} 1; HD 27 Mục II; rating.md §2. tests/rating/examples.test.ts`,
    args: [{ year: 2017, kind: 'partyCommittee', score: 60, disunityConcluded: false, memberDisciplinedForCorruptionOrDegradation: false, governmentLowestLevel: false, massOrganizationsLowestLevel: 1, subUnits: { excellent: 0, good: 6, satisfactory: 0, unsatisfactory: 3 } }],
    expect: { allowedLevels: ['excellent', 'good', 'satisfactory'], level: null, 'unverified[].level': ['excellent', 'good', 'satisfactory'] },
  },
);
const lc2020 = (form: string): Record<string, Json> => ({
  year: 2020,
  kind: 'leadershipCollective',
  disunityConcluded: false,
  degradationConcluded: false,
  disciplines: [],
  tasks: T(10, 10, 10, 0),
  leadershipDisciplines: [{ form, decidedOn: '2020-06-01' }],
});
org.push(
  {
    id: 'rating-ex3-hd21-collective-member-reprimand',
    description: 'Leadership collective, one member reprimanded: below "từ cảnh cáo trở lên", not forced.',
    source: `${EX} 3; ${HD21t3}. tests/rating/examples.test.ts`,
    args: [lc2020('reprimand')],
    expect: { forcedLevel: null },
    expectContains: { 'explanation.reasons[].code': ['memberReprimandOnly'] },
  },
  {
    id: 'rating-ex3-hd21-collective-member-warning',
    description: 'Leadership collective, one member warned → "không hoàn thành nhiệm vụ".',
    source: `${EX} 3; ${HD21t3}: "từ cảnh cáo trở lên". tests/rating/examples.test.ts`,
    args: [lc2020('warning')],
    expect: { level: 'unsatisfactory' },
  },
  {
    id: 'rating-ex9-hd21-cell-one-failing',
    description: 'Chi bộ of 12 with 1 KHTNV member cannot be excellent; the lower levels are unverified.',
    source: `${EX} 9; HD 21 Mục II.B tiểu mục 1.3: "chi bộ phải có 100% đảng viên được xếp loại Hoàn thành nhiệm vụ trở lên". tests/rating/examples.test.ts`,
    args: [{ year: 2020, kind: 'partyCell', members: { excellent: 2, good: 9, satisfactory: 0, unsatisfactory: 1 }, criteria: { taskResults: 'excellent', other: 'excellent' }, sameLevelBodiesGoodOrBetter: true, disciplines: [], tasks: T(10, 10, 10, 5) }],
    expect: { maxLevel: 'good', level: null, 'unverified[].level': ['good', 'satisfactory', 'unsatisfactory'] },
    expectContains: { 'blockedBy[].code': ['notAllSatisfactory'] },
    expectExcludes: { allowedLevels: ['excellent'] },
  },
);
const base11 = { year: 2025, score: 93, tasks: T(20, 20, 20, 7), shortcomingsFixed: true, subUnitsDisciplined: 0 };
org.push(
  {
    id: 'rating-ex11-qd366-agency-leader-disciplined',
    description: 'Agency scoring 93 whose leadership member was reprimanded: not excellent; cascade → good.',
    source: `${EX} 11; ${S366k1} (1.1) "Không có … thành viên của tập thể lãnh đạo, quản lý bị kỷ luật"; khoản 2; D10. tests/rating/examples.test.ts`,
    args: [{ ...base11, kind: 'agency', leadershipDisciplines: [{ form: 'reprimand', decidedOn: '2025-05-01', relatedToOfficialDuty: false }] }],
    expect: { level: 'good' },
    expectContains: { 'blockedBy[].code': ['leadershipMemberDisciplined'] },
  },
  {
    id: 'rating-ex11-qd366-collective-duty',
    description: 'Its leadership collective, the discipline tied to duties → "không hoàn thành nhiệm vụ".',
    source: `${EX} 11; ${S366k4} (tập thể lãnh đạo, quản lý). tests/rating/examples.test.ts`,
    args: [{ ...base11, kind: 'leadershipCollective', disunityConcluded: false, degradationConcluded: false, leadershipDisciplines: [{ form: 'reprimand', decidedOn: '2025-05-01', relatedToOfficialDuty: true }] }],
    expect: { level: 'unsatisfactory' },
  },
  {
    id: 'rating-ex11-qd366-collective-duty-self-detected',
    description: 'Same, self-detected and remedied → forced with discretion (D8).',
    source: `${EX} 11; ${S366k4} "đã chủ động phát hiện vi phạm và khắc phục kịp thời"; D8. tests/rating/examples.test.ts`,
    args: [{ ...base11, kind: 'leadershipCollective', disunityConcluded: false, degradationConcluded: false, leadershipDisciplines: [{ form: 'reprimand', decidedOn: '2025-05-01', relatedToOfficialDuty: true, selfReportedAndRemedied: true }] }],
    expect: { discretionAvailable: true, forcedLevel: 'unsatisfactory' },
  },
);
const org12 = (n: number, kind = 'agency'): Record<string, Json> => ({ year: 2021, kind, subUnitsTotal: 9, subUnitsDisciplined: n, disciplines: [], tasks: T(10, 10, 10, 0) });
org.push(
  {
    id: 'rating-ex12-qd132-2-of-9-disciplined',
    description: '2 of 9 subordinate units (22%) disciplined → "không hoàn thành nhiệm vụ".',
    source: `${EX} 12; QĐ 132-QĐ/TW (2018) Điều 12 khoản 4 (a): "có trên 20% số đơn vị trực thuộc bị kỷ luật trong năm". tests/rating/examples.test.ts`,
    args: [org12(2)],
    expect: { level: 'unsatisfactory' },
  },
  {
    id: 'rating-ex12-qd132-1-of-9-disciplined',
    description: '1 of 9 (11%) → the trigger does not fire.',
    source: `${EX} 12; QĐ 132 Điều 12 khoản 4 (a). tests/rating/examples.test.ts`,
    args: [org12(1)],
    expect: { forcedLevel: null },
  },
  {
    id: 'rating-ex12-party-committee-by-inference',
    description: 'For a party committee the applicability is an inference: still forced by default.',
    source: `${EX} 12 (caveat); rating.md §3.1a. tests/rating/examples.test.ts`,
    args: [org12(2, 'partyCommittee')],
    expect: { level: 'unsatisfactory' },
  },
  {
    id: 'rating-ex12-party-committee-switched-off',
    description: 'organizationTriggersApplyToPartyOrganizations = false: not forced, option reported.',
    source: `${EX} 12 (caveat); rating.md §3.1a. tests/rating/examples.test.ts`,
    args: [org12(2, 'partyCommittee'), { organizationTriggersApplyToPartyOrganizations: false }],
    expect: { forcedLevel: null },
    expectContains: { 'options[].name': ['organizationTriggersApplyToPartyOrganizations'] },
  },
  {
    id: 'rating-qd366-cell-no-subunits-asked',
    description: 'QĐ 366 chi bộ with score 95, 40% exceeded: nothing missing → excellent.',
    source: `${S366k1} (1.1). tests/rating/examples.test.ts`,
    args: [{ year: 2025, kind: 'partyCell', score: 95, tasks: T(10, 10, 10, 4), shortcomingsFixed: true, leadershipDisciplines: [] }],
    expect: { missing: [], level: 'excellent' },
  },
  {
    id: 'rating-hd21-org-new-under-6-months',
    description: 'HD 21: a chi bộ founded 1-7-2020, review 15-12-2020 (under 6 months) is not rated.',
    source: 'HD 21 Mục II tiểu mục 6: "tổ chức đảng … mới thành lập chưa đủ 06 tháng". tests/rating/boundaries.test.ts',
    args: [{ year: 2020, kind: 'partyCell', establishedOn: '2020-07-01', reviewOn: '2020-12-15' }],
    expect: { status: 'notRated' },
  },
  {
    id: 'rating-hd21-org-6-months',
    description: 'HD 21: founded 15-6-2020, review 15-12-2020 (6 months) is rated.',
    source: 'HD 21 Mục II tiểu mục 6. tests/rating/boundaries.test.ts',
    args: [{ year: 2020, kind: 'partyCell', establishedOn: '2020-06-15', reviewOn: '2020-12-15' }],
    expect: { status: 'rated' },
  },
);
const lcx = { kind: 'leadershipCollective', disunityConcluded: false, degradationConcluded: false, disciplines: [], tasks: T(4, 4, 4, 0) };
org.push(
  {
    id: 'rating-cross-2021-collective-reprimand',
    description: 'HD 21 (2021): leadership collective whose member got a reprimand is not forced.',
    source: `${HD21t3}. tests/rating/crossVersion.test.ts`,
    args: [{ ...lcx, year: 2021, leadershipDisciplines: [{ form: 'reprimand', decidedOn: '2021-05-01' }] }],
    expect: { forcedLevel: null },
  },
  {
    id: 'rating-cross-2024-collective-reprimand',
    description: 'QĐ 124 (2024): any discipline of a member forces the collective → unsatisfactory.',
    source: 'QĐ 124-QĐ/TW Điều 12 khoản 4, item 6 "Bị xử lý kỷ luật hoặc thành viên bị kỷ luật trong năm" (grouping inferred, rating.md §5.2). tests/rating/crossVersion.test.ts',
    args: [{ ...lcx, year: 2024, leadershipDisciplines: [{ form: 'reprimand', decidedOn: '2024-05-01' }] }],
    expect: { level: 'unsatisfactory' },
  },
);

// ------------------------------------------------------------------ systematic: rule set per year (D1)
const byYear: [number, string, string][] = [
  [2016, 'hd27', 'HD 27-HD/BTCTW (2014) with CV 1825-CV/BTCTW for 2016'],
  [2017, 'hd27', 'HD 27-HD/BTCTW (2014), inferred for 2017'],
  [2018, 'hd16', 'QĐ 132-QĐ/TW (2018) + HD 16-HD/BTCTW (24-9-2018)'],
  [2019, 'hd21', 'QĐ 132 + HD 21-HD/BTCTW (18-10-2019)'],
  [2020, 'hd21', 'QĐ 132 + HD 21'],
  [2021, 'hd21', 'QĐ 132 + HD 21 (inferred for 2021)'],
  [2022, 'hd21', 'QĐ 132 + HD 21 (inferred for 2022)'],
  [2023, 'qd124', 'QĐ 124-QĐ/TW (04-10-2023) + HD 25-HD/BTCTW (10-11-2023)'],
  [2024, 'qd124', 'QĐ 124 + HD 25'],
  [2025, 'qd366', 'QĐ 366-QĐ/TW (30-8-2025) + HD 43-HD/BTCTW (31-10-2025)'],
  [2026, 'qd366', 'QĐ 366 + HD 43 (in force at 2026)'],
];
for (const [year, id, docs] of byYear) {
  member.push({
    id: `rating-sys-ruleset-member-${year}`,
    description: `Rating year ${year} is rated under ${docs} (D1 byRatingDate).`,
    source: `rating.md §1.1 lineage table and §1.2 (${docs}); §9 D1`,
    args: [{ year }],
    expect: { 'ruleSet.id': id },
  });
  org.push({
    id: `rating-sys-ruleset-org-${year}`,
    description: `Organizations in ${year} are rated under ${docs} (D1 byRatingDate).`,
    source: `rating.md §1.1 lineage table and §1.2 (${docs}); §9 D1`,
    args: [{ year, kind: 'partyCell' }],
    expect: { 'ruleSet.id': id },
  });
}

// ------------------------------------------------------------------ systematic: QĐ 366 score bands
// 100% on time, 30% exceeded, shortcomings fixed, no trigger: the score alone decides (Điều 11 k1–k4).
const bands: [number, string][] = [
  [100, 'excellent'], [90, 'excellent'], [89.99, 'good'], [85, 'good'], [70, 'good'],
  [69.99, 'satisfactory'], [60, 'satisfactory'], [50, 'satisfactory'], [49.99, 'unsatisfactory'], [0, 'unsatisfactory'],
];
const bandClause: Record<string, string> = { excellent: `${S366k1} "từ 90 điểm trở lên"`, good: `${S366k2} "từ 70 đến dưới 90 điểm"`, satisfactory: `${S366k3} "từ 50 đến dưới 70 điểm"`, unsatisfactory: `${S366k4} "dưới 50 điểm"` };
for (const role of ['nonLeader', 'outsideSystem'] as const) {
  for (const year of [2025, 2026]) {
    for (const [score, level] of bands) {
      if (year === 2026 && ![90, 89.99, 70, 69.99, 50, 49.99].includes(score)) continue;
      member.push({
        id: `rating-sys-qd366-${role.toLowerCase()}-${year}-score-${String(score)}`,
        description: `QĐ 366, ${role === 'nonLeader' ? 'member without a leadership post' : 'member outside the political system'}, ${year}: score ${score}, all tasks on time, 30% exceeded → ${level}.`,
        source: `${bandClause[level]}; (1.3) applies to "cá nhân không giữ chức vụ lãnh đạo, quản lý; đảng viên không làm việc trong hệ thống chính trị"`,
        args: [m2025({ year, role, score, tasks: T(10, 10, 10, 3) })],
        expect: { level, status: 'rated' },
      });
    }
  }
}

// QĐ 366: 30% exceeded (1.3), score 95
const exceeded: [number, number, string][] = [
  [10, 3, 'excellent'], [10, 2, 'good'], [100, 30, 'excellent'], [100, 29, 'good'], [3, 1, 'excellent'], [1, 0, 'good'], [10, 10, 'excellent'], [7, 2, 'narrow'],
];
for (const [assigned, ex, level0] of exceeded) {
  // 2 of 7 = 28.6% < 30% → not excellent
  const level = level0 === 'narrow' ? 'good' : level0;
  member.push({
    id: `rating-sys-qd366-exceeded-${ex}-of-${assigned}`,
    description: `QĐ 366, score 95, ${ex} of ${assigned} tasks exceeded (${((100 * ex) / assigned).toFixed(1)}%) → ${level}${level === 'good' ? ' (not excellent: under 30%; cascade, D10)' : ''}.`,
    source: `${S366k1} (1.3): "trong đó có ít nhất 30% nhiệm vụ hoàn thành vượt mức yêu cầu"; rating.md §9 D10`,
    args: [m2025({ score: 95, tasks: T(assigned, assigned, assigned, ex) })],
    expect: { level },
  });
}

// QĐ 366: late tasks at score 60 (khoản 3: not over 20% late)
const late: [number, number, string][] = [[10, 10, 'satisfactory'], [10, 9, 'satisfactory'], [10, 8, 'satisfactory'], [100, 80, 'satisfactory'], [5, 4, 'satisfactory'], [10, 7, 'unclassified'], [100, 79, 'unclassified'], [5, 3, 'unclassified']];
for (const [n, onTime, out] of late) {
  member.push({
    id: `rating-sys-qd366-late-${n - onTime}-of-${n}`,
    description: `QĐ 366, score 60, all ${n} tasks completed, ${n - onTime} late (${((100 * (n - onTime)) / n).toFixed(0)}%) → ${out === 'unclassified' ? 'no level matches (D10 gap), unclassified' : 'satisfactory'}.`,
    source: `${S366k3}: "số nhiệm vụ chưa bảo đảm tiến độ không vượt quá 20%"; ${S366k4}; rating.md §9 D10`,
    args: [m2025({ score: 60, tasks: T(n, n, onTime, 0) })],
    expect: out === 'unclassified' ? { status: 'unclassified', level: null } : { level: out },
  });
}

// QĐ 366: over 50% failed forces KHTNV (non-leaders)
const failed: [number, number, boolean][] = [[10, 4, true], [10, 0, true], [100, 49, true], [10, 5, false], [100, 50, false], [100, 51, false]];
for (const [n, completed, forced] of failed) {
  member.push({
    id: `rating-sys-qd366-failed-${n - completed}-of-${n}`,
    description: `QĐ 366 non-leader, score 80, ${n - completed} of ${n} tasks not completed → ${forced ? 'forced "không hoàn thành nhiệm vụ"' : 'not forced (not over 50%)'}.`,
    source: `${S366k4} (non-leaders): "Có trên 50% số nhiệm vụ trong năm bị đánh giá không hoàn thành"`,
    args: [m2025({ score: 80, tasks: T(n, completed, completed, 0) })],
    expect: forced ? { level: 'unsatisfactory', forcedLevel: 'unsatisfactory' } : { forcedLevel: null },
  });
}

// Discipline by version and form, members
const FORMS = ['reprimand', 'warning', 'removalFromPost', 'expulsion'] as const;
for (const year of [2019, 2020, 2021, 2022]) {
  for (const form of FORMS) {
    member.push({
      id: `rating-sys-hd21-member-${form.toLowerCase()}-${year}`,
      description: `HD 21, ${year}: a member disciplined (${form}) in the year → "không hoàn thành nhiệm vụ", whatever the form.`,
      source: `${HD21t2}: "Đảng viên bị thi hành kỷ luật trong năm"; rating.md §7.1 (any form)`,
      args: [m2020({ year, disciplines: [{ form, decidedOn: `${year}-06-15` }] })],
      expect: { level: 'unsatisfactory', forcedLevel: 'unsatisfactory', discretionAvailable: false },
    });
  }
}
for (const year of [2025, 2026]) {
  for (const form of FORMS) {
    member.push({
      id: `rating-sys-qd366-member-duty-${form.toLowerCase()}-${year}`,
      description: `QĐ 366, ${year}: a non-leader disciplined (${form}) for a violation related to official duty → "không hoàn thành nhiệm vụ" (từ khiển trách trở lên).`,
      source: `${S366k4} (non-leaders): "vi phạm liên quan đến hoạt động công vụ bị xử lý kỷ luật từ khiển trách trở lên"; rating.md §7.1`,
      args: [m2025({ year, disciplines: [{ form, decidedOn: `${year}-06-15`, relatedToOfficialDuty: true }] })],
      expect: { level: 'unsatisfactory', forcedLevel: 'unsatisfactory' },
    });
    if (form === 'reprimand' || form === 'warning') {
      member.push({
        id: `rating-sys-qd366-member-not-duty-${form.toLowerCase()}-${year}`,
        description: `QĐ 366, ${year}: a ${form} for a violation not related to official duty does not force the level; score 80 → good.`,
        source: `${S366k4} (non-leaders; the trigger is tied to official duty); rating.md §7.1`,
        args: [m2025({ year, disciplines: [{ form, decidedOn: `${year}-06-15`, relatedToOfficialDuty: false }] })],
        expect: { forcedLevel: null, level: 'good' },
      });
    }
  }
}
// HD 21: other member triggers
member.push(
  {
    id: 'rating-sys-hd21-degradation',
    description: 'HD 21: the competent body concluded degradation → "không hoàn thành nhiệm vụ".',
    source: `${HD21t2}: "Cấp có thẩm quyền kết luận đánh giá có biểu hiện suy thoái…"`,
    args: [m2020({ degradationConcluded: true })],
    expect: { level: 'unsatisfactory' },
  },
  {
    id: 'rating-sys-hd21-civil-service-unsatisfactory',
    description: 'HD 21: a civil servant rated KHTNV as a civil servant → KHTNV as a member.',
    source: `${HD21t2}: "Đảng viên là cán bộ, công chức, viên chức xếp loại ở mức Không hoàn thành nhiệm vụ"; rating.md §7.4, D14`,
    args: [m2020({ civilServiceLevel: 'unsatisfactory' })],
    expect: { level: 'unsatisfactory' },
  },
  {
    id: 'rating-sys-hd21-civil-service-good-blocks-excellent',
    description: 'HD 21: a civil servant rated "good" as a civil servant cannot be "excellent" as a member.',
    source: 'HD 21 Mục II.B 2.3 a): "Đảng viên là cán bộ, công chức, viên chức phải được xếp loại … Hoàn thành xuất sắc nhiệm vụ"; rating.md §7.4',
    args: [m2020({ civilServiceLevel: 'good' })],
    expectExcludes: { allowedLevels: ['excellent'] },
  },
  {
    id: 'rating-sys-hd21-suspended-2019',
    description: 'HD 21 (2019): a suspended member is not rated.',
    source: 'rating.md §4.4 (LuatVietnam on HD 21 [S62], paraphrased)',
    args: [{ year: 2019, suspended: true }],
    expect: { status: 'notRated' },
  },
  {
    id: 'rating-sys-qd124-new-member-not-reviewed',
    description: 'QĐ 124 (2024): a member admitted under 6 months before the review is not reviewed and not rated.',
    source: 'rating.md §5.1 (Báo Nghệ An on QĐ 124: new members under 6 months not subject to annual review) and §8 item 9',
    args: [{ year: 2024, admittedOn: '2024-09-01', reviewOn: '2024-12-10' }],
    expect: { status: 'notRated', reviewRequired: false },
  },
  {
    id: 'rating-sys-qd366-degradation',
    description: 'QĐ 366 non-leader: degradation concluded → "không hoàn thành nhiệm vụ".',
    source: `${S366k4} (non-leaders): "Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái…"`,
    args: [m2025({ degradationConcluded: true })],
    expect: { level: 'unsatisfactory' },
  },
  {
    id: 'rating-sys-qd366-prohibited-conduct',
    description: 'QĐ 366 non-leader: prohibited conduct concluded → "không hoàn thành nhiệm vụ".',
    source: `${S366k4} (non-leaders): "vi phạm những điều đảng viên không được làm, vi phạm quy định về trách nhiệm nêu gương"`,
    args: [m2025({ prohibitedConductConcluded: true })],
    expect: { level: 'unsatisfactory' },
  },
  {
    id: 'rating-sys-qd366-maternity-no-cap',
    description: 'QĐ 366 with maternity leave: rated on the work actually done, score 95 and 30% exceeded → excellent.',
    source: 'HD 43-HD/BTCTW mục 7.5: "đảng viên nghỉ thai sản thì kết quả xếp loại … căn cứ vào kết quả làm việc thực tế"',
    args: [m2025({ score: 95, tasks: T(10, 10, 10, 3), maternityLeave: true })],
    expect: { level: 'excellent' },
  },
);

// Leadership collectives: HD 21 (từ cảnh cáo trở lên) and QĐ 124 (any discipline)
for (const year of [2019, 2020, 2021, 2022]) {
  for (const form of FORMS) {
    const forced = form !== 'reprimand';
    org.push({
      id: `rating-sys-hd21-collective-member-${form.toLowerCase()}-${year}`,
      description: `HD 21, ${year}: a member of the leadership collective disciplined (${form}) → ${forced ? 'the collective is "không hoàn thành nhiệm vụ"' : 'not forced (below cảnh cáo)'}.`,
      source: `${HD21t3}: "Có thành viên … bị xử lý kỷ luật từ cảnh cáo trở lên"; rating.md §4.2 (severity asymmetry)`,
      args: [{ ...lc2020(form), year, leadershipDisciplines: [{ form, decidedOn: `${year}-06-01` }] }],
      expect: forced ? { level: 'unsatisfactory' } : { forcedLevel: null },
    });
  }
}
for (const year of [2023, 2024]) {
  for (const form of FORMS) {
    org.push({
      id: `rating-sys-qd124-collective-member-${form.toLowerCase()}-${year}`,
      description: `QĐ 124, ${year}: a member of the leadership collective disciplined (${form}) → the collective is "không hoàn thành nhiệm vụ" (any form).`,
      source: 'QĐ 124-QĐ/TW Điều 12 khoản 4 item 6: "Bị xử lý kỷ luật hoặc thành viên bị kỷ luật trong năm" (grouping inferred, rating.md §5.2 and §7.1)',
      args: [{ ...lcx, year, leadershipDisciplines: [{ form, decidedOn: `${year}-05-01` }] }],
      expect: { level: 'unsatisfactory' },
    });
  }
}
org.push({
  id: 'rating-sys-hd21-collective-disciplined-itself',
  description: 'HD 21: the leadership collective itself disciplined → "không hoàn thành nhiệm vụ".',
  source: `${HD21t3}: "Tập thể lãnh đạo, quản lý bị xử lý kỷ luật"`,
  args: [{ ...lc2020('reprimand'), leadershipDisciplines: [], disciplines: [{ form: 'reprimand', decidedOn: '2020-06-01' }] }],
  expect: { level: 'unsatisfactory' },
});
org.push({
  id: 'rating-sys-hd21-collective-disunity',
  description: 'HD 21: disunity concluded by the competent body → the leadership collective is "không hoàn thành nhiệm vụ".',
  source: `${HD21t3}: "Cấp có thẩm quyền kết luận mất đoàn kết nội bộ"`,
  args: [{ ...lc2020('reprimand'), leadershipDisciplines: [], disunityConcluded: true }],
  expect: { level: 'unsatisfactory' },
});

// HD 27: over 1/2 members (chi bộ) and over 1/3 sub-organizations (đảng bộ)
const cell: [number, number, boolean][] = [[9, 5, true], [8, 4, false], [10, 5, false], [10, 6, true], [3, 2, true], [1, 1, true], [7, 3, false]];
for (const [n, u, forced] of cell) {
  for (const year of [2016, 2017]) {
    org.push({
      id: `rating-sys-hd27-cell-${u}-of-${n}-${year}`,
      description: `HD 27, ${year}: chi bộ with ${u} of ${n} members "không hoàn thành nhiệm vụ" → ${forced ? '"yếu kém"' : 'not forced (not over half)'}.`,
      source: 'HD 27-HD/BTCTW (2014) Mục II: "chi bộ có trên 1/2 số đảng viên xếp loại Không hoàn thành nhiệm vụ" (rating.md §2)',
      args: [{ year, kind: 'partyCell', members: { excellent: 0, good: n - u, satisfactory: 0, unsatisfactory: u } }],
      expect: forced ? { level: 'unsatisfactory' } : { forcedLevel: null },
    });
  }
}
const committee: [number, number, boolean][] = [[10, 4, true], [9, 3, false], [12, 4, false], [12, 5, true], [3, 2, true], [6, 2, false]];
for (const [n, u, forced] of committee) {
  org.push({
    id: `rating-sys-hd27-committee-${u}-of-${n}`,
    description: `HD 27, 2016: đảng bộ with ${u} of ${n} sub-organizations "yếu kém" → ${forced ? '"yếu kém"' : 'not forced (not over a third)'}.`,
    source: 'HD 27-HD/BTCTW (2014) Mục II: "Đảng bộ có trên 1/3 số tổ chức đảng trực thuộc xếp loại Yếu kém" (rating.md §2)',
    args: [{ year: 2016, kind: 'partyCommittee', subUnits: { excellent: 0, good: n - u, satisfactory: 0, unsatisfactory: u } }],
    expect: forced ? { level: 'unsatisfactory' } : { forcedLevel: null },
  });
}
org.push({
  id: 'rating-sys-hd27-score-under-50',
  description: 'HD 27: a chi bộ under 50 points is "yếu kém".',
  source: 'HD 27-HD/BTCTW (2014) Mục II: "đạt dưới 50 điểm" (rating.md §2)',
  args: [{ year: 2016, kind: 'partyCell', score: 49 }],
  expect: { level: 'unsatisfactory' },
});

// QĐ 132 k4 (a): over 20% of subordinate units disciplined (agencies), 2018–2022
const share: [number, number, boolean][] = [[5, 1, false], [10, 2, false], [10, 3, true], [4, 1, true], [9, 2, true], [20, 4, false], [20, 5, true]];
for (const [n, d, forced] of share) {
  org.push({
    id: `rating-sys-qd132-subunits-${d}-of-${n}`,
    description: `QĐ 132 (2020): agency with ${d} of ${n} subordinate units disciplined (${((100 * d) / n).toFixed(0)}%) → ${forced ? '"không hoàn thành nhiệm vụ"' : 'not forced (not over 20%)'}.`,
    source: 'QĐ 132-QĐ/TW (2018) Điều 12 khoản 4 (a): "có trên 20% số đơn vị trực thuộc bị kỷ luật trong năm" (rating.md §3.1a, §7.1)',
    args: [{ year: 2020, kind: 'agency', subUnitsTotal: n, subUnitsDisciplined: d, disciplines: [], tasks: T(10, 10, 10, 0) }],
    expect: forced ? { level: 'unsatisfactory' } : { forcedLevel: null },
  });
}
for (const [n, d, forced] of [[10, 3, true], [10, 2, false]] as const) {
  org.push({
    id: `rating-sys-qd124-subunits-${d}-of-${n}`,
    description: `QĐ 124 (2024): agency with ${d} of ${n} subordinate units disciplined → ${forced ? '"không hoàn thành nhiệm vụ"' : 'not forced'}.`,
    source: 'QĐ 124-QĐ/TW Điều 12 khoản 4 item 3: "có trên 20% số đơn vị trực thuộc bị kỷ luật trong năm" (rating.md §5.2)',
    args: [{ year: 2024, kind: 'agency', subUnitsTotal: n, subUnitsDisciplined: d, disciplines: [], tasks: T(10, 10, 10, 0) }],
    expect: forced ? { level: 'unsatisfactory' } : { forcedLevel: null },
  });
}

// QĐ 366 collectives: score bands for a chi bộ (1.1, k2, k3, k4)
for (const [score, level] of bands.filter(([s]) => [95, 90, 89.99, 70, 69.99, 50, 49.99].includes(s) || s === 100)) {
  org.push({
    id: `rating-sys-qd366-cell-score-${String(score)}`,
    description: `QĐ 366 chi bộ: score ${score}, all tasks on time, 40% exceeded, no discipline → ${level}.`,
    source: `${bandClause[level]}; (1.1) for "tập thể"`,
    args: [{ year: 2025, kind: 'partyCell', score, tasks: T(10, 10, 10, 4), shortcomingsFixed: true, leadershipDisciplines: [] }],
    expect: { level },
  });
}

// Issue 13 (domain correctness): no answer firmer or harsher than the text it rests on.
const I13 = 'issue 13';
const L366 = { unitsLed: 4, unitsLedUnsatisfactory: 0, corruptionInScopeDisciplined: false, lowConfidenceVotePercent: 0, basicTargetsMissed: false };
member.push(
  {
    id: 'rating-i13-qd124-prohibited-conduct',
    description: 'QĐ 124 (2023): a concluded violation of what members must not do is a "không hoàn thành nhiệm vụ" case of khoản 4; "excellent" is out.',
    source: `${I13} item 2; rating.md §5.2, QĐ 124-QĐ/TW Điều 12 khoản 4 (quoted): "vi phạm những điều đảng viên không được làm; vi phạm trách nhiệm nêu gương …"`,
    args: [m2020({ year: 2023, prohibitedConductConcluded: true, tasks: T(10, 10, 10, 6) })],
    expect: { 'ruleSet.id': 'qd124', level: 'unsatisfactory', forcedLevel: 'unsatisfactory' },
    expectExcludes: { allowedLevels: ['excellent'] },
  },
  {
    id: 'rating-i13-qd366-leader-own-tasks-apart',
    description: 'QĐ 366 leader: a personal shortfall (5 of 10 own tasks) does not trigger "đơn vị … dưới 70%"; the units led completed all, 40% exceeded.',
    source: `${I13} item 7; rating.md §6.5, ${S366k1} điểm 1.2 and ${S366k4} điểm 4.2: "Địa phương, lĩnh vực, cơ quan, đơn vị, bộ phận do cá nhân trực tiếp lãnh đạo, quản lý hoàn thành dưới 70% …"`,
    args: [m2025({ role: 'leader', score: 95, tasks: T(10, 5, 5, 0), leader: { ...L366, unitTasks: T(10, 10, 10, 4) } })],
    expect: { level: 'excellent' },
    expectExcludes: { 'blockedBy[].code': ['leaderUnitsUnder70'] },
  },
  {
    id: 'rating-i13-qd366-leader-units-under-70',
    description: 'QĐ 366 leader: the units led completed 6 of 10 tasks (under 70%) → "không hoàn thành nhiệm vụ".',
    source: `${I13} item 7; ${S366k4} điểm 4.2 (rating.md §6.5)`,
    args: [m2025({ role: 'leader', score: 95, tasks: T(10, 10, 10, 4), leader: { ...L366, unitTasks: T(10, 6, 6, 0) } })],
    expect: { level: 'unsatisfactory' },
    expectContains: { 'blockedBy[].code': ['leaderUnitsUnder70'] },
  },
  {
    id: 'rating-i13-missing-admission-date-2025',
    description: 'QĐ 366: every fact but the admission date → "hoàn thành tốt nhiệm vụ" or not rated; the missing date adds no level.',
    source: `${I13} item 10; rating.md §6.2, QĐ 366-QĐ/TW Điều 5 khoản 2 điểm 2.1 ("đảng viên mới kết nạp chưa đủ 6 tháng"): the date only decides whether the member is reviewed and rated`,
    args: [m2025({ admittedOn: undefined as unknown as Json })],
    expect: { level: null, allowedLevels: ['good'], notRatedPossible: true, 'missing[].path': ['admittedOn'] },
  },
);
const committee2023 = (over: Record<string, Json> = {}): Record<string, Json> => ({
  year: 2023, kind: 'partyCommittee', subUnitsTotal: 10, subUnitsDisciplined: 0, subUnitCorruptionHandled: false,
  criteria: { taskResults: 'excellent', other: 'good' }, tasks: T(10, 10, 10, 5), disciplines: [], leadershipDisciplines: [], ...over,
});
org.push(
  {
    id: 'rating-i13-qd124-one-of-ten-subunits',
    description: 'QĐ 124 (2023): a đảng bộ with 1 of 10 chi bộ disciplined is not "không hoàn thành nhiệm vụ" by the paraphrase: "hoàn thành nhiệm vụ" stays possible.',
    source: `${I13} item 1; rating.md §5.2: khoản 4 quoted ("có trên 20% số đơn vị trực thuộc bị kỷ luật"), the collective levels only an English paraphrase`,
    args: [committee2023({ subUnitsDisciplined: 1 })],
    expect: { level: null, forcedLevel: null, allowedLevels: ['satisfactory', 'unsatisfactory'] },
  },
  {
    id: 'rating-i13-qd124-one-of-ten-paraphrase-accepted',
    description: 'The same đảng bộ with acceptParaphrasedCriteria: "hoàn thành nhiệm vụ", never milder than the default range.',
    source: `${I13} item 1; rating.md §5.2`,
    args: [committee2023({ subUnitsDisciplined: 1 }), { acceptParaphrasedCriteria: true }],
    expect: { level: 'satisfactory' },
  },
  {
    id: 'rating-i13-hd21-cell-own-reprimand-range',
    description: 'HD 21 (2020): a chi bộ’s own reprimand reaches QĐ 132 Đ12 k4 (a) only through two inferences → a range, not decided.',
    source: `${I13} item 6; rating.md §3.1a: (a) "Đối với các tổ chức, cơ quan, đơn vị" for party organizations is an inference, and so is reading the chi bộ's discipline as the leadership collective's`,
    args: [{ year: 2020, kind: 'partyCell', members: { excellent: 1, good: 8, satisfactory: 1, unsatisfactory: 0 }, criteria: { taskResults: 'excellent', other: 'good' }, sameLevelBodiesGoodOrBetter: true, tasks: T(10, 10, 10, 3), subUnitCorruptionHandled: false, disciplines: [{ form: 'reprimand', decidedOn: '2020-05-01' }] }],
    expect: { level: null, forcedLevel: null },
    expectContains: { allowedLevels: ['unsatisfactory'] },
  },
);

write('rating/rateMember.json', {
  function: 'rateMember',
  description: 'Member rating (đánh giá, xếp loại chất lượng đảng viên) by the rule set in force for the rating year: rating.md. args = [facts, options?].',
  cases: member,
});
write('rating/rateOrganization.json', {
  function: 'rateOrganization',
  description: 'Organization and collective rating (chi bộ, đảng bộ, tập thể lãnh đạo, quản lý, cơ quan): rating.md. args = [facts, options?].',
  cases: org,
});
