/**
 * Sealing reports: canonical JSON of the content, a SHA-256 hash, the rule-set versions used,
 * the unit and the period — a receipt in the sense of the rules-as-code projects (STYLE.md,
 * "regelrecht"). A parent accepts a sealed child only if its seal matches its content.
 * Same input, same seal on every machine: the hash is synchronous SHA-256 from `@noble/hashes` ({@link computeSha256Hex}),
 * keys are sorted, strings NFC, zero counts dropped, and child seals (an unordered collection)
 * are sorted by unit code and hash.
 *
 * No rule of the domain reference prescribes a seal; this is a library mechanism (status:
 * inferred), recorded in each Explanation.
 * @module
 */
import * as z from 'zod/mini';
import { isIsoDate } from '../_lib/dates.js';
import { deepFreeze } from '../_lib/freeze.js';
import { issue, Nq4Error, parseInput, type Nq4Issue } from '../errors.js';
import { explain, type AppliedOption, type Explanation, type Reason } from '../explain/explanation.js';
import { formatDateEn, formatDateVi } from '../i18n/format.js';
import type { Label } from '../i18n/label.js';
import { tally, tallyInputSchema, type Tally, type TallyInput } from '../tally/tally.js';
import { serializeCanonicalJson, type CanonicalValue } from './canonicalJson.js';
import { computeSha256Hex } from './sha256.js';
import type { Agrees, Assert } from './_schemaTypes.js';
import { code, nonEmpty } from './_schemas.js';
import { issueParams, ISSUE_LIMIT, throwIssues, isoDate } from '../_lib/schema.js';
import { PERIOD_MESSAGES, SEAL_MESSAGES, VERIFY_SEAL_MESSAGES } from './_messages.js';

/** The content format written into every sealed report. */
const FORMAT = 'nq4-report/1';
/** The canonicalization and hash used. */
const ALGORITHM = 'SHA-256';
const CANONICALIZATION = 'nq4-canonical-json/1';


/**
 * The kinds of report period (hierarchy-review-reports.md §5 decision 12).
 * @example
 * ```ts
 * import { REPORT_PERIOD_KINDS } from 'nq4';
 * REPORT_PERIOD_KINDS.includes('cumulative'); // true
 * ```
 * @category Report
 */
export const REPORT_PERIOD_KINDS = ['month', 'quarter', 'halfYear', 'nineMonths', 'year', 'term', 'cumulative', 'other'] as const;

/**
 * A kind of report period (one of {@link REPORT_PERIOD_KINDS}).
 * @category Report
 */
export type ReportPeriodKind = (typeof REPORT_PERIOD_KINDS)[number];

/**
 * A report period: first and last day, both inclusive, and optionally its kind.
 *
 * @example
 * ```ts
 * import type { ReportPeriod } from 'nq4';
 * const firstHalf: ReportPeriod = { from: '2020-01-01', to: '2020-06-30', kind: 'halfYear' };
 * firstHalf.kind; // 'halfYear'
 * ```
 * @category Report
 */
export interface ReportPeriod {
  /** The first day (`YYYY-MM-DD`, inclusive). */
  readonly from: string;
  /** The last day (`YYYY-MM-DD`, inclusive); {@link sealReport} rejects a period that ends before `from` (`date_order`). */
  readonly to: string;
  /**
   * What kind of period it is (§5 decision 12): month, quarter, half year, nine months, year,
   * term, cumulative or other. Optional: the dates alone define the period; the kind, when given,
   * is sealed with it.
   */
  readonly kind?: ReportPeriodKind;
}

const period = () =>
  z.strictObject({ from: isoDate(), to: isoDate(), kind: z.optional(z.enum(REPORT_PERIOD_KINDS)) }).check(
    z.refine((p) => !isIsoDate(p.from) || !isIsoDate(p.to) || p.from <= p.to, {
      params: issueParams('date_order', PERIOD_MESSAGES.dateOrder.vi, PERIOD_MESSAGES.dateOrder.en),
      path: ['to'],
    }),
  ) satisfies z.ZodMiniType<ReportPeriod, ReportPeriod>;
/** The schema of a {@link ReportPeriod} (dates `invalid_date`, order `date_order`). @internal */
export const reportPeriodSchema = /* @__PURE__ */ z.lazy(period);
type _PeriodKeys = Assert<Agrees<ReportPeriod, z.input<typeof reportPeriodSchema>>>;

/**
 * A seal: the SHA-256 hash of the canonical content, with the unit, period and rule-set versions
 * it covers, so a parent can check a child's report before aggregating it. A library mechanism, not
 * a rule of the reference (status: inferred).
 *
 * @example
 * ```ts
 * import { sealReport, type Seal } from 'nq4';
 * const seal: Seal = sealReport({ unit: 'X1', period: { from: '2020-01-01', to: '2020-12-31' }, ruleSets: { rating: 'hd21' }, tally: {} }).seal;
 * seal.algorithm; // 'SHA-256'
 * seal.hash.length; // 64
 * ```
 * @category Report
 */
export interface Seal {
  /** The hash algorithm: always `SHA-256`. */
  readonly algorithm: typeof ALGORITHM;
  /** How the content was serialized before hashing: always `nq4-canonical-json/1` (sorted keys, NFC strings, zero counts dropped). */
  readonly canonicalization: typeof CANONICALIZATION;
  /** The hash of the canonical content, 64 lower-case hex digits. */
  readonly hash: string;
  /** The reporting unit's code, as in the content. */
  readonly unit: string;
  /** The period covered, as in the content. */
  readonly period: ReportPeriod;
  /** Rule-set ids by area (`{ rating: "hd21", discipline: "qd69" }`), as in the content. */
  readonly ruleSets: Readonly<Record<string, string>>;
}

const HASH = /^[0-9a-f]{64}$/;
const hash = () => z.string().check(z.regex(HASH));
const ruleSetIds = () => z.record(nonEmpty(), nonEmpty());
const sealShape = () =>
  z.strictObject({
    algorithm: z.literal(ALGORITHM),
    canonicalization: z.literal(CANONICALIZATION),
    hash: hash(),
    unit: nonEmpty(),
    period: reportPeriodSchema,
    ruleSets: ruleSetIds(),
  }) satisfies z.ZodMiniType<Seal, Seal>;
type _SealKeys = Assert<Agrees<Seal, z.input<ReturnType<typeof sealShape>>>>;

/**
 * A sealed child as referenced in its parent's content: enough to find the child's report and
 * check that it is the one that was aggregated.
 * @category Report
 */
export interface SealedChildRef {
  /** The child unit's code. */
  readonly unit: string;
  /** The child's period. */
  readonly period: ReportPeriod;
  /** The child's seal hash (64 lower-case hex digits). */
  readonly hash: string;
}

const childRef = () => z.strictObject({ unit: nonEmpty(), period: reportPeriodSchema, hash: hash() }) satisfies z.ZodMiniType<SealedChildRef, SealedChildRef>;
type _ChildRefKeys = Assert<Agrees<SealedChildRef, z.input<ReturnType<typeof childRef>>>>;

const contentShape = () =>
  z.strictObject({
    format: z.literal(FORMAT),
    unit: nonEmpty(),
    period: reportPeriodSchema,
    ruleSets: ruleSetIds(),
    tally: tallyInputSchema,
    crossCutting: z.record(nonEmpty(), tallyInputSchema),
    children: z.array(childRef()),
  });

/**
 * The sealed content of a report.
 * @category Report
 */
export interface SealedContent {
  /** Content format tag. */
  readonly format: typeof FORMAT;
  /** The reporting unit's code. */
  readonly unit: string;
  /** The period covered. */
  readonly period: ReportPeriod;
  /** Rule-set ids by area (`{ rating: "hd21", discipline: "qd69" }`). */
  readonly ruleSets: Readonly<Record<string, string>>;
  /** The unit's tally for the period. */
  readonly tally: Tally;
  /** Cross-cutting subsets ("diện … quản lý") by key. */
  readonly crossCutting: Readonly<Record<string, Tally>>;
  /** The sealed child reports it was built from, sorted by unit then hash. */
  readonly children: readonly SealedChildRef[];
}

/**
 * A report and its seal.
 * @category Report
 */
export interface SealedReport {
  /** What was sealed. */
  readonly content: SealedContent;
  /** The seal. */
  readonly seal: Seal;
}

/** The schema of a {@link SealedReport} as {@link verifySeal} and {@link sealReport} read it. @internal */
export const sealedReportSchema = /* @__PURE__ */ z.lazy(() => z.strictObject({ content: contentShape(), seal: sealShape() }));

/** The schema of {@link SealReportInput}. @internal */
export const sealReportInputSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    unit: code(),
    period: reportPeriodSchema,
    ruleSets: ruleSetIds(),
    tally: tallyInputSchema,
    crossCutting: z.optional(z.record(nonEmpty(), tallyInputSchema)),
    children: z.optional(z.array(sealedReportSchema)),
  }),
);

/**
 * What {@link sealReport} takes: the unit, the period, the rule-set versions used by area, the
 * tally, optional cross-cutting subsets, and the sealed child reports it aggregates.
 * @category Report
 */
export interface SealReportInput {
  /** The reporting unit's code. */
  readonly unit: string;
  /** The period covered. */
  readonly period: ReportPeriod;
  /** Rule-set ids by area (`{ rating: "hd21", discipline: "qd69" }`). */
  readonly ruleSets: Readonly<Record<string, string>>;
  /** The unit's tally. */
  readonly tally: TallyInput | Tally;
  /** Cross-cutting subsets by key. */
  readonly crossCutting?: Readonly<Record<string, TallyInput | Tally>>;
  /** Sealed reports of the child units. */
  readonly children?: readonly SealedReport[];
}

function normalizePeriod(p: ReportPeriod): ReportPeriod {
  return p.kind === undefined ? { from: p.from, to: p.to } : { from: p.from, to: p.to, kind: p.kind };
}

function buildContent(
  unit: string,
  period: ReportPeriod,
  ruleSets: Readonly<Record<string, string>>,
  t: z.output<typeof tallyInputSchema>,
  crossCutting: Readonly<Record<string, z.output<typeof tallyInputSchema>>>,
  children: readonly SealedChildRef[],
): SealedContent {
  const cc: Record<string, Tally> = {};
  for (const key of Object.keys(crossCutting).sort()) cc[key.normalize('NFC')] = tally(crossCutting[key] as z.output<typeof tallyInputSchema>);
  const rs: Record<string, string> = {};
  for (const key of Object.keys(ruleSets).sort()) rs[key.normalize('NFC')] = (ruleSets[key] as string).normalize('NFC');
  const kids = children
    .map((c) => ({ unit: c.unit.normalize('NFC'), period: normalizePeriod(c.period), hash: c.hash }))
    .sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
  return {
    format: FORMAT,
    unit: unit.normalize('NFC'),
    period: normalizePeriod(period),
    ruleSets: rs,
    tally: tally(t),
    crossCutting: cc,
    children: kids,
  };
}

/** A day as each language writes it. */
const dateLabel = (d: string): Label => ({ vi: formatDateVi(d), en: formatDateEn(d) });

function hashOf(content: SealedContent): string {
  return computeSha256Hex(serializeCanonicalJson(content as unknown as CanonicalValue));
}

function checkSealed(s: z.output<typeof sealedReportSchema>): { ok: boolean; actual: string; problems: Reason[] } {
  const content = buildContent(s.content.unit, s.content.period, s.content.ruleSets, s.content.tally, s.content.crossCutting, s.content.children);
  const actual = hashOf(content);
  const problems: Reason[] = [];
  if (actual !== s.seal.hash) {
    problems.push({ code: 'hashMismatch', text: SEAL_MESSAGES.hashMismatch(actual.slice(0, 12), s.seal.hash.slice(0, 12)), citations: [] });
  }
  if (s.seal.unit.normalize('NFC') !== content.unit) {
    problems.push({ code: 'unitMismatch', text: SEAL_MESSAGES.unitMismatch, citations: [] });
  }
  if (serializeCanonicalJson(normalizePeriod(s.seal.period) as unknown as CanonicalValue) !== serializeCanonicalJson(content.period as unknown as CanonicalValue)) {
    problems.push({ code: 'periodMismatch', text: SEAL_MESSAGES.periodMismatch, citations: [] });
  }
  if (serializeCanonicalJson(s.seal.ruleSets) !== serializeCanonicalJson(content.ruleSets as unknown as CanonicalValue)) {
    problems.push({ code: 'ruleSetsMismatch', text: SEAL_MESSAGES.ruleSetsMismatch, citations: [] });
  }
  return { ok: problems.length === 0, actual, problems };
}

/**
 * Seal a report: canonical JSON of its content, SHA-256, rule-set versions, unit and period.
 * Every sealed child must verify, else nothing is sealed. Same input, same seal; the order of
 * `children` and of object keys does not matter.
 *
 * @example
 * ```ts
 * import { sealReport, verifySeal } from 'nq4';
 * const sealed = sealReport({
 *   unit: 'KRONG-NO',
 *   period: { from: '2020-01-01', to: '2020-12-31', kind: 'year' },
 *   ruleSets: { rating: 'hd21' },
 *   tally: { ratings: { member: { good: 2447, satisfactory: 220 } } },
 * });
 * sealed.seal.hash.length; // 64
 * verifySeal(sealed).status; // 'valid'
 * ```
 * @throws {@link Nq4Error} for malformed input, or listing every child whose seal does not match (path `children[i]`).
 * @category Report
 */
export function sealReport(input: SealReportInput): SealedReport {
  const v = parseInput(sealReportInputSchema, input);
  const problems: Nq4Issue[] = [];
  const refs: SealedChildRef[] = [];
  const seenUnits = new Map<string, number>();
  (v.children ?? []).forEach((child, i) => {
    if (problems.length >= ISSUE_LIMIT) return;
    const check = checkSealed(child);
    if (!check.ok) {
      for (const p of check.problems) problems.push(issue('inconsistent', ['children', i, 'seal'], p.text.vi, p.text.en));
      return;
    }
    const unit = child.content.unit.normalize('NFC');
    if (seenUnits.has(unit)) {
      const first = seenUnits.get(unit) as number;
      const twice = SEAL_MESSAGES.childGivenTwice(first);
      problems.push(issue('inconsistent', ['children', i, 'content', 'unit'], twice.vi, twice.en));
      return;
    }
    seenUnits.set(unit, i);
    refs.push({ unit, period: child.content.period, hash: child.seal.hash });
  });
  throwIssues(problems);
  const content = buildContent(v.unit, v.period, v.ruleSets, v.tally, v.crossCutting ?? {}, refs);
  const hash = hashOf(content);
  return deepFreeze({
    content,
    seal: { algorithm: ALGORITHM, canonicalization: CANONICALIZATION, hash, unit: content.unit, period: content.period, ruleSets: content.ruleSets },
  });
}

/**
 * What a parent expects of a sealed child.
 * @category Report
 */
export interface VerifySealExpectation {
  /** The unit code the report must be from. */
  readonly unit?: string;
  /** The period the report must cover. */
  readonly period?: ReportPeriod;
}

/**
 * The verdict of {@link verifySeal}.
 * @category Report
 */
export type VerifySealStatus = 'valid' | 'invalid';

/**
 * The answer of {@link verifySeal}.
 * @category Report
 */
export interface VerifySealResult {
  /** The verdict: `valid` when the seal matches the content and the expectations, else `invalid`. */
  readonly status: VerifySealStatus;
  /**
   * True when the seal matches the content and the expectations.
   * @deprecated Use `status === 'valid'`. Still filled; will be removed in the next minor.
   */
  readonly valid: boolean;
  /** The hash recomputed from the content. */
  readonly actualHash: string;
  /** The hash on the seal. */
  readonly sealedHash: string;
  /** What the parent expected (`expected.unit`, `expected.period`), when given; empty otherwise. */
  readonly options: readonly AppliedOption[];
  /** Why, in Vietnamese and English. */
  readonly explanation: Explanation;
}

/** The schema of {@link VerifySealExpectation}. @internal */
export const verifySealExpectationSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({ unit: z.optional(nonEmpty()), period: z.optional(reportPeriodSchema) }) satisfies z.ZodMiniType<VerifySealExpectation, VerifySealExpectation>,
);

/**
 * Check a sealed report: recompute the canonical content hash and compare it, the unit, the
 * period and the rule sets with the seal, and optionally with what the parent expects.
 *
 * @example
 * ```ts
 * import { sealReport, verifySeal } from 'nq4';
 * const sealed = sealReport({
 *   unit: 'X1',
 *   period: { from: '2024-01-01', to: '2024-12-31' },
 *   ruleSets: {},
 *   tally: { reviews: { individual: 12 } },
 * });
 * const tampered = { ...sealed, content: { ...sealed.content, tally: { ...sealed.content.tally, commitments: 5 } } };
 * verifySeal(tampered).status; // 'invalid'
 * verifySeal(sealed, { unit: 'X2' }).status; // 'invalid'
 * ```
 * @throws {@link Nq4Error} when the value is not shaped like a sealed report.
 * @category Report
 */
export function verifySeal(sealed: SealedReport, expected?: VerifySealExpectation): VerifySealResult {
  const boundary: Nq4Issue[] = [];
  let s: z.output<typeof sealedReportSchema> | undefined;
  let exp: z.output<typeof verifySealExpectationSchema> | undefined;
  let expOk = false;
  try {
    s = parseInput(sealedReportSchema, sealed);
  } catch (error) {
    if (!(error instanceof Nq4Error)) throw error;
    boundary.push(...error.issues);
  }
  try {
    exp = expected === undefined ? undefined : parseInput(verifySealExpectationSchema, expected, ['expected']);
    expOk = true;
  } catch (error) {
    if (!(error instanceof Nq4Error)) throw error;
    boundary.push(...error.issues);
  }
  if (s === undefined || !expOk) throw new Nq4Error(boundary as [Nq4Issue, ...Nq4Issue[]]);
  const check = checkSealed(s);
  const problems = [...check.problems];
  if (exp?.unit !== undefined && exp.unit.normalize('NFC') !== s.content.unit.normalize('NFC')) {
    problems.push({ code: 'unexpectedUnit', text: VERIFY_SEAL_MESSAGES.unexpectedUnit, citations: [] });
  }
  if (exp?.period !== undefined && (exp.period.from !== s.content.period.from || exp.period.to !== s.content.period.to)) {
    const text = VERIFY_SEAL_MESSAGES.unexpectedPeriod(dateLabel(s.content.period.from), dateLabel(s.content.period.to), dateLabel(exp.period.from), dateLabel(exp.period.to));
    problems.push({ code: 'unexpectedPeriod', text, citations: [] });
  }
  const valid = problems.length === 0;
  // What the parent expected is the option that can change the verdict: listed when given.
  const options: AppliedOption[] = [];
  if (exp?.unit !== undefined) options.push({ name: 'expected.unit', value: exp.unit, effect: VERIFY_SEAL_MESSAGES.expectedUnit });
  if (exp?.period !== undefined) options.push({ name: 'expected.period', value: `${exp.period.from}/${exp.period.to}`, effect: VERIFY_SEAL_MESSAGES.expectedPeriod });
  const explanation = explain({
    outcome: valid
      ? { code: 'sealValid', label: VERIFY_SEAL_MESSAGES.sealValid }
      : { code: 'sealInvalid', label: VERIFY_SEAL_MESSAGES.sealInvalid },
    reasons: valid
      ? [{ code: 'hashMatches', text: VERIFY_SEAL_MESSAGES.hashMatches(check.actual), citations: [] }]
      : problems,
    options,
    caveats: [VERIFY_SEAL_MESSAGES.mechanismCaveat],
  });
  const status: VerifySealStatus = valid ? 'valid' : 'invalid';
  return deepFreeze({ status, valid, actualHash: check.actual, sealedHash: s.seal.hash, options, explanation });
}

