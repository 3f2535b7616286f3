/** Report cases: reconcile and rollUp (conformance/reconcile, conformance/rollup). See _lib.ts. */
import { type Case, type Json, write } from './_lib.js';

const disc = (category: string, value: number, subject = 'member'): Json => ({ measure: 'discipline', subject, category, value });
const other = (category: string, value: number, subject: string): Json => ({ measure: 'nonDisciplinary', subject, category, value });
const rating = (category: string, value: number, subject = 'member', orBetter = false): Json => (orBetter ? { measure: 'rating', subject, category, value, orBetter } : { measure: 'rating', subject, category, value });
const CODES = 'findings[]{severity,code,path}';
const f = (severity: string, code: string, path: (string | number)[]) => ({ severity, code, path });
const HRR = 'hierarchy-review-reports.md §4';
const rec: Case[] = [
  {
    id: 'reconcile-seed000-krong-no',
    description: 'Krông Nô 2018: 30 + 12 + 5 + 3 = 50 members, 2 + 2 = 4 organizations: consistent.',
    source: `${HRR} seed 000 #1, #2; discipline.md §7. tests/report/reconcile.test.ts`,
    args: [{ groups: [{ total: { measure: 'discipline', subject: 'individual', value: 50 }, parts: [disc('reprimand', 30), disc('warning', 12), disc('removalFromPost', 5), disc('expulsion', 3)] }, { total: { measure: 'discipline', subject: 'organization', value: 4 }, parts: [disc('reprimand', 2, 'organization'), disc('warning', 2, 'organization')] }] }],
    expect: { consistent: true, findings: [], 'groups[0].tally.disciplines.member': { reprimand: 30, warning: 12, removalFromPost: 5, expulsion: 3 } },
  },
  {
    id: 'reconcile-seed001-funnel-exceeds',
    description: '9 collectives into the procedure out of 8 reviewed: subsetExceedsTotal.',
    source: `${HRR} seed 001 (as a funnel that does not hold). tests/report/reconcile.test.ts`,
    args: [{ groups: [{ total: { measure: 'suggestedReview', subject: 'collective', value: 8 }, subsets: [{ measure: 'disciplineProcedure', subject: 'collective', value: 9 }] }] }],
    expect: { [CODES]: [f('error', 'subsetExceedsTotal', ['groups', 0, 'subsets', 0])] },
  },
  {
    id: 'reconcile-seed004-classified',
    description: 'Cần Thơ: discipline, nhắc nhở and a KHTNV rating under one heading are classified, not miscounted.',
    source: `${HRR} seed 004 #1, #2; discipline.md §2.3, §7. tests/report/reconcile.test.ts`,
    args: [{ groups: [
      { total: { measure: 'degradationFound', subject: 'collective', value: 6 }, parts: [disc('reprimand', 1, 'collective'), other('reminder', 5, 'collective')] },
      { total: { measure: 'degradationFound', subject: 'individual', value: 32 }, parts: [disc('warning', 2, 'individual'), disc('reprimand', 9, 'individual'), other('unsatisfactoryRating', 4, 'individual'), other('reminder', 17, 'individual')] },
    ] }],
    expect: { consistent: true, 'groups[].classification': [{ discipline: 1, nonDisciplinary: 5, pending: 0, rating: 0, other: 0 }, { discipline: 11, nonDisciplinary: 21, pending: 0, rating: 0, other: 0 }] },
  },
  {
    id: 'reconcile-seed004-mixed-heading-note',
    description: 'Read as a "xử lý kỷ luật" heading of 32, the mix is a note by default.',
    source: `${HRR} seed 004 #2; discipline.md §7. tests/report/reconcile.test.ts`,
    args: [{ groups: [{ total: { measure: 'discipline', subject: 'individual', value: 32 }, parts: [disc('warning', 2, 'individual'), disc('reprimand', 9, 'individual'), other('unsatisfactoryRating', 4, 'individual'), other('reminder', 17, 'individual')] }] }],
    expect: { consistent: true, [CODES]: [f('note', 'mixedHeading', ['groups', 0])] },
  },
  {
    id: 'reconcile-seed004-mixed-heading-error',
    description: 'The same with extendedOutcomesUnderDiscipline = error: inconsistent.',
    source: `${HRR} seed 004 #2. tests/report/reconcile.test.ts`,
    args: [{ groups: [{ total: { measure: 'discipline', subject: 'individual', value: 32 }, parts: [disc('warning', 2, 'individual'), disc('reprimand', 9, 'individual'), other('unsatisfactoryRating', 4, 'individual'), other('reminder', 17, 'individual')] }] }, { extendedOutcomesUnderDiscipline: 'error' }],
    expect: { consistent: false },
  },
  {
    id: 'reconcile-seed004-pending-excluded',
    description: '15 + 5 + 1 = 21 against 22 when the pending case is left out of the total.',
    source: `${HRR} seed 004 #3. tests/report/reconcile.test.ts`,
    args: [{ groups: [{ total: { measure: 'other', subject: 'member', value: 22 }, parts: [disc('reprimand', 15), disc('warning', 5), disc('removalFromPost', 1), other('pending', 1, 'member')] }] }, { pendingInTotal: false }],
    expect: { [CODES]: [f('error', 'partsNotEqualTotal', ['groups', 0])] },
  },
  {
    id: 'reconcile-seed004-percent-without-base',
    description: '"45.245 cán bộ, đảng viên, đạt tỷ lệ 98,46%" has no stated base: a note.',
    source: `${HRR} seed 004 #5. tests/report/reconcile.test.ts`,
    args: [{ groups: [{ parts: [{ measure: 'other', subject: 'individual', value: 45245, percent: { value: 98.46, decimals: 2 } }] }] }],
    expect: { [CODES]: [f('note', 'percentWithoutBase', ['groups', 0, 'parts', 0])] },
  },
  {
    id: 'reconcile-parts-not-equal-total',
    description: '30 + 12 + 5 + 2 = 49 against 50: error.',
    source: 'hierarchy-review-reports.md §4 (reconciliation); HD 11-HD/BTCTW (2021). tests/report/reconcile.test.ts',
    args: [{ groups: [{ total: { measure: 'discipline', subject: 'member', value: 50 }, parts: [disc('reprimand', 30), disc('warning', 12), disc('removalFromPost', 5), disc('expulsion', 2)] }] }],
    expect: { [CODES]: [f('error', 'partsNotEqualTotal', ['groups', 0])], 'findings[0].figures[].value': [50, 30, 12, 5, 2] },
  },
  {
    id: 'reconcile-forms-impossible',
    description: 'Forms impossible for the subject are errors; official member khai trừ and organization giải tán are fine.',
    source: 'discipline.md §2.1; Điều lệ Điều 35 khoản 2. tests/report/reconcile.test.ts',
    args: [{ groups: [{ parts: [disc('removalFromPost', 1, 'organization'), disc('expulsion', 1, 'probationaryMember'), disc('removalFromPost', 1, 'probationaryMember'), disc('dissolution', 1, 'member'), disc('expulsion', 1, 'officialMember'), disc('dissolution', 1, 'organization')] }] }],
    expect: { [CODES]: [0, 1, 2, 3].map((i) => f('error', 'formImpossibleForSubject', ['groups', 0, 'parts', i])) },
  },
  {
    id: 'reconcile-children-not-equal-parent',
    description: 'Children 10 + 19 against a parent figure of 30: error.',
    source: 'hierarchy-review-reports.md (roll-up of unit reports). tests/report/reconcile.test.ts',
    args: [{ unit: 'KN', groups: [{ parts: [disc('reprimand', 30)] }], children: [{ groups: [{ parts: [disc('reprimand', 10)] }] }, { groups: [{ parts: [disc('reprimand', 19)] }] }] }],
    expect: { [CODES]: [f('error', 'childrenNotEqualParent', ['groups', 0, 'parts', 0])] },
  },
  {
    id: 'reconcile-children-equal-parent',
    description: 'Children 10 + 20 = 30: consistent.',
    source: 'hierarchy-review-reports.md (roll-up of unit reports). tests/report/reconcile.test.ts',
    args: [{ unit: 'KN', groups: [{ parts: [disc('reprimand', 30)] }], children: [{ groups: [{ parts: [disc('reprimand', 10)] }] }, { groups: [{ parts: [disc('reprimand', 20)] }] }] }],
    expect: { findings: [] },
  },
];
// Quota by year, from the rating rule sets (rating.md §7.2)
const members = (year: number, excellent: number, good: number): Json => ({ ratingYear: year, groups: [{ parts: [rating('excellent', excellent), rating('good', good)] }] });
const quotaCases: [string, Json, Json | undefined, Json[]][] = [
  ['2020-20-of-100', members(2020, 20, 100), undefined, []],
  ['2020-21-of-100', members(2020, 21, 100), undefined, [f('error', 'quotaExceeded', [])]],
  ['2020-24-of-100-pool', members(2020, 24, 100), { quotaFormula: 'pool' }, []],
  ['2017-unverified', members(2017, 90, 10), undefined, [f('note', 'quotaNotChecked', [])]],
  ['2024-members-unverified', members(2024, 90, 10), undefined, [f('note', 'quotaNotChecked', [])]],
  // QĐ 124's collective quota is seen only as LawNet's English (paraphrased, rating.md §7.2): a warning, not an error (issue 13 item 5)
  ['2024-organizations', { ratingYear: 2024, groups: [{ parts: [rating('excellent', 3, 'tccsd'), rating('good', 10, 'tccsd')] }] }, undefined, [f('warning', 'quotaExceeded', [])]],
  ['2025-22-of-100', members(2025, 22, 100), undefined, [f('warning', 'quotaExceptionNeeded', [])]],
  ['2025-22-of-100-exception', members(2025, 22, 100), { outstandingUnitException: true }, []],
  ['2025-26-of-100-exception', members(2025, 26, 100), { outstandingUnitException: true }, [f('error', 'quotaExceeded', [])]],
  ['2020-cumulative', { ratingYear: 2020, groups: [{ total: rating('good', 120, 'member', true), parts: [rating('excellent', 21)] }] }, undefined, [f('error', 'quotaExceeded', [])]],
  ['no-year', { groups: [{ parts: [rating('excellent', 50), rating('good', 50)] }] }, undefined, [f('note', 'quotaNotChecked', [])]],
  ['2010-before-rule-sets', members(2010, 50, 50), undefined, [f('note', 'quotaNotChecked', [])]],
  ['2020-excellent-without-good', { ratingYear: 2020, groups: [{ parts: [rating('excellent', 30)] }] }, undefined, [f('note', 'quotaNotChecked', [])]],
  ['2020-organizations-local-form-only', { ratingYear: 2020, groups: [{ parts: [rating('excellent', 90, 'tccsd'), rating('good', 10, 'tccsd')] }] }, undefined, [f('note', 'quotaNotChecked', [])]],
];
for (const [name, report, options, findings] of quotaCases) {
  rec.push({
    id: `reconcile-quota-${name}`,
    description: `HTXSNV quota check in a report (${name}): ${findings.length === 0 ? 'no finding' : (findings as { code: string }[]).map((x) => x.code).join(', ')}.`,
    source: 'rating.md §7.2 (quota by version: HD 21 20% of HTTNV; QĐ 124 collectives 20% (paraphrased only: a warning), individuals unverified; QĐ 366 20%, 25% with the exception; HD 21 organizations only in a local form); §9 D2. tests/report/reconcile.test.ts',
    args: options === undefined ? [report] : [report, options],
    expect: { [CODES]: findings },
  });
}

const units: Json = [
  { code: 'KN', kind: 'district' },
  { code: 'X1', kind: 'grassrootsCommittee', parent: 'KN' },
  { code: 'X1-C1', kind: 'directBranch', parent: 'X1' },
  { code: 'X1-C2', kind: 'directBranch', parent: 'X1' },
  { code: 'CB', kind: 'grassrootsBranch', parent: 'KN' },
];
const tree: Json = { $call: 'buildUnitTree', args: [units, { on: '2020-12-31' }] };
const roll: Case[] = [
  {
    id: 'rollup-bottom-up',
    description: 'Leaf tallies add up bottom-up, own counts of inner units included; unit counters per subtree.',
    source: 'hierarchy-review-reports.md (unit hierarchy and roll-up). tests/report/rollUp.test.ts',
    args: [tree, {
      'X1-C1': { ratings: { member: { good: 20, satisfactory: 2 } } },
      'X1-C2': { ratings: { member: { good: 15, excellent: 3 } }, disciplines: { member: { reprimand: 1 } } },
      X1: { ratings: { directBranch: { good: 2 } } },
      CB: { ratings: { member: { good: 9 } } },
      KN: { ratings: { tccsd: { good: 1, satisfactory: 1 } } },
    }],
    expect: {
      'total.ratings': { member: { good: 44, satisfactory: 2, excellent: 3 }, directBranch: { good: 2 }, tccsd: { good: 1, satisfactory: 1 } },
      'units.X1.total.disciplines': { member: { reprimand: 1 } },
      'units.KN.counters': { units: 5, tccsd: 2, directBranches: 2, subCommittees: 0, partyCells: 0 },
      'units.X1.counters': { units: 3, tccsd: 1, directBranches: 2, subCommittees: 0, partyCells: 0 },
    },
  },
  {
    id: 'rollup-cross-cutting-apart',
    description: 'Cross-cutting subsets ("diện … quản lý") are kept apart from totals.',
    source: 'hierarchy-review-reports.md §4 (seed 004 #3: "7 diện Thành ủy quản lý" is a subset, not added). tests/report/rollUp.test.ts',
    args: [tree, { 'X1-C1': { disciplines: { member: { reprimand: 15, warning: 5 } } }, CB: { disciplines: { member: { removalFromPost: 1 } } } }, { crossCutting: { 'X1-C1': { dienThanhUyQuanLy: { disciplines: { member: { reprimand: 5 } } } }, CB: { dienThanhUyQuanLy: { disciplines: { member: { removalFromPost: 1 } } } } } }],
    expect: { 'total.disciplines.member': { reprimand: 15, warning: 5, removalFromPost: 1 }, 'units.KN.crossCutting.dienThanhUyQuanLy.disciplines.member': { reprimand: 5, removalFromPost: 1 }, 'units.X1-C2.crossCutting': {} },
  },
  {
    id: 'rollup-err-bad-tallies',
    description: 'Bad tallies and unknown unit codes → one error listing every issue with its path.',
    source: 'input validation. tests/report/rollUp.test.ts',
    args: [tree, { 'X1-C1': { ratings: { member: { good: -1, satisfactory: 2.5 } } }, NOPE: {}, CB: { disciplines: { member: { fine: 3 } }, extra: 1 } }],
    expectError: { issues: [
      { code: 'too_small', path: ['tallies', 'X1-C1', 'ratings', 'member', 'good'] },
      { code: 'invalid_type', path: ['tallies', 'X1-C1', 'ratings', 'member', 'satisfactory'] },
      { code: 'unknown_id', path: ['tallies', 'NOPE'] },
      { code: 'unknown_key', path: ['tallies', 'CB', 'extra'] },
      { code: 'invalid_value', path: ['tallies', 'CB', 'disciplines', 'member', 'fine'] },
    ] },
  },
];
write('reconcile/reconcile.json', { function: 'reconcile', description: 'Checking a report\'s printed figures (hierarchy-review-reports.md §4; rating.md §7.2 for the quota). args = [report, options?].', cases: rec });
write('rollup/rollUp.json', { function: 'rollUp', description: 'Adding unit tallies up the unit tree. args = [tree, tallies, options?]; the tree is built by a nested buildUnitTree call.', cases: roll });
