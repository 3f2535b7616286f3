/**
 * Who may decide which discipline on whom (discipline.md §4.2), as a cited table read by one
 * small evaluator. Sources and status:
 * - "Chi bộ quyết định khiển trách, cảnh cáo đảng viên trong chi bộ … (trừ nhiệm vụ do cấp trên giao)"
 *   (Điều lệ Điều 36 khoản 1, Q1); QĐ 296 Điều 10 mục 1.4 (Q2);
 * - "Chi ủy không thuộc tổ chức có thẩm quyền thi hành kỷ luật đảng viên" (QĐ 22 Điều 11, Q2 of a quiz);
 * - đảng ủy cơ sở and control commissions: Điều lệ Điều 36 khoản 1 and 4 (Q1; reading the lists as
 *   exhaustive is I); committees: khoản 2; the Central Committee, Politburo, Secretariat: khoản 3.
 *
 * Each row names the bodies it is about, the facts it needs (`all`: every fact has the value;
 * `any`: one of them has it; `none`: none has it; `null` is "not given") and what follows: a rule
 * broken, an authority confirmed, or a fact missing. Once a body has broken a rule, its later
 * confirmations and missing facts are not read; a row marked `stop` ends the body's rows.
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Label } from '../i18n/label.js';
import { DISCIPLINE_FORM_LABELS, type DisciplineForm, type DisciplineSubject } from '../i18n/vocabulary.js';
import type { Citation } from '../legal/citation.js';
import * as SRC from './sources.js';
import { DECIDING_BODY_MESSAGES as M, LEVEL_CLAUSE_MESSAGES } from './_messages.js';

/**
 * Bodies that may appear as the decider of a discipline.
 * - `branch` chi bộ; `branchCommittee` chi ủy; `grassrootsCommittee` đảng ủy cơ sở;
 * - `provincialOrDistrictCommittee` cấp ủy tỉnh, thành, huyện, quận và tương đương;
 * - `standingCommittee` ban thường vụ cấp ủy; `inspectionCommission` ủy ban kiểm tra;
 * - `centralCommittee` Ban Chấp hành Trung ương; `politburoOrSecretariat` Bộ Chính trị, Ban Bí thư.
 * @example
 * ```ts
 * import { DECIDING_BODIES } from 'nq4';
 * DECIDING_BODIES[0]; // 'branch'
 * ```
 * @category Discipline
 */
export const DECIDING_BODIES = [
  'branch',
  'branchCommittee',
  'grassrootsCommittee',
  'provincialOrDistrictCommittee',
  'standingCommittee',
  'inspectionCommission',
  'centralCommittee',
  'politburoOrSecretariat',
] as const;

/**
 * A deciding body code.
 * @example
 * ```ts
 * import { DECIDING_BODY_LABELS, type DecidingBody } from 'nq4';
 * const body: DecidingBody = 'branchCommittee';
 * DECIDING_BODY_LABELS[body].vi; // 'chi ủy'
 * ```
 * @category Discipline
 */
export type DecidingBody = (typeof DECIDING_BODIES)[number];

/**
 * Labels of the deciding bodies.
 * @example
 * ```ts
 * import { DECIDING_BODY_LABELS } from 'nq4';
 * DECIDING_BODY_LABELS.branch.vi; // 'chi bộ'
 * ```
 * @category Discipline
 */
export const DECIDING_BODY_LABELS: Readonly<Record<DecidingBody, Label>> = /* @__PURE__ */ deepFreeze({
  branch: { vi: 'chi bộ', en: 'party branch (chi bộ)' },
  branchCommittee: { vi: 'chi ủy', en: 'branch committee (chi ủy)' },
  grassrootsCommittee: { vi: 'đảng ủy cơ sở', en: 'grassroots party committee' },
  provincialOrDistrictCommittee: { vi: 'cấp ủy tỉnh, thành, huyện, quận và tương đương', en: 'provincial or district party committee' },
  standingCommittee: { vi: 'ban thường vụ cấp ủy', en: 'standing committee' },
  inspectionCommission: { vi: 'ủy ban kiểm tra', en: 'inspection commission' },
  centralCommittee: { vi: 'Ban Chấp hành Trung ương', en: 'the Central Committee' },
  politburoOrSecretariat: { vi: 'Bộ Chính trị, Ban Bí thư', en: 'the Politburo or the Secretariat' },
});

/**
 * Levels a deciding body can sit at: `grassroots` (cơ sở), `district` (huyện, quận và tương đương;
 * abolished from 01-07-2025), `province` (tỉnh, thành và tương đương), `central` (Trung ương).
 * @example
 * ```ts
 * import { DECIDING_BODY_LEVELS } from 'nq4';
 * DECIDING_BODY_LEVELS[1]; // 'district'
 * ```
 * @category Discipline
 */
export const DECIDING_BODY_LEVELS = ['grassroots', 'district', 'province', 'central'] as const;

/**
 * A deciding body level code.
 * @example
 * ```ts
 * import { DECIDING_BODY_LEVEL_LABELS, type DecidingBodyLevel } from 'nq4';
 * const level: DecidingBodyLevel = 'province';
 * DECIDING_BODY_LEVEL_LABELS[level].en; // 'provincial level'
 * ```
 * @category Discipline
 */
export type DecidingBodyLevel = (typeof DECIDING_BODY_LEVELS)[number];

/**
 * Labels of the deciding body levels.
 * @example
 * ```ts
 * import { DECIDING_BODY_LEVEL_LABELS } from 'nq4';
 * DECIDING_BODY_LEVEL_LABELS.district.vi; // 'cấp huyện'
 * ```
 * @category Discipline
 */
export const DECIDING_BODY_LEVEL_LABELS: Readonly<Record<DecidingBodyLevel, Label>> = /* @__PURE__ */ deepFreeze({
  grassroots: { vi: 'cấp cơ sở', en: 'grassroots level' },
  district: { vi: 'cấp huyện', en: 'district level' },
  province: { vi: 'cấp tỉnh', en: 'provincial level' },
  central: { vi: 'cấp Trung ương', en: 'central level' },
});

/**
 * The facts about the member a row of the authority table may read.
 * @example
 * ```ts
 * import { disciplineRuleSets, type AuthorityFact } from 'nq4';
 * const row = disciplineRuleSets.forDate('2024-01-01').decidingBodies.table.find((r) => r.code === 'branchMayDecide');
 * const needed = Object.keys(row?.all ?? {}) as AuthorityFact[];
 * needed; // ['memberOfDecidingBranch', 'violationInDutyAssignedByHigherLevel', 'violationOnBranchGrounds']
 * ```
 * @category Discipline
 */
export type AuthorityFact =
  | 'memberOfDecidingBranch'
  | 'committeeMember'
  | 'committeeMemberOfSameLevel'
  | 'committeeMemberOfLowerLevel'
  | 'managedByHigherCommittee'
  | 'managedBySameLevelCommittee'
  | 'violationInDutyAssignedByHigherLevel'
  | 'violationOnBranchGrounds'
  | 'grassrootsMayAdmit';

/**
 * Fact values a row of the authority table asks for; `null` is "not given".
 * @example
 * ```ts
 * import { disciplineRuleSets, type AuthorityFacts } from 'nq4';
 * const row = disciplineRuleSets.forDate('2024-01-01').decidingBodies.table.find((r) => r.code === 'branchMayDecide');
 * const facts: AuthorityFacts = row?.all ?? {};
 * facts; // { memberOfDecidingBranch: true, violationInDutyAssignedByHigherLevel: false, violationOnBranchGrounds: true }
 * ```
 * @category Discipline
 */
export type AuthorityFacts = { readonly [K in AuthorityFact]?: boolean | null };

/**
 * One row of the authority table. `text` may name the form as `{form}` and the body as `{body}`.
 * @example
 * ```ts
 * import { disciplineRuleSets, type AuthorityRule } from 'nq4';
 * const table: readonly AuthorityRule[] = disciplineRuleSets.forDate('2024-01-01').decidingBodies.table;
 * const rule = table.find((r) => r.code === 'branchCommitteeNoAuthority');
 * rule?.kind; // 'broken'
 * rule?.bodies; // ['branchCommittee']
 * ```
 * @category Discipline
 */
export interface AuthorityRule {
  /** The bodies the row is about. */
  readonly bodies: readonly DecidingBody[];
  /** What follows when the row applies. */
  readonly kind: 'broken' | 'confirmed' | 'missing';
  /** Stable code of the breach, confirmation or missing fact. */
  readonly code: string;
  /** What the row says, in both languages. */
  readonly text: Label;
  /** Where the rule is written (none for a missing fact). */
  readonly citations: readonly Citation[];
  /** For a broken rule: `statute`, `regulation` or `inference`. */
  readonly basis?: 'statute' | 'regulation' | 'inference';
  /** Only for these subjects. */
  readonly subjects?: readonly DisciplineSubject[];
  /** Only for these forms. */
  readonly forms?: readonly DisciplineForm[];
  /** Not for these forms. */
  readonly notForms?: readonly DisciplineForm[];
  /** Every fact has the value. */
  readonly all?: AuthorityFacts;
  /** At least one fact has the value. */
  readonly any?: AuthorityFacts;
  /** No fact has the value. */
  readonly none?: AuthorityFacts;
  /** The body's rows end here when this one applies. */
  readonly stop?: boolean;
}

/**
 * The levels at which a clause gives a body its authority (Điều lệ Điều 36 khoản 2 and 4).
 * @example
 * ```ts
 * import { disciplineRuleSets, type LevelCover } from 'nq4';
 * const cover: LevelCover | undefined = disciplineRuleSets.forDate('2024-01-01').decidingBodies.levelsCovered.inspectionCommission;
 * cover?.levels; // ['district', 'province', 'central']
 * cover?.required; // true
 * ```
 * @category Discipline
 */
export interface LevelCover {
  /** The levels covered. */
  readonly levels: readonly DecidingBodyLevel[];
  /** True when the level must be given to confirm the authority. */
  readonly required: boolean;
  /** The clause, in both languages. */
  readonly clause: Label;
}

/**
 * The deciding-body rules of a rule set: the authority table, the levels each clause covers, and
 * whether the district level exists.
 * @example
 * ```ts
 * import { disciplineRuleSets, type DecidingBodyRules } from 'nq4';
 * const before: DecidingBodyRules = disciplineRuleSets.forDate('2025-06-30').decidingBodies;
 * const after: DecidingBodyRules = disciplineRuleSets.forDate('2025-07-01').decidingBodies;
 * [before.districtLevel, after.districtLevel]; // [true, false]
 * ```
 * @category Discipline
 */
export interface DecidingBodyRules {
  /** The cited authority table (read by the library's evaluator). */
  readonly table: readonly AuthorityRule[];
  /** The levels at which a clause gives a body its authority. */
  readonly levelsCovered: { readonly [B in DecidingBody]?: LevelCover };
  /** False once the party has no district level (from 01-07-2025). */
  readonly districtLevel: boolean;
  /** Where the abolition of the district level is written, once it is. */
  readonly districtSource?: Citation;
}

const MILD: readonly DisciplineForm[] = ['reprimand', 'warning'];
const MEMBERS: readonly DisciplineSubject[] = ['officialMember', 'probationaryMember'];

/** A row of the authority table before its text: its code keys the text in `DECIDING_BODY_MESSAGES`. */
type AuthorityRow = Omit<AuthorityRule, 'code' | 'text'> & { readonly code: keyof typeof M };

/** The rows, each with its text (last, as the rows were always written). */
const withTexts = (rows: readonly AuthorityRow[]): AuthorityRule[] => rows.map((r) => ({ ...r, text: M[r.code] }));

/**
 * The authority table of the Party Charter 2011 Điều 36 with QĐ 22 Điều 11 and QĐ 296 Điều 10,
 * read in order for the deciding body; the text of each row is in `DECIDING_BODY_MESSAGES`
 * (`_messages.ts`), keyed by the row's code. @internal
 */
export const CHARTER_AUTHORITY_TABLE: readonly AuthorityRule[] = /* @__PURE__ */ deepFreeze(withTexts([
  // Chi ủy (QĐ 22 Điều 11).
  {
    bodies: ['branchCommittee'], kind: 'broken', code: 'branchCommitteeNoAuthority', basis: 'regulation', citations: [SRC.qd22art11branchCommittee],
  },
  // Chi bộ (Điều lệ Điều 36 khoản 1; QĐ 296 Điều 10 mục 1.4).
  {
    bodies: ['branch'], kind: 'broken', code: 'branchDisciplinesOrganization', basis: 'inference', citations: [SRC.branchOwnMembersOnly], subjects: ['organization'], stop: true,
  },
  {
    bodies: ['branch'], kind: 'broken', code: 'branchBeyondReprimandWarning', basis: 'statute', citations: [SRC.charter36c1branch], notForms: MILD,
  },
  {
    bodies: ['branch'], kind: 'broken', code: 'branchNotOwnMember', basis: 'inference', citations: [SRC.branchOwnMembersOnly], all: { memberOfDecidingBranch: false },
  },
  ...[
    { any: { committeeMember: true, managedByHigherCommittee: true }, citations: [SRC.charter36c1branch, SRC.qd296art10c14] },
    { none: { committeeMember: true, managedByHigherCommittee: true }, citations: [SRC.charter36c1branch] },
  ].map((v) => ({
    bodies: ['branch'] as const, kind: 'broken' as const, code: 'branchHigherAssignedDuty' as const, basis: 'statute' as const, all: { violationInDutyAssignedByHigherLevel: true }, ...v,
  })),
  {
    bodies: ['branch'], kind: 'missing', code: 'memberOfDecidingBranchNotGiven', citations: [], all: { memberOfDecidingBranch: null },
  },
  {
    bodies: ['branch'], kind: 'missing', code: 'dutyNotGiven', citations: [], all: { violationInDutyAssignedByHigherLevel: null },
  },
  // Điều lệ Điều 36 khoản 1 (quoted) gives the chi bộ these grounds only; whether it may decide
  // on others is not written (reading the list as exhaustive would be an inference): unknown.
  {
    bodies: ['branch'], kind: 'missing', code: 'branchGroundsNotGiven', citations: [], all: { violationOnBranchGrounds: null },
  },
  {
    bodies: ['branch'], kind: 'missing', code: 'branchGroundsNotCovered', citations: [], all: { violationOnBranchGrounds: false },
  },
  {
    bodies: ['branch'], kind: 'confirmed', code: 'branchMayDecide', citations: [SRC.charter36c1branch],
    all: { memberOfDecidingBranch: true, violationInDutyAssignedByHigherLevel: false, violationOnBranchGrounds: true },
  },
  // Đảng ủy cơ sở (Điều lệ Điều 36 khoản 1).
  {
    bodies: ['grassrootsCommittee'], kind: 'broken', code: 'grassrootsExpulsionNotAuthorised', basis: 'statute', citations: [SRC.charter36c1grassroots], subjects: MEMBERS, forms: ['expulsion'], all: { grassrootsMayAdmit: false },
  },
  {
    bodies: ['grassrootsCommittee'], kind: 'missing', code: 'grassrootsMayAdmitNotGiven', citations: [], subjects: MEMBERS, forms: ['expulsion'], all: { grassrootsMayAdmit: null },
  },
  {
    bodies: ['grassrootsCommittee'], kind: 'broken', code: 'grassrootsExpulsionOfCommitteeOrHigherCadre', basis: 'statute', citations: [SRC.charter36c1grassroots], subjects: MEMBERS, forms: ['expulsion'],
    any: { committeeMemberOfSameLevel: true, managedByHigherCommittee: true },
  },
  {
    bodies: ['grassrootsCommittee'], kind: 'confirmed', code: 'grassrootsMayExpel', citations: [SRC.charter36c1grassroots], subjects: MEMBERS, forms: ['expulsion'],
    all: { grassrootsMayAdmit: true, committeeMemberOfSameLevel: false, managedByHigherCommittee: false },
  },
  {
    bodies: ['grassrootsCommittee'], kind: 'broken', code: 'grassrootsRemovalNotLowerCommitteeMember', basis: 'inference', citations: [SRC.charter36c1grassroots], subjects: MEMBERS, forms: ['removalFromPost'],
    all: { committeeMemberOfLowerLevel: false },
  },
  {
    bodies: ['grassrootsCommittee'], kind: 'confirmed', code: 'grassrootsMayRemove', citations: [SRC.charter36c1grassroots], subjects: MEMBERS, forms: ['removalFromPost'], all: { committeeMemberOfLowerLevel: true },
  },
  {
    bodies: ['grassrootsCommittee'], kind: 'missing', code: 'lowerCommitteeNotGiven', citations: [], subjects: MEMBERS, forms: ['removalFromPost'], all: { committeeMemberOfLowerLevel: null },
  },
  {
    bodies: ['grassrootsCommittee'], kind: 'confirmed', code: 'grassrootsMayDecide', citations: [SRC.charter36c1grassroots], subjects: MEMBERS, notForms: ['expulsion', 'removalFromPost'],
  },
  // Ủy ban kiểm tra (Điều lệ Điều 36 khoản 4).
  {
    bodies: ['inspectionCommission'], kind: 'broken', code: 'inspectionSameLevelCommitteeMember', basis: 'statute', citations: [SRC.charter36c4], subjects: MEMBERS, all: { committeeMemberOfSameLevel: true }, stop: true,
  },
  {
    bodies: ['inspectionCommission'], kind: 'broken', code: 'inspectionSevereOnManagedCadre', basis: 'inference', citations: [SRC.charter36c4], subjects: MEMBERS, notForms: MILD,
    any: { managedBySameLevelCommittee: true, committeeMemberOfLowerLevel: true }, stop: true,
  },
  ...[
    { all: { committeeMemberOfSameLevel: false }, any: { managedBySameLevelCommittee: true, committeeMemberOfLowerLevel: true } },
    { all: { committeeMemberOfSameLevel: false, managedBySameLevelCommittee: false, committeeMemberOfLowerLevel: false } },
  ].map((v) => ({
    bodies: ['inspectionCommission'] as const, kind: 'confirmed' as const, code: 'inspectionMayDecide' as const, citations: [SRC.charter36c4], subjects: MEMBERS, stop: true, ...v,
  })),
  {
    bodies: ['inspectionCommission'], kind: 'missing', code: 'inspectionFactsNotGiven', citations: [], subjects: MEMBERS,
  },
  // Cấp ủy, ban thường vụ (khoản 2); Trung ương, Bộ Chính trị, Ban Bí thư (khoản 3).
  {
    bodies: ['provincialOrDistrictCommittee', 'standingCommittee'], kind: 'confirmed', code: 'committeeMayDecide', citations: [SRC.charter36c2], subjects: MEMBERS,
    all: { committeeMember: false, managedByHigherCommittee: false }, none: { committeeMemberOfSameLevel: true },
  },
  {
    bodies: ['centralCommittee', 'politburoOrSecretariat'], kind: 'confirmed', code: 'centralMayDecide', citations: [SRC.charter36c3], subjects: MEMBERS,
  },
]));

/** The levels each clause covers (Điều lệ Điều 36 khoản 2 and 4). @internal */
export const CHARTER_LEVELS_COVERED: DecidingBodyRules['levelsCovered'] = /* @__PURE__ */ deepFreeze({
  inspectionCommission: {
    levels: ['district', 'province', 'central'],
    required: true,
    clause: LEVEL_CLAUSE_MESSAGES.inspectionCommission,
  },
  standingCommittee: {
    levels: ['district', 'province'],
    required: true,
    clause: LEVEL_CLAUSE_MESSAGES.standingCommittee,
  },
  provincialOrDistrictCommittee: {
    levels: ['district', 'province'],
    required: false,
    clause: LEVEL_CLAUSE_MESSAGES.provincialOrDistrictCommittee,
  },
});

/** What the authority table says about one proposal. @internal */
export interface AuthorityFindings {
  readonly broken: { code: string; text: Label; citations: readonly Citation[]; basis: 'statute' | 'regulation' | 'inference' }[];
  readonly missing: { code: string; text: Label }[];
  readonly confirmed: { code: string; text: Label; citations: readonly Citation[] }[];
}

const matches = (facts: AuthorityFacts, want: AuthorityFacts | undefined, mode: 'all' | 'any' | 'none'): boolean => {
  if (want === undefined) return true;
  const hits = (Object.keys(want) as AuthorityFact[]).map((k) => (facts[k] ?? null) === want[k]);
  return mode === 'all' ? hits.every(Boolean) : mode === 'any' ? hits.some(Boolean) : !hits.some(Boolean);
};

/**
 * Read the authority table for a body, a subject and a form: the rules broken, the authorities
 * confirmed and the facts missing, in the table's order. @internal
 */
export function evaluateAuthority(
  table: readonly AuthorityRule[],
  body: DecidingBody,
  subject: DisciplineSubject,
  form: DisciplineForm,
  facts: AuthorityFacts,
): AuthorityFindings {
  const out: AuthorityFindings = { broken: [], missing: [], confirmed: [] };
  const fill = (t: string, lang: 'vi' | 'en') => t.replace('{form}', DISCIPLINE_FORM_LABELS[form][lang]).replace('{body}', DECIDING_BODY_LABELS[body][lang]);
  for (const row of table) {
    if (!row.bodies.includes(body) || (row.subjects && !row.subjects.includes(subject))) continue;
    if ((row.forms && !row.forms.includes(form)) || row.notForms?.includes(form)) continue;
    if (row.kind !== 'broken' && out.broken.length > 0) continue;
    if (!matches(facts, row.all, 'all') || !matches(facts, row.any, 'any') || !matches(facts, row.none, 'none')) continue;
    const text = { vi: fill(row.text.vi, 'vi'), en: fill(row.text.en, 'en') };
    if (row.kind === 'broken') out.broken.push({ code: row.code, text, citations: row.citations, basis: row.basis ?? 'inference' });
    else if (row.kind === 'confirmed') out.confirmed.push({ code: row.code, text, citations: row.citations });
    else out.missing.push({ code: row.code, text });
    if (row.stop) break;
  }
  return out;
}
