/**
 * The zod schemas (`zod/mini`) of the review records: what callers pass in, turned into the
 * normalized, deeply frozen records of `model.ts`. Every schema is a factory or a pure `z.lazy`
 * wrapper: built on first use, dropped by a bundler when unused. Text is normalized to NFC and trimmed; catalog ids are
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
import * as z from 'zod/mini';
import { addRuleIssue, ISSUE_LIMIT, isoDate, issueParams, throwIssues } from '../_lib/schema.js';
import { fromZodIssues, parseInput, type Nq4CustomParams, type Nq4Issue } from '../errors.js';
import type { Label } from '../i18n/label.js';
import type { IsoDate } from '../_lib/dates.js';
import type { DeepReadonly } from '../_lib/freeze.js';
import { getManifestation, isManifestationId, manifestationGroups, type ManifestationGroupNumber, type ManifestationId } from '../catalog/manifestations.js';
import { DISCIPLINE_FORMS, NON_DISCIPLINARY_MEASURES, RATING_LEVELS, type NonDisciplinaryMeasure } from '../i18n/vocabulary.js';
import { SCHEMA_MESSAGES as M } from './_messages.js';
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
import { REVIEW_RULE_SET_IDS } from './ruleSetIds.js';
import type { ReviewCommitmentInput, ReviewInput } from './inputs.js';

export type { ReviewCommitmentInput, ReviewInput } from './inputs.js';

/** The most reviews (or commitments) one call may take (an input bound, not a rule of the texts). */
export const MAX_RECORDS = 1_000_000;

const nfc = (s: string): string => s.normalize('NFC').trim();

/**
 * Free text: NFC, trimmed, not empty. The length bound aborts, so an over-long text is one
 * `too_big` issue and is not normalized.
 */
const text = (max: number) => z.string().check(z.maxLength(max, { abort: true }), z.overwrite(nfc), z.minLength(1));

const identifier = () => text(200);

const year = () => z.number().check(z.int(), z.gte(1930), z.lte(9999));

/** Custom-issue parameters with a message of the table. */
const paramsOf = (code: Nq4CustomParams['nq4Code'], message: Label): Nq4CustomParams => issueParams(code, message.vi, message.en);

const UNKNOWN_MANIFESTATION = /* @__PURE__ */ paramsOf('unknown_id', M.unknownId);

/** A catalog id in any case (`g1-4` reads `G1-4`); an id outside the catalog is `unknown_id`. */
const manifestationRef = () =>
  z.pipe(
    z.string().check(
      z.maxLength(32, { abort: true }),
      z.overwrite((s) => s.normalize('NFC').trim().toUpperCase()),
      z.refine(isManifestationId, { params: UNKNOWN_MANIFESTATION }),
    ),
    // The refinement has let through catalog ids only.
    z.transform((s: string): ManifestationId => s as ManifestationId),
  );

const group = () => z.union([z.literal(1), z.literal(2), z.literal(3)]);

const targetFields = () => ({
  manifestation: z.optional(manifestationRef()),
  group: z.optional(group()),
});

interface RawTarget {
  manifestation?: ManifestationId | undefined;
  group?: ManifestationGroupNumber | undefined;
}

function checkTarget(t: RawTarget, ctx: z.core.$RefinementCtx<RawTarget>): void {
  if (t.manifestation === undefined && t.group === undefined) {
    addRuleIssue(ctx, ['manifestation'], paramsOf('missing', M.missing));
  } else if (t.manifestation !== undefined && t.group !== undefined && getManifestation(t.manifestation).group !== t.group) {
    addRuleIssue(ctx, ['group'], paramsOf('inconsistent', M.group));
  }
}

function toTarget(t: RawTarget): ReviewFindingTarget {
  if (t.manifestation !== undefined) return { manifestation: t.manifestation, group: getManifestation(t.manifestation).group };
  return { group: t.group ?? 1 };
}

const targetSchema = () => z.strictObject(targetFields()).check(z.superRefine(checkTarget));

const findingSource = () => z.enum(REVIEW_FINDING_SOURCES);

const findingSchema = () =>
  z
    .strictObject({
      ...targetFields(),
      identifiedBy: z.union([findingSource(), z.array(findingSource()).check(z.minLength(1), z.maxLength(3))]),
      concluded: z.optional(z.boolean()),
      concludedBy: z.optional(text(300)),
      concludedOn: z.optional(isoDate()),
      evidence: z.optional(z.union([text(5000), z.array(text(5000)).check(z.maxLength(100))])),
    })
    .check(
      z.superRefine((v, ctx) => {
        checkTarget(v, ctx as z.core.$RefinementCtx<RawTarget>);
        if (v.concluded !== true && (v.concludedBy !== undefined || v.concludedOn !== undefined)) {
          addRuleIssue(ctx, ['concluded'], paramsOf('inconsistent', M.concluded));
        }
      }),
    );

const remediationSchema = () =>
  z
    .strictObject({
      id: z.optional(identifier()),
      action: text(2000),
      addresses: z.optional(z.array(targetSchema()).check(z.maxLength(60))),
      dueOn: z.optional(isoDate()),
      status: z.enum(REMEDIATION_STATUSES),
      doneOn: z.optional(isoDate()),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (v.doneOn !== undefined && v.status !== 'done') {
          addRuleIssue(ctx, ['doneOn'], paramsOf('inconsistent', M.doneOn));
        }
      }),
    );

const subjectSchema = () =>
  z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('member'),
      id: identifier(),
      leader: z.optional(z.boolean()),
      membership: z.optional(z.enum(['official', 'probationary'])),
      activityStatus: z.optional(z.enum(MEMBER_ACTIVITY_STATUSES)),
      admittedOn: z.optional(isoDate()),
    }),
    z.strictObject({
      type: z.literal('partyOrganization'),
      id: identifier(),
      organizationKind: z.optional(z.enum(REVIEW_ORGANIZATION_KINDS)),
    }),
    z.strictObject({ type: z.literal('leadershipCollective'), id: identifier() }),
  ]);

const periodSchema = () =>
  z.strictObject({
    year: year(),
    quarter: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
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

/** The review record as written, checked field by field (before normalization). */
const reviewFields = () =>
  z.strictObject({
    id: z.optional(identifier()),
    unitId: identifier(),
    subject: subjectSchema(),
    period: periodSchema(),
    kind: z.enum(REVIEW_KINDS),
    place: z.strictObject({ kind: z.enum(REVIEW_PLACE_KINDS), unitId: identifier() }),
    ruleSetId: z.optional(z.enum(REVIEW_RULE_SET_IDS)),
    heldOn: z.optional(isoDate()),
    suggestion: z.optional(
      z.strictObject({
        suggestedBy: z.optional(text(300)),
        issues: z.optional(z.array(text(2000)).check(z.maxLength(100))),
        on: z.optional(isoDate()),
      }),
    ),
    selfAssessment: z.optional(
      z.strictObject({
        text: z.optional(text(20000)),
        selfRating: z.optional(z.enum(RATING_LEVELS)),
        score: z.optional(z.number().check(z.gte(0), z.lte(100))),
      }),
    ),
    findings: z.optional(z.array(findingSchema()).check(z.maxLength(500))),
    remediation: z.optional(z.array(remediationSchema()).check(z.maxLength(500))),
    outcome: z.optional(
      z.strictObject({
        rating: z.optional(z.enum(RATING_LEVELS)),
        disciplineReferral: z.optional(z.strictObject({ by: text(300), on: z.optional(isoDate()), note: z.optional(text(2000)) })),
        discipline: z.optional(z.enum(DISCIPLINE_FORMS)),
        nonDisciplinary: z.optional(z.array(z.enum(NON_DISCIPLINARY_MEASURES)).check(z.maxLength(8))),
      }),
    ),
  });

/** A checked review record, normalized into a {@link Review}: defaults filled, findings merged. */
function toReview(v: z.output<ReturnType<typeof reviewFields>>): Review {
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
}

/**
 * The zod schema (`zod/mini`) of one review as callers write it; it parses into a normalized
 * {@link Review} (duplicate findings merged, text in NFC). Unknown fields are rejected. Built on
 * first use. Its issues are zod's; {@link parseReview} gives the same checks as an `Nq4Error`
 * with bilingual messages.
 * @example
 * ```ts
 * import { reviewSchema } from 'nq4';
 * reviewSchema.safeParse({ unitId: 'cb', subject: { type: 'member', id: 'm' }, period: { year: 2024 }, kind: 'annual', place: { kind: 'branch', unitId: 'cb' } }).success; // true
 * ```
 * @category Review
 */
export const reviewSchema: z.ZodMiniType<Review, ReviewInput> = /* @__PURE__ */ z.lazy(() => z.pipe(reviewFields(), z.transform(toReview)));

/**
 * Compile-time tie of the schemas to the input types: every value the types let a caller write,
 * the schemas read (the annotations of {@link reviewSchema} and {@link reviewCommitmentSchema}
 * check the other way), and both have the same fields, optional in the same places.
 * @internal
 */
export type ReviewInputTie = [
  Assert<[ReviewInput] extends [DeepReadonly<z.input<ReturnType<typeof reviewFields>>>] ? true : false>,
  Assert<Same<Shape<ReviewInput>, Shape<z.input<ReturnType<typeof reviewFields>>>>>,
  Assert<[ReviewCommitmentInput] extends [DeepReadonly<z.input<ReturnType<typeof commitmentFields>>>] ? true : false>,
  Assert<Same<Shape<ReviewCommitmentInput>, Shape<z.input<ReturnType<typeof commitmentFields>>>>>,
];
type Assert<T extends true> = T;
/** The fields of a type, every text type read as `string` and every array as mutable. */
type Shape<T> = T extends string ? string : T extends readonly (infer U)[] ? Shape<U>[] : T extends object ? { -readonly [K in keyof T]: Shape<T[K]> } : T;
type Same<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

/** The zod schema of a list of reviews; issue paths start with the index. @internal */
export const reviewListSchema = /* @__PURE__ */ z.lazy(() => z.array(reviewSchema).check(z.maxLength(MAX_RECORDS)));

const commitmentFields = () =>
  z.strictObject({
    personId: identifier(),
    year: year(),
    items: z.union([z.literal('all27'), z.array(manifestationRef()).check(z.minLength(1), z.maxLength(27))]),
    otherCommitments: z.optional(z.array(text(2000)).check(z.maxLength(200))),
    signedOn: z.optional(isoDate()),
    publishedAt: z.optional(text(300)),
  });

/** A checked commitment, normalized: `"all27"` expanded, ids in catalog order without repeats. */
function toCommitment(v: z.output<ReturnType<typeof commitmentFields>>): ReviewCommitment {
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
}

/**
 * The zod schema (`zod/mini`) of one yearly commitment as callers write it. `items` is `"all27"`
 * or a list of catalog ids. Parses into a {@link ReviewCommitment}. Built on first use.
 * @example
 * ```ts
 * import { reviewCommitmentSchema } from 'nq4';
 * reviewCommitmentSchema.safeParse({ personId: 'p', year: 2024, items: ['G9-9'] }).success; // false
 * ```
 * @category Review
 */
export const reviewCommitmentSchema: z.ZodMiniType<ReviewCommitment, ReviewCommitmentInput> = /* @__PURE__ */ z.lazy(() =>
  z.pipe(commitmentFields(), z.transform(toCommitment)),
);

/** The zod schema of a list of commitments; issue paths start with the index. @internal */
export const reviewCommitmentListSchema = /* @__PURE__ */ z.lazy(() => z.array(reviewCommitmentSchema).check(z.maxLength(MAX_RECORDS)));

/** An array of at most MAX_RECORDS items, its items not yet looked at. */
const recordArray = /* @__PURE__ */ z.lazy(() => z.array(z.unknown()).check(z.maxLength(MAX_RECORDS)));

/**
 * A list parsed item by item: validation stops once ISSUE_LIMIT issues are collected, so 100,000
 * bad records cost milliseconds and the error lists the first 100 (issue 15). Paths start with
 * the index, as with the list schemas above.
 */
function parseList<T>(item: z.ZodMiniType<T, unknown>, input: unknown): T[] {
  const list = parseInput(recordArray, input);
  const out: T[] = [];
  const issues: Nq4Issue[] = [];
  for (let i = 0; i < list.length && issues.length < ISSUE_LIMIT; i++) {
    const r = z.safeParse(item, list[i], { reportInput: true });
    if (r.success) out.push(r.data);
    else for (const x of fromZodIssues(r.error.issues, [i], list[i])) issues.push(x);
  }
  throwIssues(issues);
  return out;
}

/** A list of reviews, checked with the issue cap. @internal */
export const parseReviewList = (input: unknown): Review[] => parseList(reviewSchema as z.ZodMiniType<Review, unknown>, input);

/** A list of commitments, checked with the issue cap. @internal */
export const parseCommitmentList = (input: unknown): ReviewCommitment[] => parseList(reviewCommitmentSchema as z.ZodMiniType<ReviewCommitment, unknown>, input);
