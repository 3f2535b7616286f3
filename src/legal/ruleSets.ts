import * as z from 'zod/mini';
import { isIsoDate, yearEnd, yearStart, type IsoDate } from '../_lib/dates.js';
import { fail, issue, Nq4Error, parseInput, type Nq4Issue } from '../errors.js';
import { boundedArray } from '../_lib/schema.js';
import { formatDateEn, formatDateVi } from '../i18n/format.js';
import type { Label } from '../i18n/label.js';
import type { Citation } from './citation.js';

/**
 * What every versioned rule set declares: an id, the area it belongs to, the dates it governs
 * and the sources it encodes. Areas extend this with their own rule functions.
 * @category Rule sets
 */
export interface RuleSetInfo {
  /** Unique id within its area, such as `"qd366"`. */
  readonly id: string;
  /** The area: `"rating"`, `"discipline"`, `"review"`, … */
  readonly area: string;
  /** Name in both languages ("QĐ 366-QĐ/TW + HD 43-HD/BTCTW"). */
  readonly label: Label;
  /** First day governed (inclusive). */
  readonly validFrom: IsoDate;
  /** Last day governed (inclusive); absent while still in force. */
  readonly validTo?: IsoDate;
  /** The documents and clauses the rule set encodes. */
  readonly sources: readonly Citation[];
}

/**
 * The answer to "which rule set governs this date?": found, or not found with the reason and the
 * nearest rule sets on each side.
 * @category Rule sets
 */
export type RuleSetResolution<R extends RuleSetInfo> =
  | { readonly found: true; readonly ruleSet: R }
  | { readonly found: false; readonly reason: Label; readonly before?: R; readonly after?: R };

/**
 * How a year maps to a governing date. `yearEnd` (31 December) is the default: rating changes
 * arrived mid-year and governed that whole year's year-end rating (rating.md §1.2, decision D1).
 * @category Rule sets
 */
export interface ForYearOptions {
  /** Which day of the year decides (default `"yearEnd"`). */
  readonly at?: 'yearStart' | 'yearEnd';
}

/**
 * A set of dated rule-set versions for one area, in date order, without overlaps.
 * @category Rule sets
 */
export interface RuleSetRegistry<R extends RuleSetInfo> {
  /** The area name. */
  readonly area: string;
  /** All rule sets, oldest first. */
  readonly ruleSets: readonly R[];
  /**
   * The rule set with this id.
   * @throws {@link Nq4Error} `unknown_id`.
   */
  byId(id: string): R;
  /** Which rule set governs `date`, without throwing. */
  resolve(date: IsoDate): RuleSetResolution<R>;
  /**
   * The rule set that governs `date`.
   * @throws {@link Nq4Error} `no_rule_set` when none does, `invalid_date` for a bad date.
   */
  forDate(date: IsoDate): R;
  /**
   * The rule set that governs a year, read on 31 December by default.
   * @throws {@link Nq4Error} `no_rule_set` when none does.
   */
  forYear(year: number, options?: ForYearOptions): R;
}

/* The boundary of a registry, built on first use (zod/mini: an app that resolves no rule set
   bundles none of it). The date message predates the shared ISO-date schema and is kept. */

/** A date asked of a registry. @internal */
export const ruleSetDateSchema = /* @__PURE__ */ z.lazy(() =>
  z.string().check(
    z.refine(isIsoDate, {
      params: { nq4Code: 'invalid_date', messageVi: 'Ngày không hợp lệ (cần YYYY-MM-DD).', messageEn: 'Not a valid date (expected YYYY-MM-DD).' },
    }),
  ),
);

/** A year asked of a registry. @internal */
export const ruleSetYearSchema = /* @__PURE__ */ z.lazy(() => z.number().check(z.int(), z.gte(1930), z.lte(9999)));

/** The options of {@link RuleSetRegistry.forYear}. @internal */
export const forYearOptionsSchema = /* @__PURE__ */ z.lazy(() => z.optional(z.strictObject({ at: z.optional(z.enum(['yearStart', 'yearEnd'])) })));

/** The area argument of {@link createRuleSetRegistry}. @internal */
export const ruleSetAreaSchema = /* @__PURE__ */ z.lazy(() => z.string().check(z.minLength(1), z.maxLength(64)));

/**
 * The shape every rule set must have; areas add their own fields (rule functions), kept as they
 * are. Dates are checked by {@link createRuleSetRegistry} itself, with the order and overlaps.
 * @internal
 */
export const ruleSetInfoSchema = /* @__PURE__ */ z.lazy(() =>
  z.looseObject({
    id: z.string().check(z.minLength(1)),
    area: z.string(),
    label: z.looseObject({ vi: z.string(), en: z.string() }),
    validFrom: z.string(),
    validTo: z.optional(z.string()),
    sources: z.array(z.unknown()),
  }),
);

/** The rule sets of a registry (at most 1,000: a registry lists versions of a regulation). @internal */
export const ruleSetsSchema = /* @__PURE__ */ z.lazy(() => boundedArray(ruleSetInfoSchema, 1000));

/**
 * Create a registry of dated rule sets for an area. Every problem (duplicate ids, a rule set
 * ending before it starts, overlapping ranges, malformed dates) is reported at once.
 *
 * @example
 * ```ts
 * import { createRuleSetRegistry } from 'nq4';
 * const registry = createRuleSetRegistry('demo', [
 *   { id: 'old', area: 'demo', label: { vi: 'Cũ', en: 'Old' }, validFrom: '2018-01-01', validTo: '2022-12-31', sources: [] },
 *   { id: 'new', area: 'demo', label: { vi: 'Mới', en: 'New' }, validFrom: '2023-01-01', sources: [] },
 * ]);
 * registry.forYear(2020).id; // 'old'
 * registry.resolve('2017-06-01').found; // false
 * ```
 * @throws {@link Nq4Error} listing every problem with the rule sets.
 * @category Rule sets
 */
export function createRuleSetRegistry<R extends RuleSetInfo>(area: string, ruleSets: readonly R[]): RuleSetRegistry<R> {
  // Shape first, for JavaScript callers; the parsed copies are not kept: rule sets carry functions.
  parseInput(ruleSetAreaSchema, area, ['area']);
  parseInput(ruleSetsSchema, ruleSets);
  const problems: Nq4Issue[] = [];
  const seen = new Set<string>();
  ruleSets.forEach((r, i) => {
    if (seen.has(r.id)) problems.push(issue('inconsistent', [i, 'id'], 'Trùng mã bộ quy tắc.', 'Duplicate rule-set id.'));
    seen.add(r.id);
    if (r.area !== area) problems.push(issue('inconsistent', [i, 'area'], 'Bộ quy tắc thuộc lĩnh vực khác.', 'Rule set belongs to another area.'));
    if (!isIsoDate(r.validFrom)) problems.push(issue('invalid_date', [i, 'validFrom'], 'Ngày không hợp lệ.', 'Not a valid date.'));
    if (r.validTo !== undefined && !isIsoDate(r.validTo)) problems.push(issue('invalid_date', [i, 'validTo'], 'Ngày không hợp lệ.', 'Not a valid date.'));
    if (r.validTo !== undefined && r.validTo < r.validFrom) {
      problems.push(issue('date_order', [i, 'validTo'], 'Ngày kết thúc trước ngày bắt đầu.', 'Ends before it starts.'));
    }
  });
  const sorted = [...ruleSets].sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as R;
    const cur = sorted[i] as R;
    if (prev.validTo === undefined || prev.validTo >= cur.validFrom) {
      problems.push(
        issue(
          'inconsistent',
          [ruleSets.indexOf(cur), 'validFrom'],
          `Thời gian áp dụng chồng lấn với bộ quy tắc ở vị trí ${ruleSets.indexOf(prev)}.`,
          `Validity overlaps the rule set at index ${ruleSets.indexOf(prev)}.`,
        ),
      );
    }
  }
  if (problems.length > 0) throw new Nq4Error(problems as [Nq4Issue, ...Nq4Issue[]]);
  // The caller's objects are never frozen: a rule set already deeply frozen (the library's own) is
  // kept as it is, anything else is copied and the copy frozen.
  // One memo for the whole list: the sets share citations and labels, each walked once.
  const walked = new Map<object, unknown>();
  const frozen = Object.freeze(sorted.map((r) => frozenCopy(r, [ruleSets.indexOf(r)], 0, walked) as R));

  const resolve = (date: IsoDate): RuleSetResolution<R> => {
    const valid = parseInput(ruleSetDateSchema, date);
    let before: R | undefined;
    for (const r of frozen) {
      if (valid < r.validFrom) {
        return notFound(area, valid, before, r);
      }
      if (r.validTo === undefined || valid <= r.validTo) return Object.freeze({ found: true, ruleSet: r });
      before = r;
    }
    return notFound(area, valid, before, undefined);
  };

  const forDate = (date: IsoDate): R => {
    const res = resolve(date);
    if (res.found) return res.ruleSet;
    return fail('no_rule_set', [], res.reason.vi, res.reason.en);
  };

  return Object.freeze({
    area,
    ruleSets: frozen,
    byId(id: string): R {
      const r = frozen.find((x) => x.id === id);
      if (r) return r;
      return fail(
        'unknown_id',
        [],
        `Không có bộ quy tắc mang mã này trong lĩnh vực ${area}; có: ${frozen.map((x) => x.id).join(', ')}.`,
        `No rule set with this id in area ${area}; known: ${frozen.map((x) => x.id).join(', ')}.`,
      );
    },
    resolve,
    forDate,
    forYear(year: number, options?: ForYearOptions): R {
      const y = parseInput(ruleSetYearSchema, year, ['year']);
      const o = parseInput(forYearOptionsSchema, options, ['options']);
      const at = o?.at ?? 'yearEnd';
      return forDate(at === 'yearEnd' ? yearEnd(y) : yearStart(y));
    },
  });
}

/**
 * A registry of the library's own rule sets, checked and built by {@link createRuleSetRegistry} on
 * first use rather than at import: building the four registries (their checks and frozen copies)
 * was most of what `import('nq4')` spent on its own code. The same registry once built, so the same
 * answers and the same errors; `list` is read once. @internal
 */
export function lazyRuleSetRegistry<R extends RuleSetInfo>(area: string, list: () => readonly R[]): RuleSetRegistry<R> {
  let built: RuleSetRegistry<R> | undefined;
  const get = (): RuleSetRegistry<R> => (built ??= createRuleSetRegistry(area, list()));
  return Object.freeze({
    area,
    get ruleSets(): readonly R[] {
      return get().ruleSets;
    },
    byId: (id: string): R => get().byId(id),
    resolve: (date: IsoDate): RuleSetResolution<R> => get().resolve(date),
    forDate: (date: IsoDate): R => get().forDate(date),
    forYear: (year: number, options?: ForYearOptions): R => get().forYear(year, options),
  });
}

/**
 * Plain data copied and frozen unless already frozen all the way down; functions are kept. `seen`
 * maps each object already walked to its result, so an object shared by several sets (a citation,
 * a label) is walked once: building the registries at import was most of nq4's load time.
 */
function frozenCopy(v: unknown, path: (string | number)[], depth: number, seen: Map<object, unknown>): unknown {
  if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) return v;
  if (seen.has(v)) return seen.get(v);
  if (depth > 64) fail('too_big', path, 'Lồng quá sâu (tối đa 64 tầng).', 'Nested too deep (at most 64 levels).');
  const isArray = Array.isArray(v);
  const keys = Reflect.ownKeys(v);
  const out: Record<PropertyKey, unknown> = isArray ? [] : Object.create(Object.getPrototypeOf(v) as object | null);
  let same = Object.isFrozen(v);
  for (const k of keys) {
    const d = Object.getOwnPropertyDescriptor(v, k) as PropertyDescriptor;
    if (!('value' in d)) {
      Object.defineProperty(out, k, d);
      continue;
    }
    const c = frozenCopy(d.value, path, depth + 1, seen);
    if (c !== d.value) same = false;
    Object.defineProperty(out, k, { ...d, value: c });
  }
  const result = same ? v : Object.freeze(out);
  seen.set(v, result);
  return result;
}

function notFound<R extends RuleSetInfo>(area: string, date: IsoDate, before: R | undefined, after: R | undefined): RuleSetResolution<R> {
  const vi: string[] = [`Không có bộ quy tắc nào của lĩnh vực ${area} áp dụng cho ngày ${formatDateVi(date)}.`];
  const en: string[] = [`No ${area} rule set covers ${formatDateEn(date)}.`];
  if (before) {
    vi.push(`Bộ quy tắc gần nhất trước đó (${before.label.vi}) áp dụng đến ${before.validTo ? formatDateVi(before.validTo) : '—'}.`);
    en.push(`The nearest earlier one (${before.label.en}) applies until ${before.validTo ? formatDateEn(before.validTo) : '—'}.`);
  }
  if (after) {
    vi.push(`Bộ quy tắc gần nhất sau đó (${after.label.vi}) áp dụng từ ${formatDateVi(after.validFrom)}.`);
    en.push(`The nearest later one (${after.label.en}) applies from ${formatDateEn(after.validFrom)}.`);
  }
  const result: { found: false; reason: Label; before?: R; after?: R } = {
    found: false,
    reason: Object.freeze({ vi: vi.join(' '), en: en.join(' ') }),
  };
  if (before) result.before = before;
  if (after) result.after = after;
  return Object.freeze(result);
}
