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
import { issue, Nq4Error, parseInput, type Nq4Issue } from '../errors.js';
import type { AppliedOption } from '../explain/explanation.js';
import { formatDateEn, formatDateVi } from '../i18n/format.js';
import type { Citation } from '../legal/citation.js';
import {
  COMMUNE_DIRECT_BRANCH_RULE,
  CONTAINMENT_RULES,
  UNIT_KIND_INFO,
  UNIT_KINDS,
  UNIT_SIZE_RULES,
  withinValidity,
  type ContainmentRule,
  type UnitKind,
} from './unitKinds.js';
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

interface ParsedUnit {
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

const kindVi = (k: UnitKind): string => UNIT_KIND_INFO[k].label.vi;
const kindEn = (k: UnitKind): string => UNIT_KIND_INFO[k].label.en;

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
  const errors: Nq4Issue[] = [];
  const warnings: UnitTreeWarning[] = [];
  const applied: AppliedOption[] = [];

  const rules: ContainmentRule[] = [...CONTAINMENT_RULES];
  const communeBranches = opts.communeBranches ?? 'grassroots';
  if (communeBranches === 'grassrootsOrDirect') rules.push(COMMUNE_DIRECT_BRANCH_RULE);
  applied.push({
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
  for (const extra of opts.additionalContainment ?? []) {
    rules.push({ parent: extra.parent, child: extra.child, source: UNIT_KIND_INFO[extra.child].sources[0] as Citation });
    applied.push({
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
    const list2 = rulesByPair.get(key);
    if (list2) list2.push(r);
    else rulesByPair.set(key, [r]);
  }
  const severity = opts.sizeRuleSeverity ?? 'warning';
  const committeeMin = opts.sizeRules?.grassrootsCommitteeMin ?? UNIT_SIZE_RULES.grassrootsCommitteeMin.value;
  const branchMax = opts.sizeRules?.directBranchMax ?? UNIT_SIZE_RULES.directBranchMax.value;
  const minOfficial = opts.sizeRules?.minOfficialMembers ?? UNIT_SIZE_RULES.minOfficialMembers.value;

  // 1. Unique codes; validity on the day.
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

  // 1b. Successors: a unit that ended before the day hands its figures to the unit that took it
  // over, if that one (or its own successor) is in force on the day (hierarchy-review-reports.md
  // §1.5, §5.1: units need a successor link; rolling figures over is the library's reading).
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
      const j = indexByCode.get(at) as number;
      const next = list[j] as ParsedUnit;
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

  // 2. Parents, roots, kinds valid on the day, containment.
  const inTree = new Set<string>();
  for (const i of included) inTree.add((list[i] as ParsedUnit).code);
  const roots: number[] = [];
  const brokenLinks = new Set<number>();
  const children = new Map<string, string[]>();
  const dateVi = formatDateVi(on);
  const dateEn = formatDateEn(on);
  for (const i of included) {
    const u = list[i] as ParsedUnit;
    const kindInfo = UNIT_KIND_INFO[u.kind];
    if (!withinValidity(on, kindInfo.validFrom, kindInfo.validTo)) {
      errors.push(
        issue(
          'rule_violation',
          [i, 'kind'],
          `Đơn vị [${i}]: loại "${kindInfo.label.vi}" không tồn tại vào ngày ${dateVi}.`,
          `Unit [${i}]: kind "${kindInfo.label.en}" does not exist on ${dateEn}.`,
          kindInfo.sources[0],
        ),
      );
    }
    if (u.parent === undefined) {
      roots.push(i);
      continue;
    }
    if (u.parent === u.code) {
      errors.push(issue('inconsistent', [i, 'parent'], `Đơn vị [${i}] là cấp trên của chính nó.`, `Unit [${i}] is its own parent.`));
      brokenLinks.add(i);
      continue;
    }
    const pIndex = indexByCode.get(u.parent);
    if (pIndex === undefined) {
      errors.push(issue('unknown_id', [i, 'parent'], `Đơn vị [${i}]: không có đơn vị cấp trên mang mã đã ghi.`, `Unit [${i}]: no unit has the parent code given.`));
      brokenLinks.add(i);
      continue;
    }
    if (!inTree.has(u.parent)) {
      errors.push(
        issue(
          'inconsistent',
          [i, 'parent'],
          `Đơn vị [${i}]: đơn vị cấp trên không còn hiệu lực vào ngày ${dateVi}.`,
          `Unit [${i}]: its parent is not in force on ${dateEn}.`,
        ),
      );
      brokenLinks.add(i);
      continue;
    }
    const p = list[pIndex] as ParsedUnit;
    const candidates = rulesByPair.get(`${p.kind}>${u.kind}`);
    const applicable = candidates?.find((r) => withinValidity(on, r.validFrom, r.validTo));
    if (!applicable && p.kind === 'commune' && u.kind === 'directBranch' && withinValidity(on, COMMUNE_DIRECT_BRANCH_RULE.validFrom, COMMUNE_DIRECT_BRANCH_RULE.validTo)) {
      // Unverified (U, §1.5, §5 decision 2): refused by the default option, not by a known rule.
      errors.push(
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
      errors.push(
        issue(
          'rule_violation',
          [i, 'parent'],
          `Đơn vị [${i}]: ${kindVi(p.kind)} [${pIndex}] không được trực tiếp quản lý ${kindVi(u.kind)}${anyDate ? ` vào ngày ${dateVi}` : ''}.`,
          `Unit [${i}]: a ${kindEn(p.kind)} [${pIndex}] may not directly contain a ${kindEn(u.kind)}${anyDate ? ` on ${dateEn}` : ''}.`,
          anyDate?.source ?? UNIT_KIND_INFO[u.kind].sources[0],
        ),
      );
    } else if (applicable.approvalRequired) {
      warnings.push({
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
    let list2 = children.get(u.parent);
    if (!list2) {
      list2 = [];
      children.set(u.parent, list2);
    }
    list2.push(u.code);
  }
  if (roots.length === 0 && included.length > 0) {
    errors.push(issue('inconsistent', [], 'Cây đơn vị không có đơn vị gốc (đơn vị không có cấp trên).', 'The unit tree has no root (a unit without parent).'));
  }
  if (included.length === 0) {
    errors.push(issue('too_small', [], `Không có đơn vị nào có hiệu lực vào ngày ${dateVi}.`, `No unit is in force on ${dateEn}.`));
  }
  for (const r of roots.slice(1)) {
    const u = list[r] as ParsedUnit;
    errors.push(
      issue(
        'inconsistent',
        [r, 'parent'],
        `Đơn vị [${r}] không có cấp trên, trong khi đơn vị [${roots[0]}] đã là đơn vị gốc: cây chỉ có một gốc.`,
        `Unit [${r}] has no parent while unit [${roots[0]}] is already the root: a tree has one root.`,
      ),
    );
  }

  // 3. Breadth-first walk from the root: depths and order; units not reached are in cycles.
  const depth = new Map<string, number>();
  const order: string[] = [];
  const rootCode = roots.length > 0 ? (list[roots[0] as number] as ParsedUnit).code : undefined;
  if (rootCode !== undefined) {
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
  }
  // Roots beyond the first are reported above; their subtrees are unreachable but not cycles.
  const otherRootSubtree = new Set<string>();
  for (const r of roots.slice(1)) {
    const stack = [(list[r] as ParsedUnit).code];
    while (stack.length > 0) {
      const code = stack.pop() as string;
      if (otherRootSubtree.has(code)) continue;
      otherRootSubtree.add(code);
      for (const c of children.get(code) ?? []) stack.push(c);
    }
  }
  // Units not reached: walk up their parent links once each (memoized), marking cycle members.
  const status = new Map<string, 'cycle' | 'other'>();
  for (const i of included) {
    const u = list[i] as ParsedUnit;
    if (depth.has(u.code) || otherRootSubtree.has(u.code) || status.has(u.code)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let code: string | undefined = u.code;
    let cycleStart = -1;
    while (code !== undefined) {
      if (status.has(code) || depth.has(code) || otherRootSubtree.has(code)) break;
      const at = onPath.get(code);
      if (at !== undefined) {
        cycleStart = at;
        break;
      }
      const idx = indexByCode.get(code);
      if (idx === undefined || !inTree.has(code) || brokenLinks.has(idx)) break;
      onPath.set(code, path.length);
      path.push(code);
      code = (list[idx] as ParsedUnit).parent;
    }
    for (let k = 0; k < path.length; k++) status.set(path[k] as string, cycleStart >= 0 && k >= cycleStart ? 'cycle' : 'other');
  }
  for (const i of included) {
    const u = list[i] as ParsedUnit;
    if (status.get(u.code) === 'cycle') {
      errors.push(
        issue('inconsistent', [i, 'parent'], `Đơn vị [${i}] nằm trong một vòng lặp quan hệ cấp trên.`, `Unit [${i}] is part of a cycle of parent links.`),
      );
    }
  }

  // 4. Charter size rules.
  for (const i of included) {
    const u = list[i] as ParsedUnit;
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
    for (const p of problems) {
      const approved = u.approvedException === true;
      const field = p.en.includes('official') ? 'officialMembers' : 'members';
      const base = issue('rule_violation', [i, field], p.vi, p.en, p.source);
      if (severity === 'error' && !approved) errors.push(base);
      else warnings.push({ ...base, unitCode: u.code, approved });
    }
  }
  applied.push({
    name: 'sizeRuleSeverity',
    value: severity,
    effect: {
      vi: severity === 'warning' ? 'Sai lệch quy mô theo Điều lệ được nêu là cảnh báo.' : 'Sai lệch quy mô theo Điều lệ (không có ngoại lệ được duyệt) là lỗi.',
      en: severity === 'warning' ? 'Charter size deviations are warnings.' : 'Charter size deviations without an approved exception are errors.',
    },
  });

  throwIssues(errors);

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
  // Every node is frozen as it is made; the small parts are deep-frozen; the whole is frozen last
  // (deepFreeze stops at frozen objects, so it would not walk the 300,000 nodes again).
  return Object.freeze({
    on,
    root: rootCode as string,
    units: Object.freeze(out),
    order: Object.freeze(order),
    excluded: Object.freeze(excluded),
    successors: Object.freeze(successors),
    warnings: deepFreeze(warnings),
    options: deepFreeze(applied),
  });
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
