/**
 * Build and validate a tree of party units on a given day.
 *
 * Encodes the containment rules and Charter size rules of {@link CONTAINMENT_RULES} and
 * {@link UNIT_SIZE_RULES} (hierarchy-review-reports.md §1.2–§1.5; Điều 21 khoản 2–3 and
 * Điều 24 khoản 1 of the 2011 Charter, quoted/paraphrased; QĐ 294-QĐ/TW paraphrased). Every
 * structural problem is collected and thrown at once; size deviations are warnings by default
 * (decision 3 of §5). All walks are iterative, so a tree a million levels deep does not
 * overflow the stack.
 * @module
 */
import * as z from 'zod/mini';
import { isIsoDate, type IsoDate } from '../_lib/dates.js';
import { deepFreeze } from '../_lib/freeze.js';
import { throwIssues, isoDate } from '../_lib/schema.js';
import { Nq4Error, parseInput, type Nq4Issue } from '../errors.js';
import type { AppliedOption } from '../explain/explanation.js';
import { formatDateEn, formatDateVi } from '../i18n/format.js';
import { checkCycles, checkRoots, checkSizes, containmentRules, findSuccessors, indexUnits, linkParents, walkFromRoot, type ParsedUnit, type TreeContext } from './_unitTree.js';
import { UNIT_KINDS, UNIT_SIZE_RULES, type UnitKind } from './unitKinds.js';
import type { Agrees, Assert } from './_schemaTypes.js';
import { code, count, text } from './_schemas.js';


/**
 * One unit as given to {@link buildUnitTree}.
 *
 * @example
 * ```ts
 * import type { UnitInput } from 'nq4';
 * const u: UnitInput = { code: 'X1', kind: 'grassrootsCommittee', parent: 'H', members: 45 };
 * u.kind; // 'grassrootsCommittee'
 * ```
 * @category Report
 */
export interface UnitInput {
  /** The unit code, unique in the tree (1–200 characters). */
  readonly code: string;
  /** The unit kind (see {@link UNIT_KINDS}); kinds not in force on `options.on` are errors. */
  readonly kind: UnitKind;
  /** The code of the parent unit; absent for the root (exactly one root). */
  readonly parent?: string;
  /** The unit's name, as printed (up to 500 characters). */
  readonly name?: string;
  /** First day the unit exists (`YYYY-MM-DD`, inclusive); absent: always before. */
  readonly validFrom?: string;
  /** Last day the unit exists (`YYYY-MM-DD`, inclusive); absent: still exists. Must not precede `validFrom`. */
  readonly validTo?: string;
  /** The code of the unit that took it over (mergers, e.g. Kiên Giang → An Giang on 01-07-2025). */
  readonly successor?: string;
  /** Number of members, for the Charter size rules (Điều 21 khoản 3; §1.3). */
  readonly members?: number;
  /** Number of official members, for the minimum of three (Điều 21 khoản 2, Điều 24 khoản 1); at most `members`. */
  readonly officialMembers?: number;
  /**
   * The higher committee approved an exception to the size rules (§5 decision 3): its deviations
   * stay warnings, marked `approved`, even when `sizeRuleSeverity` is `error`. Default false.
   */
  readonly approvedException?: boolean;
}

/**
 * The zod/mini schema of one unit given to {@link buildUnitTree} (a {@link UnitInput}), built on
 * first use. Parse with `unitInputSchema.safeParse(value)` or `z.safeParse(unitInputSchema, value)`.
 * @example
 * ```ts
 * import { unitInputSchema } from 'nq4';
 * unitInputSchema.safeParse({ code: 'X', kind: 'grassrootsCommittee' }).success; // true
 * ```
 * @category Report
 */
export const unitInputSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    code: code(),
    kind: z.enum(UNIT_KINDS),
    parent: z.optional(code()),
    name: z.optional(text(0, 500)),
    validFrom: z.optional(isoDate()),
    validTo: z.optional(isoDate()),
    successor: z.optional(code()),
    members: z.optional(count()),
    officialMembers: z.optional(count()),
    approvedException: z.optional(z.boolean()),
  }),
) satisfies z.ZodMiniType<UnitInput, UnitInput>;
type _UnitKeys = Assert<Agrees<UnitInput, z.input<typeof unitInputSchema>>>;

/**
 * An extra parent → child containment allowed for a local arrangement (option
 * `additionalContainment` of {@link buildUnitTree}).
 * @category Report
 */
export interface ExtraContainment {
  /** The containing kind. */
  readonly parent: UnitKind;
  /** The contained kind. */
  readonly child: UnitKind;
}

const containment = () => z.strictObject({ parent: z.enum(UNIT_KINDS), child: z.enum(UNIT_KINDS) }) satisfies z.ZodMiniType<ExtraContainment, ExtraContainment>;
type _ContainmentKeys = Assert<Agrees<ExtraContainment, z.input<ReturnType<typeof containment>>>>;

/**
 * Overrides of the Charter size thresholds of {@link UNIT_SIZE_RULES} (option `sizeRules` of
 * {@link buildUnitTree}), for a caller whose higher committee applies other numbers.
 * @category Report
 */
export interface UnitSizeRuleOverrides {
  /** Members from which a TCCSĐ is a đảng bộ cơ sở rather than a chi bộ cơ sở (default 30, Điều 21 khoản 3). */
  readonly grassrootsCommitteeMin?: number;
  /** The most members of a chi bộ trực thuộc without an approved exception (default 30, §1.3). */
  readonly directBranchMax?: number;
  /** The fewest official members of a TCCSĐ or chi bộ (default 3, Điều 21 khoản 2, Điều 24 khoản 1). */
  readonly minOfficialMembers?: number;
}

/**
 * Options of {@link buildUnitTree}.
 *
 * @example
 * ```ts
 * import type { BuildUnitTreeOptions } from 'nq4';
 * const options: BuildUnitTreeOptions = { on: '2025-07-01', sizeRuleSeverity: 'error' };
 * options.on; // '2025-07-01'
 * ```
 * @category Report
 */
export interface BuildUnitTreeOptions {
  /** The day the tree describes (`YYYY-MM-DD`, required): units and kinds not in force that day are left out. */
  readonly on: string;
  /**
   * Whether a post-2025 đảng bộ xã may contain chi bộ trực thuộc (`grassrootsOrDirect`) or only
   * TCCSĐ (`grassroots`, default: the QĐ 294-QĐ/TW pilot wording). Unverified in the reference (U).
   */
  readonly communeBranches?: 'grassroots' | 'grassrootsOrDirect';
  /** Charter size deviations as `warning` (default) or `error` (§5 decision 3). */
  readonly sizeRuleSeverity?: 'warning' | 'error';
  /** Override the size thresholds (defaults 30 / 30 / 3). */
  readonly sizeRules?: UnitSizeRuleOverrides;
  /** Extra parent → child kinds allowed for local arrangements, each recorded in the options applied. */
  readonly additionalContainment?: readonly ExtraContainment[];
}

/** The schema of {@link BuildUnitTreeOptions}. @internal */
export const buildUnitTreeOptionsSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    on: isoDate(),
    communeBranches: z.optional(z.enum(['grassroots', 'grassrootsOrDirect'])),
    sizeRuleSeverity: z.optional(z.enum(['warning', 'error'])),
    sizeRules: z.optional(
      z.strictObject({
        grassrootsCommitteeMin: z.optional(count()),
        directBranchMax: z.optional(count()),
        minOfficialMembers: z.optional(count()),
      }),
    ),
    additionalContainment: z.optional(z.array(containment())),
  }),
) satisfies z.ZodMiniType<BuildUnitTreeOptions, BuildUnitTreeOptions>;

/** The schema of the unit list given to {@link buildUnitTree}. @internal */
export const unitListSchema = /* @__PURE__ */ z.lazy(() => z.array(unitInputSchema));
type _OptionsKeys = Assert<Agrees<BuildUnitTreeOptions, z.input<typeof buildUnitTreeOptionsSchema>>>;

/**
 * A unit in a built tree.
 * @category Report
 */
export interface TreeUnit {
  /** The unit code. */
  readonly code: string;
  /** The unit kind. */
  readonly kind: UnitKind;
  /** The parent code; absent for the root. */
  readonly parent?: string;
  /** Children codes, in input order. */
  readonly children: readonly string[];
  /** Distance from the root (root = 0). */
  readonly depth: number;
  /** The unit's name, if given. */
  readonly name?: string;
  /** Number of members, if given. */
  readonly members?: number;
  /** Number of official members, if given. */
  readonly officialMembers?: number;
  /** True when the higher committee approved an exception to the size rules. */
  readonly approvedException?: boolean;
  /** First day of the unit, if given. */
  readonly validFrom?: IsoDate;
  /** Last day of the unit, if given. */
  readonly validTo?: IsoDate;
  /** The unit that took over, if given. */
  readonly successor?: string;
}

/**
 * A deviation from a Charter size rule or an arrangement that needs approval. `approved` tells
 * whether the unit carries an approved exception (the warning is then informational).
 * @category Report
 */
export interface UnitTreeWarning extends Nq4Issue {
  /** The unit concerned. */
  readonly unitCode: string;
  /** True when the unit carries `approvedException: true`. */
  readonly approved: boolean;
}

/**
 * A validated, deeply frozen unit tree for one day.
 * @category Report
 */
export interface UnitTree {
  /** The day the tree describes. */
  readonly on: IsoDate;
  /** The root unit code. */
  readonly root: string;
  /** Units by code (null-prototype record). */
  readonly units: Readonly<Record<string, TreeUnit>>;
  /** Unit codes, parents before children (breadth first). */
  readonly order: readonly string[];
  /** Codes of units given but not in force on `on`. */
  readonly excluded: readonly string[];
  /**
   * Units that ended before `on` and name a successor: their code → the unit in force on `on` that
   * took them over (following a chain of successors). {@link rollUp} adds their figures there, so a
   * 2025 report can roll up units that ended on 30-06-2025 (the reform of 01-07-2025).
   */
  readonly successors: Readonly<Record<string, string>>;
  /** Size-rule deviations and arrangements needing approval. */
  readonly warnings: readonly UnitTreeWarning[];
  /** Options that shaped the tree. */
  readonly options: readonly AppliedOption[];
}

/**
 * Build a unit tree valid on `options.on`: one root, no cycles, unique codes, each parent of a
 * kind that may contain the child on that day, Charter size rules checked (warnings by default,
 * with the "approved exception" flag). Every problem is reported at once, each with its path
 * (`[index, field]`) and the unit code in the message.
 *
 * @example
 * ```ts
 * import { buildUnitTree } from 'nq4';
 * const tree = buildUnitTree(
 *   [
 *     { code: 'H', kind: 'district' },
 *     { code: 'X1', kind: 'grassrootsCommittee', parent: 'H', members: 45 },
 *     { code: 'X1-C1', kind: 'directBranch', parent: 'X1', members: 20, officialMembers: 18 },
 *   ],
 *   { on: '2020-12-31' },
 * );
 * tree.order; // ['H', 'X1', 'X1-C1']
 * ```
 * @throws {@link Nq4Error} listing every structural problem (and size deviations when `sizeRuleSeverity` is `error`).
 * @category Report
 */
export function buildUnitTree(units: readonly UnitInput[], options: BuildUnitTreeOptions): UnitTree {
  const boundary: Nq4Issue[] = [];
  const opts = collect(() => parseInput(buildUnitTreeOptionsSchema, options, ['options']), boundary);
  // Valid input (the common, large case) is checked by hand; anything else goes through zod for
  // the standard issues. The hand check accepts nothing the schema rejects (tested as a property).
  const list = collect(() => (isValidUnitList(units) ? (units as ParsedUnit[]) : (parseInput(unitListSchema, units) as ParsedUnit[])), boundary);
  if (opts === undefined || list === undefined) throw new Nq4Error(boundary as [Nq4Issue, ...Nq4Issue[]]);
  const on = opts.on;
  const ctx: TreeContext = { list, on, date: { vi: formatDateVi(on), en: formatDateEn(on) }, errors: [], warnings: [], applied: [] };
  const rulesByPair = containmentRules(ctx, opts.communeBranches ?? 'grassroots', opts.additionalContainment ?? []);
  const { indexByCode, included, excluded } = indexUnits(ctx);
  const successors = findSuccessors(ctx, indexByCode);
  const links = linkParents(ctx, included, indexByCode, rulesByPair);
  checkRoots(ctx, links.roots, included);
  const rootCode = links.roots.length > 0 ? (list[links.roots[0] as number] as ParsedUnit).code : undefined;
  const { depth, order } = walkFromRoot(rootCode, links.children);
  checkCycles(ctx, included, links, depth, indexByCode);
  const limits = {
    committeeMin: opts.sizeRules?.grassrootsCommitteeMin ?? UNIT_SIZE_RULES.grassrootsCommitteeMin.value,
    branchMax: opts.sizeRules?.directBranchMax ?? UNIT_SIZE_RULES.directBranchMax.value,
    minOfficial: opts.sizeRules?.minOfficialMembers ?? UNIT_SIZE_RULES.minOfficialMembers.value,
  };
  checkSizes(ctx, included, limits, opts.sizeRuleSeverity ?? 'warning');
  throwIssues(ctx.errors);
  const out = treeUnits(order, list, indexByCode, links.children, depth);
  // Every node is frozen as it is made; the small parts are deep-frozen; the whole is frozen last
  // (deepFreeze stops at frozen objects, so it would not walk the 300,000 nodes again).
  return Object.freeze({
    on,
    root: rootCode as string,
    units: Object.freeze(out),
    order: Object.freeze(order),
    excluded: Object.freeze(excluded),
    successors: Object.freeze(successors),
    warnings: deepFreeze(ctx.warnings as UnitTreeWarning[]),
    options: deepFreeze(ctx.applied),
  });
}

/** The frozen units of the tree, parents before children. */
function treeUnits(
  order: readonly string[],
  list: readonly ParsedUnit[],
  indexByCode: ReadonlyMap<string, number>,
  children: ReadonlyMap<string, string[]>,
  depth: ReadonlyMap<string, number>,
): Record<string, TreeUnit> {
  const out: Record<string, TreeUnit> = Object.create(null) as Record<string, TreeUnit>;
  for (const code of order) {
    const u = list[indexByCode.get(code) as number] as ParsedUnit;
    const node: { -readonly [K in keyof TreeUnit]: TreeUnit[K] } = {
      code,
      kind: u.kind,
      children: Object.freeze(children.get(code) ?? []),
      depth: depth.get(code) as number,
    };
    if (u.parent !== undefined) node.parent = u.parent;
    if (u.name !== undefined) node.name = u.name;
    if (u.members !== undefined) node.members = u.members;
    if (u.officialMembers !== undefined) node.officialMembers = u.officialMembers;
    if (u.approvedException !== undefined) node.approvedException = u.approvedException;
    if (u.validFrom !== undefined) node.validFrom = u.validFrom;
    if (u.validTo !== undefined) node.validTo = u.validTo;
    if (u.successor !== undefined) node.successor = u.successor;
    out[code] = Object.freeze(node);
  }
  return out;
}


/** Run a boundary parse, collecting its issues instead of throwing, so both arguments are checked. */
function collect<T>(run: () => T, into: Nq4Issue[]): T | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof Nq4Error) {
      into.push(...error.issues);
      return undefined;
    }
    throw error;
  }
}

const UNIT_KEYS = /* @__PURE__ */ new Set(['code', 'kind', 'parent', 'name', 'validFrom', 'validTo', 'successor', 'members', 'officialMembers', 'approvedException']);
const KIND_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(UNIT_KINDS);

const optString = (v: unknown, min: number, max: number): boolean => v === undefined || (typeof v === 'string' && v.length >= min && v.length <= max);
const optCount = (v: unknown): boolean => v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= Number.MAX_SAFE_INTEGER);
const optDate = (v: unknown): boolean => v === undefined || isIsoDate(v);

/** True when every unit matches {@link unitInputSchema}; a fast path for large trees. @internal */
export function isValidUnitList(units: unknown): boolean {
  if (!Array.isArray(units)) return false;
  for (const u of units as unknown[]) {
    if (u === null || typeof u !== 'object' || Array.isArray(u)) return false;
    const r = u as Record<string, unknown>;
    for (const key in r) if (!Object.prototype.hasOwnProperty.call(r, key) || !UNIT_KEYS.has(key)) return false;
    if (typeof r.code !== 'string' || r.code.length < 1 || r.code.length > 200) return false;
    if (typeof r.kind !== 'string' || !KIND_SET.has(r.kind)) return false;
    if (!optString(r.parent, 1, 200) || !optString(r.name, 0, 500) || !optString(r.successor, 1, 200)) return false;
    if (!optDate(r.validFrom) || !optDate(r.validTo)) return false;
    if (!optCount(r.members) || !optCount(r.officialMembers)) return false;
    if (r.approvedException !== undefined && typeof r.approvedException !== 'boolean') return false;
  }
  return true;
}
