/**
 * The zod schemas of the review records: what callers pass in, turned into the normalized,
 * deeply frozen records of `model.ts`. Text is normalized to NFC and trimmed; catalog ids are
 * matched case-insensitively; a finding that points at an id outside the catalog is an
 * `unknown_id` issue.
 *
 * Duplicate findings in one review are merged (the same manifestation twice is one finding):
 * - the key is the catalog id, or the group for a group-only finding (`G1-4` and "group 1 only"
 *   stay two findings);
 * - the merged finding sits where the first occurrence was;
 * - `identifiedBy` is the union, in the order self, collective, higher level;
 * - `concluded` is true when any occurrence is concluded; `concludedOn` / `concludedBy` come from
 *   the concluded occurrence with the earliest date (undated last), ties broken by the body's name
 *   in code-point order, so the result does not depend on the order of the duplicates;
 * - `evidence` is the union of the texts, in the order they first appear.
 * @module
 */
import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../_lib/dates.js';
import { getManifestation, isManifestationId, manifestationGroups, type ManifestationGroupNumber, type ManifestationId } from '../catalog/manifestations.js';
import type { Nq4CustomParams } from '../errors.js';
import { DISCIPLINE_FORMS, NON_DISCIPLINARY_MEASURES, RATING_LEVELS, type NonDisciplinaryMeasure } from '../i18n/vocabulary.js';
import {
  REVIEW_FINDING_SOURCES,
  MEMBER_ACTIVITY_STATUSES,
  REMEDIATION_STATUSES,
  REVIEW_KINDS,
  REVIEW_ORGANIZATION_KINDS,
  REVIEW_PLACE_KINDS,
  targetKey,
  type ReviewCommitment,
  type ReviewFindingSource,
  type ReviewFindingTarget,
  type RemediationItem,
  type Review,
  type ReviewFinding,
  type ReviewSubject,
} from './model.js';
import { REVIEW_RULE_SET_IDS } from './ruleSets.js';
import type { ReviewCommitmentInput, ReviewInput } from './inputs.js';

export type { ReviewCommitmentInput, ReviewInput } from './inputs.js';

const custom = (p: Nq4CustomParams): { params: Nq4CustomParams } => ({ params: p });

const nfc = (s: string): string => s.normalize('NFC').trim();

/** Free text: NFC, trimmed, not empty. */
const text = (max: number) => z.string().max(max).transform(nfc).pipe(z.string().min(1));

const identifier = text(200);

const isoDate = z.string().refine(
  isIsoDate,
  custom({ nq4Code: 'invalid_date', messageVi: 'Ngày không hợp lệ (cần YYYY-MM-DD).', messageEn: 'Not a valid date (expected YYYY-MM-DD).' }),
);

const year = z.number().int().min(1930).max(9999);

const manifestationRef = z
  .string()
  .max(32)
  .transform((s) => s.normalize('NFC').trim().toUpperCase())
  .refine(
    isManifestationId,
    custom({
      nq4Code: 'unknown_id',
      messageVi: 'Mã biểu hiện không có trong danh mục 27 biểu hiện (G1-1 … G3-9).',
      messageEn: 'Manifestation id is not in the catalog of 27 (G1-1 … G3-9).',
    }),
  )
  .transform((s) => s as ManifestationId);

const group = z.union([z.literal(1), z.literal(2), z.literal(3)]);

const targetFields = {
  manifestation: manifestationRef.optional(),
  group: group.optional(),
};

function checkTarget(t: { manifestation?: ManifestationId | undefined; group?: ManifestationGroupNumber | undefined }, ctx: z.RefinementCtx): void {
  if (t.manifestation === undefined && t.group === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['manifestation'],
      params: custom({
        nq4Code: 'missing',
        messageVi: 'Cần mã biểu hiện (manifestation) hoặc số nhóm (group).',
        messageEn: 'Give a manifestation id or a group number.',
      }).params,
    });
  } else if (t.manifestation !== undefined && t.group !== undefined && getManifestation(t.manifestation).group !== t.group) {
    ctx.addIssue({
      code: 'custom',
      path: ['group'],
      params: custom({
        nq4Code: 'inconsistent',
        messageVi: 'Số nhóm không khớp với nhóm của biểu hiện.',
        messageEn: "The group does not match the manifestation's group.",
      }).params,
    });
  }
}

function toTarget(t: { manifestation?: ManifestationId | undefined; group?: ManifestationGroupNumber | undefined }): ReviewFindingTarget {
  if (t.manifestation !== undefined) return { manifestation: t.manifestation, group: getManifestation(t.manifestation).group };
  return { group: t.group ?? 1 };
}

const targetSchema = z.strictObject(targetFields).superRefine(checkTarget);

const findingSchema = z
  .strictObject({
    ...targetFields,
    identifiedBy: z.union([z.enum(REVIEW_FINDING_SOURCES), z.array(z.enum(REVIEW_FINDING_SOURCES)).min(1).max(3)]),
    concluded: z.boolean().optional(),
    concludedBy: text(300).optional(),
    concludedOn: isoDate.optional(),
    evidence: z.union([text(5000), z.array(text(5000)).max(100)]).optional(),
  })
  .superRefine((v, ctx) => {
    checkTarget(v, ctx);
    if (v.concluded !== true && (v.concludedBy !== undefined || v.concludedOn !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['concluded'],
        params: custom({
          nq4Code: 'inconsistent',
          messageVi: 'Có cơ quan hoặc ngày kết luận nhưng "concluded" không phải true.',
          messageEn: 'A concluding body or date is given but "concluded" is not true.',
        }).params,
      });
    }
  });

const remediationSchema = z
  .strictObject({
    id: identifier.optional(),
    action: text(2000),
    addresses: z.array(targetSchema).max(60).optional(),
    dueOn: isoDate.optional(),
    status: z.enum(REMEDIATION_STATUSES),
    doneOn: isoDate.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.doneOn !== undefined && v.status !== 'done') {
      ctx.addIssue({
        code: 'custom',
        path: ['doneOn'],
        params: custom({
          nq4Code: 'inconsistent',
          messageVi: 'Có ngày hoàn thành nhưng trạng thái không phải "done".',
          messageEn: 'A completion date is given but the status is not "done".',
        }).params,
      });
    }
  });

const subjectSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('member'),
    id: identifier,
    leader: z.boolean().optional(),
    membership: z.enum(['official', 'probationary']).optional(),
    activityStatus: z.enum(MEMBER_ACTIVITY_STATUSES).optional(),
    admittedOn: isoDate.optional(),
  }),
  z.strictObject({
    type: z.literal('partyOrganization'),
    id: identifier,
    organizationKind: z.enum(REVIEW_ORGANIZATION_KINDS).optional(),
  }),
  z.strictObject({ type: z.literal('leadershipCollective'), id: identifier }),
]);

const periodSchema = z.strictObject({
  year,
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
});

const FINDING_SOURCE_ORDER: Readonly<Record<ReviewFindingSource, number>> = { self: 0, collective: 1, higherLevel: 2 };

interface RawFinding {
  manifestation?: ManifestationId | undefined;
  group?: ManifestationGroupNumber | undefined;
  identifiedBy: ReviewFindingSource | ReviewFindingSource[];
  concluded?: boolean | undefined;
  concludedBy?: string | undefined;
  concludedOn?: IsoDate | undefined;
  evidence?: string | string[] | undefined;
}

function conclusionRank(f: { concludedOn?: IsoDate | undefined; concludedBy?: string | undefined }): string {
  return `${f.concludedOn ?? '9999-99-99'}\u0000${f.concludedBy ?? '\uffff'}`;
}

/** Merge the findings of one review that point at the same target (rules in the module comment). @internal */
export function mergeFindings(raw: readonly RawFinding[]): ReviewFinding[] {
  const order: string[] = [];
  const groups = new Map<string, RawFinding[]>();
  for (const r of raw) {
    const key = targetKey(toTarget(r));
    const list = groups.get(key);
    if (list) list.push(r);
    else {
      groups.set(key, [r]);
      order.push(key);
    }
  }
  return order.map((key) => {
    const list = groups.get(key) ?? [];
    const first = list[0] as RawFinding;
    const sources = new Set<ReviewFindingSource>();
    const evidence: string[] = [];
    for (const r of list) {
      for (const s of Array.isArray(r.identifiedBy) ? r.identifiedBy : [r.identifiedBy]) sources.add(s);
      for (const e of r.evidence === undefined ? [] : Array.isArray(r.evidence) ? r.evidence : [r.evidence]) {
        if (!evidence.includes(e)) evidence.push(e);
      }
    }
    const concludedOnes = list.filter((r) => r.concluded === true).sort((a, b) => (conclusionRank(a) < conclusionRank(b) ? -1 : conclusionRank(a) > conclusionRank(b) ? 1 : 0));
    const best = concludedOnes[0];
    const finding: ReviewFinding = {
      ...toTarget(first),
      identifiedBy: [...sources].sort((a, b) => FINDING_SOURCE_ORDER[a] - FINDING_SOURCE_ORDER[b]),
      concluded: best !== undefined,
      ...(best?.concludedBy !== undefined ? { concludedBy: best.concludedBy } : {}),
      ...(best?.concludedOn !== undefined ? { concludedOn: best.concludedOn } : {}),
      evidence,
    };
    return finding;
  });
}

function dedupeTargets(targets: readonly ReviewFindingTarget[]): ReviewFindingTarget[] {
  const seen = new Set<string>();
  const out: ReviewFindingTarget[] = [];
  for (const t of targets) {
    const k = targetKey(t);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(t);
    }
  }
  return out;
}

const reviewSchemaImpl = z
  .strictObject({
    id: identifier.optional(),
    unitId: identifier,
    subject: subjectSchema,
    period: periodSchema,
    kind: z.enum(REVIEW_KINDS),
    place: z.strictObject({ kind: z.enum(REVIEW_PLACE_KINDS), unitId: identifier }),
    ruleSetId: z.enum(REVIEW_RULE_SET_IDS).optional(),
    heldOn: isoDate.optional(),
    suggestion: z
      .strictObject({
        suggestedBy: text(300).optional(),
        issues: z.array(text(2000)).max(100).optional(),
        on: isoDate.optional(),
      })
      .optional(),
    selfAssessment: z
      .strictObject({
        text: text(20000).optional(),
        selfRating: z.enum(RATING_LEVELS).optional(),
        score: z.number().min(0).max(100).optional(),
      })
      .optional(),
    findings: z.array(findingSchema).max(500).optional(),
    remediation: z.array(remediationSchema).max(500).optional(),
    outcome: z
      .strictObject({
        rating: z.enum(RATING_LEVELS).optional(),
        disciplineReferral: z.strictObject({ by: text(300), on: isoDate.optional(), note: text(2000).optional() }).optional(),
        discipline: z.enum(DISCIPLINE_FORMS).optional(),
        nonDisciplinary: z.array(z.enum(NON_DISCIPLINARY_MEASURES)).max(8).optional(),
      })
      .optional(),
  })
  .transform((v): Review => {
    const s = v.subject;
    const subject: ReviewSubject =
      s.type === 'member'
        ? {
            type: 'member',
            id: s.id,
            leader: s.leader ?? false,
            ...(s.membership !== undefined ? { membership: s.membership } : {}),
            ...(s.activityStatus !== undefined ? { activityStatus: s.activityStatus } : {}),
            ...(s.admittedOn !== undefined ? { admittedOn: s.admittedOn } : {}),
          }
        : s.type === 'partyOrganization'
          ? { type: 'partyOrganization', id: s.id, organizationKind: s.organizationKind ?? 'other' }
          : { type: 'leadershipCollective', id: s.id };
    const remediation: RemediationItem[] = (v.remediation ?? []).map((r) => ({
      ...(r.id !== undefined ? { id: r.id } : {}),
      action: r.action,
      addresses: dedupeTargets((r.addresses ?? []).map(toTarget)),
      ...(r.dueOn !== undefined ? { dueOn: r.dueOn } : {}),
      status: r.status,
      ...(r.doneOn !== undefined ? { doneOn: r.doneOn } : {}),
    }));
    const o = v.outcome;
    const nonDisciplinary: NonDisciplinaryMeasure[] = [...new Set(o?.nonDisciplinary ?? [])];
    return {
      ...(v.id !== undefined ? { id: v.id } : {}),
      unitId: v.unitId,
      subject,
      period: v.period.quarter === undefined ? { year: v.period.year } : { year: v.period.year, quarter: v.period.quarter },
      kind: v.kind,
      place: { kind: v.place.kind, unitId: v.place.unitId },
      ...(v.ruleSetId !== undefined ? { ruleSetId: v.ruleSetId } : {}),
      ...(v.heldOn !== undefined ? { heldOn: v.heldOn } : {}),
      ...(v.suggestion !== undefined
        ? {
            suggestion: {
              ...(v.suggestion.suggestedBy !== undefined ? { suggestedBy: v.suggestion.suggestedBy } : {}),
              issues: v.suggestion.issues ?? [],
              ...(v.suggestion.on !== undefined ? { on: v.suggestion.on } : {}),
            },
          }
        : {}),
      ...(v.selfAssessment !== undefined ? { selfAssessment: { ...v.selfAssessment } } : {}),
      findings: mergeFindings(v.findings ?? []),
      remediation,
      outcome: {
        ...(o?.rating !== undefined ? { rating: o.rating } : {}),
        ...(o?.disciplineReferral !== undefined ? { disciplineReferral: { ...o.disciplineReferral } } : {}),
        ...(o?.discipline !== undefined ? { discipline: o.discipline } : {}),
        nonDisciplinary,
      },
    };
  });


/**
 * The zod schema of one review as callers write it; it parses into a normalized {@link Review}
 * (duplicate findings merged, text in NFC). Unknown fields are rejected.
 * @example
 * ```ts
 * import { reviewSchema } from 'nq4';
 * reviewSchema.safeParse({ unitId: 'cb', subject: { type: 'member', id: 'm' }, period: { year: 2024 }, kind: 'annual', place: { kind: 'branch', unitId: 'cb' } }).success; // true
 * ```
 * @category Review
 */
export const reviewSchema: z.ZodType<Review, ReviewInput> = reviewSchemaImpl;

/** The zod schema of a list of reviews. @internal */
export const reviewListSchema = /* @__PURE__ */ z.array(reviewSchema).max(1_000_000);

const commitmentSchemaImpl = z
  .strictObject({
    personId: identifier,
    year,
    items: z.union([z.literal('all27'), z.array(manifestationRef).min(1).max(27)]),
    otherCommitments: z.array(text(2000)).max(200).optional(),
    signedOn: isoDate.optional(),
    publishedAt: text(300).optional(),
  })
  .transform((v): ReviewCommitment => {
    const all = manifestationGroups.flatMap((g) => g.ids);
    const chosen = v.items === 'all27' ? new Set(all) : new Set(v.items);
    const items = all.filter((id) => chosen.has(id));
    return {
      personId: v.personId,
      year: v.year,
      items,
      coversAll27: items.length === all.length,
      otherCommitments: [...new Set(v.otherCommitments ?? [])],
      ...(v.signedOn !== undefined ? { signedOn: v.signedOn } : {}),
      ...(v.publishedAt !== undefined ? { publishedAt: v.publishedAt } : {}),
    };
  });


/**
 * The zod schema of one yearly commitment as callers write it. `items` is `"all27"` or a list of
 * catalog ids. Parses into a {@link ReviewCommitment}.
 * @example
 * ```ts
 * import { reviewCommitmentSchema } from 'nq4';
 * reviewCommitmentSchema.safeParse({ personId: 'p', year: 2024, items: ['G9-9'] }).success; // false
 * ```
 * @category Review
 */
export const reviewCommitmentSchema: z.ZodType<ReviewCommitment, ReviewCommitmentInput> = commitmentSchemaImpl;

