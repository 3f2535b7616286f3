/**
 * A chi bộ's review year, from the written commitments in January through the year-end reviews
 * and their findings to the remediation plan, what is late in April, the summary for the report,
 * and what the reviews hand to rating and discipline. Printed in Vietnamese and English.
 *
 * Run: npx tsx examples/review.ts
 */
import {
  findDisciplineReferrals,
  formatCitation,
  formatDateEn,
  formatDateVi,
  getManifestation,
  checkReviews,
  findReviewIssues,
  findOverdueRemediations,
  deriveRatingFactsFromReviews,
  summarizeReviews,
  validateCommitments,
  validateReviews,
  type ReviewCommitmentInput,
  type ReviewInput,
} from 'nq4';

const CELL = 'chi-bo-thon-3';
const members = ['dv-01', 'dv-02', 'dv-03', 'dv-04', 'dv-05'];
const secretary = { type: 'member' as const, id: 'dv-01', leader: true, membership: 'official' as const, activityStatus: 'active' as const };

// 1. January: every member signs the yearly commitment (practice; its legal basis is unverified).
const commitments: ReviewCommitmentInput[] = members.map((personId) => ({
  personId,
  year: 2025,
  items: 'all27',
  signedOn: '2025-01-15',
  publishedAt: 'Chi bộ thôn 3',
}));

// 2. December: the year-end reviews under QĐ 366 / HD 43.
const reviews: ReviewInput[] = [
  // The secretary reviews in two places: at the cell and in the commune's leadership collective.
  {
    unitId: CELL,
    subject: secretary,
    period: { year: 2025 },
    kind: 'annual',
    place: { kind: 'branch', unitId: CELL },
    heldOn: '2025-12-12',
    selfAssessment: { selfRating: 'good', score: 84 },
    outcome: { rating: 'good' },
  },
  {
    unitId: 'dang-uy-xa',
    subject: secretary,
    period: { year: 2025 },
    kind: 'suggested',
    suggestion: {
      suggestedBy: 'Ban Thường vụ Đảng ủy xã',
      issues: ['Chậm giải quyết kiến nghị của nhân dân về đất đai'],
      on: '2025-11-20',
    },
    place: { kind: 'leadershipCollective', unitId: 'ubnd-xa' },
    heldOn: '2025-12-15',
    findings: [
      { manifestation: 'G2-5', identifiedBy: 'higherLevel', evidence: 'Chậm giải quyết 3 kiến nghị của nhân dân.' },
      { manifestation: 'G2-5', identifiedBy: 'self' },
    ],
    remediation: [
      {
        action: 'Giải quyết dứt điểm 3 kiến nghị về đất đai',
        addresses: [{ manifestation: 'G2-5' }],
        dueOn: '2026-03-31',
        status: 'inProgress',
      },
    ],
    outcome: { rating: 'good' },
  },
  {
    unitId: CELL,
    subject: { type: 'member', id: 'dv-02', membership: 'official', activityStatus: 'active' },
    period: { year: 2025 },
    kind: 'annual',
    place: { kind: 'branch', unitId: CELL },
    heldOn: '2025-12-12',
    findings: [{ manifestation: 'G1-3', identifiedBy: ['self', 'collective'], evidence: 'Ít tham gia học tập nghị quyết.' }],
    remediation: [
      { action: 'Tham gia đầy đủ các buổi học tập nghị quyết', addresses: [{ manifestation: 'G1-3' }], dueOn: '2026-02-28', status: 'planned' },
    ],
    outcome: { rating: 'satisfactory' },
  },
  {
    unitId: CELL,
    subject: { type: 'member', id: 'dv-03', membership: 'official', activityStatus: 'active' },
    period: { year: 2025 },
    kind: 'annual',
    place: { kind: 'branch', unitId: CELL },
    heldOn: '2025-12-12',
    findings: [
      {
        manifestation: 'G2-7',
        identifiedBy: 'higherLevel',
        concluded: true,
        concludedBy: 'Ủy ban Kiểm tra Đảng ủy xã',
        concludedOn: '2025-12-05',
        evidence: 'Nhận tiền của hộ dân khi xác nhận hồ sơ.',
      },
    ],
    outcome: { rating: 'unsatisfactory', disciplineReferral: { by: 'Ủy ban Kiểm tra Đảng ủy xã', on: '2025-12-20' } },
  },
  {
    unitId: CELL,
    subject: { type: 'member', id: 'dv-04', membership: 'official', activityStatus: 'active' },
    period: { year: 2025 },
    kind: 'annual',
    place: { kind: 'branch', unitId: CELL },
    heldOn: '2025-12-12',
    outcome: { rating: 'excellent' },
  },
  {
    unitId: CELL,
    subject: { type: 'partyOrganization', id: CELL, organizationKind: 'directBranch' },
    period: { year: 2025 },
    kind: 'annual',
    place: { kind: 'ownLevel', unitId: CELL },
    heldOn: '2025-12-12',
    findings: [{ group: 1, identifiedBy: 'collective', evidence: 'Sinh hoạt chi bộ có lúc còn hình thức.' }],
    remediation: [{ action: 'Đổi mới nội dung sinh hoạt chi bộ', addresses: [{ group: 1 }], dueOn: '2026-06-30', status: 'planned' }],
    outcome: { rating: 'good' },
  },
];
// dv-05 was suspended from party activity in 2025: under QĐ 366 Điều 5 khoản 2 the member is not
// reviewed, so there is no record. Recording one would be reported by validateReviews.

const line = (s = ''): void => console.log(s);

line('== Nếu ghi kiểm điểm cho đảng viên bị đình chỉ / Reviewing a suspended member ==');
for (const problem of findReviewIssues([
  {
    unitId: CELL,
    subject: { type: 'member', id: 'dv-05', activityStatus: 'suspended' },
    period: { year: 2025 },
    kind: 'annual',
    place: { kind: 'branch', unitId: CELL },
  },
])) {
  line(`${problem.code} ${problem.path.join('.')}: ${problem.messageVi}`);
  line(`${problem.code} ${problem.path.join('.')}: ${problem.messageEn}`);
  if (problem.source) line(`  ${formatCitation(problem.source, 'vi')}`);
}
line();

// Under HD 21 (2019–2023) the same exclusion is known only from a summary: checkReviews keeps the
// record and returns a warning saying how firm the rule is, instead of rejecting it.
line('== Năm 2021: chỉ là cảnh báo / In 2021: only a warning ==');
for (const w of checkReviews([
  { unitId: CELL, subject: { type: 'member', id: 'dv-05', activityStatus: 'suspended' }, period: { year: 2021 }, kind: 'annual', place: { kind: 'branch', unitId: CELL } },
]).warnings) {
  line(`${w.code} (${w.basis}) ${w.path.join('.')}: ${w.messageVi}`);
}
line();

validateCommitments(commitments);
const valid = validateReviews(reviews);
line(`Kiểm điểm năm 2025 / 2025 review: ${valid.length} cuộc kiểm điểm hợp lệ / valid reviews.`);
const merged = valid[1]?.findings[0];
if (merged) {
  line(
    `Biểu hiện ${merged.manifestation} được nêu hai lần, gộp thành một phát hiện (${merged.identifiedBy.join(', ')}) / ` +
      `${merged.manifestation} raised twice, merged into one finding.`,
  );
}
line();

// 3. April 2026: what is late?
const today = '2026-04-15';
line(`== Quá hạn khắc phục tại ngày ${formatDateVi(today)} / Overdue on ${formatDateEn(today)} ==`);
for (const late of findOverdueRemediations(reviews, { on: today })) {
  line(late.explanation.textVi);
  line();
  line(late.explanation.textEn);
  line();
}

// 4. The summary the cell sends up, and the same as a report tally.
const summary = summarizeReviews(reviews, { commitments });
line('== Tổng hợp / Summary ==');
line(summary.text.vi);
line(summary.text.en);
line(
  `Theo biểu hiện / by item: ${Object.entries(summary.foundByItem)
    .map(([id, n]) => `${id} ${getManifestation(id).label.vi} (${getManifestation(id).label.en}): ${n}`)
    .join('; ')}`,
);
line(`Tally: ${JSON.stringify(summary.tally.ratings)}`);
line();

// 5. What the reviews hand to rating and to discipline.
line('== Dữ kiện cho xếp loại / Facts for rating ==');
for (const f of deriveRatingFactsFromReviews(reviews)) {
  if (f.subject.type !== 'member') continue;
  line(`${f.subject.id}: ${JSON.stringify(f.facts)}${f.missing.length ? ` — chưa biết / unknown: ${f.missing.join(', ')}` : ''}`);
}
line();
line('== Chuyển xem xét kỷ luật / Passed on to discipline ==');
for (const r of findDisciplineReferrals(reviews)) {
  line(r.explanation.textVi);
  line();
  line(r.explanation.textEn);
}
