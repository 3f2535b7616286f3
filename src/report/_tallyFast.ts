/**
 * Fast tally validation and addition for large roll-ups. Produces values deep-equal to
 * `tally()` / `mergeTallies()` of `src/tally/tally.ts` (tested as a property), but validates by
 * hand instead of through zod and shares one frozen empty object for every empty counts field,
 * so a national roll-up (hundreds of thousands of units) stays inside its time and memory budget.
 * @internal
 */
import { issue, pathKey, unknownFieldIssue, type Nq4Issue, type Nq4IssueCode } from '../errors.js';
import type { Label } from '../i18n/label.js';
import { TALLY_READ_MESSAGES as M } from './_messages.js';
import { ISSUE_LIMIT } from '../_lib/schema.js';
import { MANIFESTATION_IDS } from '../catalog/ids.js';
import type { Tally } from '../tally/tally.js';
import { RATED_SUBJECTS, TALLY_DISCIPLINE_SUBJECTS } from '../tally/tally.js';
import { DISCIPLINE_FORMS, NON_DISCIPLINARY_MEASURES, RATING_LEVELS, SUBJECT_KINDS } from '../i18n/vocabulary.js';

/** An issue with its message from the table. */
const said = (code: Nq4IssueCode, path: readonly (string | number)[], m: Label): Nq4Issue => issue(code, path, m.vi, m.en);

/** The one empty counts object shared by every tally this module builds. @internal */
export const EMPTY: Readonly<Record<string, number>> = /* @__PURE__ */ Object.freeze({}) as Record<string, number>;

type Path = (string | number)[];
type Mutable = {
  ratings: Record<string, Record<string, number>>;
  disciplines: Record<string, Record<string, number>>;
  nonDisciplinary: Record<string, Record<string, number>>;
  disciplineProcedures: Record<string, number>;
  reviews: Record<string, number>;
  suggestedReviews: Record<string, number>;
  degradationFound: Record<string, number>;
  findingsByItem: Record<string, number>;
  findingsByGroupOnly: Record<string, number>;
  commitments: number;
};

const setOf = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);
const RATED = /* @__PURE__ */ setOf(RATED_SUBJECTS);
const LEVELS = /* @__PURE__ */ setOf(RATING_LEVELS);
const DSUBJ = /* @__PURE__ */ setOf(TALLY_DISCIPLINE_SUBJECTS);
const FORMS = /* @__PURE__ */ setOf(DISCIPLINE_FORMS);
const KINDS = /* @__PURE__ */ setOf(SUBJECT_KINDS);
const MEASURES = /* @__PURE__ */ setOf(NON_DISCIPLINARY_MEASURES);
const GROUPS = /* @__PURE__ */ setOf(['1', '2', '3']);
const ITEMS = /* @__PURE__ */ setOf(MANIFESTATION_IDS);
const FLAT_FIELDS = ['disciplineProcedures', 'reviews', 'suggestedReviews', 'degradationFound'] as const;
const NESTED_FIELDS = [
  ['ratings', RATED, LEVELS],
  ['disciplines', DSUBJ, FORMS],
  ['nonDisciplinary', KINDS, MEASURES],
] as const;
const TOP = /* @__PURE__ */ new Set<string>(['ratings', 'disciplines', 'nonDisciplinary', ...FLAT_FIELDS, 'findingsByItem', 'findingsByGroupOnly', 'commitments']);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function checkCount(v: unknown, path: () => Path, issues: Nq4Issue[]): v is number {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= Number.MAX_SAFE_INTEGER) return true;
  if (typeof v !== 'number' || Number.isNaN(v)) {
    issues.push(said(v === undefined ? 'missing' : 'invalid_type', path(), M.notNumber));
  } else if (!Number.isInteger(v)) {
    issues.push(said('invalid_type', path(), M.notWholeNumber));
  } else if (v < 0) {
    issues.push(said('too_small', path(), M.negative));
  } else {
    issues.push(said('too_big', path(), M.tooBig));
  }
  return false;
}

/** Read a counts record; paths are built only when there is a problem. */
function readCounts(
  v: unknown,
  keys: { has(k: string): boolean },
  path: Path,
  segments: readonly string[],
  issues: Nq4Issue[],
): Record<string, number> {
  if (v === undefined) return EMPTY;
  if (!isPlainObject(v)) {
    issues.push(said('invalid_type', [...path, ...segments], M.notObject));
    return EMPTY;
  }
  let out: Record<string, number> = EMPTY;
  let at = -1; // the key's position among the own keys (for-in visits them in that order)
  for (const key in v) {
    if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
    at++;
    if (!keys.has(key)) {
      if (issues.length < ISSUE_LIMIT) issues.push(said('invalid_value', [...path, ...segments, pathKey(key, v, at)], M.invalidKey));
      continue;
    }
    const n = v[key];
    if (n === undefined) continue;
    if (!(typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= Number.MAX_SAFE_INTEGER) && !checkCount(n, () => [...path, ...segments, key], issues)) continue;
    if (n === 0) continue;
    if (out === EMPTY) out = {};
    out[key] = n;
  }
  return out;
}

/**
 * Validate a tally input by hand and build a frozen {@link Tally}, pushing every problem with its
 * path (prefixed by `path`, which is copied, so a caller may reuse one array) into `issues`.
 * Returns `undefined` when there was a problem.
 * @internal
 */
export function readTally(input: unknown, path: Path, issues: Nq4Issue[]): Tally | undefined {
  const before = issues.length;
  if (!isPlainObject(input)) {
    issues.push(said('invalid_type', [...path], M.notObject));
    return undefined;
  }
  for (const key in input) {
    if (Object.prototype.hasOwnProperty.call(input, key) && !TOP.has(key)) {
      issues.push(unknownFieldIssue([...path, pathKey(key, input)]));
    }
  }
  const out = newBuilder();
  for (const [field, outer, inner] of NESTED_FIELDS) {
    const v = input[field];
    if (v === undefined) continue;
    if (!isPlainObject(v)) {
      issues.push(said('invalid_type', [...path, field], M.notObject));
      continue;
    }
    let rec = EMPTY as unknown as Record<string, Record<string, number>>;
    for (const key in v) {
      if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
      if (!outer.has(key)) {
        issues.push(said('invalid_value', [...path, field, pathKey(key, v)], M.invalidKey));
        continue;
      }
      if (v[key] === undefined) continue;
      const counts = readCounts(v[key], inner, path, [field, key], issues);
      if (counts !== EMPTY) {
        if ((rec as unknown) === EMPTY) rec = {};
        rec[key] = counts;
      }
    }
    out[field] = rec;
  }
  for (const field of FLAT_FIELDS) {
    const v = input[field];
    if (v !== undefined) out[field] = readCounts(v, KINDS, path, [field], issues);
  }
  if (input.findingsByItem !== undefined) out.findingsByItem = readCounts(input.findingsByItem, ITEMS, path, ['findingsByItem'], issues);
  if (input.findingsByGroupOnly !== undefined) out.findingsByGroupOnly = readCounts(input.findingsByGroupOnly, GROUPS, path, ['findingsByGroupOnly'], issues);
  const c = input.commitments;
  if (c !== undefined && checkCount(c, () => [...path, 'commitments'], issues)) out.commitments = c;
  if (issues.length > before) return undefined;
  return finish(out);
}

/** A tally under construction: fields start as the shared EMPTY object. @internal */
export type TallyBuilder = Mutable;

/** A fresh builder. @internal */
export function newBuilder(): TallyBuilder {
  const e = EMPTY as unknown as Record<string, Record<string, number>>;
  return {
    ratings: e,
    disciplines: e,
    nonDisciplinary: e,
    disciplineProcedures: EMPTY,
    reviews: EMPTY,
    suggestedReviews: EMPTY,
    degradationFound: EMPTY,
    findingsByItem: EMPTY,
    findingsByGroupOnly: EMPTY,
    commitments: 0,
  };
}

function addFlat(target: Record<string, number>, source: Readonly<Record<string, number | undefined>>): Record<string, number> {
  if (source === EMPTY) return target;
  let out = target;
  for (const key in source) {
    const n = source[key];
    if (n === undefined || n === 0) continue;
    if (out === EMPTY) out = {};
    out[key] = (out[key] ?? 0) + n;
  }
  return out;
}

function addNested(
  target: Record<string, Record<string, number>>,
  source: Readonly<Record<string, Readonly<Record<string, number | undefined>> | undefined>>,
): Record<string, Record<string, number>> {
  if ((source as unknown) === EMPTY) return target;
  let out = target;
  for (const key in source) {
    const inner = source[key];
    if (inner === undefined) continue;
    const current = out[key] ?? EMPTY;
    const next = addFlat(current, inner);
    if (next !== current) {
      if ((out as unknown) === EMPTY) out = {};
      out[key] = next;
    }
  }
  return out;
}

/**
 * Add `t` into the builder `b` (the builder's objects are its own; `t` is read only). The caller
 * must not add a builder's own sub-objects twice: sub-objects created here are never shared.
 * @internal
 */
export function addInto(b: TallyBuilder, t: Tally): void {
  b.ratings = addNested(b.ratings, t.ratings as Record<string, Record<string, number>>);
  b.disciplines = addNested(b.disciplines, t.disciplines as Record<string, Record<string, number>>);
  b.nonDisciplinary = addNested(b.nonDisciplinary, t.nonDisciplinary as Record<string, Record<string, number>>);
  b.disciplineProcedures = addFlat(b.disciplineProcedures, t.disciplineProcedures);
  b.reviews = addFlat(b.reviews, t.reviews);
  b.suggestedReviews = addFlat(b.suggestedReviews, t.suggestedReviews);
  b.degradationFound = addFlat(b.degradationFound, t.degradationFound);
  b.findingsByItem = addFlat(b.findingsByItem, t.findingsByItem as Record<string, number>);
  b.findingsByGroupOnly = addFlat(b.findingsByGroupOnly, t.findingsByGroupOnly);
  b.commitments += t.commitments;
}

/** Freeze a builder into a {@link Tally}. @internal */
export function finish(b: TallyBuilder): Tally {
  const nested = [b.ratings, b.disciplines, b.nonDisciplinary];
  for (const rec of nested) {
    if ((rec as unknown) === EMPTY) continue;
    for (const key in rec) Object.freeze(rec[key]);
    Object.freeze(rec);
  }
  const flat = [b.disciplineProcedures, b.reviews, b.suggestedReviews, b.degradationFound, b.findingsByItem, b.findingsByGroupOnly];
  for (const rec of flat) if (rec !== EMPTY) Object.freeze(rec);
  return Object.freeze(b) as Tally;
}

/** The empty tally built by this module. @internal */
export const EMPTY_TALLY: Tally = /* @__PURE__ */ finish(newBuilder());

/**
 * The path (inside a tally) of the first count past Number.MAX_SAFE_INTEGER, or undefined. Counts
 * only grow when tallies are added, so checking a roll-up's root total finds any unsafe sum below it.
 * @internal
 */
export function unsafeCount(t: Tally): (string | number)[] | undefined {
  for (const [field] of NESTED_FIELDS) {
    const rec = t[field] as Readonly<Record<string, Readonly<Record<string, number>>>>;
    for (const key in rec) for (const k in rec[key]) if (!Number.isSafeInteger(rec[key]?.[k])) return [field, key, k];
  }
  for (const field of [...FLAT_FIELDS, 'findingsByItem', 'findingsByGroupOnly'] as const) {
    const rec = t[field] as Readonly<Record<string, number>>;
    for (const k in rec) if (!Number.isSafeInteger(rec[k])) return [field, k];
  }
  return Number.isSafeInteger(t.commitments) ? undefined : ['commitments'];
}
