/**
 * The unit hierarchy of the Party as data: the kinds of party organization, when each kind
 * exists, and which kind may directly contain which, before and after the reform of 01-07-2025.
 *
 * Encoded from `hierarchy-review-reports.md`:
 * - §1.2 (P): "hệ thống tổ chức của Đảng được lập tương ứng với hệ thống tổ chức hành chính của
 *   Nhà nước" — Trung ương; tỉnh (and đảng bộ trực thuộc Trung ương); huyện "và tương đương" =
 *   "cấp trên trực tiếp của tổ chức cơ sở đảng"; đảng bộ cơ sở / chi bộ cơ sở; đảng bộ bộ phận;
 *   chi bộ trực thuộc; tổ đảng (QĐ 24-QĐ/TW 2021, paraphrased; HD 25-HD/BTCTW quoted for the
 *   kinds below the district level);
 * - §1.3 (Q/P): Điều 21 khoản 2–3 and Điều 24 khoản 1 of the 2011 Charter;
 * - §1.5 (P): QĐ 294-QĐ/TW, in force 01-07-2025: "hệ thống tổ chức của Đảng không còn cấp
 *   huyện"; in the pilot the đảng bộ xã, phường (đặc khu) "là đảng bộ cấp trên trực tiếp của tổ
 *   chức cơ sở đảng"; for a đặc khu the provincial committee decides whether it is cấp trên trực
 *   tiếp or a TCCSĐ, with the written agreement of the BTCTW — so a TCCSĐ directly under the tỉnh
 *   is allowed from 01-07-2025 as an approval-required containment.
 *
 * Unverified (U) and therefore an option, not a rule: whether chi bộ thôn / tổ dân phố under a
 * post-2025 đảng bộ xã are chi bộ cơ sở or chi bộ trực thuộc (§1.5, §5 decision 2).
 * @module
 */
import type { IsoDate } from '../_lib/dates.js';
import { deepFreeze } from '../_lib/freeze.js';
import type { Label } from '../i18n/label.js';
import { cite, type Citation } from '../legal/citation.js';
import { CHARTER_2011, HD25_OF_2023, QD24_OF_2021, QD294_OF_2025 } from '../legal/documents.js';

/**
 * The kinds of unit in the hierarchy (hierarchy-review-reports.md §5 decision 2):
 * - `central` Trung ương (Ban Chấp hành Trung ương);
 * - `province` đảng bộ tỉnh, thành phố trực thuộc Trung ương;
 * - `centralDirect` đảng bộ trực thuộc Trung ương (non-territorial, e.g. Đảng bộ Chính phủ);
 * - `district` đảng bộ huyện, quận, thị xã, thành phố thuộc tỉnh (cấp trên trực tiếp của cơ sở), until 30-06-2025;
 * - `commune` đảng bộ xã, phường, đặc khu as cấp trên trực tiếp của cơ sở, from 01-07-2025 (QĐ 294 pilot);
 * - `aboveGrassroots` other đảng ủy cấp trên trực tiếp của cơ sở (đảng bộ khối, đảng ủy được giao quyền cấp trên cơ sở);
 * - `grassrootsCommittee` đảng bộ cơ sở; `grassrootsBranch` chi bộ cơ sở (together: TCCSĐ);
 * - `subCommittee` đảng bộ bộ phận; `directBranch` chi bộ trực thuộc; `partyCell` tổ đảng (not rated).
 * @example
 * ```ts
 * import { UNIT_KINDS } from 'nq4';
 * UNIT_KINDS.includes('directBranch'); // true
 * ```
 * @category Report
 */
export const UNIT_KINDS = [
  'central',
  'province',
  'centralDirect',
  'district',
  'commune',
  'aboveGrassroots',
  'grassrootsCommittee',
  'grassrootsBranch',
  'subCommittee',
  'directBranch',
  'partyCell',
] as const;

/**
 * A unit kind code.
 * @category Report
 */
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * A unit kind as data: its labels, the days it exists, whether it is a TCCSĐ, and its sources.
 * @category Report
 */
export interface UnitKindInfo {
  /** The kind code. */
  readonly kind: UnitKind;
  /** Name in both languages. */
  readonly label: Label;
  /** First day the kind exists (absent: since before the period nq4 covers). */
  readonly validFrom?: IsoDate;
  /** Last day the kind exists (absent: still exists). */
  readonly validTo?: IsoDate;
  /** True for tổ chức cơ sở đảng (đảng bộ cơ sở, chi bộ cơ sở). */
  readonly grassroots: boolean;
  /** True when the kind is rated as an organization (tổ đảng is not). */
  readonly rated: boolean;
  /** Where the reference finds the kind. */
  readonly sources: readonly Citation[];
}

/**
 * One containment rule: a parent kind may directly contain a child kind during a period.
 * `approvalRequired` marks arrangements the reference allows only as an approved exception (Charter size
 * exceptions, §1.3; a đặc khu made a TCCSĐ under the tỉnh, QĐ 294, §1.5).
 * @category Report
 */
export interface ContainmentRule {
  /** The containing kind. */
  readonly parent: UnitKind;
  /** The contained kind. */
  readonly child: UnitKind;
  /** First day the rule applies (absent: always before). */
  readonly validFrom?: IsoDate;
  /** Last day the rule applies (absent: still applies). */
  readonly validTo?: IsoDate;
  /** True when the arrangement needs the written approval of the higher committee. */
  readonly approvalRequired?: boolean;
  /** The legal source. */
  readonly source: Citation;
}

/**
 * The day the district level ends and đảng bộ xã become cấp trên trực tiếp của cơ sở (QĐ 294-QĐ/TW).
 * @example
 * ```ts
 * import { REFORM_2025_DATE } from 'nq4';
 * REFORM_2025_DATE; // '2025-07-01'
 * ```
 * @category Report
 */
export const REFORM_2025_DATE: IsoDate = '2025-07-01';
const LAST_DISTRICT_DAY: IsoDate = '2025-06-30';

/**
 * The sources of the hierarchy. The tables below are built by calls, so they are built inside
 * functions marked pure: a bundle that never reads a table drops it and these sources.
 */
function buildSources() {
  return { ...charterSources(), ...hierarchySources() } as const;
}

/** The Party Charter's articles on the organization of the party (Điều 21, 24) and HD 25's list of levels. */
function charterSources() {
  const CHARTER = CHARTER_2011;
  return {
    belowDistrict: cite(
      HD25_OF_2023,
      {
        quoteVi:
          'ban thường vụ đảng ủy cơ sở, nơi không có ban thường vụ thì kiểm điểm đảng ủy cơ sở; đảng ủy bộ phận; chi ủy cơ sở; chi ủy trực thuộc đảng ủy cơ sở; chi bộ trực thuộc đảng ủy bộ phận',
      },
      'quoted',
    ),
    art21k1: cite(CHARTER, { article: 21, clause: 1 }, 'paraphrased'),
    art21k2: cite(
      CHARTER,
      {
        article: 21,
        clause: 2,
        quoteVi:
          'Ở xã, phường, thị trấn có từ ba đảng viên chính thức trở lên, lập tổ chức cơ sở đảng (trực thuộc cấp uỷ cấp huyện). Ở cơ quan, doanh nghiệp, hợp tác xã, đơn vị sự nghiệp, đơn vị quân đội, công an và các đơn vị khác có từ ba đảng viên chính thức trở lên, lập tổ chức đảng (tổ chức cơ sở đảng hoặc chi bộ trực thuộc đảng uỷ cơ sở); cấp uỷ cấp trên trực tiếp xem xét, quyết định việc tổ chức đảng đó trực thuộc cấp uỷ cấp trên nào cho phù hợp',
      },
      'quoted',
    ),
    art21k3: cite(
      CHARTER,
      {
        article: 21,
        clause: 3,
        note: {
          vi: 'Dưới 30 đảng viên: chi bộ cơ sở; từ 30 đảng viên trở lên: đảng bộ cơ sở (hierarchy-review-reports.md §1.3, diễn giải).',
          en: 'Under 30 members: chi bộ cơ sở; 30 or more: đảng bộ cơ sở (hierarchy-review-reports.md §1.3, paraphrased).',
        },
      },
      'paraphrased',
    ),
    /**
     * The approval exceptions (đảng bộ cơ sở under 30, chi bộ trực thuộc over 30, đảng bộ bộ phận):
     * known only from a Q&A page ([H2]) that attributes them to the Charter; no article or clause
     * is given because the reference never saw the Charter's wording.
     */
    sizeExceptions: cite(
      CHARTER,
      {
        note: {
          vi: 'Các trường hợp ngoại lệ (đảng bộ cơ sở dưới 30 đảng viên, chi bộ trực thuộc trên 30 đảng viên, đảng bộ bộ phận) "phải có ý kiến đồng ý bằng văn bản của tổ chức đảng cấp trên có thẩm quyền", theo một trang hỏi đáp [H2] (hierarchy-review-reports.md §1.3, diễn giải); chưa thấy nguyên văn Điều lệ.',
          en: 'The exceptions (grassroots committee under 30 members, subordinate branch over 30, sub-committee) need the written agreement of the competent higher organization, per a Q&A page [H2] (hierarchy-review-reports.md §1.3, paraphrased); exact Charter wording not seen.',
        },
      },
      'paraphrased',
    ),
    art24k1: cite(
      CHARTER,
      {
        article: 24,
        clause: 1,
        quoteVi:
          'Chi bộ trực thuộc đảng uỷ cơ sở được tổ chức theo nơi làm việc hoặc nơi ở của đảng viên; mỗi chi bộ ít nhất có 3 đảng viên chính thức. Chi bộ đông đảng viên có thể chia thành nhiều tổ đảng',
      },
      'quoted',
    ),
  } as const;
}

/** The levels of the hierarchy (QĐ 24-QĐ/TW 2021) and the reform of 1 July 2025 (QĐ 294-QĐ/TW). */
function hierarchySources() {
  const QD24_2021 = QD24_OF_2021;
  return {
    levels: cite(QD24_2021, { note: { vi: 'hierarchy-review-reports.md §1.2', en: 'hierarchy-review-reports.md §1.2' } }, 'paraphrased'),
    qd294: cite(
      QD294_OF_2025,
      {
        effectiveFrom: REFORM_2025_DATE,
        note: {
          vi: 'Hệ thống tổ chức của Đảng không còn cấp huyện; thí điểm đảng bộ xã, phường là đảng bộ cấp trên trực tiếp của tổ chức cơ sở đảng (hierarchy-review-reports.md §1.5, diễn giải).',
          en: 'No district level any more; pilot: đảng bộ xã, phường are the direct superior of grassroots organizations (hierarchy-review-reports.md §1.5, paraphrased).',
        },
      },
      'paraphrased',
    ),
    qd294SpecialZone: cite(
      QD294_OF_2025,
      {
        effectiveFrom: REFORM_2025_DATE,
        note: {
          vi: 'Đối với đặc khu, tỉnh ủy, thành ủy quyết định đặc khu là đảng bộ cấp trên trực tiếp của tổ chức cơ sở đảng hay là tổ chức cơ sở đảng, sau khi có ý kiến đồng ý bằng văn bản của Ban Tổ chức Trung ương (hierarchy-review-reports.md §1.5, diễn giải).',
          en: 'For a special zone (đặc khu) the provincial committee decides whether it is the direct superior of grassroots organizations or itself a grassroots organization, with the written agreement of the Central Organization Commission (hierarchy-review-reports.md §1.5, paraphrased).',
        },
      },
      'paraphrased',
    ),
    centralDirect: cite(
      QD24_2021,
      {
        note: {
          vi: 'Đảng bộ trực thuộc Trung ương (ví dụ bốn đảng bộ lập ngày 3-2-2025), hierarchy-review-reports.md §1.2, §1.4.',
          en: 'Party organizations directly under the Central Committee (e.g. the four set up on 3-2-2025), hierarchy-review-reports.md §1.2, §1.4.',
        },
      },
      'paraphrased',
    ),
  } as const;
}
let sources: ReturnType<typeof buildSources> | undefined;
/** The sources, built once on first use. */
const src = (): ReturnType<typeof buildSources> => (sources ??= buildSources());

/** The name of each unit kind, as the hierarchy names it (a vocabulary, not a message). */
const UNIT_KIND_LABELS: Readonly<Record<UnitKind, Label>> = {
  central: { vi: 'Trung ương', en: 'Central level' },
  province: { vi: 'đảng bộ tỉnh, thành phố trực thuộc Trung ương', en: 'provincial party organization' },
  centralDirect: { vi: 'đảng bộ trực thuộc Trung ương', en: 'party organization directly under the Central Committee' },
  district: { vi: 'đảng bộ huyện, quận, thị xã, thành phố thuộc tỉnh', en: 'district party organization' },
  commune: { vi: 'đảng bộ xã, phường, đặc khu', en: 'commune/ward/special-zone party organization' },
  aboveGrassroots: { vi: 'đảng ủy cấp trên trực tiếp của tổ chức cơ sở đảng', en: 'other direct superior of grassroots organizations' },
  grassrootsCommittee: { vi: 'đảng bộ cơ sở', en: 'grassroots party committee' },
  grassrootsBranch: { vi: 'chi bộ cơ sở', en: 'grassroots party branch' },
  subCommittee: { vi: 'đảng bộ bộ phận', en: 'party sub-committee' },
  directBranch: { vi: 'chi bộ trực thuộc', en: 'subordinate party branch' },
  partyCell: { vi: 'tổ đảng', en: 'party cell' },
};

const kindInfo = (
  kind: UnitKind,
  sources: readonly Citation[],
  extra: { grassroots?: boolean; rated?: boolean; validFrom?: IsoDate; validTo?: IsoDate } = {},
): UnitKindInfo => ({
  kind,
  label: UNIT_KIND_LABELS[kind],
  grassroots: extra.grassroots ?? false,
  rated: extra.rated ?? true,
  ...(extra.validFrom ? { validFrom: extra.validFrom } : {}),
  ...(extra.validTo ? { validTo: extra.validTo } : {}),
  sources,
});

/**
 * Every unit kind with its labels, validity and sources, deeply frozen.
 *
 * @example
 * ```ts
 * import { UNIT_KIND_INFO } from 'nq4';
 * UNIT_KIND_INFO.district.validTo; // '2025-06-30'
 * UNIT_KIND_INFO.grassrootsBranch.grassroots; // true
 * ```
 * @category Report
 */
export const UNIT_KIND_INFO: Readonly<Record<UnitKind, UnitKindInfo>> = /* @__PURE__ */ buildKindInfo();

function buildKindInfo(): Readonly<Record<UnitKind, UnitKindInfo>> {
  const s = src();
  return deepFreeze({
    central: kindInfo('central', [s.levels]),
    province: kindInfo('province', [s.levels]),
    centralDirect: kindInfo('centralDirect', [s.centralDirect]),
    district: kindInfo('district', [s.levels, s.art21k2], { validTo: LAST_DISTRICT_DAY }),
    commune: kindInfo('commune', [s.qd294], { validFrom: REFORM_2025_DATE }),
    aboveGrassroots: kindInfo('aboveGrassroots', [s.levels]),
    grassrootsCommittee: kindInfo('grassrootsCommittee', [s.art21k1, s.art21k3], { grassroots: true }),
    grassrootsBranch: kindInfo('grassrootsBranch', [s.art21k1, s.art21k3], { grassroots: true }),
    subCommittee: kindInfo('subCommittee', [s.belowDistrict]),
    directBranch: kindInfo('directBranch', [s.art24k1, s.belowDistrict]),
    partyCell: kindInfo('partyCell', [s.art24k1], { rated: false }),
  });
}

const rule = (parent: UnitKind, child: UnitKind, source: Citation, extra: Partial<Omit<ContainmentRule, 'parent' | 'child' | 'source'>> = {}): ContainmentRule => ({
  parent,
  child,
  source,
  ...extra,
});

/**
 * Which kind may directly contain which, and when (hierarchy-review-reports.md §1.2–§1.5).
 * A caller can add rules (`buildUnitTree` option `additionalContainment`) for local arrangements
 * the reference does not list; those are reported as options used.
 *
 * @example
 * ```ts
 * import { CONTAINMENT_RULES } from 'nq4';
 * CONTAINMENT_RULES.some((r) => r.parent === 'commune' && r.child === 'grassrootsBranch'); // true
 * ```
 * @category Report
 */
export const CONTAINMENT_RULES: readonly ContainmentRule[] = /* @__PURE__ */ buildContainmentRules();

function buildContainmentRules(): readonly ContainmentRule[] {
  const s = src();
  return deepFreeze([
    rule('central', 'province', s.levels),
    rule('central', 'centralDirect', s.centralDirect),
    rule('province', 'district', s.levels, { validTo: LAST_DISTRICT_DAY }),
    rule('province', 'commune', s.qd294, { validFrom: REFORM_2025_DATE }),
    rule('province', 'aboveGrassroots', s.levels),
    // A đặc khu the provincial committee made a TCCSĐ (QĐ 294, P): approved exception only.
    rule('province', 'grassrootsCommittee', s.qd294SpecialZone, { validFrom: REFORM_2025_DATE, approvalRequired: true }),
    rule('province', 'grassrootsBranch', s.qd294SpecialZone, { validFrom: REFORM_2025_DATE, approvalRequired: true }),
    rule('centralDirect', 'aboveGrassroots', s.centralDirect),
    rule('district', 'grassrootsCommittee', s.art21k2, { validTo: LAST_DISTRICT_DAY }),
    rule('district', 'grassrootsBranch', s.art21k2, { validTo: LAST_DISTRICT_DAY }),
    rule('commune', 'grassrootsCommittee', s.qd294, { validFrom: REFORM_2025_DATE }),
    rule('commune', 'grassrootsBranch', s.qd294, { validFrom: REFORM_2025_DATE }),
    rule('aboveGrassroots', 'grassrootsCommittee', s.art21k2),
    rule('aboveGrassroots', 'grassrootsBranch', s.art21k2),
    rule('centralDirect', 'grassrootsCommittee', s.art21k2),
    rule('centralDirect', 'grassrootsBranch', s.art21k2),
    rule('grassrootsCommittee', 'subCommittee', s.sizeExceptions, { approvalRequired: true }),
    rule('grassrootsCommittee', 'directBranch', s.art24k1),
    rule('subCommittee', 'directBranch', s.belowDistrict),
    rule('grassrootsBranch', 'partyCell', s.art24k1),
    rule('directBranch', 'partyCell', s.art24k1),
  ]);
}

/** The rule that lets a đảng bộ xã contain chi bộ trực thuộc, used only when the caller opts in (U). @internal */
export const COMMUNE_DIRECT_BRANCH_RULE: ContainmentRule = /* @__PURE__ */ buildCommuneDirectBranchRule();

function buildCommuneDirectBranchRule(): ContainmentRule {
  return deepFreeze(rule('commune', 'directBranch', src().qd294, { validFrom: REFORM_2025_DATE }));
}

/**
 * The Charter size thresholds (hierarchy-review-reports.md §1.3, §5 decision 3), each with its
 * source. Deviations are warnings unless the unit carries an approved exception.
 * @example
 * ```ts
 * import { UNIT_SIZE_RULES } from 'nq4';
 * UNIT_SIZE_RULES.directBranchMax.value; // 30
 * ```
 * @category Report
 */
export const UNIT_SIZE_RULES = /* @__PURE__ */ buildSizeRules();

function buildSizeRules() {
  const s = src();
  return deepFreeze({
    /** Từ 30 đảng viên trở lên: đảng bộ cơ sở; dưới 30: chi bộ cơ sở (Điều 21 khoản 3, P). */
    grassrootsCommitteeMin: { value: 30, source: s.art21k3 },
    /**
     * Chi bộ trực thuộc with more than 30 members is an exception needing approval (§1.3, P from a
     * Q&A page [H2]; exact Charter wording not seen, so the source carries no article).
     */
    directBranchMax: { value: 30, source: s.sizeExceptions },
    /** At least 3 official members to form a TCCSĐ or a chi bộ (Điều 21 khoản 2, Điều 24 khoản 1, Q). */
    minOfficialMembers: { value: 3, source: s.art24k1 },
    /** The source for the TCCSĐ minimum of three official members. */
    minOfficialMembersGrassrootsSource: s.art21k2,
  });
}

/** True when `date` lies in [from, to]. @internal */
export function withinValidity(date: IsoDate, from: IsoDate | undefined, to: IsoDate | undefined): boolean {
  return (from === undefined || from <= date) && (to === undefined || date <= to);
}
