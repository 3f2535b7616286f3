/**
 * The public surface the fuzz harness calls: for every function exported by src/index.ts, valid
 * argument lists (fresh on each call) that the mutations start from. `surface.test`-style
 * completeness is checked in fuzz.test.ts by walking the exports, so a new export without seeds
 * fails the suite.
 */
import * as nq4 from '../../src/index.js';

export type Seeds = () => unknown[][];

const tree = () => nq4.buildUnitTree(
  [
    { code: 'X', kind: 'grassrootsCommittee' },
    { code: 'C1', kind: 'directBranch', parent: 'X' },
    { code: 'C2', kind: 'directBranch', parent: 'X' },
  ],
  { on: '2024-12-31' },
);

const review = () => ({
  unitId: 'chi-bo-1',
  subject: { type: 'member', id: 'dv-07', membership: 'official' },
  period: { year: 2024 },
  kind: 'annual',
  place: { kind: 'branch', unitId: 'chi-bo-1' },
  heldOn: '2024-12-12',
  findings: [
    { manifestation: 'G1-4', identifiedBy: 'self' },
    { manifestation: 'G1-3', identifiedBy: 'collective', evidence: 'Chậm báo cáo.', concluded: true, concludedOn: '2024-12-12', concludedBy: 'Chi bộ' },
  ],
  remediation: [{ action: 'Học tập nghị quyết', addresses: [{ manifestation: 'G1-3' }], dueOn: '2025-03-31', status: 'inProgress' }],
});

const referral = () => ({
  unitId: 'huyen',
  subject: { type: 'member', id: 'cb-9', membership: 'official', leader: true },
  period: { year: 2018 },
  kind: 'suggested',
  suggestion: { suggestedBy: 'Ban Thường vụ Huyện ủy', issues: ['Thiếu trách nhiệm'] },
  place: { kind: 'leadershipCollective', unitId: 'ubnd-xa' },
  findings: [{ manifestation: 'G1-4', identifiedBy: 'higherLevel' }],
  outcome: { disciplineReferral: { by: 'Ủy ban Kiểm tra Huyện ủy', on: '2019-01-15' } },
});

const member2025 = () => ({
  year: 2025, role: 'nonLeader', score: 85, admittedOn: '2010-03-02',
  tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 1 },
  disciplines: [], degradationConcluded: false, prohibitedConductConcluded: false,
});
const member2016 = () => ({ year: 2016, disciplines: [{ form: 'warning', decidedOn: '2016-04-01' }] });
const organization = () => ({ year: 2016, kind: 'partyCell', score: 95, members: { excellent: 1, good: 2, satisfactory: 1, unsatisfactory: 5 } });

const TEXT = 'Năm 2020, huyện đã xử lý kỷ luật 50 cán bộ, đảng viên, trong đó khiển trách 30, cảnh cáo 12, cách chức 5, khai trừ 3. Một số đảng viên còn biểu hiện phai nhạt lý tưởng cách mạng.';

const groups = () => ({
  groups: [
    {
      total: { measure: 'discipline', subject: 'individual', value: 50 },
      parts: [
        { measure: 'discipline', subject: 'member', category: 'reprimand', value: 30 },
        { measure: 'discipline', subject: 'member', category: 'warning', value: 12 },
      ],
    },
    { total: { measure: 'rating', subject: 'member', value: 30 }, parts: [{ measure: 'rating', subject: 'member', category: 'excellent', value: 7 }, { measure: 'rating', subject: 'member', category: 'good', value: 23 }] },
  ],
  children: [{ groups: [{ total: { measure: 'discipline', subject: 'individual', value: 20 } }] }],
});

const tallyInput = () => ({ ratings: { member: { good: 20, excellent: 3 } }, disciplines: { member: { reprimand: 1 } }, reviews: { individual: 4 }, commitments: 2 });

const explanationInput = () => ({
  outcome: { code: 'good', label: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' } },
  ruleSet: { id: 'qd366', label: { vi: 'Quy định 366', en: 'Regulation 366' } },
  options: [{ name: 'mode', value: 'strict', effect: { vi: 'Chặt.', en: 'Strict.' } }],
  reasons: [{ code: 'x', text: { vi: 'Lý do.', en: 'Reason.' }, citations: [nq4.cite(nq4.PARTY_DOCUMENTS.qd132of2018, { article: 12, clause: 4, point: 'a' })] }],
  caveats: [{ vi: 'Lưu ý.', en: 'Note.' }],
});

const sealInput = () => ({ unit: 'X', period: { from: '2024-01-01', to: '2024-12-31', kind: 'year' }, ruleSets: { rating: 'hd25' }, tally: tallyInput() });

const ruleSets = () => [
  { id: 'a', area: 'demo', label: { vi: 'A', en: 'A' }, validFrom: '2019-01-01', validTo: '2022-12-31', sources: [] },
  { id: 'b', area: 'demo', label: { vi: 'B', en: 'B' }, validFrom: '2023-01-01', sources: [] },
];

/** Valid argument lists of every public function, by export name. */
export const SURFACE: Record<string, Seeds> = {
  buildUnitTree: () => [[[{ code: 'X', kind: 'grassrootsCommittee', name: 'Đảng bộ xã' }, { code: 'C1', kind: 'directBranch', parent: 'X' }], { on: '2024-12-31' }]],
  canonicalJson: () => [[{ b: [1, 'x', true, null], a: { c: 'Đảng' } }], ['chuỗi'], [3]],
  serializeCanonicalJson: () => [[{ b: [1, 'x', true, null], a: { c: 'Đảng' } }], ['chuỗi'], [3]],
  checkDiscipline: () => [[{ subject: 'probationaryMember', form: 'expulsion' }], [{ subject: 'officialMember', form: 'reprimand' }, {}]],
  checkQuota: () => [[{ excellent: 7, good: 23, satisfactory: 0, unsatisfactory: 0 }, { year: 2020 }], [['excellent', 'good', 'good'], { year: 2024, subject: 'member' }]],
  checkReviews: () => [[[review(), referral()]], [[review()], { fourthQuarter: 'allow' }]],
  checkStatedBreakdown: () => [[{ total: 50, parts: [30, 12, 5, 3] }], [{ total: 50, parts: [30, 12], approximate: true, caveats: [{ vi: 'a', en: 'b' }] }]],
  cite: () => [[nq4.PARTY_DOCUMENTS.qd132of2018, { article: 12, clause: 4, point: 'a' }], [nq4.PARTY_DOCUMENTS.qd132of2018, { article: 12 }, { status: 'paraphrased', quoteVi: 'văn bản' }]],
  createMemberRater: () => [[{ ruleSet: 'qd366' }], [{ ruleSet: 'hd21', assumeNoEvents: true }], ['qd366'], ['hd21', {}]],
  createRuleSetRegistry: () => [['demo', ruleSets()]],
  disciplineEffects: () => [[{ subject: 'officialMember', form: 'reprimand', decidedOn: '2023-01-05', announcedOn: '2023-01-05' }, { on: '2024-01-04' }]],
  getDisciplineEffects: () => [[{ subject: 'officialMember', form: 'reprimand', decidedOn: '2023-01-05', announcedOn: '2023-01-05' }, { on: '2024-01-04' }]],
  disciplineForms: () => [['organization', { on: '2024-01-01' }], ['officialMember', { on: '2020-01-01' }]],
  listDisciplineForms: () => [['organization', { on: '2024-01-01' }], ['officialMember', { on: '2020-01-01' }]],
  disciplineReferrals: () => [[[referral()]]],
  findDisciplineReferrals: () => [[[referral()]]],
  emptyTally: () => [[]],
  createEmptyTally: () => [[]],
  explain: () => [[explanationInput()]],
  extractTallies: () => [[TEXT], [TEXT, { reconcile: { pendingInTotal: false } }]],
  extractionToTally: () => [[nq4.extractTallies(TEXT)]],
  convertExtractionToTally: () => [[nq4.extractTallies(TEXT)]],
  findManifestationMentions: () => [[TEXT], [TEXT, {}]],
  findPartyDocuments: () => [['132-QĐ/TW']],
  findReviewIssues: () => [[[review(), referral()]], [[review()], { fourthQuarter: 'allow' }]],
  formatCitation: () => [[nq4.cite(nq4.PARTY_DOCUMENTS.qd132of2018, { article: 12, clause: 4, point: 'a' })], [nq4.cite(nq4.PARTY_DOCUMENTS.qd132of2018, { article: 12 }), 'en']],
  formatDateEn: () => [['2024-12-31']],
  formatDateLongVi: () => [['2024-12-31']],
  formatDateVi: () => [['2024-12-31']],
  formatDocumentId: () => [[nq4.parseDocumentId('132-QĐ/TW')]],
  formatNumberEn: () => [[2447], [3.14159, 2]],
  formatNumberVi: () => [[2447], [3.14159, 2]],
  formatPath: () => [[['disciplines', 0, 'form']], [[]]],
  formatPercentEn: () => [[98.46], [50, 0]],
  formatPercentVi: () => [[98.46], [50, 0]],
  getManifestation: () => [['G2-7']],
  getManifestationGroup: () => [[2]],
  isDisciplineForm: () => [['reprimand']],
  isManifestationId: () => [['G1-1']],
  isNonDisciplinaryMeasure: () => [['reminder']],
  isNq4Error: () => [[new Error('x')]],
  limitation: () => [[{ subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15' }]],
  checkLimitation: () => [[{ subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15' }], [{ subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15' }, { ruleSetBy: 'violationDate', ruleSet: 'qd69' }]],
  mergeTallies: () => [[nq4.tally(tallyInput()), nq4.tally({ commitments: 1 })], []],
  normalizeVietnameseText: () => [[TEXT]],
  overdueRemediations: () => [[[review()], { today: '2025-04-10' }]],
  findOverdueRemediations: () => [[[review()], { on: '2025-04-10' }], [[review()], { today: '2025-04-10' }]],
  parseCommitment: () => [[{ personId: 'dv-07', year: 2024, items: 'all27' }]],
  parseCommitments: () => [[[{ personId: 'dv-07', year: 2024, items: 'all27' }]]],
  parseDocumentId: () => [['132 - QD/TW']],
  parseReview: () => [[review()]],
  parseReviews: () => [[[review(), referral()]]],
  rateMember: () => [[member2025()], [member2016(), {}]],
  rateMembers: () => [[[member2025(), member2025()]]],
  rateOrganization: () => [[organization()]],
  ratingFactsFromReview: () => [[review()]],
  deriveRatingFactsFromReview: () => [[review()]],
  ratingFactsFromReviews: () => [[[review(), referral()]]],
  deriveRatingFactsFromReviews: () => [[[review(), referral()]]],
  ratingRuleSetFor: () => [[2023], [2020, {}]],
  findRatingRuleSet: () => [[2023], [2020, {}]],
  reconcile: () => [[groups()], [{ ...groups(), ratingYear: 2024 }, { pendingInTotal: false }]],
  reconcileExtraction: () => [[nq4.extractTallies(TEXT)], [nq4.extractTallies(TEXT), { ratingYear: 2024 }]],
  renderExplanation: () => [[nq4.explain(explanationInput() as never)], [nq4.explain(explanationInput() as never), 'en']],
  renderReport: () => [[tallyInput(), { unitName: { vi: 'Đảng bộ huyện Krông Nô', en: 'Krông Nô' } }], [tallyInput()]],
  rollUp: () => [[tree(), { C1: tallyInput(), C2: { disciplines: { member: { reprimand: 1 } } } }]],
  rulesFor: () => [[2025], [2020]],
  getRulesForYear: () => [[2025], [2020]],
  safeCheckDiscipline: () => [[{ subject: 'probationaryMember', form: 'expulsion' }]],
  safeDisciplineEffects: () => [[{ subject: 'officialMember', form: 'reprimand', decidedOn: '2023-01-05', announcedOn: '2023-01-05' }, { on: '2024-01-04' }]],
  safeGetDisciplineEffects: () => [[{ subject: 'officialMember', form: 'reprimand', decidedOn: '2023-01-05', announcedOn: '2023-01-05' }, { on: '2024-01-04' }]],
  safeExtractTallies: () => [[TEXT]],
  safeFindManifestationMentions: () => [[TEXT]],
  safeLimitation: () => [[{ subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15' }]],
  safeCheckLimitation: () => [[{ subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15' }]],
  safeParseReview: () => [[review()]],
  safeRateMember: () => [[member2025()]],
  safeRateOrganization: () => [[organization()]],
  safeTallyDisciplines: () => [[[{ subject: 'member', outcome: 'reprimand', count: 30 }]]],
  safeValidateReviews: () => [[[review()]]],
  sameDocumentId: () => [[nq4.parseDocumentId('132-QĐ/TW'), nq4.parseDocumentId('132 - QD/TW')]],
  isSameDocumentId: () => [[nq4.parseDocumentId('132-QĐ/TW'), nq4.parseDocumentId('132 - QD/TW')]],
  safe: () => [[nq4.getManifestation, 'G3-8'], [nq4.parseDocumentId, '132-QĐ/TW']],
  sealReport: () => [[sealInput()]],
  sha256Hex: () => [['abc'], [new Uint8Array([1, 2, 3])]],
  computeSha256Hex: () => [['abc'], [new Uint8Array([1, 2, 3])]],
  summarizeReviews: () => [[[review(), referral()]]],
  tally: () => [[tallyInput()]],
  tallyDisciplines: () => [[[{ subject: 'member', outcome: 'reprimand', count: 30 }, { subject: 'organization', outcome: 'warning', count: 2 }]]],
  tallyToStatedGroups: () => [[tallyInput()]],
  convertTallyToStatedGroups: () => [[tallyInput()]],
  validateCommitments: () => [[[{ personId: 'dv-07', year: 2024, items: 'all27' }]]],
  validateReviews: () => [[[review()]]],
  verifySeal: () => [[nq4.sealReport(sealInput() as never), { unit: 'X' }], [nq4.sealReport(sealInput() as never)]],
};

/**
 * Exports that are not fuzzed, with why: the error class is constructed by the library from
 * issues it made itself (typed and documented as such).
 */
export const NOT_FUZZED: Record<string, string> = {
  Nq4Error: 'the error class: built by the library from its own issues',
};
