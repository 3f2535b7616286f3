import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  checkReviews,
  disciplineReferrals,
  findReviewIssues,
  overdueRemediations,
  parseCommitment,
  parseReview,
  parseReviews,
  ratingFactsFromReview,
  ratingFactsFromReviews,
  summarizeReviews,
  validateCommitments,
  validateReviews,
  type ReviewCommitmentInput,
  type ReviewInput,
} from '../../src/review/index.js';
import { reviewSchemaCatalog } from '../../src/review/schemaCatalog.js';
import { canThoReviews, kRongNoReviews, memberReview } from './fixtures.js';

const { inputs, outputs } = reviewSchemaCatalog;

/** The JSDoc examples of the area, as data. */
const duplicated: ReviewInput = {
  unitId: 'cb-1',
  subject: { type: 'member', id: 'm-7' },
  period: { year: 2024 },
  kind: 'annual',
  place: { kind: 'branch', unitId: 'cb-1' },
  findings: [
    { manifestation: 'g1-4', identifiedBy: 'self' },
    { manifestation: 'G1-4', identifiedBy: 'collective', evidence: 'Chậm báo cáo.' },
  ],
};
const late: ReviewInput = {
  unitId: 'cb-1',
  subject: { type: 'member', id: 'm-3' },
  period: { year: 2025 },
  kind: 'annual',
  place: { kind: 'branch', unitId: 'cb-1' },
  findings: [{ manifestation: 'G1-3', identifiedBy: 'self' }, { group: 2, identifiedBy: 'collective' }],
  remediation: [
    { id: 'k-1', action: 'Học tập nghị quyết', addresses: [{ manifestation: 'G1-3' }], dueOn: '2026-03-31', status: 'inProgress' },
    { action: 'Rèn luyện đạo đức', addresses: [{ group: 2 }], dueOn: '2026-02-28', status: 'planned' },
  ],
};
const referred: ReviewInput = {
  id: 'kd-2018-9',
  unitId: 'huyen',
  subject: { type: 'member', id: 'cb-9', membership: 'official', leader: true, activityStatus: 'active', admittedOn: '2001-05-19' },
  period: { year: 2018 },
  kind: 'suggested',
  suggestion: { suggestedBy: 'Ban Thường vụ Huyện ủy', issues: ['Thiếu trách nhiệm'], on: '2018-10-01' },
  place: { kind: 'leadershipCollective', unitId: 'ubnd-xa' },
  heldOn: '2018-12-20',
  selfAssessment: { text: 'Tự nhận khuyết điểm.', selfRating: 'satisfactory', score: 70 },
  findings: [{ manifestation: 'G1-4', identifiedBy: 'higherLevel', concluded: true, concludedBy: 'UBKT Huyện ủy', concludedOn: '2018-12-30' }],
  outcome: { rating: 'unsatisfactory', disciplineReferral: { by: 'Ủy ban Kiểm tra Huyện ủy', on: '2019-01-15', note: 'Theo kết luận kiểm tra.' } },
};
const base = { unitId: 'cb', subject: { type: 'member', id: 'm' }, kind: 'annual', place: { kind: 'branch', unitId: 'cb' } } as const;
const twoYears: ReviewInput[] = [
  {
    ...base,
    period: { year: 2024 },
    findings: [{ manifestation: 'G1-4', identifiedBy: 'self' }],
    remediation: [{ action: 'Sửa', addresses: [{ manifestation: 'G1-4' }], status: 'done', doneOn: '2025-06-01' }],
  },
  { ...base, period: { year: 2025 }, heldOn: '2025-12-10' },
];
const commitments: ReviewCommitmentInput[] = [
  { personId: 'm-7', year: 2024, items: 'all27', otherCommitments: ['85 biểu hiện'], signedOn: '2024-01-15', publishedAt: 'Chi bộ thôn 3' },
  { personId: 'a', year: 2024, items: ['G2-7', 'g1-1'] },
];

describe('review schema catalog: outputs describe real results', () => {
  it('Review', () => {
    const reviews = [parseReview(duplicated), parseReview(referred), ...parseReviews([...kRongNoReviews(), ...canThoReviews()]), ...validateReviews(twoYears)];
    for (const r of reviews) expect(z.parse(outputs.Review, r)).toEqual(r);
  });

  it('ReviewCommitment', () => {
    const list = [parseCommitment(commitments[0] as ReviewCommitmentInput), ...validateCommitments(commitments)];
    for (const c of list) expect(z.parse(outputs.ReviewCommitment, c)).toEqual(c);
  });

  it('Nq4Issue, with and without a legal source', () => {
    const issues = findReviewIssues([
      memberReview('a', 2025, { subject: { type: 'member', id: 'a', activityStatus: 'suspended' } }),
      memberReview('b', 2021, { kind: 'suggested' }),
      memberReview('c', 2013),
    ]);
    expect(issues.some((i) => i.source !== undefined)).toBe(true);
    expect(issues.some((i) => i.source === undefined)).toBe(true);
    for (const i of issues) expect(z.parse(outputs.Nq4Issue, i)).toEqual(i);
  });

  it('ReviewCheckResult and ReviewWarning, with and without citations', () => {
    const r = checkReviews([
      memberReview('s', 2021, { subject: { type: 'member', id: 's', activityStatus: 'suspended' } }),
      memberReview('a', 2016, { subject: { type: 'member', id: 'a', activityStatus: 'suspended' } }),
      memberReview('j', 2025, { heldOn: '2026-01-05' }),
    ], { unverifiedExclusions: 'flag' });
    expect(r.warnings.map((w) => w.code)).toEqual(['notReviewed', 'notReviewed', 'januaryReview']);
    expect(r.warnings.some((w) => w.citations.length === 0)).toBe(true);
    expect(z.parse(outputs.ReviewCheckResult, r)).toEqual(r);
    for (const w of r.warnings) expect(z.parse(outputs.ReviewWarning, w)).toEqual(w);
    expect(z.safeParse(outputs.ReviewWarning, { ...r.warnings[0], basis: 'rumour' }).success).toBe(false);
  });

  it('ReviewSummary', () => {
    const summaries = [summarizeReviews(kRongNoReviews()), summarizeReviews(canThoReviews(), { commitments }), summarizeReviews([late, referred], { findings: 'concluded', countUnit: 'subject' })];
    for (const s of summaries) expect(z.parse(outputs.ReviewSummary, s)).toEqual(s);
  });

  it('OverdueRemediation', () => {
    const items = overdueRemediations([late], { today: '2026-04-10' });
    expect(items).toHaveLength(2);
    for (const o of items) expect(z.parse(outputs.OverdueRemediation, o)).toEqual(o);
  });

  it('ReviewRatingFactsResult', () => {
    const results = [...ratingFactsFromReviews(twoYears), ...ratingFactsFromReviews([referred, ...kRongNoReviews()]), ratingFactsFromReview(referred, { asOf: '2018-12-31', shortcomingsFixed: 'always' })];
    expect(results.some((r) => r.ruleSet === undefined)).toBe(false);
    for (const r of results) expect(z.parse(outputs.ReviewRatingFactsResult, r)).toEqual(r);
  });

  it('ReviewDisciplineReferralRecord', () => {
    const records = disciplineReferrals([referred, ...kRongNoReviews()]);
    expect(records).toHaveLength(8);
    for (const r of records) expect(z.parse(outputs.ReviewDisciplineReferralRecord, r)).toEqual(r);
  });

  it('reject a result with a field too many or a wrong code', () => {
    const r = parseReview(duplicated);
    expect(z.safeParse(outputs.Review, { ...r, extra: 1 }).success).toBe(false);
    expect(z.safeParse(outputs.Review, { ...r, kind: 'weekly' }).success).toBe(false);
    expect(z.safeParse(outputs.ReviewCommitment, { ...parseCommitment(commitments[1] as ReviewCommitmentInput), items: ['G4-1'] }).success).toBe(false);
  });
});

/** For each input schema: a valid argument, and the same argument with one field misspelt. */
const cases: Record<keyof typeof inputs, readonly [valid: unknown, misspelt: unknown]> = {
  'parseReview.input': [duplicated, { ...duplicated, heldOnn: '2024-12-10' }],
  'safeParseReview.input': [referred, { ...referred, subject: { type: 'member', id: 'x', leadr: true } }],
  'parseReviews.input': [[duplicated, referred], [duplicated, { ...referred, findings: [{ manifestaton: 'G1-4', identifiedBy: 'self' }] }]],
  'parseCommitment.input': [commitments[0], { ...commitments[0], signedAt: '2024-01-15' }],
  'parseCommitments.input': [commitments, [{ personId: 'p', yaer: 2024, items: 'all27' }]],
  'findReviewIssues.reviews': [kRongNoReviews(), [{ ...late, remediation: [{ acton: 'Sửa', status: 'planned' }] }]],
  'findReviewIssues.options': [{ fourthQuarter: 'allow', quarterlySubjects: 'any' }, { fourthQuater: 'allow' }],
  'checkReviews.reviews': [twoYears, [{ ...late, heldOnn: '2025-12-10' }]],
  'checkReviews.options': [{ unverifiedExclusions: 'flag' }, { unverifiedExclusion: 'flag' }],
  'validateReviews.reviews': [twoYears, [{ ...late, suggestion: { suggestedby: 'BTV' } }]],
  'validateReviews.options': [{ unverifiedExclusions: 'flag', newMemberCutoff: 'periodEnd' }, { unverifiedExclusion: 'flag' }],
  'safeValidateReviews.reviews': [[late], [{ ...late, period: { year: 2025, qaurter: 2 } }]],
  'safeValidateReviews.options': [{ unverifiedQuarters: 'flag' }, { unverifiedQuarter: 'flag' }],
  'validateCommitments.commitments': [commitments, [{ personId: 'p', year: 2024, items: 'all27', publishedOn: 'Chi bộ' }]],
  'summarizeReviews.reviews': [canThoReviews(), [{ ...referred, outcome: { ratng: 'good' } }]],
  'summarizeReviews.options': [{ commitments, findings: 'concluded', countUnit: 'subject' }, { countBy: 'subject' }],
  'findOverdueRemediations.reviews': [[late], [{ ...late, remediation: [{ action: 'Sửa', status: 'planned', dueDate: '2026-03-31' }] }]],
  'findOverdueRemediations.options': [{ on: '2026-04-10' }, { on: '2026-04-10', todya: '2026-04-10' }],
  'deriveRatingFactsFromReview.review': [referred, { ...referred, selfAssesment: { selfRating: 'good' } }],
  'deriveRatingFactsFromReview.options': [{ on: '2025-12-31', shortcomingsFixed: 'always' }, { onn: '2025-12-31' }],
  'deriveRatingFactsFromReviews.reviews': [twoYears, [{ ...referred, findings: [{ group: 2, identifiedBy: 'higherLevel', conclued: true }] }]],
  'deriveRatingFactsFromReviews.options': [{ shortcomingsFixed: 'whenRuleSetUsesIt' }, { shortcomingFixed: 'always' }],
  'findDisciplineReferrals.reviews': [[referred], [{ ...referred, outcome: { disciplineReferral: { by: 'UBKT', date: '2019-01-15' } } }]],
  'overdueRemediations.reviews': [[late], [{ ...late, remediation: [{ action: 'Sửa', status: 'planned', dueDate: '2026-03-31' }] }]],
  'overdueRemediations.options': [{ today: '2026-04-10' }, { today: '2026-04-10', todya: '2026-04-10' }],
  'ratingFactsFromReview.review': [referred, { ...referred, selfAssesment: { selfRating: 'good' } }],
  'ratingFactsFromReview.options': [{ asOf: '2025-12-31', shortcomingsFixed: 'always' }, { asof: '2025-12-31' }],
  'ratingFactsFromReviews.reviews': [twoYears, [{ ...referred, findings: [{ group: 2, identifiedBy: 'higherLevel', conclued: true }] }]],
  'ratingFactsFromReviews.options': [{ shortcomingsFixed: 'whenRuleSetUsesIt' }, { shortcomingFixed: 'always' }],
  'disciplineReferrals.reviews': [[referred], [{ ...referred, outcome: { disciplineReferral: { by: 'UBKT', date: '2019-01-15' } } }]],
};

describe('review schema catalog: inputs', () => {
  it('names every public function argument the area validates', () => {
    expect(Object.keys(inputs).sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [name, [valid, misspelt]] of Object.entries(cases)) {
    it(`${name} accepts a valid example and rejects a misspelt field`, () => {
      const schema = inputs[name as keyof typeof inputs];
      expect(z.safeParse(schema, valid).success).toBe(true);
      const bad = z.safeParse(schema, misspelt);
      expect(bad.success).toBe(false);
      expect(bad.error?.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
    });
  }

  it('options that may be left out accept undefined; findOverdueRemediations needs on (or its former name today)', () => {
    expect(z.safeParse(inputs['findOverdueRemediations.options'], undefined).success).toBe(false);
    expect(z.safeParse(inputs['findOverdueRemediations.options'], {}).success).toBe(false);
    expect(z.safeParse(inputs['deriveRatingFactsFromReview.options'], undefined).success).toBe(true);
    expect(z.safeParse(inputs['findReviewIssues.options'], undefined).success).toBe(true);
    expect(z.safeParse(inputs['summarizeReviews.options'], undefined).success).toBe(true);
    expect(z.safeParse(inputs['ratingFactsFromReview.options'], undefined).success).toBe(true);
    expect(z.safeParse(inputs['overdueRemediations.options'], undefined).success).toBe(false);
  });
});

describe('review schema catalog: JSON Schema', () => {
  it('every schema converts, for input and for output', () => {
    for (const schema of [...Object.values(inputs), ...Object.values(outputs)]) {
      for (const io of ['input', 'output'] as const) {
        const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
        expect(typeof json).toBe('object');
      }
    }
  });

  it('the input JSON Schema of a review lists its fields and rejects unknown ones', () => {
    const json = z.toJSONSchema(inputs['parseReview.input'], { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown>; required?: string[]; additionalProperties?: unknown };
    expect(Object.keys(json.properties ?? {})).toContain('findings');
    expect(json.required).toEqual(['unitId', 'subject', 'period', 'kind', 'place']);
    expect(json.additionalProperties).toBe(false);
    const out = z.toJSONSchema(outputs.Review, { io: 'output', unrepresentable: 'any' }) as { required?: string[] };
    expect(out.required).toEqual(['unitId', 'subject', 'period', 'kind', 'place', 'findings', 'remediation', 'outcome']);
  });
});
