/**
 * The phases of {@link buildUnitTree}, in the order it runs them: the containment rules the
 * options allow, the units in force on the day (unique codes), successors of ended units, parent
 * links and containment, the single root, the breadth-first walk, cycles, and the Charter size
 * rules. Each phase adds its errors and warnings in input order, so the issues come out as they
 * always did.
 * @module
 */
import type { IsoDate } from '../_lib/dates.js';
import { issue, type Nq4Issue } from '../errors.js';
import type { AppliedOption } from '../explain/explanation.js';
import type { Label } from '../i18n/label.js';
import type { Citation } from '../legal/citation.js';
import { UNIT_TREE_MESSAGES as M, UNIT_TREE_OPTION_EFFECTS } from './_messages.js';
import { COMMUNE_DIRECT_BRANCH_RULE, CONTAINMENT_RULES, UNIT_KIND_INFO, UNIT_SIZE_RULES, withinValidity, type ContainmentRule, type UnitKind } from './unitKinds.js';

/** A unit as parsed at the boundary. */
export interface ParsedUnit {
  code: string;
  kind: UnitKind;
  parent?: string | undefined;
  name?: string | undefined;
  validFrom?: string | undefined;
  validTo?: string | undefined;
  successor?: string | undefined;
  members?: number | undefined;
  officialMembers?: number | undefined;
  approvedException?: boolean | undefined;
}

/** A size deviation or an arrangement needing approval (the shape of `UnitTreeWarning`). */
export type Warning = Nq4Issue & { readonly unitCode: string; readonly approved: boolean };

/** What every phase reads and adds to. */
export interface TreeContext {
  readonly list: readonly ParsedUnit[];
  readonly on: IsoDate;
  /** The day as each language writes it. */
  readonly date: Label;
  readonly errors: Nq4Issue[];
  readonly warnings: Warning[];
  readonly applied: AppliedOption[];
}

const kind = (k: UnitKind): Label => UNIT_KIND_INFO[k].label;
/** An issue with its message. */
const issueOf = (code: Nq4Issue['code'], path: readonly (string | number)[], m: Label, source?: Citation): Nq4Issue => issue(code, path, m.vi, m.en, source);

/** The containment rules in force under the options, by `parent>child`; the options are recorded. */
export function containmentRules(
  ctx: TreeContext,
  communeBranches: 'grassroots' | 'grassrootsOrDirect',
  additional: readonly { readonly parent: UnitKind; readonly child: UnitKind }[],
): Map<string, ContainmentRule[]> {
  const rules: ContainmentRule[] = [...CONTAINMENT_RULES];
  if (communeBranches === 'grassrootsOrDirect') rules.push(COMMUNE_DIRECT_BRANCH_RULE);
  ctx.applied.push({ name: 'communeBranches', value: communeBranches, effect: UNIT_TREE_OPTION_EFFECTS.communeBranches(communeBranches) });
  for (const extra of additional) {
    rules.push({ parent: extra.parent, child: extra.child, source: UNIT_KIND_INFO[extra.child].sources[0] as Citation });
    ctx.applied.push({
      name: 'additionalContainment',
      value: `${extra.parent}>${extra.child}`,
      effect: UNIT_TREE_OPTION_EFFECTS.additionalContainment(kind(extra.parent), kind(extra.child)),
    });
  }
  const rulesByPair = new Map<string, ContainmentRule[]>();
  for (const r of rules) {
    const key = `${r.parent}>${r.child}`;
    const list = rulesByPair.get(key);
    if (list) list.push(r);
    else rulesByPair.set(key, [r]);
  }
  return rulesByPair;
}

/** 1. Unique codes; validity on the day; dates and member counts that contradict each other. */
export function indexUnits(ctx: TreeContext): { indexByCode: Map<string, number>; included: number[]; excluded: string[] } {
  const { list, on, errors } = ctx;
  const indexByCode = new Map<string, number>();
  const included: number[] = [];
  const excluded: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const u = list[i] as ParsedUnit;
    if (u.validFrom !== undefined && u.validTo !== undefined && u.validTo < u.validFrom) {
      errors.push(issueOf('date_order', [i, 'validTo'], M.dateOrder(i)));
    }
    if (u.members !== undefined && u.officialMembers !== undefined && u.officialMembers > u.members) {
      errors.push(issueOf('inconsistent', [i, 'officialMembers'], M.moreOfficialThanMembers(i)));
    }
    if (indexByCode.has(u.code)) {
      errors.push(issueOf('inconsistent', [i, 'code'], M.duplicateCode(i)));
      continue;
    }
    indexByCode.set(u.code, i);
    if (withinValidity(on, u.validFrom, u.validTo)) included.push(i);
    else excluded.push(u.code);
  }
  return { indexByCode, included, excluded };
}

/**
 * 1b. Successors: a unit that ended before the day hands its figures to the unit that took it
 * over, if that one (or its own successor) is in force on the day (hierarchy-review-reports.md
 * §1.5, §5.1: units need a successor link; rolling figures over is the library's reading).
 */
export function findSuccessors(ctx: TreeContext, indexByCode: ReadonlyMap<string, number>): Record<string, string> {
  const { list, on, errors } = ctx;
  const successors: Record<string, string> = Object.create(null) as Record<string, string>;
  for (let i = 0; i < list.length; i++) {
    const u = list[i] as ParsedUnit;
    // Only a unit that ended before the day needs its successor in the list (a tree of an earlier
    // day may name successors it does not list).
    if (u.successor === undefined || indexByCode.get(u.code) !== i || u.validTo === undefined || u.validTo >= on) continue;
    if (!indexByCode.has(u.successor)) {
      errors.push(issueOf('unknown_id', [i, 'successor'], M.unknownSuccessor(i)));
      continue;
    }
    let at = u.successor;
    for (let steps = 0; steps <= list.length; steps++) {
      const next = list[indexByCode.get(at) as number] as ParsedUnit;
      if (withinValidity(on, next.validFrom, next.validTo)) {
        successors[u.code] = at;
        break;
      }
      if (next.successor === undefined || !indexByCode.has(next.successor) || steps === list.length) {
        errors.push(issueOf('inconsistent', [i, 'successor'], M.successorNotInForce(i, ctx.date)));
        break;
      }
      at = next.successor;
    }
  }
  return successors;
}

/** The parent links of the units in force. */
export interface Links {
  readonly inTree: Set<string>;
  readonly roots: number[];
  readonly brokenLinks: Set<number>;
  readonly children: Map<string, string[]>;
}

/** 2. Parents, roots, kinds valid on the day, containment. */
export function linkParents(ctx: TreeContext, included: readonly number[], indexByCode: ReadonlyMap<string, number>, rulesByPair: ReadonlyMap<string, ContainmentRule[]>): Links {
  const { list, errors, date } = ctx;
  const inTree = new Set<string>();
  for (const i of included) inTree.add((list[i] as ParsedUnit).code);
  const links: Links = { inTree, roots: [], brokenLinks: new Set<number>(), children: new Map<string, string[]>() };
  for (const i of included) {
    const u = list[i] as ParsedUnit;
    checkKindOnDay(ctx, i, u.kind);
    if (u.parent === undefined) {
      links.roots.push(i);
      continue;
    }
    const pIndex = u.parent === u.code ? undefined : indexByCode.get(u.parent);
    if (u.parent === u.code) {
      errors.push(issueOf('inconsistent', [i, 'parent'], M.ownParent(i)));
    } else if (pIndex === undefined) {
      errors.push(issueOf('unknown_id', [i, 'parent'], M.unknownParent(i)));
    } else if (!inTree.has(u.parent)) {
      errors.push(issueOf('inconsistent', [i, 'parent'], M.parentNotInForce(i, date)));
    }
    if (pIndex === undefined || u.parent === u.code || !inTree.has(u.parent)) {
      links.brokenLinks.add(i);
      continue;
    }
    checkContainment(ctx, i, u, pIndex, rulesByPair);
    let siblings = links.children.get(u.parent);
    if (!siblings) {
      siblings = [];
      links.children.set(u.parent, siblings);
    }
    siblings.push(u.code);
  }
  return links;
}

/** A unit's kind must exist on the day (e.g. no district after 30-06-2025). */
function checkKindOnDay(ctx: TreeContext, i: number, k: UnitKind): void {
  const kindInfo = UNIT_KIND_INFO[k];
  if (withinValidity(ctx.on, kindInfo.validFrom, kindInfo.validTo)) return;
  ctx.errors.push(issueOf('rule_violation', [i, 'kind'], M.kindNotInForce(i, kindInfo.label, ctx.date), kindInfo.sources[0]));
}

/** The parent's kind must be allowed to contain the child's on the day; some arrangements need approval. */
function checkContainment(ctx: TreeContext, i: number, u: ParsedUnit, pIndex: number, rulesByPair: ReadonlyMap<string, ContainmentRule[]>): void {
  const { on, date } = ctx;
  const p = ctx.list[pIndex] as ParsedUnit;
  const candidates = rulesByPair.get(`${p.kind}>${u.kind}`);
  const applicable = candidates?.find((r) => withinValidity(on, r.validFrom, r.validTo));
  if (!applicable && p.kind === 'commune' && u.kind === 'directBranch' && withinValidity(on, COMMUNE_DIRECT_BRANCH_RULE.validFrom, COMMUNE_DIRECT_BRANCH_RULE.validTo)) {
    // Unverified (U, §1.5, §5 decision 2): refused by the default option, not by a known rule.
    ctx.errors.push(issueOf('rule_violation', [i, 'parent'], M.communeDirectBranch(i, kind(p.kind), pIndex, kind(u.kind)), COMMUNE_DIRECT_BRANCH_RULE.source));
  } else if (!applicable) {
    const anyDate = candidates?.[0];
    ctx.errors.push(
      issueOf('rule_violation', [i, 'parent'], M.containmentNotAllowed(i, kind(p.kind), pIndex, kind(u.kind), anyDate ? date : undefined), anyDate?.source ?? UNIT_KIND_INFO[u.kind].sources[0]),
    );
  } else if (applicable.approvalRequired) {
    const message = p.kind === 'province' ? M.specialZoneApproval(i, kind(u.kind), kind(p.kind)) : M.approvalRequired(i, kind(u.kind), kind(p.kind));
    ctx.warnings.push({
      ...issueOf('rule_violation', [i, 'kind'], message, applicable.source),
      unitCode: u.code,
      approved: u.approvedException === true,
    });
  }
}

/** One root, and at least one unit in force. */
export function checkRoots(ctx: TreeContext, roots: readonly number[], included: readonly number[]): void {
  const { errors, date } = ctx;
  if (roots.length === 0 && included.length > 0) errors.push(issueOf('inconsistent', [], M.noRoot));
  if (included.length === 0) errors.push(issueOf('too_small', [], M.noUnitInForce(date)));
  for (const r of roots.slice(1)) errors.push(issueOf('inconsistent', [r, 'parent'], M.secondRoot(r, roots[0] as number)));
}

/** 3. Breadth-first walk from the root: depths and order. */
export function walkFromRoot(rootCode: string | undefined, children: ReadonlyMap<string, string[]>): { depth: Map<string, number>; order: string[] } {
  const depth = new Map<string, number>();
  const order: string[] = [];
  if (rootCode === undefined) return { depth, order };
  depth.set(rootCode, 0);
  order.push(rootCode);
  for (let head = 0; head < order.length; head++) {
    const code = order[head] as string;
    const d = depth.get(code) as number;
    for (const c of children.get(code) ?? []) {
      if (depth.has(c)) continue;
      depth.set(c, d + 1);
      order.push(c);
    }
  }
  return { depth, order };
}

/** Units not reached from the root and not under another root are in cycles of parent links. */
export function checkCycles(ctx: TreeContext, included: readonly number[], links: Links, depth: ReadonlyMap<string, number>, indexByCode: ReadonlyMap<string, number>): void {
  const { list } = ctx;
  // Roots beyond the first are reported apart; their subtrees are unreachable but not cycles.
  const otherRootSubtree = new Set<string>();
  for (const r of links.roots.slice(1)) {
    const stack = [(list[r] as ParsedUnit).code];
    while (stack.length > 0) {
      const code = stack.pop() as string;
      if (otherRootSubtree.has(code)) continue;
      otherRootSubtree.add(code);
      for (const c of links.children.get(code) ?? []) stack.push(c);
    }
  }
  // Units not reached: walk up their parent links once each (memoized), marking cycle members.
  const status = new Map<string, 'cycle' | 'other'>();
  const settled = (code: string): boolean => status.has(code) || depth.has(code) || otherRootSubtree.has(code);
  for (const i of included) {
    const u = list[i] as ParsedUnit;
    if (settled(u.code)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let code: string | undefined = u.code;
    let cycleStart = -1;
    while (code !== undefined && !settled(code)) {
      const at = onPath.get(code);
      if (at !== undefined) {
        cycleStart = at;
        break;
      }
      const idx = indexByCode.get(code);
      if (idx === undefined || !links.inTree.has(code) || links.brokenLinks.has(idx)) break;
      onPath.set(code, path.length);
      path.push(code);
      code = (list[idx] as ParsedUnit).parent;
    }
    for (let k = 0; k < path.length; k++) status.set(path[k] as string, cycleStart >= 0 && k >= cycleStart ? 'cycle' : 'other');
  }
  for (const i of included) {
    if (status.get((list[i] as ParsedUnit).code) !== 'cycle') continue;
    ctx.errors.push(issueOf('inconsistent', [i, 'parent'], M.cycle(i)));
  }
}

/** The size limits in force (Charter defaults, or the caller's). */
export interface SizeLimits {
  readonly committeeMin: number;
  readonly branchMax: number;
  readonly minOfficial: number;
}

/** 4. Charter size rules: errors or warnings as the option says; the option is recorded. */
export function checkSizes(ctx: TreeContext, included: readonly number[], limits: SizeLimits, severity: 'warning' | 'error'): void {
  for (const i of included) {
    const u = ctx.list[i] as ParsedUnit;
    for (const p of sizeProblems(i, u, limits)) {
      const approved = u.approvedException === true;
      const base = issueOf('rule_violation', [i, p.field], p.message, p.source);
      if (severity === 'error' && !approved) ctx.errors.push(base);
      else ctx.warnings.push({ ...base, unitCode: u.code, approved });
    }
  }
  ctx.applied.push({ name: 'sizeRuleSeverity', value: severity, effect: UNIT_TREE_OPTION_EFFECTS.sizeRuleSeverity(severity) });
}

/** The size rules a unit breaks. */
function sizeProblems(i: number, u: ParsedUnit, { committeeMin, branchMax, minOfficial }: SizeLimits): SizeProblem[] {
  const problems: SizeProblem[] = [];
  const members = u.members;
  if (members !== undefined) {
    if (u.kind === 'grassrootsCommittee' && members < committeeMin) {
      problems.push({ field: 'members', message: M.committeeTooSmall(i, members, committeeMin), source: UNIT_SIZE_RULES.grassrootsCommitteeMin.source });
    }
    if (u.kind === 'grassrootsBranch' && members >= committeeMin) {
      problems.push({ field: 'members', message: M.branchLargeAsCommittee(i, members, committeeMin), source: UNIT_SIZE_RULES.grassrootsCommitteeMin.source });
    }
    if (u.kind === 'directBranch' && members > branchMax) {
      problems.push({ field: 'members', message: M.directBranchTooLarge(i, members, branchMax), source: UNIT_SIZE_RULES.directBranchMax.source });
    }
  }
  const official = u.officialMembers;
  if (official !== undefined && official < minOfficial && (UNIT_KIND_INFO[u.kind].grassroots || u.kind === 'directBranch')) {
    problems.push({
      field: 'officialMembers',
      message: M.tooFewOfficial(i, official, minOfficial),
      source: u.kind === 'directBranch' ? UNIT_SIZE_RULES.minOfficialMembers.source : UNIT_SIZE_RULES.minOfficialMembersGrassrootsSource,
    });
  }
  return problems;
}

/** A size rule a unit breaks: the field it is about, the message, the rule's source. */
interface SizeProblem {
  readonly field: 'members' | 'officialMembers';
  readonly message: Label;
  readonly source: Citation;
}
