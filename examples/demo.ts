/**
 * `npm run demo`: one chi bộ's year, end to end, in Vietnamese and English.
 *
 * Chi bộ thôn 3 (invented data, 13 members) goes through 2025:
 * 1. the year-end reviews (kiểm điểm) and their findings against the catalog of 27 manifestations;
 * 2. the rating of its members under QĐ 366, facts taken from the reviews, and the quota check;
 * 3. the member referred to discipline: the statute of limitations, then the decision's effects;
 * 4. the roll-up into the đảng bộ xã and the report it sends up (districts were abolished on
 *    1-7-2025, so in 2025 the đảng bộ xã is the level a chi bộ thôn reports to);
 * 5. the reading of a real published report, with its figures checked.
 *
 * Every number printed is computed by the library; nothing below is a hard-coded result.
 * Run: `npm run demo` or `npx tsx examples/demo.ts`.
 */
import { readFileSync } from 'node:fs';
import {
  buildUnitTree,
  checkQuota,
  getDisciplineEffects,
  findDisciplineReferrals,
  extractTallies,
  findManifestationMentions,
  formatDateEn,
  formatDateVi,
  formatNumberVi,
  getManifestation,
  checkLimitation,
  manifestationGroups,
  manifestations,
  mergeTallies,
  deriveRatingFactsFromReviews,
  rateMember,
  reconcileExtraction,
  renderReport,
  rollUp,
  summarizeReviews,
  tally,
  tallyDisciplines,
  type MemberRatingFacts,
  type RatingLevel,
  type ReviewInput,
} from 'nq4';

const say = (s = ''): void => console.log(s);
const title = (vi: string, en: string): void => say(`\n── ${vi} / ${en}`);
/** The first line of an explanation (its outcome), without the "Kết quả: " / "Outcome: " prefix. */
const outcome = (text: string): string => (text.split('\n')[0] ?? '').replace(/^(Kết quả|Outcome): /, '');
const SHORT: Record<RatingLevel, string> = { excellent: 'HTXSNV', good: 'HTTNV', satisfactory: 'HTNV', unsatisfactory: 'KHTNV' };

const YEAR = 2025;
const CELL = 'thon-3';
const period = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, kind: 'year' } as const;

say(`nq4 — một năm của Chi bộ thôn 3 / one year of the Thôn 3 party cell (${YEAR}; dữ liệu giả định / invented data)`);
const verified = manifestations.filter((m) => m.textStatus === 'verified').length;
say(`Danh mục / catalog: ${manifestations.length} biểu hiện suy thoái / manifestations of degradation (${verified} with verified official text)`);
for (const g of manifestationGroups) say(`  Nhóm ${g.group} (${g.ids.length}): ${g.headingVi}`);

// 1. The year-end reviews -----------------------------------------------------------------------
/** The members: the facts the rating needs beyond what the reviews give (points, tasks exceeded of 10). */
const members = [
  { id: 'dv-01', score: 95, exceeded: 4 },
  { id: 'dv-02', score: 86, exceeded: 2 },
  { id: 'dv-03', score: 72, exceeded: 0 },
  { id: 'dv-04', score: 93, exceeded: 3 },
  { id: 'dv-05', score: 91, exceeded: 3 },
  { id: 'dv-06', score: 84, exceeded: 1 },
  { id: 'dv-07', score: 88, exceeded: 2 },
  { id: 'dv-08', score: 80, exceeded: 1 },
  { id: 'dv-09', score: 76, exceeded: 0 },
  { id: 'dv-10', score: 90, exceeded: 2 },
  { id: 'dv-11', score: 82, exceeded: 1 },
  { id: 'dv-12', score: 87, exceeded: 2 },
  { id: 'dv-13', score: 79, exceeded: 1 },
] as const;

const reviews: ReviewInput[] = members.map(({ id }) => ({
  unitId: CELL,
  subject: { type: 'member', id, membership: 'official', activityStatus: 'active' },
  period: { year: YEAR },
  kind: 'annual',
  place: { kind: 'branch', unitId: CELL },
  heldOn: `${YEAR}-12-12`,
}));
// dv-02: little part in studying resolutions (raised by the member and the cell, with a plan).
reviews[1] = {
  ...reviews[1]!,
  findings: [{ manifestation: 'G1-3', identifiedBy: ['self', 'collective'], evidence: 'Ít tham gia học tập nghị quyết.' }],
  remediation: [{ action: 'Tham gia đầy đủ các buổi học tập nghị quyết', addresses: [{ manifestation: 'G1-3' }], dueOn: `${YEAR + 1}-03-31`, status: 'planned' }],
};
// dv-03: a finding concluded by the commune's inspection commission, passed on to discipline.
reviews[2] = {
  ...reviews[2]!,
  findings: [
    { manifestation: 'G2-7', identifiedBy: 'higherLevel', concluded: true, concludedBy: 'Ủy ban Kiểm tra Đảng ủy xã', concludedOn: `${YEAR}-12-05`, evidence: 'Nhận tiền của hộ dân khi xác nhận hồ sơ.' },
  ],
  outcome: { disciplineReferral: { by: 'Ủy ban Kiểm tra Đảng ủy xã', on: `${YEAR}-12-15` } },
};

title('1. Kiểm điểm cuối năm', 'Year-end reviews');
const summary = summarizeReviews(reviews);
say(summary.text.vi);
say(summary.text.en);
for (const [id, n] of Object.entries(summary.foundByItem)) {
  const m = getManifestation(id);
  say(`  ${m.id} ${m.label.vi} / ${m.label.en}: ${n}`);
}

// 2. Rating under the rule set of the year, with the facts the reviews give ------------------------
title(`2. Xếp loại đảng viên năm ${YEAR}`, `Rating the members for ${YEAR}`);
const fromReviews = new Map(deriveRatingFactsFromReviews(reviews).map((r) => [r.subject.id, r]));
const levels = new Map<string, RatingLevel>();
const notes: string[] = [];
for (const m of members) {
  const facts: MemberRatingFacts = {
    year: YEAR,
    role: 'nonLeader',
    score: m.score,
    tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: m.exceeded },
    admittedOn: '2015-05-19',
    reviewOn: `${YEAR}-12-12`,
    shortcomingsFixed: true,
    disciplines: [],
    prohibitedConductConcluded: false,
    ...fromReviews.get(m.id)?.facts, // degradationConcluded, exemptFromActivity, suspended
  };
  const r = rateMember(facts);
  if (r.level) levels.set(m.id, r.level);
  else notes.push(`${m.id}: ${outcome(r.explanation.textVi)} / ${outcome(r.explanation.textEn)}`);
  // A level forced below what the points give: say which rule forced it.
  const forced = r.forcedLevel ? r.blockedBy[0] : undefined;
  if (forced) notes.push(`${m.id} (${m.score} điểm / points): ${forced.text.vi} / ${forced.text.en}`);
}
const byLevel = (ls: ReadonlyMap<string, RatingLevel>) =>
  (Object.keys(SHORT) as RatingLevel[])
    .map((l) => [l, [...ls].filter(([, x]) => x === l).map(([id]) => id)] as const)
    .filter(([, ids]) => ids.length > 0);
for (const [l, ids] of byLevel(levels)) say(`  ${SHORT[l].padEnd(7)}${ids.join(', ')}`);
for (const n of notes) say(`  ${n}`);
const counts = (ls: Iterable<RatingLevel>) => {
  const c = { excellent: 0, good: 0, satisfactory: 0, unsatisfactory: 0 };
  for (const l of ls) c[l] += 1;
  return c;
};
let quota = checkQuota(counts(levels.values()), { year: YEAR, groupId: CELL });
say(`Tỉ lệ HTXSNV / "excellent" quota: ${outcome(quota.explanation.textVi)} / ${outcome(quota.explanation.textEn)}`);
if (quota.status === 'exceeded') {
  // The chi bộ keeps the best scores at "excellent" and lowers the others to "good"; then checks again.
  const excellent = members.filter((m) => levels.get(m.id) === 'excellent').sort((a, b) => b.score - a.score);
  for (const m of excellent.slice(quota.cap ?? 0)) levels.set(m.id, 'good');
  quota = checkQuota(counts(levels.values()), { year: YEAR, groupId: CELL });
  say(`  Chi bộ hạ ${excellent.slice(quota.cap ?? 0).map((m) => m.id).join(', ')} xuống HTTNV / lowered to "good": ${outcome(quota.explanation.textVi)} / ${outcome(quota.explanation.textEn)}`);
}

// 3. Discipline: the referral from the review, its limitation and the decision's effects --------------
title('3. Kỷ luật', 'Discipline');
const decisions = [];
for (const ref of findDisciplineReferrals(reviews)) {
  const subject = ref.disciplineSubject === 'officialMember' ? 'officialMember' : 'probationaryMember';
  const lim = checkLimitation({ subject, warrantedForm: 'warning', violationOn: `${YEAR}-03-10`, conclusionOn: ref.referral.on ?? `${YEAR}-12-31` });
  const found = ref.findings.map((f) => f.manifestation ?? `nhóm ${f.group}`).join(', ');
  say(`${ref.subject.id} (${found}), chuyển ngày ${formatDateVi(ref.referral.on ?? '')} / referred on ${formatDateEn(ref.referral.on ?? '')} by ${ref.referral.by}`);
  say(`  Thời hiệu / limitation: ${outcome(lim.explanation.textVi)}${lim.deadline ? ` Hạn cuối ${formatDateVi(lim.deadline)}.` : ''}`);
  say(`  ${outcome(lim.explanation.textEn)}${lim.deadline ? ` Last day ${formatDateEn(lim.deadline)}.` : ''}`);
  const decision = { subject, form: 'warning', decidedOn: `${YEAR}-12-26`, announcedOn: `${YEAR}-12-29` } as const;
  decisions.push(decision);
  const fx = getDisciplineEffects(decision, { on: `${YEAR + 1}-06-30` });
  say(`  Cảnh cáo ngày ${formatDateVi(decision.decidedOn)}: ${outcome(fx.explanation.textVi)}${fx.expiresOn ? ` Hết hiệu lực từ ${formatDateVi(fx.expiresOn)}.` : ''}`);
  say(`  Warning of ${formatDateEn(decision.decidedOn)}: ${outcome(fx.explanation.textEn)}${fx.expiresOn ? ` Ends on ${formatDateEn(fx.expiresOn)}.` : ''}`);
  for (const bar of fx.barsInForce) say(`  - ${bar.label.vi} / ${bar.label.en}${bar.until ? ` (→ ${formatDateVi(bar.until)})` : ''}`);
}

// 4. Roll-up into the đảng bộ xã and its report ----------------------------------------------------
title('4. Tổng hợp và báo cáo của Đảng bộ xã', "Roll-up and the đảng bộ xã's report");
const tree = buildUnitTree(
  [
    { code: 'XA', kind: 'commune', name: 'Đảng bộ xã Đông Sơn' },
    { code: CELL, kind: 'grassrootsBranch', parent: 'XA', name: 'Chi bộ thôn 3', members: members.length, officialMembers: members.length },
    { code: 'thon-1', kind: 'grassrootsBranch', parent: 'XA', name: 'Chi bộ thôn 1', members: 21, officialMembers: 20 },
    { code: 'thon-2', kind: 'grassrootsBranch', parent: 'XA', name: 'Chi bộ thôn 2', members: 17, officialMembers: 17 },
  ],
  { on: `${YEAR}-12-31` },
);
const ourTally = mergeTallies(
  tally({ ratings: { member: counts(levels.values()) } }),
  tallyDisciplines(decisions.map((d) => ({ subject: d.subject, outcome: d.form }))).tally,
);
const rolled = rollUp(tree, {
  [CELL]: ourTally,
  'thon-1': { ratings: { member: { excellent: 3, good: 14, satisfactory: 2 } } },
  'thon-2': { ratings: { member: { excellent: 2, good: 13, satisfactory: 1 } }, disciplines: { officialMember: { reprimand: 1 } } },
});
const report = renderReport(rolled.units.XA?.total ?? {}, {
  unitName: { vi: 'Đảng bộ xã Đông Sơn', en: 'the Đông Sơn commune party organization' },
  period,
});
say(report.vi);
say(report.en);

// 5. A real report: examples/sample-report.txt --------------------------------------------------------
// The opening of a published article (Người Lao Động, 4-7-2018, on the mid-term review of the
// Ho Chi Minh City party organization), copied unchanged, cut-off last word included:
// https://nld.com.vn/chinh-tri/tp-hcm-da-ky-luat-dang-doi-voi-3-thanh-uy-vien-20180704153958526.htm
title('5. Đọc một báo cáo thật', 'Reading a real report');
const text = readFileSync(new URL('./sample-report.txt', import.meta.url), 'utf8');
const reading = extractTallies(text);
const checked = reconcileExtraction(reading);
say(`${reading.tallies.length} số liệu / tallies; ${reading.breakdowns.length} phép cộng / breakdowns; ${checked.result.status === 'consistent' ? 'khớp / consistent' : 'KHÔNG KHỚP / INCONSISTENT'}`);
for (const b of reading.breakdowns) {
  const total = reading.tallies[b.total];
  const parts = b.parts.map((i) => reading.tallies[i]?.count ?? 0);
  say(`  ${parts.map((n) => formatNumberVi(n)).join(' + ')} = ${formatNumberVi(b.check.sum)} ${b.check.reconcileStatus === 'consistent' ? '=' : '≠'} ${formatNumberVi(total?.count ?? 0)}: “${total?.quote}” (${b.check.status})`);
}
for (const f of checked.findings) say(`  ${f.finding.severity}: ${outcome(f.finding.explanation.textVi)} / ${outcome(f.finding.explanation.textEn)}`);
const alone = reading.tallies.filter((t) => t.role === 'standalone');
for (const t of alone) say(`  Không có phần chia / no breakdown: ${formatNumberVi(t.count)} (${t.measure}, ${t.subject}) “${t.quote}”`);
for (const m of findManifestationMentions(text).filter((x) => x.kind === 'item')) {
  say(`  Biểu hiện / manifestation ${m.ids.join(', ')} (${m.ids.map((id) => getManifestation(id).label.en).join('; ')}): “${m.quote}”`);
}
