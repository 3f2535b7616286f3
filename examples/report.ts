/**
 * A small district, end to end: build the unit tree, roll the chi bộ tallies up, reconcile the
 * district's stated figures, seal the reports bottom-up, and print the report in Vietnamese and
 * English. Run: `npx tsx examples/report.ts`.
 */
import {
  buildUnitTree,
  reconcile,
  renderReport,
  rollUp,
  sealReport,
  verifySeal,
  type ReconcileReportInput,
} from 'nq4';

const on = '2020-12-31';
const period = { from: '2020-01-01', to: '2020-12-31', kind: 'year' } as const;
const ruleSets = { rating: 'hd21', discipline: 'qd102' };

// 1. The district (pre-2025 model: the district level still exists on 31-12-2020).
const tree = buildUnitTree(
  [
    { code: 'KN', kind: 'district', name: 'Đảng bộ huyện Krông Nô', validTo: '2025-06-30' },
    { code: 'KN-DD', kind: 'grassrootsCommittee', parent: 'KN', name: 'Đảng bộ xã Đắk Drô', members: 96, officialMembers: 90 },
    { code: 'KN-DD-1', kind: 'directBranch', parent: 'KN-DD', name: 'Chi bộ thôn 1', members: 31, officialMembers: 29, approvedException: true },
    { code: 'KN-DD-2', kind: 'directBranch', parent: 'KN-DD', name: 'Chi bộ thôn 2', members: 27, officialMembers: 25 },
    { code: 'KN-DD-3', kind: 'directBranch', parent: 'KN-DD', name: 'Chi bộ thôn 3', members: 38, officialMembers: 36 },
    { code: 'KN-NS', kind: 'grassrootsBranch', parent: 'KN', name: 'Chi bộ Trường THPT Krông Nô', members: 24, officialMembers: 22 },
  ],
  { on },
);
console.log('— Cây đơn vị / unit tree:', tree.order.join(' → '));
for (const w of tree.warnings) console.log(`  cảnh báo / warning (${w.approved ? 'đã duyệt ngoại lệ' : 'chưa duyệt'}): ${w.messageVi}`);

// 2. Roll up the chi bộ tallies; the xã's own rating of its branches; a cross-cutting subset.
const rolled = rollUp(
  tree,
  {
    'KN-DD-1': { ratings: { member: { excellent: 4, good: 22, satisfactory: 5 } }, disciplines: { member: { reprimand: 1 } } },
    'KN-DD-2': { ratings: { member: { excellent: 3, good: 21, satisfactory: 3 } } },
    'KN-DD-3': { ratings: { member: { excellent: 5, good: 27, satisfactory: 5, unsatisfactory: 1 } }, disciplines: { member: { warning: 1 } } },
    'KN-DD': { ratings: { directBranch: { good: 2, satisfactory: 1 } } },
    'KN-NS': { ratings: { member: { excellent: 3, good: 18, satisfactory: 3 } } },
    KN: { ratings: { tccsd: { good: 1, satisfactory: 1 } } },
  },
  { crossCutting: { 'KN-DD-3': { dienHuyenUyQuanLy: { disciplines: { member: { warning: 1 } } } } } },
);
const district = rolled.units.KN;
console.log('— Tổng hợp / roll-up:', JSON.stringify(district?.total.ratings), '; counters', JSON.stringify(district?.counters));

// 3. Reconcile the figures as the district typed them into its report (one mistake on purpose).
const stated: ReconcileReportInput = {
  unit: 'KN',
  ratingYear: 2020,
  groups: [
    {
      total: { measure: 'rating', subject: 'member', category: 'good', orBetter: true, value: 103 },
      parts: [{ measure: 'rating', subject: 'member', category: 'excellent', value: 15 }],
    },
    {
      total: { measure: 'discipline', subject: 'member', value: 3 },
      parts: [
        { measure: 'discipline', subject: 'member', category: 'reprimand', value: 1 },
        { measure: 'discipline', subject: 'member', category: 'warning', value: 1 },
      ],
    },
  ],
};
const check = reconcile(stated);
console.log(`— Đối chiếu / reconciliation: ${check.status === 'consistent' ? 'khớp' : 'không khớp'} (${check.findings.length} phát hiện)`);
for (const f of check.findings) console.log(`\n${f.explanation.textVi}\n\n${f.explanation.textEn}`);

// 4. Seal the children, then the district with its children's seals.
const sealedChildren = ['KN-DD', 'KN-NS'].map((code) =>
  sealReport({ unit: code, period, ruleSets, tally: rolled.units[code]?.total ?? {} }),
);
const sealed = sealReport({ unit: 'KN', period, ruleSets, tally: district?.total ?? {}, crossCutting: district?.crossCutting, children: sealedChildren });
console.log(`\n— Niêm phong / seal: ${sealed.seal.hash} (${verifySeal(sealed, { unit: 'KN', period }).status === 'valid' ? 'hợp lệ / valid' : 'không hợp lệ / invalid'})`);

// 5. The report as a district office writes it.
const text = renderReport(district?.total ?? {}, {
  unitName: { vi: 'Đảng bộ huyện Krông Nô', en: 'the Krông Nô district party organization' },
  period,
});
console.log(`\n${text.vi}\n\n${text.en}`);
