import fc from 'fast-check';
import { manifestations } from '../../src/catalog/manifestations.js';
import { RATING_LEVELS } from '../../src/i18n/vocabulary.js';
import { REVIEW_FINDING_SOURCES, REMEDIATION_STATUSES, type ReviewInput } from '../../src/review/index.js';

const ids = manifestations.map((m) => m.id);

const targetArb = fc.oneof(
  fc.constantFrom(...ids).map((manifestation) => ({ manifestation })),
  fc.constantFrom(1 as const, 2 as const, 3 as const).map((group) => ({ group })),
);

const subjectArb = fc.oneof(
  fc.record({ type: fc.constant('member' as const), id: fc.constantFrom('m1', 'm2', 'm3', 'm4', 'm5'), leader: fc.boolean() }),
  fc.record({ type: fc.constant('partyOrganization' as const), id: fc.constantFrom('o1', 'o2', 'o3'), organizationKind: fc.constantFrom('tccsd' as const, 'directBranch' as const, 'other' as const) }),
  fc.record({ type: fc.constant('leadershipCollective' as const), id: fc.constantFrom('l1', 'l2') }),
);

/** A well-formed review whose rating is a function of subject and year (so ratings never conflict). */
export const reviewArb: fc.Arbitrary<ReviewInput> = fc
  .record({
    subject: subjectArb,
    year: fc.integer({ min: 2016, max: 2026 }),
    kind: fc.constantFrom('annual' as const, 'suggested' as const, 'deep' as const, 'reReview' as const),
    placeUnit: fc.constantFrom('u1', 'u2'),
    findings: fc.array(
      fc.record({
        target: targetArb,
        identifiedBy: fc.constantFrom(...REVIEW_FINDING_SOURCES),
        concluded: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
    remediation: fc.array(
      fc.record({
        status: fc.constantFrom(...REMEDIATION_STATUSES),
        due: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
    rated: fc.boolean(),
    referred: fc.boolean(),
  })
  .map((v): ReviewInput => {
    const s = v.subject;
    const rating = RATING_LEVELS[(s.id.charCodeAt(1) + v.year) % RATING_LEVELS.length] ?? 'good';
    return {
      unitId: 'root',
      subject: s,
      period: { year: v.year },
      kind: v.kind,
      ...(v.kind === 'suggested' || v.kind === 'deep' ? { suggestion: { suggestedBy: 'Ban Thường vụ', issues: [] } } : {}),
      place: { kind: s.type === 'member' ? 'branch' : 'ownLevel', unitId: v.placeUnit },
      findings: v.findings.map((f) => ({ ...f.target, identifiedBy: f.identifiedBy, concluded: f.concluded })),
      remediation: v.remediation.map((r, i) => ({
        action: `Khắc phục ${i + 1}`,
        status: r.status,
        ...(r.due !== undefined ? { dueOn: `${v.year + 1}-02-${String(r.due).padStart(2, '0')}` } : {}),
        ...(r.status === 'done' ? { doneOn: `${v.year + 1}-03-01` } : {}),
      })),
      outcome: {
        ...(v.rated ? { rating } : {}),
        ...(v.referred ? { disciplineReferral: { by: 'Ủy ban Kiểm tra' } } : {}),
      },
    };
  });
