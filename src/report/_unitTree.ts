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
import { formatDateEn, formatDateVi } from '../i18n/format.js';
import type { Citation } from '../legal/citation.js';
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
  readonly dateVi: string;
  readonly dateEn: string;
  readonly errors: Nq4Issue[];
  readonly warnings: Warning[];
  readonly applied: AppliedOption[];
}

const kindVi = (k: UnitKind): string => UNIT_KIND_INFO[k].label.vi;
const kindEn = (k: UnitKind): string => UNIT_KIND_INFO[k].label.en;

/** The containment rules in force under the options, by `parent>child`; the options are recorded. */
export function containmentRules(
  ctx: TreeContext,
  communeBranches: 'grassroots' | 'grassrootsOrDirect',
  additional: readonly { readonly parent: UnitKind; readonly child: UnitKind }[],
): Map<string, ContainmentRule[]> {
  const rules: ContainmentRule[] = [...CONTAINMENT_RULES];
  if (communeBranches === 'grassrootsOrDirect') rules.push(COMMUNE_DIRECT_BRANCH_RULE);
  ctx.applied.push({
    name: 'communeBranches',
    value: communeBranches,
    effect: {
      vi:
        communeBranches === 'grassroots'
          ? 'Sau 01-7-2025, đảng bộ xã chỉ trực tiếp quản lý tổ chức cơ sở đảng (chưa đối chiếu được văn bản).'
          : 'Sau 01-7-2025, đảng bộ xã có thể có chi bộ trực thuộc (chưa đối chiếu được văn bản).',
      en:
        communeBranches === 'grassroots'
          ? 'From 01-07-2025 a đảng bộ xã directly contains grassroots organizations only (unverified).'
          : 'From 01-07-2025 a đảng bộ xã may contain subordinate branches (unverified).',
    },
  });
  for (const extra of additional) {
    rules.push({ parent: extra.parent, child: extra.child, source: UNIT_KIND_INFO[extra.child].sources[0] as Citation });
    ctx.applied.push({
      name: 'additionalContainment',
      value: `${extra.parent}>${extra.child}`,
      effect: {
        vi: `Cho phép ${kindVi(extra.parent)} trực tiếp quản lý ${kindVi(extra.child)} theo lựa chọn của người dùng.`,
        en: `Lets a ${kindEn(extra.parent)} contain a ${kindEn(extra.child)} at the caller's choice.`,
      },
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
      errors.push(issue('date_order', [i, 'validTo'], `Đơn vị [${i}]: ngày kết thúc trước ngày bắt đầu.`, `Unit [${i}]: ends before it starts.`));
    }
    if (u.members !== undefined && u.officialMembers !== undefined && u.officialMembers > u.members) {
      errors.push(
        issue('inconsistent', [i, 'officialMembers'], `Đơn vị [${i}]: số đảng viên chính thức lớn hơn tổng số đảng viên.`, `Unit [${i}]: more official members than members.`),
      );
    }
    if (indexByCode.has(u.code)) {
      errors.push(issue('inconsistent', [i, 'code'], `Mã đơn vị [${i}] trùng với một đơn vị trước đó.`, `Unit [${i}] repeats the code of an earlier unit.`));
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
      errors.push(issue('unknown_id', [i, 'successor'], `Đơn vị [${i}]: không có đơn vị kế thừa mang mã đã ghi.`, `Unit [${i}]: no unit has the successor code given.`));
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
        errors.push(issue('inconsistent', [i, 'successor'], `Đơn vị [${i}]: đơn vị kế thừa không còn hiệu lực vào ngày ${formatDateVi(on)}.`, `Unit [${i}]: its successor is not in force on ${formatDateEn(on)}.`));
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
  const { list, errors, dateVi, dateEn } = ctx;
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
      errors.push(issue('inconsistent', [i, 'parent'], `Đơn vị [${i}] là cấp trên của chính nó.`, `Unit [${i}] is its own parent.`));
    } else if (pIndex === undefined) {
      errors.push(issue('unknown_id', [i, 'parent'], `Đơn vị [${i}]: không có đơn vị cấp trên mang mã đã ghi.`, `Unit [${i}]: no unit has the parent code given.`));
    } else if (!inTree.has(u.parent)) {
      errors.push(issue('inconsistent', [i, 'parent'], `Đơn vị [${i}]: đơn vị cấp trên không còn hiệu lực vào ngày ${dateVi}.`, `Unit [${i}]: its parent is not in force on ${dateEn}.`));
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
function checkKindOnDay(ctx: TreeContext, i: number, kind: UnitKind): void {
  const kindInfo = UNIT_KIND_INFO[kind];
  if (withinValidity(ctx.on, kindInfo.validFrom, kindInfo.validTo)) return;
  ctx.errors.push(
    issue(
      'rule_violation',
      [i, 'kind'],
      `Đơn vị [${i}]: loại "${kindInfo.label.vi}" không tồn tại vào ngày ${ctx.dateVi}.`,
      `Unit [${i}]: kind "${kindInfo.label.en}" does not exist on ${ctx.dateEn}.`,
      kindInfo.sources[0],
    ),
  );
}

/** The parent's kind must be allowed to contain the child's on the day; some arrangements need approval. */
function checkContainment(ctx: TreeContext, i: number, u: ParsedUnit, pIndex: number, rulesByPair: ReadonlyMap<string, ContainmentRule[]>): void {
  const { on, dateVi, dateEn } = ctx;
  const p = ctx.list[pIndex] as ParsedUnit;
  const candidates = rulesByPair.get(`${p.kind}>${u.kind}`);
  const applicable = candidates?.find((r) => withinValidity(on, r.validFrom, r.validTo));
  if (!applicable && p.kind === 'commune' && u.kind === 'directBranch' && withinValidity(on, COMMUNE_DIRECT_BRANCH_RULE.validFrom, COMMUNE_DIRECT_BRANCH_RULE.validTo)) {
    // Unverified (U, §1.5, §5 decision 2): refused by the default option, not by a known rule.
    ctx.errors.push(
      issue(
        'rule_violation',
        [i, 'parent'],
        `Đơn vị [${i}]: theo lựa chọn mặc định communeBranches: 'grassroots', ${kindVi(p.kind)} [${pIndex}] không trực tiếp quản lý ${kindVi(u.kind)}. Điểm này chưa đối chiếu được văn bản (sau 01-7-2025, chi bộ thôn, tổ dân phố là chi bộ cơ sở hay chi bộ trực thuộc); nếu đơn vị của bạn có chi bộ trực thuộc đảng ủy xã, dùng communeBranches: 'grassrootsOrDirect'.`,
        `Unit [${i}]: under the default option communeBranches: 'grassroots', a ${kindEn(p.kind)} [${pIndex}] does not directly contain a ${kindEn(u.kind)}. This point is unverified (whether village branches under a post-2025 commune are grassroots or subordinate branches); if your commune has subordinate branches, pass communeBranches: 'grassrootsOrDirect'.`,
        COMMUNE_DIRECT_BRANCH_RULE.source,
      ),
    );
  } else if (!applicable) {
    const anyDate = candidates?.[0];
    ctx.errors.push(
      issue(
        'rule_violation',
        [i, 'parent'],
        `Đơn vị [${i}]: ${kindVi(p.kind)} [${pIndex}] không được trực tiếp quản lý ${kindVi(u.kind)}${anyDate ? ` vào ngày ${dateVi}` : ''}.`,
        `Unit [${i}]: a ${kindEn(p.kind)} [${pIndex}] may not directly contain a ${kindEn(u.kind)}${anyDate ? ` on ${dateEn}` : ''}.`,
        anyDate?.source ?? UNIT_KIND_INFO[u.kind].sources[0],
      ),
    );
  } else if (applicable.approvalRequired) {
    ctx.warnings.push({
      ...issue(
        'rule_violation',
        [i, 'kind'],
        p.kind === 'province'
          ? `Đơn vị [${i}]: ${kindVi(u.kind)} trực thuộc ${kindVi(p.kind)} chỉ khi là đặc khu được tỉnh ủy, thành ủy quyết định là tổ chức cơ sở đảng, có ý kiến đồng ý bằng văn bản của Ban Tổ chức Trung ương (QĐ 294-QĐ/TW, diễn giải).`
          : `Đơn vị [${i}]: lập ${kindVi(u.kind)} trong ${kindVi(p.kind)} phải được cấp có thẩm quyền đồng ý bằng văn bản.`,
        p.kind === 'province'
          ? `Unit [${i}]: a ${kindEn(u.kind)} directly under a ${kindEn(p.kind)} only as a special zone (đặc khu) the provincial committee made a grassroots organization, with the written agreement of the Central Organization Commission (QĐ 294-QĐ/TW, paraphrased).`
          : `Unit [${i}]: a ${kindEn(u.kind)} inside a ${kindEn(p.kind)} needs the written approval of the competent level.`,
        applicable.source,
      ),
      unitCode: u.code,
      approved: u.approvedException === true,
    });
  }
}

/** One root, and at least one unit in force. */
export function checkRoots(ctx: TreeContext, roots: readonly number[], included: readonly number[]): void {
  const { errors, dateVi, dateEn } = ctx;
  if (roots.length === 0 && included.length > 0) {
    errors.push(issue('inconsistent', [], 'Cây đơn vị không có đơn vị gốc (đơn vị không có cấp trên).', 'The unit tree has no root (a unit without parent).'));
  }
  if (included.length === 0) {
    errors.push(issue('too_small', [], `Không có đơn vị nào có hiệu lực vào ngày ${dateVi}.`, `No unit is in force on ${dateEn}.`));
  }
  for (const r of roots.slice(1)) {
    errors.push(
      issue(
        'inconsistent',
        [r, 'parent'],
        `Đơn vị [${r}] không có cấp trên, trong khi đơn vị [${roots[0]}] đã là đơn vị gốc: cây chỉ có một gốc.`,
        `Unit [${r}] has no parent while unit [${roots[0]}] is already the root: a tree has one root.`,
      ),
    );
  }
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
    ctx.errors.push(issue('inconsistent', [i, 'parent'], `Đơn vị [${i}] nằm trong một vòng lặp quan hệ cấp trên.`, `Unit [${i}] is part of a cycle of parent links.`));
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
      const field = p.en.includes('official') ? 'officialMembers' : 'members';
      const base = issue('rule_violation', [i, field], p.vi, p.en, p.source);
      if (severity === 'error' && !approved) ctx.errors.push(base);
      else ctx.warnings.push({ ...base, unitCode: u.code, approved });
    }
  }
  ctx.applied.push({
    name: 'sizeRuleSeverity',
    value: severity,
    effect: {
      vi: severity === 'warning' ? 'Sai lệch quy mô theo Điều lệ được nêu là cảnh báo.' : 'Sai lệch quy mô theo Điều lệ (không có ngoại lệ được duyệt) là lỗi.',
      en: severity === 'warning' ? 'Charter size deviations are warnings.' : 'Charter size deviations without an approved exception are errors.',
    },
  });
}

/** The size rules a unit breaks. */
function sizeProblems(i: number, u: ParsedUnit, { committeeMin, branchMax, minOfficial }: SizeLimits): { vi: string; en: string; source: Citation }[] {
  const problems: { vi: string; en: string; source: Citation }[] = [];
  if (u.members !== undefined) {
    if (u.kind === 'grassrootsCommittee' && u.members < committeeMin) {
      problems.push({
        vi: `Đảng bộ cơ sở [${i}] có ${u.members} đảng viên, dưới ${committeeMin}.`,
        en: `Grassroots committee [${i}] has ${u.members} members, under ${committeeMin}.`,
        source: UNIT_SIZE_RULES.grassrootsCommitteeMin.source,
      });
    }
    if (u.kind === 'grassrootsBranch' && u.members >= committeeMin) {
      problems.push({
        vi: `Chi bộ cơ sở [${i}] có ${u.members} đảng viên, từ ${committeeMin} trở lên (thông thường lập đảng bộ cơ sở).`,
        en: `Grassroots branch [${i}] has ${u.members} members, ${committeeMin} or more (normally a grassroots committee).`,
        source: UNIT_SIZE_RULES.grassrootsCommitteeMin.source,
      });
    }
    if (u.kind === 'directBranch' && u.members > branchMax) {
      problems.push({
        vi: `Chi bộ trực thuộc [${i}] có ${u.members} đảng viên, trên ${branchMax}.`,
        en: `Subordinate branch [${i}] has ${u.members} members, over ${branchMax}.`,
        source: UNIT_SIZE_RULES.directBranchMax.source,
      });
    }
  }
  const official = u.officialMembers;
  if (official !== undefined && official < minOfficial && (UNIT_KIND_INFO[u.kind].grassroots || u.kind === 'directBranch')) {
    problems.push({
      vi: `Đơn vị [${i}] có ${official} đảng viên chính thức, dưới ${minOfficial}.`,
      en: `Unit [${i}] has ${official} official members, under ${minOfficial}.`,
      source: u.kind === 'directBranch' ? UNIT_SIZE_RULES.minOfficialMembers.source : UNIT_SIZE_RULES.minOfficialMembersGrassrootsSource,
    });
  }
  return problems;
}
