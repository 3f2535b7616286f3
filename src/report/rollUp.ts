/**
 * Aggregate unit tallies bottom-up through a unit tree.
 *
 * Encodes hierarchy-review-reports.md §3.1 ("số liệu thống kê phải được tổng hợp từ cơ sở trở
 * lên", HD 11-HD/BTCTW 2021 as summarised by a province, Q) and §5 decision 13: aggregation is
 * bottom-up only; TCCSĐ and chi bộ trực thuộc are counted apart (the {@link Tally} keeps their
 * ratings under `tccsd` and `directBranch`, and each unit gets structural counters); management
 * subsets ("diện … quản lý") are cross-cutting and rolled up on their own, never into totals.
 * @module
 */
import { issue, Nq4Error, pathKey, unknownFieldIssue, type Nq4Issue } from '../errors.js';
import type { Label } from '../i18n/label.js';
import { ISSUE_LIMIT, throwIssues } from '../_lib/schema.js';
import type { Tally, TallyInput } from '../tally/tally.js';
import type { UnitTree } from './buildUnitTree.js';
import { addInto, EMPTY_TALLY, finish, newBuilder, readTally, unsafeCount, type TallyBuilder } from './_tallyFast.js';
import type { UnitKind } from './unitKinds.js';
import { ROLL_UP_MESSAGES as M } from './_messages.js';

/**
 * How many units of each kind a subtree holds (the unit itself included).
 * @category Report
 */
export interface UnitCounters {
  /** All units. */
  readonly units: number;
  /** Tổ chức cơ sở đảng (đảng bộ cơ sở + chi bộ cơ sở). */
  readonly tccsd: number;
  /** Chi bộ trực thuộc. */
  readonly directBranches: number;
  /** Đảng bộ bộ phận. */
  readonly subCommittees: number;
  /** Tổ đảng. */
  readonly partyCells: number;
}

/**
 * The roll-up of one unit: its own counts, the total of its subtree, structural counters, and
 * the cross-cutting subsets rolled up separately.
 * @category Report
 */
export interface UnitRollUp {
  /** The unit code. */
  readonly code: string;
  /** The unit kind. */
  readonly kind: UnitKind;
  /** The unit's own tally as given (empty when none was given). */
  readonly own: Tally;
  /** Own tally plus the totals of all children. */
  readonly total: Tally;
  /** Units by kind in the subtree. */
  readonly counters: UnitCounters;
  /** Cross-cutting subsets ("diện … quản lý") by key, summed over the subtree, never in `total`. */
  readonly crossCutting: Readonly<Record<string, Tally>>;
}

/**
 * The roll-up of a whole tree.
 * @category Report
 */
export interface RollUp {
  /** The day of the tree. */
  readonly on: string;
  /** The root unit code. */
  readonly root: string;
  /** The root's total. */
  readonly total: Tally;
  /** Every unit's roll-up by code (null-prototype record). */
  readonly units: Readonly<Record<string, UnitRollUp>>;
  /**
   * Tallies of units that ended before the tree's day, added to the unit that took them over
   * (`tree.successors`; option `retiredUnits`), in the caller's key order. Empty when none.
   */
  readonly carried: readonly { readonly from: string; readonly into: string }[];
}

/**
 * Options of {@link rollUp}.
 * @category Report
 */
export interface RollUpOptions {
  /**
   * Cross-cutting subsets by unit code, then by subset key (e.g. `"dienThanhUyQuanLy"` for
   * "thuộc diện Thành ủy quản lý"). They are rolled up per key and never added to totals.
   */
  readonly crossCutting?: Readonly<Record<string, Readonly<Record<string, TallyInput | Tally>>>>;
  /**
   * A tally keyed by a unit that ended before the tree's day and names a successor in force on it
   * (a district or province merged on 01-07-2025): `intoSuccessor` (default) adds it to that
   * successor's own figures, so a report for a period spanning the reform keeps them; `error`
   * refuses it as an unknown unit. The reference says such units ended and were taken over
   * (hierarchy-review-reports.md §1.5); counting their figures in the successor is the library's
   * reading, listed in `carried`.
   */
  readonly retiredUnits?: 'intoSuccessor' | 'error';
}

const EMPTY_SUBSETS: Readonly<Record<string, Tally>> = /* @__PURE__ */ Object.freeze({});

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const LEAF_COUNTERS = /* @__PURE__ */ new Map<UnitKind, UnitCounters>();

/** The frozen counters of a unit without children, shared by all leaves of a kind. */
function leafCounters(kind: UnitKind): UnitCounters {
  let c = LEAF_COUNTERS.get(kind);
  if (!c) {
    c = Object.freeze(kindCounters(kind));
    LEAF_COUNTERS.set(kind, c);
  }
  return c;
}

function kindCounters(kind: UnitKind): { units: number; tccsd: number; directBranches: number; subCommittees: number; partyCells: number } {
  return {
    units: 1,
    tccsd: kind === 'grassrootsCommittee' || kind === 'grassrootsBranch' ? 1 : 0,
    directBranches: kind === 'directBranch' ? 1 : 0,
    subCommittees: kind === 'subCommittee' ? 1 : 0,
    partyCells: kind === 'partyCell' ? 1 : 0,
  };
}

/**
 * Roll unit tallies up a tree built by {@link buildUnitTree}: each unit's total is its own tally
 * plus its children's totals. Tallies may be given for any unit (usually the chi bộ). Inputs are
 * not modified; the result is deeply frozen. Iterative: depth is not limited by the stack.
 *
 * @example
 * ```ts
 * import { buildUnitTree, rollUp } from 'nq4';
 * const tree = buildUnitTree(
 *   [
 *     { code: 'X', kind: 'grassrootsCommittee' },
 *     { code: 'C1', kind: 'directBranch', parent: 'X' },
 *     { code: 'C2', kind: 'directBranch', parent: 'X' },
 *   ],
 *   { on: '2024-12-31' },
 * );
 * const r = rollUp(tree, {
 *   C1: { ratings: { member: { good: 20, satisfactory: 2 } } },
 *   C2: { ratings: { member: { good: 15 } }, disciplines: { member: { reprimand: 1 } } },
 * });
 * r.total.ratings.member?.good; // 35
 * r.units.X?.counters.directBranches; // 2
 * ```
 * @throws {@link Nq4Error} listing every bad tally (path `[unitCode, field, …]`) and unknown unit code.
 * @category Report
 */
export function rollUp(tree: UnitTree, leafTallies: Readonly<Record<string, TallyInput | Tally>>, options: RollUpOptions = {}): RollUp {
  const issues: Nq4Issue[] = [];
  const retired = checkArguments(tree, leafTallies, options, issues);
  const { ownByIndex, carried } = readLeafTallies(tree, leafTallies, retired, issues);
  const subsets = readCrossCutting(tree.units, options.crossCutting, issues);
  throwIssues(issues);
  carryRetired(tree.order, ownByIndex, carried);
  const out = rollUnits(tree, ownByIndex, subsets);
  const root = out[tree.root] as UnitRollUp | undefined;
  if (root === undefined) throw malformed(0);
  checkExact(root);
  return Object.freeze({
    on: tree.on,
    root: tree.root,
    total: root.total,
    units: Object.freeze(out),
    carried: Object.freeze(carried.map((c) => Object.freeze({ from: c.from, into: c.into }))),
  });
}

type Carried = { from: string; into: string; tally: Tally };
const hasOwn = Object.prototype.hasOwnProperty;

/** The shapes of the three arguments (a wrong type throws at once) and the options' names and values; the retired-unit policy. */
function checkArguments(tree: UnitTree, leafTallies: unknown, options: RollUpOptions, issues: Nq4Issue[]): 'intoSuccessor' | 'error' {
  if (!isRecord(tree) || !Array.isArray(tree.order) || !isRecord(tree.units) || typeof tree.root !== 'string') {
    throw new Nq4Error([issueOf('invalid_type', ['tree'], M.notUnitTree)]);
  }
  if (!isRecord(leafTallies)) {
    throw new Nq4Error([issueOf('invalid_type', ['tallies'], M.notObject)]);
  }
  if (!isRecord(options)) {
    throw new Nq4Error([issueOf('invalid_type', ['options'], M.notObject)]);
  }
  for (const key of Object.keys(options)) {
    if (key !== 'crossCutting' && key !== 'retiredUnits') issues.push(unknownFieldIssue(['options', pathKey(key, options)]));
  }
  const retired = options.retiredUnits ?? 'intoSuccessor';
  if (retired !== 'intoSuccessor' && retired !== 'error') {
    issues.push(issueOf('invalid_value', ['options', 'retiredUnits'], M.retiredUnitsValue));
  }
  return retired as 'intoSuccessor' | 'error';
}

/**
 * The tallies by index in the tree's order, and those of retired units carried into their
 * successors. Fast path: read the tallies in tree order (no intermediate map); if anything is
 * wrong, or some key names no unit, read them again in the caller's key order so issues come out
 * in that order.
 */
function readLeafTallies(
  tree: UnitTree,
  leafTallies: Readonly<Record<string, TallyInput | Tally>>,
  retired: 'intoSuccessor' | 'error',
  issues: Nq4Issue[],
): { ownByIndex: (Tally | undefined)[]; carried: Carried[] } {
  const { order, units } = tree;
  const successors = isRecord(tree.successors) ? tree.successors : {};
  const carried: Carried[] = [];
  const leafPath: (string | number)[] = ['tallies', ''];
  const ownByIndex: (Tally | undefined)[] = new Array<Tally | undefined>(order.length);
  let matched = 0;
  const fastIssues: Nq4Issue[] = [];
  for (let i = 0; i < order.length && fastIssues.length < ISSUE_LIMIT; i++) {
    const code = order[i] as string;
    if (typeof code !== 'string' || !hasOwn.call(leafTallies, code)) continue;
    matched++;
    // Issues of this pass are only counted (the pass below reads again and names each key).
    leafPath[1] = '#?';
    ownByIndex[i] = readTally(leafTallies[code], leafPath, fastIssues);
  }
  if (fastIssues.length === 0 && matched === Object.keys(leafTallies).length) return { ownByIndex, carried };
  const codes = Object.keys(leafTallies);
  for (let at = 0; at < codes.length; at++) {
    const code = codes[at] as string;
    if (issues.length >= ISSUE_LIMIT) break;
    leafPath[1] = pathKey(code, leafTallies, at);
    if (hasOwn.call(units, code)) {
      readTally(leafTallies[code], leafPath, issues);
      continue;
    }
    const into = retired === 'intoSuccessor' && hasOwn.call(successors, code) ? successors[code] : undefined;
    if (typeof into === 'string' && hasOwn.call(units, into)) {
      const t = readTally(leafTallies[code], leafPath, issues);
      if (t) carried.push({ from: code, into, tally: t });
      continue;
    }
    issues.push(issueOf('unknown_id', ['tallies', pathKey(code, leafTallies, at)], M.unknownUnit));
  }
  return { ownByIndex, carried };
}

/** The cross-cutting subsets of each unit, by key. */
function readCrossCutting(units: UnitTree['units'], cc: RollUpOptions['crossCutting'], issues: Nq4Issue[]): Map<string, Map<string, Tally>> {
  const subsets = new Map<string, Map<string, Tally>>();
  if (cc === undefined) return subsets;
  if (!isRecord(cc)) {
    issues.push(issueOf('invalid_type', ['options', 'crossCutting'], M.notObject));
    return subsets;
  }
  const ccCodes = Object.keys(cc);
  for (let at = 0; at < ccCodes.length; at++) {
    const code = ccCodes[at] as string;
    const path = ['options', 'crossCutting', pathKey(code, cc, at)];
    if (!hasOwn.call(units, code)) {
      issues.push(issueOf('unknown_id', path, M.unknownUnit));
      continue;
    }
    const byKey = cc[code];
    if (!isRecord(byKey)) {
      issues.push(issueOf('invalid_type', path, M.notObject));
      continue;
    }
    const m = new Map<string, Tally>();
    const keys = Object.keys(byKey);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      const t = readTally(byKey[key], [...path, pathKey(key, byKey, k)], issues);
      if (t) m.set(key, t);
    }
    subsets.set(code, m);
  }
  return subsets;
}

/** Add each retired unit's tally to its successor's own tally. */
function carryRetired(order: readonly string[], ownByIndex: (Tally | undefined)[], carried: readonly Carried[]): void {
  if (carried.length === 0) return;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < order.length; i++) indexOf.set(order[i] as string, i);
  for (const c of carried) {
    const k = indexOf.get(c.into);
    if (k === undefined) throw malformed(0);
    const b = newBuilder();
    addInto(b, ownByIndex[k] ?? EMPTY_TALLY);
    addInto(b, c.tally);
    ownByIndex[k] = finish(b);
  }
}

/** Roll every unit up, children before parents (the reverse of the tree's order). */
function rollUnits(tree: UnitTree, ownByIndex: readonly (Tally | undefined)[], subsets: ReadonlyMap<string, Map<string, Tally>>): Record<string, UnitRollUp> {
  const { order, units } = tree;
  const out: Record<string, UnitRollUp> = Object.create(null) as Record<string, UnitRollUp>;
  for (let i = order.length - 1; i >= 0; i--) {
    const code = order[i] as string;
    const unit = typeof code === 'string' && hasOwn.call(units, code) ? units[code] : undefined;
    const children = isRecord(unit) ? unit.children : undefined;
    // A tree not built by buildUnitTree (or changed since): each unit's children must come later in
    // `order`, so they are already rolled up here.
    if (!isRecord(unit) || !Array.isArray(children) || !children.every((c) => typeof c === 'string' && out[c] !== undefined)) throw malformed(i);
    out[code] = rollUnit(code, unit.kind, children, ownByIndex[i] ?? EMPTY_TALLY, subsets.get(code), out);
  }
  return out;
}

/** One unit: its own tally plus its children's totals, its counters and its cross-cutting subsets. */
function rollUnit(code: string, kind: UnitKind, children: readonly string[], mine: Tally, mySubsets: Map<string, Tally> | undefined, out: Record<string, UnitRollUp>): UnitRollUp {
  let total: Tally;
  const counters = children.length === 0 ? leafCounters(kind) : kindCounters(kind);
  let crossCutting: Readonly<Record<string, Tally>> = EMPTY_SUBSETS;
  if (children.length === 0) {
    total = mine;
    if (mySubsets) crossCutting = Object.freeze(Object.fromEntries(mySubsets));
  } else if (children.length === 1 && mine === EMPTY_TALLY && !mySubsets) {
    const child = out[children[0] as string] as UnitRollUp;
    total = child.total;
    crossCutting = child.crossCutting;
    addCounters(counters as ReturnType<typeof kindCounters>, child.counters);
  } else {
    const b = newBuilder();
    addInto(b, mine);
    const subsetBuilders = new Map<string, TallyBuilder>();
    if (mySubsets) addSubsets(subsetBuilders, mySubsets);
    for (const c of children) {
      const child = out[c] as UnitRollUp;
      addInto(b, child.total);
      addCounters(counters as ReturnType<typeof kindCounters>, child.counters);
      if (child.crossCutting !== EMPTY_SUBSETS) addSubsets(subsetBuilders, Object.entries(child.crossCutting));
    }
    total = finish(b);
    if (subsetBuilders.size > 0) {
      const rec: Record<string, Tally> = {};
      for (const [key, sb] of subsetBuilders) rec[key] = finish(sb);
      crossCutting = Object.freeze(rec);
    }
  }
  return Object.freeze({ code, kind, own: mine, total, counters: Object.isFrozen(counters) ? counters : Object.freeze(counters), crossCutting });
}

/** A rolled-up sum past 2^53 − 1 cannot be counted exactly: refuse it. */
function checkExact(root: UnitRollUp): void {
  const unsafe = unsafeCount(root.total) ?? Object.values(root.crossCutting).map(unsafeCount).find((p) => p !== undefined);
  if (unsafe === undefined) return;
  throw new Nq4Error([issueOf('too_big', ['tallies', ...unsafe], M.sumNotExact)]);
}

function malformed(i: number): Nq4Error {
  return new Nq4Error([issueOf('inconsistent', ['tree', 'order', i], M.inconsistentTree)]);
}

/** An issue with its message. */
function issueOf(code: Nq4Issue['code'], path: readonly (string | number)[], m: Label): Nq4Issue {
  return issue(code, path, m.vi, m.en);
}

function addCounters(
  target: { units: number; tccsd: number; directBranches: number; subCommittees: number; partyCells: number },
  c: UnitCounters,
): void {
  target.units += c.units;
  target.tccsd += c.tccsd;
  target.directBranches += c.directBranches;
  target.subCommittees += c.subCommittees;
  target.partyCells += c.partyCells;
}

function addSubsets(builders: Map<string, TallyBuilder>, src: Iterable<[string, Tally]>): void {
  for (const [key, t] of src) {
    let sb = builders.get(key);
    if (!sb) {
      sb = newBuilder();
      builders.set(key, sb);
    }
    addInto(sb, t);
  }
}
