/** Discipline and quota cases (conformance/quota, discipline-forms, discipline-check, limitation, effects, discipline-tally). See _lib.ts. */
import { addDays, addMonths, type Case, type Json, write } from './_lib.js';

// ================================================================== quota (checkQuota)
const quota: Case[] = [];
const Q21 = 'HD 21-HD/BTCTW (2019) Mục II.B 2.3 a): "không vượt quá 20% số đảng viên được xếp loại Hoàn thành tốt nhiệm vụ trong từng tổ chức cơ sở đảng"';
const Q366 = 'QĐ 366-QĐ/TW (2025) Điều 11 khoản 1 (1.5): "không vượt quá 20% tổng số … được xếp loại Hoàn thành tốt nhiệm vụ"';
const counts = (excellent: number, good: number, satisfactory = 0, unsatisfactory = 0) => ({ excellent, good, satisfactory, unsatisfactory });
quota.push(
  {
    id: 'quota-ex10-hd21-literal',
    description: '30 qualify, 7 meet the HTXSNV criteria: literal reading (D2a) x ≤ 0.2 × (30 − x) → cap 5, 2 over.',
    source: `rating.md §10 worked example 10; ${Q21}; §9 D2, D3. tests/rating/examples.test.ts`,
    args: [counts(7, 23), { year: 2020 }],
    expect: { cap: 5, status: 'exceeded', excess: 2, 'options[].name': ['formula', 'rounding'], 'options[].value': ['literal', 'floor'] },
  },
  {
    id: 'quota-ex10-hd21-pool',
    description: 'Same group, pool reading (D2b) x ≤ 0.2 × 30 → cap 6.',
    source: `rating.md §10 worked example 10; ${Q21}; §9 D2. tests/rating/examples.test.ts`,
    args: [counts(7, 23), { year: 2020, formula: 'pool' }],
    expect: { cap: 6 },
  },
  {
    id: 'quota-ex10-qd366-group-of-4',
    description: 'Peer group of 4 under QĐ 366: literal + floor → cap 0, flagged.',
    source: `rating.md §10 worked example 10; ${Q366}; §9 D3. tests/rating/examples.test.ts`,
    args: [['excellent', 'good', 'good', 'good'], { year: 2025 }],
    expect: { cap: 0, capIsZero: true },
  },
  {
    id: 'quota-ex10-qd366-group-of-4-exception',
    description: 'Same group with the 25% exception: x ≤ 0.25 × (4 − x) → 0.8 → still 0.',
    source: 'rating.md §10 worked example 10; QĐ 366 Điều 11 khoản 1 (1.5), second sentence (25%); §9 D5. tests/rating/examples.test.ts',
    args: [['excellent', 'good', 'good', 'good'], { year: 2025, outstandingUnitException: true }],
    expect: { cap: 0 },
  },
  {
    id: 'quota-ex10-qd366-group-of-4-minimum-one',
    description: 'Same group with minimumOne → cap 1.',
    source: 'rating.md §9 D3 ("whether a minimum of 1 applies for small groups"). tests/rating/examples.test.ts',
    args: [['excellent', 'good', 'good', 'good'], { year: 2025, minimumOne: true }],
    expect: { cap: 1 },
  },
  {
    id: 'quota-jsdoc-pool-6-of-30',
    description: '6 excellent, 24 good, pool formula → cap 6, within.',
    source: `${Q21}; rating.md §9 D2 (checkQuota JSDoc example)`,
    args: [counts(6, 24), { year: 2020, formula: 'pool' }],
    expect: { cap: 6, status: 'within', excess: 0 },
  },
);
const quotaYears: [number, string, boolean][] = [
  [2016, 'HD 27 (no quota seen: rating.md §7.2)', false],
  [2017, 'HD 27 (no quota seen)', false],
  [2018, 'HD 16 (no quota seen: rating.md §3.3, §7.2)', false],
  [2023, 'QĐ 124 (individual quota unverified: rating.md §7.2)', false],
  [2024, 'QĐ 124 (individual quota unverified)', false],
];
for (const [year, why] of quotaYears) {
  quota.push({
    id: `quota-sys-unverified-member-${year}`,
    description: `${year}: ${why}; the member quota is not checked.`,
    source: 'rating.md §7.2 quota by version',
    args: [counts(9, 1), { year }],
    expect: { status: 'unverified', cap: null },
  });
}
quota.push({
  id: 'quota-sys-qd124-organizations',
  description: 'QĐ 124 (2024) organizations: 20% of those rated "good" → 3 excellent of 13 is over the literal cap 2.',
  source: 'rating.md §5.2 and §7.2: QĐ 124 collectives "does not exceed 20% of those graded as Good Completion of Tasks" (LawNet, paraphrased)',
  args: [counts(3, 10), { year: 2024, subject: 'organization' }],
  expect: { status: 'exceeded', cap: 2, excess: 1 },
});
// The cap formulas derived from the quoted text: literal x ≤ p·(N − x) ⇔ x ≤ p·N/(1 + p); pool x ≤ p·N.
const caps = (n: number, p: number, formula: 'literal' | 'pool', rounding: 'floor' | 'round' | 'ceil' = 'floor'): number => {
  const exact = formula === 'literal' ? (p * n) / (100 + p) : (p * n) / 100;
  const r = rounding === 'floor' ? Math.floor(exact + 1e-9) : rounding === 'ceil' ? Math.ceil(exact - 1e-9) : Math.floor(exact + 0.5 + 1e-9);
  return r;
};
for (const [year, src, p] of [[2020, Q21, 20], [2022, Q21, 20], [2025, Q366, 20], [2026, Q366, 20]] as const) {
  for (const n of [5, 6, 12, 18, 30, 60, 100, 101]) {
    for (const formula of ['literal', 'pool'] as const) {
      if ((year === 2022 || year === 2026) && ![12, 30, 101].includes(n)) continue;
      const cap = caps(n, p, formula);
      const over = cap + 1;
      quota.push({
        id: `quota-sys-${year}-${formula}-n${n}-at-cap`,
        description: `${year}, ${n} rated "good" or better, ${formula} reading: cap ${cap} (${formula === 'literal' ? `x ≤ 0.2 × (${n} − x)` : `x ≤ 0.2 × ${n}`}, floor); ${cap} excellent is within.`,
        source: `${src}; rating.md §9 D2 (${formula}), D3 (floor)`,
        args: [counts(cap, n - cap), { year, formula }],
        expect: { cap, status: 'within', excess: 0 },
      });
      if (over <= n && (n === 30 || n === 100 || n === 12)) {
        quota.push({
          id: `quota-sys-${year}-${formula}-n${n}-over-cap`,
          description: `${year}, ${n} rated "good" or better, ${formula} reading: ${over} excellent is 1 over the cap ${cap}.`,
          source: `${src}; rating.md §9 D2, D3`,
          args: [counts(over, n - over), { year, formula }],
          expect: { cap, status: 'exceeded', excess: 1 },
        });
      }
    }
  }
}
for (const n of [20, 30, 100]) {
  for (const formula of ['literal', 'pool'] as const) {
    const cap = caps(n, 25, formula);
    quota.push({
      id: `quota-sys-2025-exception-${formula}-n${n}`,
      description: `2025 with the 25% exception (D5), ${n} rated "good" or better, ${formula}: cap ${cap}.`,
      source: 'QĐ 366 Điều 11 khoản 1 (1.5), second sentence: "không vượt quá 25% tổng số … được xếp loại Hoàn thành tốt nhiệm vụ"; rating.md §9 D5',
      args: [counts(cap, n - cap), { year: 2025, formula, outstandingUnitException: true }],
      expect: { cap, status: 'within', percent: 25 },
    });
  }
}
for (const rounding of ['round', 'ceil'] as const) {
  for (const n of [9, 10, 30]) {
    const cap = caps(n, 20, 'literal', rounding);
    quota.push({
      id: `quota-sys-2020-rounding-${rounding}-n${n}`,
      description: `2020, ${n} rated "good" or better, literal, rounding ${rounding}: ${((20 * n) / 120).toFixed(3)} → cap ${cap}.`,
      source: `${Q21}; rating.md §9 D3 (rounding not stated in any text)`,
      args: [counts(0, n), { year: 2020, rounding }],
      expect: { cap },
    });
  }
}
quota.push(
  {
    id: 'quota-err-exception-without-rule',
    description: 'The 25% exception asked of HD 21, which has none → not_applicable on the option.',
    source: 'rating.md §7.2 (the 25% exception exists only in QĐ 366)',
    args: [counts(1, 10), { year: 2020, outstandingUnitException: true }],
    expectError: { code: 'not_applicable', path: ['options', 'outstandingUnitException'] },
  },
  {
    id: 'quota-err-no-year',
    description: 'Neither a year nor a rule set → missing options.year.',
    source: 'rating.md §9 D1 (the rule set follows the year)',
    args: [counts(1, 10), {}],
    expectError: { code: 'missing', path: ['options', 'year'] },
  },
);

// ================================================================== discipline forms
const forms: Case[] = [];
const CH35 = 'Điều lệ Đảng (2011) Điều 35 khoản 2';
const QD69D7 = 'QĐ 69-QĐ/TW (2022) Điều 7';
forms.push(
  {
    id: 'forms-organization-2024',
    description: 'Party organizations: khiển trách, cảnh cáo, giải tán, ranks 1–3.',
    source: `discipline.md §2.1; ${CH35}; ${QD69D7} khoản 1. tests/discipline/forms.test.ts`,
    args: ['organization', { on: '2024-01-01' }],
    expect: { '[].form': ['reprimand', 'warning', 'dissolution'], '[].label.vi': ['khiển trách', 'cảnh cáo', 'giải tán'], '[].rank': [1, 2, 3] },
  },
  {
    id: 'forms-official-member-post-2024',
    description: 'Official member holding a post: four forms.',
    source: `discipline.md §2.1; ${QD69D7} khoản 2. tests/discipline/forms.test.ts`,
    args: ['officialMember', { on: '2024-01-01', holdsPost: true }],
    expect: { '[].form': ['reprimand', 'warning', 'removalFromPost', 'expulsion'] },
  },
  {
    id: 'forms-official-member-no-post-2024',
    description: 'Official member without a post: cách chức is left out ("nếu có chức vụ").',
    source: `discipline.md §2.2; ${QD69D7} khoản 2. tests/discipline/forms.test.ts`,
    args: ['officialMember', { on: '2024-01-01', holdsPost: false }],
    expect: { '[].form': ['reprimand', 'warning', 'expulsion'] },
  },
  {
    id: 'forms-official-member-post-unknown',
    description: 'Post not stated: cách chức is listed, marked as requiring a post.',
    source: `discipline.md §2.2; ${QD69D7} khoản 2. tests/discipline/forms.test.ts`,
    args: ['officialMember', { on: '2024-01-01' }],
    expect: { '[?form="removalFromPost"][].requiresPost': [true] },
  },
  {
    id: 'forms-probationary-2016',
    description: 'Probationary member: khiển trách, cảnh cáo, whatever holdsPost says.',
    source: `discipline.md §2.1; ${CH35}. tests/discipline/forms.test.ts`,
    args: ['probationaryMember', { on: '2016-06-01', holdsPost: true }],
    expect: { '[].form': ['reprimand', 'warning'] },
  },
  {
    id: 'forms-err-subject',
    description: 'An unknown subject → invalid_value on subject.',
    source: 'discipline.md §2.1 (closed list of subjects). tests/discipline/forms.test.ts',
    args: ['cadre', { on: '2024-01-01' }],
    expectError: { code: 'invalid_value', path: ['subject'] },
  },
  {
    id: 'forms-err-date',
    description: '30 February → invalid_date on options.on.',
    source: 'ISO calendar dates. tests/discipline/forms.test.ts',
    args: ['organization', { on: '2024-02-30' }],
    expectError: { code: 'invalid_date', path: ['options', 'on'] },
  },
  {
    id: 'forms-err-before-charter',
    description: 'A date before the 2011 Charter → no_rule_set.',
    source: 'discipline.md §1.1 (Điều lệ 2011 is the earliest text encoded). tests/discipline/forms.test.ts',
    args: ['organization', { on: '2010-12-31' }],
    expectError: { code: 'no_rule_set', path: ['options', 'on'] },
  },
);
/** discipline.md §2.1: khiển trách 1 < cảnh cáo 2 < cách chức 3 < khai trừ 4; giải tán 3 (O-16). */
const RANK: Record<string, number> = { reprimand: 1, warning: 2, removalFromPost: 3, expulsion: 4, dissolution: 3 };
const FORM_LISTS: Record<string, string[]> = {
  organization: ['reprimand', 'warning', 'dissolution'],
  officialMember: ['reprimand', 'warning', 'removalFromPost', 'expulsion'],
  probationaryMember: ['reprimand', 'warning'],
};
for (const on of ['2011-06-01', '2016-06-01', '2022-07-05', '2022-07-06', '2025-06-01', '2026-10-01']) {
  for (const subject of Object.keys(FORM_LISTS)) {
    for (const holdsPost of subject === 'officialMember' ? [true, false] : [true]) {
      const list = subject === 'officialMember' && !holdsPost ? FORM_LISTS[subject]!.filter((f) => f !== 'removalFromPost') : FORM_LISTS[subject]!;
      forms.push({
        id: `forms-sys-${subject.toLowerCase()}-${on}${subject === 'officialMember' ? (holdsPost ? '-post' : '-no-post') : ''}`,
        description: `${subject} on ${on}${subject === 'officialMember' ? (holdsPost ? ', holding a post' : ', without a post') : ''}: ${list.join(', ')}, mildest first.`,
        source: `discipline.md §2.1 and §2.2; ${CH35}${on >= '2022-07-06' ? `; ${QD69D7}` : ''}; ranks per discipline.md §2.1 (O-16)`,
        args: [subject, { on, holdsPost }],
        expect: { '[].form': list, '[].rank': list.map((f) => RANK[f]!) },
      });
    }
  }
}

// ================================================================== checkDiscipline
const check: Case[] = [];
check.push(
  {
    id: 'check-ex13-probationary-expulsion',
    description: 'Probationary member warranting expulsion: rejected; xóa tên is named instead.',
    source: 'discipline.md §9 worked example 13; Điều lệ Điều 35 khoản 2; QĐ 30 Điều 35 khoản 2. tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'probationaryMember', form: 'expulsion' }],
    expect: { ok: false, 'broken[].code': ['formNotForSubject'], 'broken[0].instead.measure': 'removalFromRolls' },
  },
  {
    id: 'check-ex14-removal-without-post-by-branch',
    description: 'Official member without a post, chi bộ deciding cách chức: rejected twice.',
    source: 'discipline.md §9 worked example 14; QĐ 69 Điều 7 khoản 2; Điều lệ Điều 36 khoản 1. tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'removalFromPost', holdsPost: false, decidedBy: 'branch' }],
    expect: { 'broken[].code': ['removalWithoutPost', 'branchBeyondReprimandWarning'], authority: 'rejected', 'broken[1].basis': 'statute' },
  },
  {
    id: 'check-ex18-grassroots-expulsion-not-authorised',
    description: 'Grassroots committee not authorised to admit members expels an ordinary member: rejected (statute).',
    source: 'discipline.md §9 worked example 18; Điều lệ Điều 36 khoản 1 (A10); Điều 38 khoản 1 (A16). tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'expulsion', decidedBy: 'grassrootsCommittee', decidedOn: '2024-03-01', grassrootsMayAdmit: false, committeeMemberOfSameLevel: false, managedByHigherCommittee: false }],
    expect: { 'broken[].code': ['grassrootsExpulsionNotAuthorised'], 'broken[0].basis': 'statute' },
  },
  {
    id: 'check-ex18-grassroots-reprimand',
    description: 'The same committee may decide a reprimand: confirmed.',
    source: 'discipline.md §4.1 A10: "Đảng uỷ cơ sở quyết định khiển trách, cảnh cáo đảng viên trong đảng bộ". tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'reprimand', decidedBy: 'grassrootsCommittee' }],
    expect: { authority: 'confirmed' },
  },
  {
    id: 'check-removal-post-not-given',
    description: 'Cách chức without saying whether the member holds a post: an unknown, not a breach.',
    source: 'discipline.md §2.2 ("nếu có chức vụ"). tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'removalFromPost' }],
    expect: { ok: true },
    expectContains: { 'unknowns[].code': ['holdsPostNotGiven'] },
  },
  {
    id: 'check-branch-committee-no-authority',
    description: 'A chi ủy is never the deciding body.',
    source: 'discipline.md §4.1 A5 (QĐ 22 Điều 11). tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'reprimand', decidedBy: 'branchCommittee' }],
    expect: { 'broken[].code': ['branchCommitteeNoAuthority'] },
  },
  {
    id: 'check-branch-disciplines-organization',
    description: 'A chi bộ may not discipline a party organization.',
    source: 'discipline.md §4.2 (reading of A1, I). tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'organization', form: 'reprimand', decidedBy: 'branch' }],
    expect: { 'broken[].code': ['branchDisciplinesOrganization'] },
  },
  {
    id: 'check-branch-not-own-member',
    description: 'A chi bộ may not discipline a member outside it.',
    source: 'discipline.md §4.1 A1 "đảng viên trong chi bộ"; §4.2. tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'warning', decidedBy: 'branch', memberOfDecidingBranch: false }],
    expect: { 'broken[].code': ['branchNotOwnMember'] },
  },
  {
    id: 'check-branch-higher-assigned-duty',
    description: 'A chi bộ may not decide for a committee member whose violation is in a duty assigned by a higher level.',
    source: 'discipline.md §4.1 A1 "(trừ nhiệm vụ do cấp trên giao)", A3 (QĐ 296 Điều 10 mục 1.4). tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'warning', decidedBy: 'branch', committeeMember: true, violationInDutyAssignedByHigherLevel: true }],
    expect: { 'broken[].code': ['branchHigherAssignedDuty'] },
  },
  {
    id: 'check-branch-own-member-confirmed',
    description: 'A chi bộ reprimanding its own member for a violation on the grounds the Charter names: confirmed.',
    source: 'discipline.md §4.1 A1. tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'reprimand', decidedBy: 'branch', memberOfDecidingBranch: true, violationInDutyAssignedByHigherLevel: false, violationOnBranchGrounds: true }],
    expect: { ok: true, authority: 'confirmed', unknowns: [] },
  },
  {
    id: 'check-branch-grounds-not-given',
    description: 'A chi bộ reprimanding its own member, the grounds of the violation not given: unknown, not confirmed.',
    source: 'discipline.md §4.1 A1 "vi phạm phẩm chất chính trị, tư tưởng, đạo đức, lối sống, sinh hoạt đảng, thực hiện nhiệm vụ đảng viên". tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'reprimand', decidedBy: 'branch', memberOfDecidingBranch: true, violationInDutyAssignedByHigherLevel: false }],
    expect: { ok: true, authority: 'unknown', 'unknowns[].code': ['branchGroundsNotGiven'] },
  },
  {
    id: 'check-branch-grounds-not-covered',
    description: 'A chi bộ reprimanding its own member for a violation outside the grounds the Charter names: unknown (reading the list as exhaustive would be an inference).',
    source: 'discipline.md §4.1 A1; §4.2 (not among the rejections). tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'reprimand', decidedBy: 'branch', memberOfDecidingBranch: true, violationInDutyAssignedByHigherLevel: false, violationOnBranchGrounds: false }],
    expect: { ok: true, authority: 'unknown', 'unknowns[].code': ['branchGroundsNotCovered'] },
  },
  {
    id: 'check-grassroots-removal-not-lower-committee',
    description: 'Grassroots committee: cách chức only for lower committee members.',
    source: 'discipline.md §4.1 A10 "cách chức cấp uỷ viên cấp dưới"; §4.2. tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'removalFromPost', holdsPost: true, decidedBy: 'grassrootsCommittee', committeeMemberOfLowerLevel: false }],
    expect: { 'broken[].code': ['grassrootsRemovalNotLowerCommitteeMember'] },
  },
  {
    id: 'check-grassroots-removal-lower-committee',
    description: 'Grassroots committee removing a lower committee member from post: confirmed.',
    source: 'discipline.md §4.1 A10. tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'removalFromPost', holdsPost: true, decidedBy: 'grassrootsCommittee', committeeMemberOfLowerLevel: true }],
    expect: { authority: 'confirmed' },
  },
  {
    id: 'check-grassroots-expulsion-same-level-committee',
    description: 'Grassroots committee (authorised to admit) may not expel a committee member of its own level.',
    source: 'discipline.md §4.1 A10 "nhưng không phải là cấp uỷ viên cùng cấp". tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'expulsion', decidedBy: 'grassrootsCommittee', grassrootsMayAdmit: true, committeeMemberOfSameLevel: true }],
    expect: { 'broken[].code': ['grassrootsExpulsionOfCommitteeOrHigherCadre'] },
  },
  {
    id: 'check-inspection-same-level-committee',
    description: 'An inspection commission may not discipline a committee member of its own level.',
    source: 'discipline.md §4.1 A13 (Điều lệ Điều 36 khoản 4). tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'reprimand', decidedBy: 'inspectionCommission', committeeMemberOfSameLevel: true }],
    expect: { 'broken[].code': ['inspectionSameLevelCommitteeMember'] },
  },
  {
    id: 'check-inspection-severe-on-managed-cadre',
    description: 'An inspection commission may only reprimand or warn a cadre managed by its own-level committee.',
    source: 'discipline.md §4.1 A13. tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'expulsion', decidedBy: 'inspectionCommission', committeeMemberOfSameLevel: false, managedBySameLevelCommittee: true }],
    expect: { 'broken[].code': ['inspectionSevereOnManagedCadre'] },
  },
  {
    id: 'check-authority-unverified',
    description: 'A provincial committee warning an organization: authority not verified → unknown, not an error.',
    source: 'discipline.md §4.2 (candidate rejections not shipped) and §8 O-11. tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'organization', form: 'warning', decidedBy: 'provincialOrDistrictCommittee', decidedOn: '2024-05-01' }],
    expect: { ok: true, authority: 'unknown', 'unknowns[].code': ['authorityUnverified'] },
  },
  {
    id: 'check-authority-table-confirms',
    description: "An injected authority table confirms the same decision.",
    source: 'discipline.md §8 O-11 (injectable authority table). tests/discipline/checkDiscipline.test.ts',
    args: [
      { subject: 'organization', form: 'warning', decidedBy: 'provincialOrDistrictCommittee', decidedOn: '2024-05-01' },
      { authorityTable: [{ body: 'provincialOrDistrictCommittee', subjects: ['organization'], forms: ['reprimand', 'warning'], from: '2011-01-19', source: { vi: 'Điều 37 khoản 1 Điều lệ', en: 'Charter Art. 37(1)' } }] },
    ],
    expect: { authority: 'confirmed' },
  },
  {
    id: 'check-authority-table-never-lifts-breach',
    description: 'A table never lifts a broken rule: a chi ủy stays rejected.',
    source: 'discipline.md §8 O-11; §4.1 A5. tests/discipline/checkDiscipline.test.ts',
    args: [
      { subject: 'officialMember', form: 'reprimand', decidedBy: 'branchCommittee' },
      { authorityTable: [{ body: 'branchCommittee', subjects: ['officialMember'], forms: ['reprimand'], source: { vi: 'x', en: 'x' } }] },
    ],
    expect: { authority: 'rejected' },
  },
  {
    id: 'check-district-after-2025-07-01',
    description: 'A district-level standing committee after 01-07-2025 (district level abolished): unknown.',
    source: 'discipline.md §4.1 "Not seen (U)": district level removed from 01-07-2025. tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'warning', decidedBy: 'standingCommittee', districtLevel: true, decidedOn: '2025-09-01', committeeMember: false, managedByHigherCommittee: false }],
    expect: { authority: 'unknown', 'unknowns[].code': ['districtLevelAbolished'] },
  },
  {
    id: 'check-district-before-2025-07-01',
    description: 'The same on 30-06-2025: confirmed (Điều lệ Điều 36 khoản 2).',
    source: 'discipline.md §4.1 A11. tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'warning', decidedBy: 'standingCommittee', districtLevel: true, decidedOn: '2025-06-30', committeeMember: false, managedByHigherCommittee: false }],
    expect: { authority: 'confirmed' },
  },
  {
    id: 'check-err-body-level-contradiction',
    description: 'bodyLevel contradicting districtLevel → inconsistent on bodyLevel.',
    source: 'input consistency. tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'warning', decidedBy: 'standingCommittee', districtLevel: true, bodyLevel: 'province' }],
    expectError: { issues: [{ code: 'inconsistent', path: ['bodyLevel'] }] },
  },
  {
    id: 'check-err-unknown-form',
    description: 'An unknown form code → invalid_value on form.',
    source: 'discipline.md §2.1 (closed lists). tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'fine' }],
    expectError: { issues: [{ code: 'invalid_value', path: ['form'] }] },
  },
  {
    id: 'check-err-unknown-body',
    description: 'An unknown deciding body → invalid_value on decidedBy.',
    source: 'discipline.md §4.1. tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'warning', decidedBy: 'mayor' }],
    expectError: { issues: [{ code: 'invalid_value', path: ['decidedBy'] }] },
  },
  {
    id: 'check-err-bad-date',
    description: '30 February → invalid_date on decidedOn.',
    source: 'ISO calendar dates. tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'warning', decidedOn: '2023-02-30' }],
    expectError: { issues: [{ code: 'invalid_date', path: ['decidedOn'] }] },
  },
  {
    id: 'check-err-unknown-key',
    description: 'An unknown field → unknown_key.',
    source: 'input shape. tests/discipline/checkDiscipline.test.ts',
    args: [{ subject: 'officialMember', form: 'warning', foo: true }],
    expectError: { issues: [{ code: 'unknown_key', path: ['foo'] }] },
  },
);
const insp = { subject: 'officialMember', form: 'expulsion', decidedBy: 'inspectionCommission', committeeMemberOfSameLevel: false, managedBySameLevelCommittee: false, committeeMemberOfLowerLevel: false };
const standing = { subject: 'officialMember', form: 'expulsion', decidedBy: 'standingCommittee', committeeMember: false, managedByHigherCommittee: false };
const lvl: [string, Record<string, Json>, string, string[] | null][] = [
  ['inspection-no-level', insp, 'unknown', ['bodyLevelNotGiven']],
  ['inspection-grassroots', { ...insp, bodyLevel: 'grassroots' }, 'unknown', ['bodyLevelNotCovered']],
  ['inspection-province', { ...insp, bodyLevel: 'province' }, 'confirmed', null],
  ['inspection-central', { ...insp, bodyLevel: 'central' }, 'confirmed', null],
  ['inspection-district-2025-06-30', { ...insp, bodyLevel: 'district', decidedOn: '2025-06-30' }, 'confirmed', null],
  ['inspection-district-2025-07-01', { ...insp, bodyLevel: 'district', decidedOn: '2025-07-01' }, 'unknown', ['districtLevelAbolished']],
  ['inspection-district-undated', { ...insp, bodyLevel: 'district' }, 'unknown', ['decidedOnNotGivenForDistrict']],
  ['standing-no-level', standing, 'unknown', ['bodyLevelNotGiven']],
  ['standing-province', { ...standing, bodyLevel: 'province' }, 'confirmed', null],
  ['standing-central', { ...standing, bodyLevel: 'central' }, 'unknown', null],
  ['standing-grassroots', { ...standing, bodyLevel: 'grassroots' }, 'unknown', ['bodyLevelNotCovered']],
  ['provincial-committee-expulsion', { subject: 'officialMember', form: 'expulsion', decidedBy: 'provincialOrDistrictCommittee', committeeMember: false, managedByHigherCommittee: false }, 'confirmed', null],
  ['inspection-grassroots-broken', { ...insp, committeeMemberOfSameLevel: true, bodyLevel: 'grassroots' }, 'rejected', null],
];
for (const [name, input, authority, unknowns] of lvl) {
  check.push({
    id: `check-level-${name}`,
    description: `Authority by the level of the deciding body (${name}): ${authority}.`,
    source: 'discipline.md §4.1 A11 (Điều lệ Điều 36 khoản 2: provincial and district committees and their standing committees), A13 (khoản 4: inspection commissions "từ cấp huyện … trở lên"), §8 O-11. tests/discipline/checkDiscipline.test.ts',
    args: [input],
    expect: unknowns ? { authority, 'unknowns[].code': unknowns } : { authority },
  });
}
// systematic: every subject × form pair (discipline.md §2.1, §4.2 first row)
const ALL_FORMS = ['reprimand', 'warning', 'removalFromPost', 'expulsion', 'dissolution'];
for (const [subject, list] of Object.entries(FORM_LISTS)) {
  for (const form of ALL_FORMS) {
    const allowed = list.includes(form);
    check.push({
      id: `check-sys-pair-${subject.toLowerCase()}-${form.toLowerCase()}`,
      description: `${subject} + ${form}: ${allowed ? 'in the closed list, no breach' : 'not in the closed list, rejected'}.`,
      source: `discipline.md §2.1 and §4.2; ${CH35}; ${QD69D7}`,
      args: [{ subject, form, holdsPost: true }],
      ...(allowed ? { expect: { ok: true, broken: [] } } : { expect: { ok: false }, expectContains: { 'broken[].code': ['formNotForSubject'] } }),
    });
  }
}
const MEASURES = ['removalFromRolls', 'reminder', 'lessonsLearnedReview', 'criticism', 'unsatisfactoryRating', 'suspensionOfActivity', 'relievedOfPost', 'pending'];
for (const subject of Object.keys(FORM_LISTS)) {
  for (const m of MEASURES) {
    check.push({
      id: `check-sys-not-a-form-${subject.toLowerCase()}-${m.toLowerCase()}`,
      description: `${m} recorded as a disciplinary form for ${subject}: never a form.`,
      source: `discipline.md §2.3 (what is not a disciplinary form) and §4.2; ${CH35} (closed list)`,
      args: [{ subject, form: m }],
      expect: { ok: false, 'broken[].code': ['notADisciplinaryForm'], 'broken[0].basis': 'statute' },
    });
  }
}
for (const form of ['removalFromPost', 'expulsion']) {
  check.push({
    id: `check-sys-branch-${form.toLowerCase()}`,
    description: `A chi bộ deciding ${form} for its own member holding a post: beyond khiển trách, cảnh cáo.`,
    source: 'discipline.md §4.1 A1 "Chi bộ quyết định khiển trách, cảnh cáo đảng viên trong chi bộ"; §4.2',
    args: [{ subject: 'officialMember', form, holdsPost: true, decidedBy: 'branch', memberOfDecidingBranch: true, violationInDutyAssignedByHigherLevel: false }],
    expect: { ok: false, 'broken[].code': ['branchBeyondReprimandWarning'], authority: 'rejected' },
  });
}
for (const form of ['reprimand', 'warning']) {
  for (const subject of ['officialMember', 'probationaryMember']) {
    check.push({
      id: `check-sys-branch-own-${subject.toLowerCase()}-${form}`,
      description: `A chi bộ deciding ${form} for its own ${subject}, on the grounds the Charter names: confirmed.`,
      source: 'discipline.md §4.1 A1',
      args: [{ subject, form, decidedBy: 'branch', memberOfDecidingBranch: true, violationInDutyAssignedByHigherLevel: false, violationOnBranchGrounds: true }],
      expect: { ok: true, authority: 'confirmed' },
    });
  }
}

// ================================================================== limitation
const lim: Case[] = [];
const member = (over: Record<string, Json>): Record<string, Json> => ({ subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15', ...over });
const Q69 = 'QĐ 69-QĐ/TW (2022) Điều 4 khoản 2';
lim.push(
  { id: 'lim-ex1', description: 'Reprimand, concluded within five years: within, deadline 10-03-2024 (QĐ 69).', source: `discipline.md §9 worked example 1; ${Q69} điểm b. tests/discipline/limitation.test.ts`, args: [member({})], expect: { status: 'within', deadline: '2024-03-10', periodMonths: 60, 'ruleSet.id': 'qd69' } },
  { id: 'lim-ex2', description: 'Reprimand, concluded after five years: time-barred, deadline 10-03-2022.', source: `discipline.md §9 worked example 2; QĐ 69 Điều 4 khoản 1, khoản 2 điểm b. tests/discipline/limitation.test.ts`, args: [member({ violationOn: '2017-03-10', conclusionOn: '2022-09-20' })], expect: { status: 'timeBarred', deadline: '2022-03-10' } },
  { id: 'lim-ex3', description: 'Same dates, warning: within, deadline 10-03-2027.', source: `discipline.md §9 worked example 3; ${Q69} điểm b. tests/discipline/limitation.test.ts`, args: [member({ warrantedForm: 'warning', violationOn: '2017-03-10', conclusionOn: '2022-09-20' })], expect: { status: 'within', deadline: '2027-03-10', periodMonths: 120 } },
  { id: 'lim-ex4-inclusive', description: 'Cách chức concluded exactly on the anniversary: within under O-2 inclusive (default).', source: `discipline.md §9 worked example 4; ${Q69} điểm b; O-2. tests/discipline/limitation.test.ts`, args: [member({ warrantedForm: 'removalFromPost', violationOn: '2013-06-01', conclusionOn: '2023-06-01' })], expect: { status: 'within', deadline: '2023-06-01' }, expectContains: { optionsThatMattered: ['anniversaryInclusive'] } },
  { id: 'lim-ex4-exclusive', description: 'Same, O-2 exclusive: time-barred, last day 31-05-2023.', source: 'discipline.md §9 worked example 4; O-2. tests/discipline/limitation.test.ts', args: [member({ warrantedForm: 'removalFromPost', violationOn: '2013-06-01', conclusionOn: '2023-06-01' }), { anniversaryInclusive: false }], expect: { status: 'timeBarred', deadline: '2023-05-31' }, expectContains: { optionsThatMattered: ['anniversaryInclusive'] } },
  { id: 'lim-ex5', description: 'Khai trừ: no limitation.', source: `discipline.md §9 worked example 5; ${Q69} điểm b, third indent. tests/discipline/limitation.test.ts`, args: [member({ warrantedForm: 'expulsion', violationOn: '2005-06-15', conclusionOn: '2024-04-12' })], expect: { status: 'noLimitation', deadline: null } },
  { id: 'lim-ex6-restart', description: 'A new violation before the old deadline restarts it: deadline 01-12-2025, within.', source: `discipline.md §9 worked example 6; ${Q69}, second sentence. tests/discipline/limitation.test.ts`, args: [member({ violationOn: '2016-02-01', laterViolationsOn: ['2020-12-01'], conclusionOn: '2024-10-01' })], expect: { status: 'within', deadline: '2025-12-01', countedFrom: '2020-12-01', restarts: [{ violationOn: '2020-12-01', effect: 'restarted', deadlineBefore: '2021-02-01', deadlineAfter: '2025-12-01' }] } },
  { id: 'lim-ex6-b-within', description: 'Violation B itself is within.', source: 'discipline.md §9 worked example 6. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2020-12-01', conclusionOn: '2024-10-01' })], expect: { status: 'within' } },
  { id: 'lim-ex7-a', description: 'A new violation after the old deadline does not revive it: A time-barred.', source: 'discipline.md §9 worked example 7; O-6. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2016-02-01', laterViolationsOn: ['2021-06-01'], conclusionOn: '2022-10-10' })], expect: { status: 'timeBarred', deadline: '2021-02-01', 'restarts[0].effect': 'afterDeadline' } },
  { id: 'lim-ex7-b', description: 'B within, deadline 01-06-2026.', source: 'discipline.md §9 worked example 7. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2021-06-01', conclusionOn: '2022-10-10' })], expect: { status: 'within', deadline: '2026-06-01' } },
  { id: 'lim-ex8', description: 'Organization, warning, concluded 2020: QĐ 07, within, deadline 01-05-2022.', source: 'discipline.md §9 worked example 8; QĐ 07-QĐi/TW (2018) Điều 5. tests/discipline/limitation.test.ts', args: [{ subject: 'organization', warrantedForm: 'warning', violationOn: '2012-05-01', conclusionOn: '2020-03-15' }], expect: { status: 'within', deadline: '2022-05-01', 'ruleSet.id': 'qd102-qd07' } },
  { id: 'lim-ex9', description: 'Organization, giải tán: no limitation.', source: `discipline.md §9 worked example 9; ${Q69} điểm a, third indent. tests/discipline/limitation.test.ts`, args: [{ subject: 'organization', warrantedForm: 'dissolution', violationOn: '2010-01-01', conclusionOn: '2023-06-30' }], expect: { status: 'noLimitation' } },
  { id: 'lim-ex10-member', description: 'Illegal diploma: no limitation for a member under QĐ 102.', source: 'discipline.md §9 worked example 10; QĐ 102-QĐ/TW Điều 3 khoản 2. tests/discipline/limitation.test.ts', args: [member({ warrantedForm: 'warning', violationOn: '2008-01-01', conclusionOn: '2021-06-01', exemptions: { illegalDiploma: true } })], expect: { status: 'noLimitation', 'ruleSet.id': 'qd102-qd07' } },
  { id: 'lim-ex10-member-no-flag', description: 'Without the flag the same case is time-barred.', source: 'discipline.md §9 worked example 10. tests/discipline/limitation.test.ts', args: [member({ warrantedForm: 'warning', violationOn: '2008-01-01', conclusionOn: '2021-06-01' })], expect: { status: 'timeBarred' } },
  { id: 'lim-ex10-organization', description: 'The diploma flag on an organization is rejected.', source: 'discipline.md §9 worked example 10; QĐ 07 Điều 5 and QĐ 69 Điều 4 khoản 2 điểm a (no diploma item). tests/discipline/limitation.test.ts', args: [{ subject: 'organization', warrantedForm: 'warning', violationOn: '2008-01-01', conclusionOn: '2021-06-01', exemptions: { illegalDiploma: true } }], expectError: { issues: [{ code: 'not_applicable', path: ['exemptions', 'illegalDiploma'] }] } },
  { id: 'lim-ex11-unknown', description: 'Member concluded before QĐ 102: unknown, no deadline, no rule set.', source: 'discipline.md §9 worked example 11; §3.1; O-9. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2012-03-01', conclusionOn: '2016-09-01' })], expect: { status: 'unknown', deadline: null, ruleSet: null } },
  { id: 'lim-ex11-pre-qd102-no-limitation', description: 'With preQd102 = noLimitation: no limitation, flagged.', source: 'discipline.md §9 worked example 11; O-9. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2012-03-01', conclusionOn: '2016-09-01' }), { preQd102: 'noLimitation' }], expect: { status: 'noLimitation' }, expectContains: { optionsThatMattered: ['preQd102'] } },
  { id: 'lim-ex11-assume-continuity', description: 'With assumeContinuity: QĐ 69 numbers applied, within, deadline 01-03-2017.', source: 'discipline.md §8 O-9. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2012-03-01', conclusionOn: '2016-09-01' }), { assumeContinuity: true }], expect: { status: 'within', deadline: '2017-03-01', assumedContinuity: true } },
  { id: 'lim-ex11-both-options', description: 'preQd102 wins over assumed continuity.', source: 'discipline.md §8 O-9. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2012-03-01', conclusionOn: '2016-09-01' }), { assumeContinuity: true, preQd102: 'noLimitation' }], expect: { status: 'noLimitation' } },
  { id: 'lim-ex12-leap-day', description: 'Leap-day start: clamped to 28-02-2025, time-barred.', source: `discipline.md §9 worked example 12; ${Q69} điểm b; O-1. tests/discipline/limitation.test.ts`, args: [member({ violationOn: '2020-02-29', conclusionOn: '2025-03-01' })], expect: { status: 'timeBarred', deadline: '2025-02-28', 'ruleSet.id': 'qd69-qd264', optionsThatMattered: ['monthEnd'] } },
  { id: 'lim-ex12-next-day', description: 'The next-day convention gives 01-03-2025, within.', source: 'discipline.md §9 worked example 12; O-1. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2020-02-29', conclusionOn: '2025-03-01' }), { monthEnd: 'nextDay' }], expect: { status: 'within', deadline: '2025-03-01' } },
  { id: 'lim-ex19-end-known', description: 'Continuing violation counted from its known end: deadline 30-06-2023, within.', source: 'discipline.md §9 worked example 19; HD 05 via [S73] (P); O-4. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2016-03-01', violationEndedOn: '2018-06-30', conclusionOn: '2023-03-15' })], expect: { status: 'within', deadline: '2023-06-30', countedFrom: '2018-06-30' }, expectContains: { optionsThatMattered: ['countFrom'] } },
  { id: 'lim-ex19-from-start', description: 'Counted from the start of the conduct: time-barred, deadline 01-03-2021.', source: 'discipline.md §9 worked example 19; O-4. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2016-03-01', violationEndedOn: '2018-06-30', conclusionOn: '2023-03-15' }), { countFrom: 'violationStart' }], expect: { status: 'timeBarred', deadline: '2021-03-01' } },
  { id: 'lim-ex20-without', description: 'Without the hospital stay: time-barred.', source: 'discipline.md §9 worked example 20. tests/discipline/limitation.test.ts', args: [member({ conclusionOn: '2024-05-20' })], expect: { status: 'timeBarred' } },
  { id: 'lim-ex20-with', description: 'A 90-day hospital stay extends the deadline to 08-06-2024: within.', source: 'discipline.md §9 worked example 20; QĐ 69 Điều 2 khoản 14 via HD 05 (P); O-17. tests/discipline/limitation.test.ts', args: [member({ conclusionOn: '2024-05-20', excludedPeriods: [{ from: '2024-02-01', to: '2024-04-30' }] })], expect: { status: 'within', excludedDays: 90, deadline: '2024-06-08' }, expectContains: { optionsThatMattered: ['excludedPeriods'] } },
  { id: 'lim-pause-after-conclusion', description: 'A pause after the conclusion does not extend the deadline.', source: 'discipline.md §8 O-17. tests/discipline/limitation.test.ts', args: [member({ conclusionOn: '2024-05-20', excludedPeriods: [{ from: '2024-06-01', to: '2024-12-31' }] })], expect: { status: 'timeBarred', deadline: '2024-03-10', excludedDays: 0 } },
  { id: 'lim-pause-after-deadline', description: 'A pause starting after the period ran out does not revive it.', source: 'discipline.md §8 O-17. tests/discipline/limitation.test.ts', args: [member({ conclusionOn: '2024-05-20', excludedPeriods: [{ from: '2024-04-01', to: '2024-06-30' }] })], expect: { status: 'timeBarred', deadline: '2024-03-10', excludedDays: 0 } },
  { id: 'lim-pause-straddling', description: 'A pause straddling the unpaused deadline counts in full: deadline 10-04-2024.', source: 'discipline.md §8 O-17. tests/discipline/limitation.test.ts', args: [member({ conclusionOn: '2024-04-10', excludedPeriods: [{ from: '2024-03-01', to: '2024-03-31' }] })], expect: { excludedDays: 31, deadline: '2024-04-10', status: 'within' } },
  { id: 'lim-pause-straddling-day-after', description: 'Concluded the day after: time-barred.', source: 'discipline.md §8 O-17. tests/discipline/limitation.test.ts', args: [member({ conclusionOn: '2024-04-11', excludedPeriods: [{ from: '2024-03-01', to: '2024-03-31' }] })], expect: { status: 'timeBarred' } },
  { id: 'lim-pause-chained', description: 'A second pause reached only thanks to the first one counts too: 100 days.', source: 'discipline.md §8 O-17. tests/discipline/limitation.test.ts', args: [member({ conclusionOn: '2024-06-18', excludedPeriods: [{ from: '2024-02-01', to: '2024-04-30' }, { from: '2024-06-01', to: '2024-06-10' }] })], expect: { excludedDays: 100, deadline: '2024-06-18', status: 'within' } },
  { id: 'lim-pause-overlap', description: 'Overlapping excluded periods are counted once.', source: 'discipline.md §8 O-17. tests/discipline/limitation.test.ts', args: [member({ conclusionOn: '2024-05-20', excludedPeriods: [{ from: '2024-02-01', to: '2024-03-31' }, { from: '2024-03-01', to: '2024-04-30' }] })], expect: { excludedDays: 90 } },
  { id: 'lim-pause-not-under-qd102', description: 'Excluded periods are not deducted under QĐ 102.', source: 'discipline.md §3.5 ("Periods not counted": not seen for QĐ 102). tests/discipline/limitation.test.ts', args: [member({ violationOn: '2016-01-10', conclusionOn: '2021-02-01', excludedPeriods: [{ from: '2020-01-01', to: '2020-12-31' }] })], expect: { 'ruleSet.id': 'qd102-qd07', excludedDays: 0, status: 'timeBarred' } },
  { id: 'lim-discovery-qd69', description: 'End undeterminable: counted from discovery under QĐ 69.', source: 'discipline.md §3.4 HD 05 (P); O-4. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2015-01-01', endUndeterminable: true, discoveredOn: '2020-01-01', conclusionOn: '2024-06-01' })], expect: { countedFrom: '2020-01-01', status: 'within' } },
  { id: 'lim-discovery-qd102', description: 'Under QĐ 102 discovery is not used: counted from the violation.', source: 'discipline.md §3.5; O-4. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2015-01-01', endUndeterminable: true, discoveredOn: '2020-01-01', conclusionOn: '2021-06-01' })], expect: { countedFrom: '2015-01-01', status: 'timeBarred' } },
  { id: 'lim-restart-chain', description: 'Several restarts, each within the running period (assumeContinuity).', source: 'discipline.md §8 O-6 (chains allowed). tests/discipline/limitation.test.ts', args: [member({ violationOn: '2010-01-01', laterViolationsOn: ['2018-01-01', '2014-06-01', '2022-12-31'], conclusionOn: '2027-06-01' }), { assumeContinuity: true }], expect: { 'restarts[].effect': ['restarted', 'restarted', 'restarted'], 'restarts[].violationOn': ['2014-06-01', '2018-01-01', '2022-12-31'], deadline: '2027-12-31', status: 'within' } },
  { id: 'lim-restart-gap', description: 'A gap in the chain stops it.', source: 'discipline.md §8 O-6. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2010-01-01', laterViolationsOn: ['2014-06-01', '2020-01-01', '2023-01-01'], conclusionOn: '2024-06-01' })], expect: { 'restarts[].effect': ['restarted', 'afterDeadline', 'afterDeadline'], status: 'timeBarred', deadline: '2019-06-01' } },
  { id: 'lim-restart-after-conclusion', description: 'A later violation after the conclusion changes nothing.', source: 'discipline.md §8 O-6. tests/discipline/limitation.test.ts', args: [member({ laterViolationsOn: ['2025-01-01'] })], expect: { 'restarts[0].effect': 'afterConclusion', deadline: '2024-03-10' } },
  { id: 'lim-restart-inside-continuing', description: 'A later violation inside a continuing violation does not restart from before its end.', source: 'discipline.md §8 O-4, O-6. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2016-03-01', violationEndedOn: '2018-06-30', laterViolationsOn: ['2017-01-01'], conclusionOn: '2023-03-15' })], expect: { 'restarts[0].effect': 'notAfterStart', deadline: '2023-06-30' } },
  { id: 'lim-restart-qd102', description: 'Restarts work under QĐ 102.', source: 'discipline.md §3.2 QĐ 102 Điều 3 khoản 1 điểm b. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2012-01-01', laterViolationsOn: ['2016-06-01'], conclusionOn: '2021-01-01' })], expect: { 'ruleSet.id': 'qd102-qd07', status: 'within' } },
  { id: 'lim-restart-qd07', description: 'Restarts work under QĐ 07 for organizations.', source: 'discipline.md §3.3 QĐ 07 Điều 5. tests/discipline/limitation.test.ts', args: [{ subject: 'organization', warrantedForm: 'reprimand', violationOn: '2012-01-01', laterViolationsOn: ['2016-06-01'], conclusionOn: '2021-01-01' }], expect: { status: 'within' } },
  { id: 'lim-version-by-violation', description: 'versionBy = violationDate picks the rule set by the violation.', source: 'discipline.md §8 O-7. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2020-01-01', conclusionOn: '2023-01-01' }), { versionBy: 'violationDate' }], expect: { 'ruleSet.id': 'qd102-qd07' } },
  { id: 'lim-rule-set-forced', description: 'ruleSetId forces a version.', source: 'discipline.md §8 O-7. tests/discipline/limitation.test.ts', args: [member({}), { ruleSetId: 'qd102-qd07' }], expect: { 'ruleSet.id': 'qd102-qd07' } },
  { id: 'lim-qd212-unknown', description: 'After QĐ 212 (signed 17-08-2026): unknown.', source: 'discipline.md §3.1 (QĐ 212 content U); O-9. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2023-01-01', conclusionOn: '2026-09-01' })], expect: { status: 'unknown' } },
  { id: 'lim-qd212-continuity', description: 'After QĐ 212 with assumeContinuity: within, deadline 01-01-2028.', source: 'discipline.md §8 O-9. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2023-01-01', conclusionOn: '2026-09-01' }), { assumeContinuity: true }], expect: { status: 'within', assumedContinuity: true, deadline: '2028-01-01' }, expectContains: { optionsThatMattered: ['assumeContinuity'] } },
  { id: 'lim-exemption-false', description: 'A false exemption flag changes nothing.', source: 'discipline.md §8 O-8. tests/discipline/limitation.test.ts', args: [member({ conclusionOn: '2025-01-01', exemptions: { internalPolitics: false } })], expect: { status: 'timeBarred' } },
  { id: 'lim-err-date-order', description: 'A conclusion before the violation → date_order.', source: 'discipline.md §3 (period from violation to conclusion). tests/discipline/limitation.test.ts', args: [member({ conclusionOn: '2019-03-09' })], expectError: { issues: [{ code: 'date_order', path: ['conclusionOn'] }] } },
  { id: 'lim-err-invalid-date', description: '30 February → invalid_date.', source: 'ISO calendar dates. tests/discipline/limitation.test.ts', args: [member({ violationOn: '2019-02-30' })], expectError: { issues: [{ code: 'invalid_date', path: ['violationOn'] }] } },
  { id: 'lim-err-unknown-codes', description: 'Unknown subject and form → invalid_value on each.', source: 'discipline.md §2.1. tests/discipline/limitation.test.ts', args: [member({ subject: 'cadre', warrantedForm: 'fine' })], expectError: { issues: [{ code: 'invalid_value', path: ['subject'] }, { code: 'invalid_value', path: ['warrantedForm'] }] } },
  { id: 'lim-err-non-form', description: 'A non-disciplinary measure as the warranted form → rule_violation.', source: 'discipline.md §2.3 (xóa tên has no thời hiệu). tests/discipline/limitation.test.ts', args: [member({ warrantedForm: 'removalFromRolls' })], expectError: { issues: [{ code: 'rule_violation', path: ['warrantedForm'] }] } },
  { id: 'lim-err-probationary-expulsion', description: 'Probationary member, khai trừ → rule_violation.', source: 'discipline.md §9 worked example 13; Điều lệ Điều 35 khoản 2. tests/discipline/limitation.test.ts', args: [{ subject: 'probationaryMember', warrantedForm: 'expulsion', violationOn: '2020-01-01', conclusionOn: '2021-01-01' }], expectError: { code: 'rule_violation', path: ['warrantedForm'] } },
  { id: 'lim-err-organization-removal', description: 'Organization, cách chức → rule_violation.', source: 'discipline.md §2.1. tests/discipline/limitation.test.ts', args: [{ subject: 'organization', warrantedForm: 'removalFromPost', violationOn: '2020-01-01', conclusionOn: '2021-01-01' }], expectError: { code: 'rule_violation' } },
  { id: 'lim-err-ended-before-start', description: 'End of the conduct before its start → date_order.', source: 'input consistency. tests/discipline/limitation.test.ts', args: [member({ violationEndedOn: '2019-01-01' })], expectError: { issues: [{ code: 'date_order', path: ['violationEndedOn'] }] } },
  { id: 'lim-err-later-not-later', description: 'A "later" violation on the same day → date_order.', source: 'input consistency. tests/discipline/limitation.test.ts', args: [member({ laterViolationsOn: ['2019-03-10'] })], expectError: { issues: [{ code: 'date_order', path: ['laterViolationsOn', 0] }] } },
  { id: 'lim-err-discovery-missing', description: 'End undeterminable without a discovery date → missing.', source: 'discipline.md §8 O-4. tests/discipline/limitation.test.ts', args: [member({ endUndeterminable: true })], expectError: { issues: [{ code: 'missing', path: ['discoveredOn'] }] } },
  { id: 'lim-err-unknown-key', description: 'An unknown field → unknown_key.', source: 'input shape. tests/discipline/limitation.test.ts', args: [member({ extra: 1 })], expectError: { issues: [{ code: 'unknown_key', path: ['extra'] }] } },
  { id: 'lim-err-month-end', description: 'An unknown month-end convention → invalid_value.', source: 'discipline.md §8 O-1. tests/discipline/limitation.test.ts', args: [member({}), { monthEnd: 'round' }], expectError: { issues: [{ code: 'invalid_value', path: ['options', 'monthEnd'] }] } },
  { id: 'lim-err-pause-order', description: 'An excluded period ending before it starts → date_order.', source: 'input consistency. tests/discipline/limitation.test.ts', args: [member({ excludedPeriods: [{ from: '2024-02-01', to: '2024-01-01' }] })], expectError: { issues: [{ code: 'date_order', path: ['excludedPeriods', 0, 'to'] }] } },
  { id: 'lim-err-rule-set-id', description: 'An unknown rule set id → unknown_id.', source: 'discipline.md §8 O-7. tests/discipline/limitation.test.ts', args: [member({}), { ruleSetId: 'qd999' }], expectError: { issues: [{ code: 'unknown_id', path: ['options', 'ruleSetId'] }] } },
);
for (const [start, months, deadline] of [
  ['2019-01-31', 60, '2024-01-31'], ['2019-08-31', 60, '2024-08-31'], ['2019-03-31', 120, '2029-03-31'], ['2020-02-29', 120, '2030-02-28'], ['2016-02-29', 60, '2021-02-28'], ['2012-12-31', 120, '2022-12-31'],
] as const) {
  lim.push({
    id: `lim-calendar-${start}-${months}`,
    description: `A start on ${start} with a ${months}-month period ends on ${deadline} (calendar months, month-end clamp); concluded that day → within.`,
    source: 'discipline.md §8 O-1 (calendar months with clamp), O-2 (inclusive). tests/discipline/limitation.test.ts',
    args: [member({ warrantedForm: months === 60 ? 'reprimand' : 'warning', violationOn: start, conclusionOn: deadline }), { assumeContinuity: true }],
    expect: { deadline, status: 'within' },
  });
}
for (const [conclusionOn, status] of [['2016-12-31', 'unknown'], ['2017-11-15', 'within'], ['2018-09-01', 'within'], ['2021-11-30', 'within'], ['2021-12-02', 'timeBarred'], ['2022-07-06', 'timeBarred'], ['2025-02-14', 'timeBarred'], ['2026-08-17', 'unknown']] as const) {
  lim.push({
    id: `lim-version-member-${conclusionOn}`,
    description: `Member, reprimand, violation 01-01-2013 restarted by 01-12-2016, concluded ${conclusionOn} → ${status}.`,
    source: 'discipline.md §3.1 (which text governs when) and §3.5; O-7 (version at conclusion), O-9 (gaps). tests/discipline/limitation.test.ts',
    args: [{ subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2013-01-01', laterViolationsOn: ['2016-12-01'], conclusionOn }],
    expect: { status },
  });
}
lim.push(
  { id: 'lim-version-org-2018-08-27', description: 'Organization concluded 27-08-2018, before QĐ 07: unknown.', source: 'discipline.md §3.1 (organisations 15-11-2017 → 27-08-2018: U). tests/discipline/limitation.test.ts', args: [{ subject: 'organization', warrantedForm: 'reprimand', violationOn: '2013-01-01', laterViolationsOn: ['2016-12-01'], conclusionOn: '2018-08-27' }], expect: { status: 'unknown' } },
  { id: 'lim-version-org-2018-08-28', description: 'Organization concluded 28-08-2018: QĐ 07 applies, within.', source: 'discipline.md §3.1 and §3.3 QĐ 07 Điều 5. tests/discipline/limitation.test.ts', args: [{ subject: 'organization', warrantedForm: 'reprimand', violationOn: '2013-01-01', laterViolationsOn: ['2016-12-01'], conclusionOn: '2018-08-28' }], expect: { status: 'within' } },
);
// systematic: each version × subject × warranted form, on the day before, on, and after the deadline
const eras: { name: string; src: Record<string, string>; v5: string; v10: string }[] = [
  { name: 'qd102-qd07', src: { member: 'QĐ 102-QĐ/TW (2017) Điều 3 khoản 1 điểm a', organization: 'QĐ 07-QĐi/TW (2018) Điều 5' }, v5: '2015-04-20', v10: '2010-04-20' },
  { name: 'qd69', src: { member: `${Q69} điểm b`, organization: `${Q69} điểm a` }, v5: '2018-09-15', v10: '2013-09-15' },
  { name: 'qd69-qd264', src: { member: `${Q69} điểm b (unchanged by QĐ 264-QĐ/TW, 14-02-2025)`, organization: `${Q69} điểm a (unchanged by QĐ 264)` }, v5: '2020-11-30', v10: '2015-11-30' },
];
const periods: [string, string, number][] = [
  ['officialMember', 'reprimand', 60], ['officialMember', 'warning', 120], ['officialMember', 'removalFromPost', 120],
  ['probationaryMember', 'reprimand', 60], ['probationaryMember', 'warning', 120],
  ['organization', 'reprimand', 60], ['organization', 'warning', 120],
];
for (const era of eras) {
  for (const [subject, form, months] of periods) {
    const violationOn = months === 60 ? era.v5 : era.v10;
    const deadline = addMonths(violationOn, months);
    const src = `discipline.md §3.5 table; ${subject === 'organization' ? era.src.organization : era.src.member}: ${months / 12} năm (${months} tháng) for "${form}"; O-2 (anniversary inclusive), O-7 (version at conclusion)`;
    for (const [tag, conclusionOn, status] of [['day-before', addDays(deadline, -1), 'within'], ['on-deadline', deadline, 'within'], ['day-after', addDays(deadline, 1), 'timeBarred']] as const) {
      lim.push({
        id: `lim-sys-${era.name}-${subject.toLowerCase()}-${form.toLowerCase()}-${tag}`,
        description: `${era.name}: ${subject}, warranted ${form}, violation ${violationOn}, concluded ${conclusionOn} (deadline ${deadline}) → ${status}.`,
        source: src,
        args: [{ subject, warrantedForm: form, violationOn, conclusionOn }],
        expect: { status, deadline, periodMonths: months },
      });
    }
  }
  const concl = era.name === 'qd102-qd07' ? '2020-06-01' : era.name === 'qd69' ? '2023-06-01' : '2025-06-01';
  for (const [subject, form] of [['officialMember', 'expulsion'], ['organization', 'dissolution']] as const) {
    lim.push({
      id: `lim-sys-${era.name}-${subject.toLowerCase()}-${form}-no-limitation`,
      description: `${era.name}: ${subject}, warranted ${form} → no limitation.`,
      source: `discipline.md §3.5 "No limitation: top form"; ${subject === 'organization' ? era.src.organization : era.src.member}`,
      args: [{ subject, warrantedForm: form, violationOn: '2001-01-01', conclusionOn: concl }],
      expect: { status: 'noLimitation', deadline: null },
    });
  }
  for (const subject of ['officialMember', 'probationaryMember', 'organization'] as const) {
    for (const flag of ['internalPolitics', 'defenceSecurityForeignHarmingNationalInterest'] as const) {
      lim.push({
        id: `lim-sys-${era.name}-${subject.toLowerCase()}-${flag.toLowerCase()}`,
        description: `${era.name}: ${subject}, reprimand warranted 20+ years ago, ${flag} → no limitation.`,
        source: `discipline.md §3.5 "No limitation: subject matter"; ${subject === 'organization' ? era.src.organization : era.src.member}; O-8`,
        args: [{ subject, warrantedForm: 'reprimand', violationOn: '2001-01-01', conclusionOn: concl, exemptions: { [flag]: true } }],
        expect: { status: 'noLimitation' },
      });
    }
  }
  lim.push({
    id: `lim-sys-${era.name}-member-illegal-diploma`,
    description: `${era.name}: official member, warning, illegal diploma → no limitation.`,
    source: `discipline.md §3.5 ("văn bằng, chứng chỉ, chứng nhận không hợp pháp", members only); ${era.src.member}`,
    args: [{ subject: 'officialMember', warrantedForm: 'warning', violationOn: '2001-01-01', conclusionOn: concl, exemptions: { illegalDiploma: true } }],
    expect: { status: 'noLimitation' },
  });
  lim.push({
    id: `lim-sys-${era.name}-organization-illegal-diploma`,
    description: `${era.name}: the diploma exemption on an organization is rejected (not in the organisation list).`,
    source: `discipline.md §3.5 (organisations: no diploma item); ${era.src.organization}`,
    args: [{ subject: 'organization', warrantedForm: 'warning', violationOn: '2001-01-01', conclusionOn: concl, exemptions: { illegalDiploma: true } }],
    expectError: { code: 'not_applicable', path: ['exemptions', 'illegalDiploma'] },
  });
}

// ================================================================== effects
const eff: Case[] = [];
const rep = { subject: 'officialMember', form: 'reprimand', decidedOn: '2023-01-05', announcedOn: '2023-01-05' };
const QD69k5 = 'QĐ 69-QĐ/TW Điều 2 khoản 5: "Sau 12 tháng, kể từ ngày công bố quyết định kỷ luật … đương nhiên chấm dứt hiệu lực"';
eff.push(
  { id: 'eff-ex15-day-before', description: 'Reprimand announced 05-01-2023: still in effect on 04-01-2024.', source: `discipline.md §9 worked example 15; ${QD69k5}. tests/discipline/effects.test.ts`, args: [rep, { on: '2024-01-04' }], expect: { status: 'inEffect' } },
  { id: 'eff-ex15-lapses', description: 'It lapses from 05-01-2024.', source: `discipline.md §9 worked example 15; ${QD69k5}; O-2. tests/discipline/effects.test.ts`, args: [rep, { on: '2024-01-05' }], expect: { status: 'expired', inEffect: false, expiresOn: '2024-01-05' } },
  { id: 'eff-ex15-other-boundary', description: 'endsOnAnniversary = false moves the end one day later.', source: 'discipline.md §9 worked example 15 ("boundary as in O-2"). tests/discipline/effects.test.ts', args: [rep, { on: '2024-01-05', endsOnAnniversary: false }], expect: { status: 'inEffect', expiresOn: '2024-01-06' } },
  { id: 'eff-not-yet', description: 'Before its announcement it is not yet in effect.', source: 'discipline.md §4.1 A17 khoản 6 "có hiệu lực ngay sau khi công bố". tests/discipline/effects.test.ts', args: [rep, { on: '2023-01-04' }], expect: { status: 'notYetInEffect' } },
  { id: 'eff-complaint-settled', description: 'A complaint moves the start to the complaint decision: expires 10-04-2024.', source: `${QD69k5} "hoặc quyết định giải quyết khiếu nại". tests/discipline/effects.test.ts`, args: [{ ...rep, complaint: { filedOn: '2023-01-20', resolvedOn: '2023-04-10' } }, { on: '2024-02-01' }], expect: { status: 'inEffect', expiresOn: '2024-04-10' } },
  { id: 'eff-complaint-pending', description: 'A pending complaint keeps it in effect, no end date.', source: `${QD69k5}; discipline.md §4.1 A17 khoản 9. tests/discipline/effects.test.ts`, args: [{ ...rep, complaint: { filedOn: '2023-01-20' } }, { on: '2025-01-01' }], expect: { status: 'inEffect', expiresOn: null } },
  { id: 'eff-new-violation-within', description: 'A new violation within the 12 months stops the automatic expiry.', source: `${QD69k5} "không tái phạm hoặc không có vi phạm mới". tests/discipline/effects.test.ts`, args: [{ ...rep, laterViolationsOn: ['2023-06-01'] }, { on: '2024-06-01' }], expect: { status: 'inEffect', expiresOn: null } },
  { id: 'eff-new-violation-after', description: 'A new violation after the 12 months does not.', source: `${QD69k5}. tests/discipline/effects.test.ts`, args: [{ ...rep, laterViolationsOn: ['2024-02-01'] }, { on: '2024-06-01' }], expect: { status: 'expired' } },
  { id: 'eff-changed-form', description: 'A changed form counts the time served under the earlier decision (HD 05): expires 05-01-2024.', source: 'discipline.md §5.1 (HD 05, P). tests/discipline/effects.test.ts', args: [{ subject: 'officialMember', form: 'warning', decidedOn: '2023-06-01', changesDecisionAnnouncedOn: '2023-01-05' }, { on: '2024-01-05' }], expect: { status: 'expired', expiresOn: '2024-01-05' } },
  { id: 'eff-changed-form-not-given', description: 'Without the earlier decision, the 12 months run from 01-06-2023.', source: 'discipline.md §5.1. tests/discipline/effects.test.ts', args: [{ subject: 'officialMember', form: 'warning', decidedOn: '2023-06-01' }, { on: '2024-01-05' }], expect: { status: 'inEffect' } },
  { id: 'eff-qd30-member', description: 'QĐ 30 era: one year for members; expired on 01-03-2020.', source: 'discipline.md §5.1 QĐ 30 Điều 40 "Sau một năm". tests/discipline/effects.test.ts', args: [{ subject: 'officialMember', form: 'warning', decidedOn: '2019-03-01' }, { on: '2020-03-01' }], expect: { status: 'expired' } },
  { id: 'eff-qd30-organization', description: 'QĐ 30 era: organizations not covered → unknown.', source: 'discipline.md §5.1 (QĐ 30 text speaks of "đảng viên"). tests/discipline/effects.test.ts', args: [{ subject: 'organization', form: 'warning', decidedOn: '2019-03-01' }, { on: '2020-03-01' }], expect: { status: 'unknown' } },
  { id: 'eff-qd22-unknown', description: 'QĐ 22 era (28-07-2021 → 05-07-2022): unknown.', source: 'discipline.md §5.1 (QĐ 22 not seen); O-12. tests/discipline/effects.test.ts', args: [{ subject: 'officialMember', form: 'warning', decidedOn: '2021-10-01' }, { on: '2023-01-01' }], expect: { status: 'unknown', inEffect: null } },
  { id: 'eff-qd22-continuity', description: 'QĐ 22 era with assumeContinuity: expired.', source: 'discipline.md §8 O-12. tests/discipline/effects.test.ts', args: [{ subject: 'officialMember', form: 'warning', decidedOn: '2021-10-01' }, { on: '2023-01-01', assumeContinuity: true }], expect: { status: 'expired' } },
  { id: 'eff-qd212-unknown', description: 'After QĐ 212 (2026): unknown.', source: 'discipline.md §5.1 (QĐ 212: U). tests/discipline/effects.test.ts', args: [{ subject: 'officialMember', form: 'warning', decidedOn: '2026-09-01' }, { on: '2028-01-01' }], expect: { status: 'unknown' } },
  { id: 'eff-removal-bar-during', description: 'Cách chức: one-year bar on election and equivalent appointment, until 15-03-2025.', source: 'discipline.md §5.2 Điều lệ Điều 40 khoản 3 "trong vòng một năm". tests/discipline/effects.test.ts', args: [{ subject: 'officialMember', form: 'removalFromPost', decidedOn: '2024-03-15' }, { on: '2025-03-14' }], expect: { 'bars[?code="noElectionOrEquivalentAppointment"][]{from,until,hardGate}': [{ from: '2024-03-15', until: '2025-03-15', hardGate: true }] }, expectContains: { 'barsInForce[].code': ['noElectionOrEquivalentAppointment'] } },
  { id: 'eff-removal-bar-after', description: 'The bar is over on 15-03-2025.', source: 'discipline.md §5.2 Điều lệ Điều 40 khoản 3. tests/discipline/effects.test.ts', args: [{ subject: 'officialMember', form: 'removalFromPost', decidedOn: '2024-03-15' }, { on: '2025-03-15' }], expectExcludes: { 'barsInForce[].code': ['noElectionOrEquivalentAppointment'] } },
  { id: 'eff-ex17-qd80-warning', description: 'Warning on 01-10-2022 (QĐ 80): no planning or higher appointment before 01-04-2025.', source: 'discipline.md §9 worked example 17; §5.2 QĐ 80 (30 tháng, P). tests/discipline/effects.test.ts', args: [{ subject: 'officialMember', form: 'warning', decidedOn: '2022-10-01' }, { on: '2025-03-31' }], expect: { 'barsInForce[?code="noPlanningOrHigherAppointment"][]{until,hardGate}': [{ until: '2025-04-01', hardGate: false }] } },
  { id: 'eff-ex17-qd80-warning-over', description: 'On 01-04-2025 no bar is in force.', source: 'discipline.md §9 worked example 17. tests/discipline/effects.test.ts', args: [{ subject: 'officialMember', form: 'warning', decidedOn: '2022-10-01' }, { on: '2025-04-01' }], expect: { barsInForce: [] } },
  { id: 'eff-qd377-reprimand', description: 'QĐ 377: "may be considered after" 24 months and removal from planning (HD 45).', source: 'discipline.md §5.2 QĐ 377 (P from translation); HD 45-HD/BTCTW mục I điểm 8 (Q1). tests/discipline/effects.test.ts', args: [{ subject: 'officialMember', form: 'reprimand', decidedOn: '2025-11-01' }, { on: '2026-01-01' }], expect: { 'bars[].code': ['mayBeConsideredForHigherPostAfter', 'removeFromPlanning'], 'bars[0].until': '2027-11-01' } },
  { id: 'eff-qd105-reprimand', description: 'QĐ 105 era: at least 12 months from a reprimand.', source: 'discipline.md §5.2 QĐ 105 (P). tests/discipline/effects.test.ts', args: [{ subject: 'officialMember', form: 'reprimand', decidedOn: '2019-05-01' }, { on: '2020-04-30' }], expect: { 'barsInForce[0]{code,until,hardGate}': { code: 'noPlanningOrHigherAppointment', until: '2020-05-01', hardGate: false } } },
  { id: 'eff-organization-no-bars', description: 'Organizations carry no cadre bars.', source: 'discipline.md §5.2 (bars concern cadres). tests/discipline/effects.test.ts', args: [{ subject: 'organization', form: 'warning', decidedOn: '2023-01-01' }, { on: '2023-06-01' }], expect: { bars: [] } },
  { id: 'eff-expelled-no-bars', description: 'Expelled members carry no cadre bars.', source: 'discipline.md §5.2. tests/discipline/effects.test.ts', args: [{ subject: 'officialMember', form: 'expulsion', decidedOn: '2023-01-01' }, { on: '2023-06-01' }], expect: { bars: [] } },
  { id: 'eff-ex16-for-rating', description: 'The facts handed to the rating area.', source: 'discipline.md §9 worked example 16; §5.4. tests/discipline/effects.test.ts', args: [{ subject: 'officialMember', form: 'reprimand', decidedOn: '2025-05-01', violationOn: '2024-11-01', relatedToOfficialDuty: true, selfReportedAndRemedied: false }, { on: '2025-12-31' }], expect: { forRating: { form: 'reprimand', decidedOn: '2025-05-01', violationOn: '2024-11-01', relatedToOfficialDuty: true, selfReportedAndRemedied: false } } },
  { id: 'eff-err-announced-before-decided', description: 'Announcement before the decision → date_order.', source: 'input consistency. tests/discipline/effects.test.ts', args: [{ ...rep, announcedOn: '2023-01-04' }, { on: '2024-01-01' }], expectError: { issues: [{ code: 'date_order', path: ['announcedOn'] }] } },
  { id: 'eff-err-bad-date', description: '29 February 2023 → invalid_date.', source: 'ISO calendar dates. tests/discipline/effects.test.ts', args: [{ subject: 'officialMember', form: 'reprimand', decidedOn: '2023-02-29' }, { on: '2024-01-01' }], expectError: { issues: [{ code: 'invalid_date', path: ['decidedOn'] }] } },
  { id: 'eff-err-pair', description: 'Probationary member with cách chức → rule_violation.', source: 'discipline.md §2.1. tests/discipline/effects.test.ts', args: [{ ...rep, subject: 'probationaryMember', form: 'removalFromPost' }, { on: '2024-01-01' }], expectError: { issues: [{ code: 'rule_violation', path: ['form'] }] } },
  { id: 'eff-err-measure', description: 'A reminder is not a disciplinary decision → rule_violation.', source: 'discipline.md §2.3. tests/discipline/effects.test.ts', args: [{ ...rep, form: 'reminder' }, { on: '2024-01-01' }], expectError: { issues: [{ code: 'rule_violation', path: ['form'] }] } },
  { id: 'eff-err-option-date', description: 'Month 13 → invalid_date on options.on.', source: 'ISO calendar dates. tests/discipline/effects.test.ts', args: [rep, { on: '2024-13-01' }], expectError: { issues: [{ code: 'invalid_date', path: ['options', 'on'] }] } },
  { id: 'eff-err-complaint-order', description: 'Complaint resolved before filed → date_order.', source: 'input consistency. tests/discipline/effects.test.ts', args: [{ ...rep, complaint: { filedOn: '2023-02-01', resolvedOn: '2023-01-31' } }, { on: '2024-01-01' }], expectError: { issues: [{ code: 'date_order', path: ['complaint', 'resolvedOn'] }] } },
);
// systematic expiry under QĐ 69 (12 months from announcement) and QĐ 30 (one year, members)
const eff69: [string, string][] = [['officialMember', 'reprimand'], ['officialMember', 'warning'], ['officialMember', 'removalFromPost'], ['probationaryMember', 'reprimand'], ['probationaryMember', 'warning'], ['organization', 'reprimand'], ['organization', 'warning']];
for (const [subject, form] of eff69) {
  const decidedOn = '2023-03-15';
  const end = addMonths(decidedOn, 12);
  eff.push(
    { id: `eff-sys-qd69-${subject.toLowerCase()}-${form.toLowerCase()}-day-before`, description: `QĐ 69: ${subject}, ${form} announced ${decidedOn}, on ${addDays(end, -1)} → in effect, lapses ${end}.`, source: `discipline.md §5.1; ${QD69k5}`, args: [{ subject, form, decidedOn, announcedOn: decidedOn }, { on: addDays(end, -1) }], expect: { status: 'inEffect', inEffect: true, expiresOn: end } },
    { id: `eff-sys-qd69-${subject.toLowerCase()}-${form.toLowerCase()}-lapsed`, description: `QĐ 69: ${subject}, ${form} announced ${decidedOn}, on ${end} → expired.`, source: `discipline.md §5.1; ${QD69k5}; O-2`, args: [{ subject, form, decidedOn, announcedOn: decidedOn }, { on: end }], expect: { status: 'expired', inEffect: false, expiresOn: end } },
  );
}
for (const [subject, form] of [['officialMember', 'reprimand'], ['officialMember', 'warning'], ['officialMember', 'removalFromPost'], ['probationaryMember', 'warning']] as const) {
  const decidedOn = '2019-09-10';
  const end = addMonths(decidedOn, 12);
  eff.push(
    { id: `eff-sys-qd30-${subject.toLowerCase()}-${form.toLowerCase()}-day-before`, description: `QĐ 30: ${subject}, ${form} of ${decidedOn}, on ${addDays(end, -1)} → in effect.`, source: 'discipline.md §5.1 QĐ 30 Điều 40: "Sau một năm, kể từ ngày công bố quyết định kỷ luật … đương nhiên chấm dứt hiệu lực"', args: [{ subject, form, decidedOn }, { on: addDays(end, -1) }], expect: { status: 'inEffect', expiresOn: end } },
    { id: `eff-sys-qd30-${subject.toLowerCase()}-${form.toLowerCase()}-lapsed`, description: `QĐ 30: ${subject}, ${form} of ${decidedOn}, on ${end} → expired.`, source: 'discipline.md §5.1 QĐ 30 Điều 40', args: [{ subject, form, decidedOn }, { on: end }], expect: { status: 'expired', expiresOn: end } },
  );
}
for (const [subject, form] of [['officialMember', 'expulsion'], ['organization', 'dissolution']] as const) {
  for (const decidedOn of ['2019-09-10', '2023-03-15', '2025-12-01']) {
    eff.push({ id: `eff-sys-permanent-${subject.toLowerCase()}-${form}-${decidedOn}`, description: `${subject}, ${form} of ${decidedOn}: never lapses.`, source: 'discipline.md §5.1: "(trừ quyết định kỷ luật khai trừ …)" (QĐ 30 Điều 40; QĐ 69 Điều 2 khoản 5 adds "giải tán đối với tổ chức đảng")', args: [{ subject, form, decidedOn }, { on: '2030-01-01' }], expect: { status: 'permanent', inEffect: true, expiresOn: null } });
  }
}
// planning and appointment bars by era (discipline.md §5.2, O-15)
const barEras: [string, string, string, Record<string, number>, string][] = [
  ['qd105', '2019-06-20', 'noPlanningOrHigherAppointment', { reprimand: 12, warning: 12, removalFromPost: 12 }, 'QĐ 105 (2017): "không được quy hoạch, bổ nhiệm vào các chức vụ cao hơn trong thời gian ít nhất 1 năm kể từ khi có quyết định kỷ luật" (P)'],
  ['qd80', '2023-05-10', 'noPlanningOrHigherAppointment', { reprimand: 12, warning: 30, removalFromPost: 60 }, 'QĐ 80 (2022): "12 tháng đối với hình thức kỷ luật khiển trách; 30 tháng đối với hình thức kỷ luật cảnh cáo; 60 tháng đối với hình thức kỷ luật cách chức" (P)'],
  ['qd377', '2026-01-15', 'mayBeConsideredForHigherPostAfter', { reprimand: 24, warning: 36, removalFromPost: 60 }, 'QĐ 377 (08-10-2025): "reprimand (after 24 months); warning … (after 36 months); or removal from office (after 60 months)" (P, translation)'],
];
for (const [era, decidedOn, code, months, src] of barEras) {
  for (const [form, m] of Object.entries(months)) {
    eff.push({
      id: `eff-sys-bar-${era}-${form.toLowerCase()}`,
      description: `${era}: ${form} decided ${decidedOn} → ${code} until ${addMonths(decidedOn, m)} (${m} months).`,
      source: `discipline.md §5.2; ${src}; O-15`,
      args: [{ subject: 'officialMember', form, decidedOn }, { on: addDays(decidedOn, 1) }],
      expect: { [`bars[?code="${code}"][].until`]: [addMonths(decidedOn, m)] },
    });
  }
}
eff.push({
  id: 'eff-sys-bar-qd377-removal-from-planning',
  description: 'QĐ 377 era: any disciplinary decision also yields removal from planning (HD 45).',
  source: 'discipline.md §5.2: HD 45-HD/BTCTW (21-11-2025) mục I điểm 8 "đưa ngay ra khỏi quy hoạch" (Q1); O-15',
  args: [{ subject: 'officialMember', form: 'warning', decidedOn: '2026-01-15' }, { on: '2026-01-16' }],
  expectContains: { 'bars[].code': ['removeFromPlanning'] },
});

// ================================================================== tallyDisciplines
const tal: Case[] = [
  {
    id: 'tally-seed000-kronh-no-2018',
    description: 'Krông Nô 2018: 50 members = 30 + 12 + 5 + 3, 4 organizations = 2 + 2.',
    source: 'discipline.md §7 (seed 000_966d660263fac988, Krông Nô 2018). tests/discipline/tallyDisciplines.test.ts',
    args: [[
      { subject: 'member', outcome: 'reprimand', count: 30 }, { subject: 'member', outcome: 'warning', count: 12 }, { subject: 'member', outcome: 'removalFromPost', count: 5 }, { subject: 'member', outcome: 'expulsion', count: 3 },
      { subject: 'organization', outcome: 'reprimand', count: 2 }, { subject: 'organization', outcome: 'warning', count: 2 },
    ]],
    expect: { disciplined: { individual: 50, collective: 4 }, 'tally.disciplines': { member: { reprimand: 30, warning: 12, removalFromPost: 5, expulsion: 3 }, organization: { reprimand: 2, warning: 2 } }, nonDisciplinary: {} },
  },
  {
    id: 'tally-seed004-can-tho-2019',
    description: 'Cần Thơ 2019: of 32 individuals "xử lý" only 11 are disciplined; of 6 collectives only 1.',
    source: 'discipline.md §2.3 and §7 (seed 004_26c33ccc72d710b1, Cần Thơ). tests/discipline/tallyDisciplines.test.ts',
    args: [[
      { subject: 'organization', outcome: 'reprimand', count: 1 }, { subject: 'organization', outcome: 'reminder', count: 5 }, { subject: 'member', outcome: 'warning', count: 2 },
      { subject: 'member', outcome: 'reprimand', count: 9 }, { subject: 'member', outcome: 'unsatisfactoryRating', count: 4 }, { subject: 'member', outcome: 'reminder', count: 17 },
    ]],
    expect: { disciplined: { individual: 11, collective: 1 }, nonDisciplinary: { individual: 21, collective: 5 }, 'tally.nonDisciplinary': { collective: { reminder: 5 }, individual: { unsatisfactoryRating: 4, reminder: 17 } }, total: 38 },
  },
  {
    id: 'tally-pending-kept-out',
    description: 'One record per case; the "pending" outcome is kept out of discipline.',
    source: 'discipline.md §7 ("Count separately"). tests/discipline/tallyDisciplines.test.ts',
    args: [[
      ...Array.from({ length: 15 }, () => ({ subject: 'officialMember', outcome: 'reprimand' })),
      ...Array.from({ length: 5 }, () => ({ subject: 'officialMember', outcome: 'warning' })),
      { subject: 'officialMember', outcome: 'removalFromPost' },
      { subject: 'officialMember', outcome: 'pending' },
    ]],
    expect: { 'tally.disciplines.officialMember': { reprimand: 15, warning: 5, removalFromPost: 1 }, 'tally.nonDisciplinary.individual': { pending: 1 }, 'disciplined.individual': 21 },
  },
  {
    id: 'tally-err-probationary-expulsion',
    description: 'A probationary member recorded as expelled → an issue at records[0].outcome.',
    source: 'discipline.md §2.1 (dự bị: khiển trách, cảnh cáo). tests/discipline/docExamples.test.ts',
    args: [[{ subject: 'probationaryMember', outcome: 'expulsion' }]],
    expectError: { code: 'rule_violation', path: ['records', 0, 'outcome'] },
  },
];
for (const m of MEASURES) {
  tal.push({
    id: `tally-sys-measure-${m.toLowerCase()}`,
    description: `Three members with the outcome ${m}: counted as non-disciplinary, none disciplined.`,
    source: 'discipline.md §2.3 and §7 ("Count separately: nhắc nhở, kiểm điểm rút kinh nghiệm, KHTNV ratings, xóa tên, đình chỉ sinh hoạt")',
    args: [[{ subject: 'member', outcome: m, count: 3 }]],
    expect: { disciplined: {}, 'nonDisciplinary.individual': 3 },
  });
}

write('quota/checkQuota.json', { function: 'checkQuota', description: 'The HTXSNV quota of a group (rating.md §7.2, options D2, D3, D5). args = [ratings (counts by level or a list of levels), options].', cases: quota });
write('discipline-forms/disciplineForms.json', { function: 'disciplineForms', description: 'The closed list of disciplinary forms per subject on a date (discipline.md §2.1–2.2). args = [subject, options]. The result is an array.', cases: forms });
write('discipline-check/checkDiscipline.json', { function: 'checkDiscipline', description: 'Impossible (subject, form, deciding body) combinations (discipline.md §2, §4.2). args = [input, options?].', cases: check });
write('limitation/limitation.json', { function: 'limitation', description: 'Statute of limitations (thời hiệu) by version (discipline.md §3, §9 examples 1–12, 19–20). args = [input, options?].', cases: lim });
write('effects/disciplineEffects.json', { function: 'disciplineEffects', description: 'Whether a decision is still in effect on a day, and the bars it carries (discipline.md §5). args = [decision, options].', cases: eff });
write('discipline-tally/tallyDisciplines.json', { function: 'tallyDisciplines', description: 'Counting discipline apart from non-disciplinary outcomes (discipline.md §7). args = [records].', cases: tal });
