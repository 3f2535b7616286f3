import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { ISSUE_LIMIT, throwIssues } from '../_lib/schema.js';
import { fail, Nq4Error, parseInput, pathKey, unknownFieldIssue, type Nq4Issue } from '../errors.js';
import { TALLY_MESSAGES } from './_messages.js';
import { manifestationIdSchema, type ManifestationId } from '../catalog/manifestations.js';
import {
  DISCIPLINE_FORMS,
  NON_DISCIPLINARY_MEASURES,
  RATING_LEVELS,
  SUBJECT_KINDS,
  type DisciplineForm,
  type NonDisciplinaryMeasure,
  type RatingLevel,
  type SubjectKind,
} from '../i18n/vocabulary.js';

/**
 * Who a rating count is about. Reports keep TCCSĐ (tổ chức cơ sở đảng) and chi bộ trực thuộc
 * counts apart (hierarchy-review-reports.md §3); `organization` is for reports that do not say.
 * - `member` đảng viên; `tccsd` tổ chức cơ sở đảng; `directBranch` chi bộ trực thuộc;
 * - `organization` tổ chức đảng of unstated kind; `leadershipCollective` tập thể lãnh đạo, quản lý.
 * @example
 * ```ts
 * import { RATED_SUBJECTS } from 'nq4';
 * RATED_SUBJECTS.includes('directBranch'); // true
 * ```
 * @category Tallies
 */
export const RATED_SUBJECTS = ['member', 'tccsd', 'directBranch', 'organization', 'leadershipCollective'] as const;

/**
 * A rated-subject code.
 * @category Tallies
 */
export type RatedSubject = (typeof RATED_SUBJECTS)[number];

/**
 * Who a discipline count is about: the three Charter subjects, plus `member` for reports that say
 * "đảng viên" without telling official from probationary members.
 * @example
 * ```ts
 * import { TALLY_DISCIPLINE_SUBJECTS } from 'nq4';
 * TALLY_DISCIPLINE_SUBJECTS.includes('member'); // true
 * ```
 * @category Tallies
 */
export const TALLY_DISCIPLINE_SUBJECTS = ['organization', 'officialMember', 'probationaryMember', 'member'] as const;

/**
 * A discipline tally subject code.
 * @category Tallies
 */
export type TallyDisciplineSubject = (typeof TALLY_DISCIPLINE_SUBJECTS)[number];

/**
 * Counts keyed by a code; absent keys count zero.
 * @category Tallies
 */
export type Counts<K extends string> = { readonly [P in K]?: number };

/**
 * Values keyed by a code; absent keys mean "none".
 * @category Tallies
 */
export type ByKey<K extends string, V> = { readonly [P in K]?: V };

/**
 * The counts of one unit for one period: the shared vocabulary of discipline tallies, review
 * summaries, report roll-up and the narrative reader. Every count is a non-negative integer;
 * absent keys count zero. Non-disciplinary outcomes (nhắc nhở, đang xem xét, …) are kept apart
 * from discipline and can never be added into it.
 * @category Tallies
 */
export interface Tally {
  /** Ratings by subject and level. */
  readonly ratings: ByKey<RatedSubject, Counts<RatingLevel>>;
  /** Charter discipline by subject and form. */
  readonly disciplines: ByKey<TallyDisciplineSubject, Counts<DisciplineForm>>;
  /** Non-disciplinary outcomes by subject kind and measure. */
  readonly nonDisciplinary: ByKey<SubjectKind, Counts<NonDisciplinaryMeasure>>;
  /** Subjects passed on to the discipline procedure (xem xét thi hành kỷ luật), outcome not stated. */
  readonly disciplineProcedures: Counts<SubjectKind>;
  /** Subjects reviewed (kiểm điểm). */
  readonly reviews: Counts<SubjectKind>;
  /** Subjects suggested for review by the higher level (gợi ý kiểm điểm). */
  readonly suggestedReviews: Counts<SubjectKind>;
  /** Subjects found with manifestations of degradation. */
  readonly degradationFound: Counts<SubjectKind>;
  /** Findings by catalog item. */
  readonly findingsByItem: Counts<ManifestationId>;
  /** Findings that name only a group (`"1"`, `"2"`, `"3"`), not an item. */
  readonly findingsByGroupOnly: Counts<'1' | '2' | '3'>;
  /** Written commitments (bản cam kết) signed. */
  readonly commitments: number;
}

/* A count: a whole number from 0 to Number.MAX_SAFE_INTEGER (the integer check covers the safe range). */
const count = () => z.number().check(z.int(), z.gte(0));
const countsOf = <const K extends readonly [string, ...string[]]>(keys: K) => z.partialRecord(z.enum(keys), count());

/**
 * What {@link tally} accepts: some or all fields of a {@link Tally}; absent fields count zero.
 * @category Tallies
 */
export interface TallyInput {
  /** Ratings by subject and level. */
  readonly ratings?: ByKey<RatedSubject, Counts<RatingLevel>>;
  /** Charter discipline by subject and form. */
  readonly disciplines?: ByKey<TallyDisciplineSubject, Counts<DisciplineForm>>;
  /** Non-disciplinary outcomes by subject kind and measure. */
  readonly nonDisciplinary?: ByKey<SubjectKind, Counts<NonDisciplinaryMeasure>>;
  /** Subjects passed on to the discipline procedure. */
  readonly disciplineProcedures?: Counts<SubjectKind>;
  /** Subjects reviewed. */
  readonly reviews?: Counts<SubjectKind>;
  /** Subjects suggested for review. */
  readonly suggestedReviews?: Counts<SubjectKind>;
  /** Subjects found with manifestations of degradation. */
  readonly degradationFound?: Counts<SubjectKind>;
  /** Findings by catalog item. */
  readonly findingsByItem?: Counts<ManifestationId>;
  /** Findings naming only a group. */
  readonly findingsByGroupOnly?: Counts<'1' | '2' | '3'>;
  /** Written commitments signed. */
  readonly commitments?: number;
}

/**
 * The `zod/mini` schema of a {@link TallyInput}: every field optional, unknown keys rejected.
 * Built on first use, so a bundle that never validates a tally does not carry it.
 * @internal
 */
export const tallyInputSchema: z.ZodMiniType<TallyInput> = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    ratings: z.optional(z.partialRecord(z.enum(RATED_SUBJECTS), countsOf(RATING_LEVELS))),
    disciplines: z.optional(z.partialRecord(z.enum(TALLY_DISCIPLINE_SUBJECTS), countsOf(DISCIPLINE_FORMS))),
    nonDisciplinary: z.optional(z.partialRecord(z.enum(SUBJECT_KINDS), countsOf(NON_DISCIPLINARY_MEASURES))),
    disciplineProcedures: z.optional(countsOf(SUBJECT_KINDS)),
    reviews: z.optional(countsOf(SUBJECT_KINDS)),
    suggestedReviews: z.optional(countsOf(SUBJECT_KINDS)),
    degradationFound: z.optional(countsOf(SUBJECT_KINDS)),
    findingsByItem: z.optional(z.partialRecord(manifestationIdSchema, count())),
    findingsByGroupOnly: z.optional(countsOf(['1', '2', '3'] as const)),
    commitments: z.optional(count()),
  }),
);

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

function addCounts(target: Record<string, number>, source: Readonly<Record<string, number | undefined>> | undefined): void {
  if (!source) return;
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined || value === 0) continue;
    target[key] = (target[key] ?? 0) + value;
  }
}

function addNested(
  target: Record<string, Record<string, number>>,
  source: Readonly<Record<string, Readonly<Record<string, number | undefined>> | undefined>> | undefined,
): void {
  if (!source) return;
  for (const [key, inner] of Object.entries(source)) {
    if (!inner) continue;
    const slot = target[key] ?? {};
    addCounts(slot, inner);
    if (Object.keys(slot).length > 0) target[key] = slot;
  }
}

function blank(): Mutable<Tally> {
  return {
    ratings: {},
    disciplines: {},
    nonDisciplinary: {},
    disciplineProcedures: {},
    reviews: {},
    suggestedReviews: {},
    degradationFound: {},
    findingsByItem: {},
    findingsByGroupOnly: {},
    commitments: 0,
  };
}

function accumulate(target: Mutable<Tally>, t: TallyInput | Tally): void {
  addNested(target.ratings as Record<string, Record<string, number>>, t.ratings);
  addNested(target.disciplines as Record<string, Record<string, number>>, t.disciplines);
  addNested(target.nonDisciplinary as Record<string, Record<string, number>>, t.nonDisciplinary);
  addCounts(target.disciplineProcedures as Record<string, number>, t.disciplineProcedures);
  addCounts(target.reviews as Record<string, number>, t.reviews);
  addCounts(target.suggestedReviews as Record<string, number>, t.suggestedReviews);
  addCounts(target.degradationFound as Record<string, number>, t.degradationFound);
  addCounts(target.findingsByItem as Record<string, number>, t.findingsByItem);
  addCounts(target.findingsByGroupOnly as Record<string, number>, t.findingsByGroupOnly);
  target.commitments += t.commitments ?? 0;
}

/**
 * The empty tally: the identity of {@link mergeTallies}.
 *
 * @example
 * ```ts
 * import { createEmptyTally } from 'nq4';
 * createEmptyTally().commitments; // 0
 * ```
 * @category Tallies
 */
export function createEmptyTally(): Tally {
  return deepFreeze(blank());
}

/**
 * Validate a partial tally and return it as a complete, deeply frozen {@link Tally}. Zero counts are
 * dropped, so equal tallies are deep-equal.
 *
 * @example
 * ```ts
 * import { tally } from 'nq4';
 * const t = tally({ disciplines: { member: { reprimand: 30, warning: 12 } } });
 * t.disciplines.member?.reprimand; // 30
 * ```
 * @throws {@link Nq4Error} naming each bad field (negative or non-integer counts, unknown keys).
 * @category Tallies
 */
export function tally(input: TallyInput): Tally {
  refuseProtoKeys(input, []);
  const valid = parseInput(tallyInputSchema, input);
  const out = blank();
  accumulate(out, valid);
  return deepFreeze(out);
}

/**
 * Add tallies: associative and commutative, with {@link createEmptyTally} as identity. Every argument
 * is validated like {@link tally}'s input (a tally made by `JSON.parse` with a `"__proto__"`,
 * `constructor` or unknown key is refused, never written anywhere), and is not modified. A sum
 * past `Number.MAX_SAFE_INTEGER` cannot be added exactly and is an error naming the field.
 *
 * @example
 * ```ts
 * import { mergeTallies, tally } from 'nq4';
 * const sum = mergeTallies(tally({ reviews: { individual: 3 } }), tally({ reviews: { individual: 4 } }));
 * sum.reviews.individual; // 7
 * ```
 * @throws {@link Nq4Error} naming the argument (its index) and the field of each bad count, or
 * the field whose sum is too large.
 * @category Tallies
 */
export function mergeTallies(...tallies: readonly Tally[]): Tally {
  const out = blank();
  const issues: Nq4Issue[] = [];
  for (let i = 0; i < tallies.length && issues.length < ISSUE_LIMIT; i++) {
    try {
      refuseProtoKeys(tallies[i], [i]);
      accumulate(out, parseInput(tallyInputSchema, tallies[i], [i]));
    } catch (error) {
      if (!(error instanceof Nq4Error)) throw error;
      issues.push(...error.issues);
    }
  }
  throwIssues(issues);
  assertSafeSums(out);
  return deepFreeze(out);
}

/**
 * An own `"__proto__"` key (what `JSON.parse` makes of one) is an unknown field: zod passes over
 * it silently, and code that copied it would set a prototype. A tally is at most three levels deep.
 */
function refuseProtoKeys(value: unknown, path: (string | number)[], depth = 0): void {
  if (typeof value !== 'object' || value === null || depth > 3) return;
  if (Object.prototype.hasOwnProperty.call(value, '__proto__')) {
    throw new Nq4Error([unknownFieldIssue([...path, '__proto__'])]);
  }
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    refuseProtoKeys((value as Record<string, unknown>)[k], [...path, pathKey(k, value, i)], depth + 1);
  }
}

/** Every sum is still an exact whole number (a double past 2^53 − 1 is not). */
function assertSafeSums(t: Mutable<Tally>): void {
  const check = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value)) {
        fail('too_big', path, TALLY_MESSAGES.tooBig.vi, TALLY_MESSAGES.tooBig.en);
      }
      return;
    }
    if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) check(v, [...path, k]);
  };
  check(t, []);
}

/**
 * @deprecated Use {@link createEmptyTally}: renamed so that every function name starts with a verb
 * (docs/conventions.md). Will be removed in the next minor version.
 * @example
 * ```ts
 * import { emptyTally, createEmptyTally } from 'nq4';
 * emptyTally === createEmptyTally; // true
 * ```
 * @category Tallies
 */
export const emptyTally: typeof createEmptyTally = createEmptyTally;
