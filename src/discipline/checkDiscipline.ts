/**
 * Which (subject, form, deciding body) combinations the rules rule out (discipline.md §2.1,
 * §2.2, §4.2). Sources and status:
 * - closed lists of forms: Điều lệ Điều 35 khoản 2 (Q1); QĐ 69 Điều 7 (Q2), "cách chức (nếu có chức vụ)";
 * - probationary members: "Nếu vi phạm đến mức không còn đủ tư cách đảng viên thì xóa tên" (QĐ 30 Điều 35 khoản 2, Q2);
 * - "Chi bộ quyết định khiển trách, cảnh cáo đảng viên trong chi bộ … (trừ nhiệm vụ do cấp trên giao)"
 *   (Điều lệ Điều 36 khoản 1, Q1); QĐ 296 Điều 10 mục 1.4 (Q2);
 * - "Chi ủy không thuộc tổ chức có thẩm quyền thi hành kỷ luật đảng viên" (QĐ 22 Điều 11, Q2 of a quiz);
 * - đảng ủy cơ sở and control commissions: Điều lệ Điều 36 khoản 1 and 4 (Q1; reading the lists as
 *   exhaustive is I).
 *
 * Everything else about who may impose what on whom is not verified (QĐ 22 Điều 11, QĐ 296 Điều 10
 * and QĐ 21 of 2026 were not seen; the district level was removed from 01-07-2025): it is reported
 * as `"unknown"` unless the caller injects an authority table (O-11).
 * @module
 */
import * as z from 'zod/mini';
import type { IsoDate } from '../_lib/dates.js';
import { deepFreeze } from '../_lib/freeze.js';
import { parseInput, toSafe, type SafeResult } from '../errors.js';
import { explain, NOT_AN_OFFICIAL_DECISION, type AppliedOption, type Explanation, type Reason } from '../explain/explanation.js';
import type { Label } from '../i18n/label.js';
import {
  DISCIPLINE_FORMS,
  DISCIPLINE_FORM_LABELS,
  DISCIPLINE_SUBJECT_LABELS,
  NON_DISCIPLINARY_MEASURES,
  NON_DISCIPLINARY_MEASURE_LABELS,
  type DisciplineForm,
  type DisciplineSubject,
  type NonDisciplinaryMeasure,
} from '../i18n/vocabulary.js';
import type { Citation } from '../legal/citation.js';
import {
  DECIDING_BODIES,
  DECIDING_BODY_LABELS,
  DECIDING_BODY_LEVELS,
  DECIDING_BODY_LEVEL_LABELS,
  evaluateAuthority,
  type DecidingBody,
  type DecidingBodyLevel,
  type DecidingBodyRules,
} from './decidingBodies.js';
import { formAllowedFor } from './forms.js';
import { CHARTER_DECIDING_BODIES } from './ruleSets/charter2011.js';
import { DECIDING_BODY_WRITERS, ruleOn } from './ruleSets/writers.js';
import { addRuleIssue, boundedArray, isoDateSchema, isMeasureCode, required, subjectSchema } from './schemas.js';
import { CHECK_MESSAGES as M } from './_messages.js';
import { NON_FORM_SOURCES } from './sources.js';
import * as SRC from './sources.js';

export { DECIDING_BODIES, DECIDING_BODY_LABELS, DECIDING_BODY_LEVELS, DECIDING_BODY_LEVEL_LABELS } from './decidingBodies.js';
export type { DecidingBody, DecidingBodyLevel } from './decidingBodies.js';

/**
 * A proposed discipline to check. Facts left out are not assumed: a rule that needs them is
 * reported in `unknowns`.
 * @example
 * ```ts
 * import { checkDiscipline, type DisciplineCheckInput } from 'nq4';
 * const proposal: DisciplineCheckInput = { subject: 'probationaryMember', form: 'expulsion' };
 * checkDiscipline(proposal).broken[0]?.instead?.measure; // 'removalFromRolls'
 * ```
 * @category Discipline
 */
export interface DisciplineCheckInput {
  /** Who is disciplined. */
  readonly subject: DisciplineSubject;
  /** The form proposed; a non-disciplinary measure code is accepted and reported as not a form. */
  readonly form: DisciplineForm | NonDisciplinaryMeasure;
  /** Whether the member holds a post (needed for cách chức). */
  readonly holdsPost?: boolean;
  /** The body that decides. */
  readonly decidedBy?: DecidingBody;
  /** The day of the decision (picks authority versions: no district level from 01-07-2025). */
  readonly decidedOn?: IsoDate;
  /** True when the deciding body is at district level (huyện, quận). Same as `bodyLevel: 'district'`. */
  readonly districtLevel?: boolean;
  /**
   * The level of the deciding body. An inspection commission (Điều lệ Điều 36 khoản 4: "từ cấp
   * huyện, quận và tương đương trở lên") or a standing committee (khoản 2: of provincial and district
   * committees) is confirmed only at a level the text covers, district level only before 01-07-2025;
   * without it their authority is `"unknown"`.
   */
  readonly bodyLevel?: DecidingBodyLevel;
  /** The member belongs to the deciding chi bộ. */
  readonly memberOfDecidingBranch?: boolean;
  /** The member sits on a committee from đảng ủy cơ sở upward. */
  readonly committeeMember?: boolean;
  /** The member sits on the committee of the deciding body's own level. */
  readonly committeeMemberOfSameLevel?: boolean;
  /** The member sits on the committee of the level directly below the deciding body. */
  readonly committeeMemberOfLowerLevel?: boolean;
  /** The member is a cadre managed by a higher committee. */
  readonly managedByHigherCommittee?: boolean;
  /** The member is a cadre managed by the committee of the deciding body's own level. */
  readonly managedBySameLevelCommittee?: boolean;
  /** The violation concerns a duty assigned by a higher level ("nhiệm vụ do cấp trên giao"). */
  readonly violationInDutyAssignedByHigherLevel?: boolean;
  /**
   * The violation is of political quality, ideology, ethics, lifestyle, party activity or a
   * member's duties: the grounds on which Điều lệ Điều 36 khoản 1 lets a chi bộ decide. Without
   * it a chi bộ's authority is `"unknown"`, never confirmed.
   */
  readonly violationOnBranchGrounds?: boolean;
  /** The đảng ủy cơ sở is authorised to admit members (and so to expel). */
  readonly grassrootsMayAdmit?: boolean;
}

/**
 * A row of an injectable authority table (O-11): this body may impose these forms on these
 * subjects in this period, per this source.
 * @example
 * ```ts
 * import { checkDiscipline, type AuthorityEntry } from 'nq4';
 * const row: AuthorityEntry = { body: 'standingCommittee', subjects: ['officialMember'], forms: ['warning'], from: '2024-01-01', source: { vi: 'Quy chế làm việc', en: 'Working rules' } };
 * const proposal = { subject: 'officialMember', form: 'warning', decidedBy: 'standingCommittee', decidedOn: '2024-05-01' } as const;
 * checkDiscipline(proposal).authority; // 'unknown'
 * checkDiscipline(proposal, { authorityTable: [row] }).authority; // 'confirmed'
 * ```
 * @category Discipline
 */
export interface AuthorityEntry {
  /** The deciding body. */
  readonly body: DecidingBody;
  /** The subjects covered. */
  readonly subjects: readonly DisciplineSubject[];
  /** The forms covered. */
  readonly forms: readonly DisciplineForm[];
  /** First decision day covered (inclusive). */
  readonly from?: IsoDate;
  /** Last decision day covered (inclusive). */
  readonly to?: IsoDate;
  /** Where the caller's rule comes from. */
  readonly source: Label;
}

/**
 * Options of {@link checkDiscipline}.
 * @example
 * ```ts
 * import { checkDiscipline, type CheckDisciplineOptions } from 'nq4';
 * const options: CheckDisciplineOptions = {
 *   authorityTable: [{ body: 'standingCommittee', subjects: ['officialMember'], forms: ['warning'], source: { vi: 'Quy chế làm việc', en: 'Working rules' } }],
 * };
 * checkDiscipline({ subject: 'officialMember', form: 'warning', decidedBy: 'standingCommittee' }, options).authority; // 'confirmed'
 * ```
 * @category Discipline
 */
export interface CheckDisciplineOptions {
  /** Extra authority rules (O-11): they can confirm an authority the reference does not verify, never lift a broken rule. */
  readonly authorityTable?: readonly AuthorityEntry[];
}

/**
 * @deprecated Use {@link CheckDisciplineOptions}: renamed so that a function's options are named
 * `<Function>Options` (docs/conventions.md). Will be removed in the next minor version.
 * @example
 * ```ts
 * import type { CheckDisciplineOptions, DisciplineCheckOptions } from 'nq4';
 * const options: DisciplineCheckOptions = { authorityTable: [] };
 * const same: CheckDisciplineOptions = options;
 * same.authorityTable?.length; // 0
 * ```
 * @category Discipline
 */
export type DisciplineCheckOptions = CheckDisciplineOptions;

/**
 * A rule the proposed discipline breaks.
 * @example
 * ```ts
 * import { checkDiscipline, type DisciplineRuleBreach } from 'nq4';
 * const [breach]: readonly DisciplineRuleBreach[] = checkDiscipline({ subject: 'officialMember', form: 'removalFromPost', holdsPost: false }).broken;
 * breach?.code; // 'removalWithoutPost'
 * breach?.basis; // 'regulation'
 * ```
 * @category Discipline
 */
export interface DisciplineRuleBreach {
  /** Stable code: `notADisciplinaryForm`, `formNotForSubject`, `removalWithoutPost`, `branchCommitteeNoAuthority`, … */
  readonly code: string;
  /** What is wrong, in both languages. */
  readonly text: Label;
  /** Where the rule is written. */
  readonly citations: readonly Citation[];
  /** `statute` (the Charter), `regulation` (a QĐ), or `inference` (a library reading of a quoted text). */
  readonly basis: 'statute' | 'regulation' | 'inference';
  /** The path the rules offer instead (xóa tên for a probationary member), if any. */
  readonly instead?: { readonly measure: NonDisciplinaryMeasure; readonly label: Label; readonly citation: Citation };
}

/**
 * The verdict of {@link checkDiscipline}: `allowed` (no checked rule is broken; unknowns may
 * remain, see `unknowns` and `authority`) or `broken`.
 * @example
 * ```ts
 * import { checkDiscipline, type DisciplineCheckStatus } from 'nq4';
 * const status: DisciplineCheckStatus = checkDiscipline({ subject: 'organization', form: 'removalFromPost' }).status;
 * status; // 'broken'
 * ```
 * @category Discipline
 */
export type DisciplineCheckStatus = 'allowed' | 'broken';

/**
 * The answer of {@link checkDiscipline}.
 * @example
 * ```ts
 * import { checkDiscipline, type DisciplineCheckResult } from 'nq4';
 * const r: DisciplineCheckResult = checkDiscipline({ subject: 'officialMember', form: 'warning', decidedBy: 'branchCommittee' });
 * [r.status, r.authority]; // ['broken', 'rejected']
 * ```
 * @category Discipline
 */
export interface DisciplineCheckResult {
  /** `allowed` when no checked rule is broken (unknowns may remain), `broken` otherwise. */
  readonly status: DisciplineCheckStatus;
  /**
   * True when no rule is broken (unknowns may remain): `status === 'allowed'`.
   * @deprecated Use `status`. Will be removed in the next minor.
   */
  readonly ok: boolean;
  /** Every rule broken, with its citation. */
  readonly broken: readonly DisciplineRuleBreach[];
  /** Checks that could not be made, and why (a missing fact, an unverified authority table). */
  readonly unknowns: readonly { readonly code: string; readonly text: Label }[];
  /** The deciding body's authority: confirmed, rejected, unknown, or not checked (no `decidedBy`). */
  readonly authority: 'confirmed' | 'rejected' | 'unknown' | 'notChecked';
  /** The options that changed the result (a caller's `authorityTable`, when it was read); empty when none did. */
  readonly options: readonly AppliedOption[];
  /** The explanation in both languages. */
  readonly explanation: Explanation;
}

/** `DisciplineCheckInput`, checked. @internal */
export const disciplineCheckInputSchema = /* @__PURE__ */ z.lazy(() => z.strictObject({
  subject: subjectSchema,
  form: required(z.enum([...DISCIPLINE_FORMS, ...NON_DISCIPLINARY_MEASURES])),
  holdsPost: z.optional(z.boolean()),
  decidedBy: z.optional(z.enum(DECIDING_BODIES)),
  decidedOn: z.optional(isoDateSchema),
  districtLevel: z.optional(z.boolean()),
  bodyLevel: z.optional(z.enum(DECIDING_BODY_LEVELS)),
  memberOfDecidingBranch: z.optional(z.boolean()),
  committeeMember: z.optional(z.boolean()),
  committeeMemberOfSameLevel: z.optional(z.boolean()),
  committeeMemberOfLowerLevel: z.optional(z.boolean()),
  managedByHigherCommittee: z.optional(z.boolean()),
  managedBySameLevelCommittee: z.optional(z.boolean()),
  violationInDutyAssignedByHigherLevel: z.optional(z.boolean()),
  violationOnBranchGrounds: z.optional(z.boolean()),
  grassrootsMayAdmit: z.optional(z.boolean()),
}).check(z.superRefine((v, ctx) => {
  if (v.districtLevel !== undefined && v.bodyLevel !== undefined && v.districtLevel !== (v.bodyLevel === 'district')) {
    addRuleIssue(ctx, ['bodyLevel'], {
      nq4Code: 'inconsistent',
      messageVi: M.inconsistent.vi,
      messageEn: M.inconsistent.en,
    });
  }
})));

/** The most rows an authority table may have (an input bound, not a rule of the texts). */
const MAX_AUTHORITY_ROWS = 1000;

const labelSchema = () => z.strictObject({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
/** `CheckDisciplineOptions`, checked; absent is fine. @internal */
export const disciplineCheckOptionsSchema = /* @__PURE__ */ z.lazy(() =>
  z.optional(
    z.strictObject({
      authorityTable: z.optional(
        boundedArray(
          z.strictObject({
            body: required(z.enum(DECIDING_BODIES)),
            subjects: boundedArray(subjectSchema, 100),
            forms: boundedArray(z.enum(DISCIPLINE_FORMS), 100),
            from: z.optional(isoDateSchema),
            to: z.optional(isoDateSchema),
            source: labelSchema(),
          }),
          MAX_AUTHORITY_ROWS,
        ),
      ),
    }),
  ),
);

/**
 * Check a proposed discipline against the rules the library can enforce: every rule broken is
 * returned with its citation; an authority the reference does not verify is reported as unknown,
 * not as an error.
 *
 * @example
 * ```ts
 * import { checkDiscipline } from 'nq4';
 * const r = checkDiscipline({ subject: 'officialMember', form: 'removalFromPost', holdsPost: false, decidedBy: 'branch' });
 * r.status; // 'broken'
 * r.broken.map((b) => b.code); // ['removalWithoutPost', 'branchBeyondReprimandWarning']
 * ```
 * @throws {@link Nq4Error} for unknown codes, bad dates or unknown fields (not for broken rules).
 * @category Discipline
 */
export function checkDiscipline(input: DisciplineCheckInput, options?: CheckDisciplineOptions): DisciplineCheckResult {
  const f = parseInput(disciplineCheckInputSchema, input);
  const o = parseInput(disciplineCheckOptionsSchema, options, ['options']);
  const found: Findings = { broken: [], unknowns: [], confirmations: [] };
  if (isMeasureCode(f.form)) {
    found.broken.push({
      code: 'notADisciplinaryForm',
      text: M.notADisciplinaryForm(NON_DISCIPLINARY_MEASURE_LABELS[f.form]),
      citations: [SRC.charter35, ...NON_FORM_SOURCES[f.form]],
      basis: 'statute',
    });
    return finish(f, found, 'rejected', []);
  }
  const form: DisciplineForm = f.form;
  checkForm(f, form, found);
  const table = o?.authorityTable ?? [];
  const authority = f.decidedBy === undefined ? 'notChecked' : checkAuthority(f, form, f.decidedBy, table, found);
  // The caller's table is an option that mattered when it was read (a deciding body was given).
  const applied: AppliedOption[] =
    table.length > 0 && f.decidedBy !== undefined
      ? [{ name: 'authorityTable', value: table.length, effect: M.option }]
      : [];
  return finish(f, found, authority, applied);
}

type CheckFacts = z.output<typeof disciplineCheckInputSchema>;

/** What the checks found, in the order found. */
interface Findings {
  readonly broken: DisciplineRuleBreach[];
  readonly unknowns: { code: string; text: Label }[];
  confirmations: Reason[];
}

/** The closed list of forms for the subject (Điều lệ Điều 35 khoản 2, QĐ 69 Điều 7) and cách chức's post. */
function checkForm(f: CheckFacts, form: DisciplineForm, found: Findings): void {
  if (!formAllowedFor(f.subject, form)) {
    const probationaryExpulsion = f.subject === 'probationaryMember' && form === 'expulsion';
    found.broken.push({
      code: 'formNotForSubject',
      text: M.formNotForSubject(DISCIPLINE_FORM_LABELS[form], DISCIPLINE_SUBJECT_LABELS[f.subject], probationaryExpulsion),
      citations: [SRC.charter35, f.subject === 'organization' ? SRC.qd69art7org : f.subject === 'officialMember' ? SRC.qd69art7official : SRC.qd69art7probationary],
      basis: 'statute',
      ...(probationaryExpulsion
        ? { instead: { measure: 'removalFromRolls' as const, label: NON_DISCIPLINARY_MEASURE_LABELS.removalFromRolls, citation: SRC.qd30art35probationary } }
        : {}),
    });
  }
  if (f.subject !== 'officialMember' || form !== 'removalFromPost') return;
  if (f.holdsPost === false) {
    found.broken.push({
      code: 'removalWithoutPost',
      text: M.removalWithoutPost,
      citations: [SRC.qd69art7official],
      basis: 'regulation',
    });
  } else if (f.holdsPost === undefined) {
    found.unknowns.push({
      code: 'holdsPostNotGiven',
      text: M.holdsPostNotGiven,
    });
  }
}

/**
 * The deciding body's authority: the rule set's authority table first (rules broken, authorities
 * confirmed, facts missing), then the level and the date (no district level from QĐ 294), then
 * the caller's authority table (O-11) for what the reference does not confirm.
 */
function checkAuthority(
  f: CheckFacts,
  form: DisciplineForm,
  body: DecidingBody,
  callerTable: readonly AuthorityEntry[],
  found: Findings,
): DisciplineCheckResult['authority'] {
  const rules = (f.decidedOn !== undefined ? ruleOn(DECIDING_BODY_WRITERS, 'decidingBodies', f.decidedOn) : undefined) ?? CHARTER_DECIDING_BODIES;
  const table = evaluateAuthority(rules.table, body, f.subject, form, f);
  found.broken.push(...table.broken);
  found.unknowns.push(...table.missing);
  found.confirmations.push(...table.confirmed);
  if (table.broken.length > 0) return 'rejected';
  const level = f.bodyLevel ?? (f.districtLevel === true ? 'district' : undefined);
  const districtGone = level === 'district' && !rules.districtLevel;
  if (districtGone) {
    found.confirmations = [];
    found.unknowns.push({
      code: 'districtLevelAbolished',
      text: M.districtLevelAbolished,
    });
  } else if (found.confirmations.length > 0) {
    const gap = levelGap(rules.levelsCovered, body, level, f.decidedOn);
    if (gap !== undefined) {
      found.confirmations = [];
      found.unknowns.push(gap);
    }
  }
  if (found.confirmations.length > 0) return 'confirmed';
  const entry = callerTable.find(
    (e) =>
      e.body === body &&
      e.subjects.includes(f.subject) &&
      e.forms.includes(form) &&
      (f.decidedOn === undefined ? e.from === undefined && e.to === undefined : (e.from === undefined || e.from <= f.decidedOn) && (e.to === undefined || f.decidedOn <= e.to)),
  );
  if (entry) {
    found.confirmations.push({
      code: 'authorityTable',
      text: M.authorityTable(entry.source),
      citations: [],
    });
    return 'confirmed';
  }
  if (!districtGone && !found.unknowns.some((u) => LEVEL_CODES.includes(u.code))) {
    found.unknowns.push({
      code: 'authorityUnverified',
      text: M.authorityUnverified(DECIDING_BODY_LABELS[body], DISCIPLINE_FORM_LABELS[form], DISCIPLINE_SUBJECT_LABELS[f.subject]),
    });
  }
  return 'unknown';
}

const LEVEL_CODES: readonly string[] = ['bodyLevelNotGiven', 'bodyLevelNotCovered', 'decidedOnNotGivenForDistrict', 'branchGroundsNotGiven', 'branchGroundsNotCovered'];

/** Why the cited clause does not confirm this body at this level and date, or `undefined` when it does. */
function levelGap(
  covered: DecidingBodyRules['levelsCovered'],
  body: DecidingBody,
  level: DecidingBodyLevel | undefined,
  decidedOn: IsoDate | undefined,
): { code: string; text: Label } | undefined {
  const cover = covered[body];
  if (cover === undefined) return undefined;
  const name = DECIDING_BODY_LABELS[body];
  if (level === undefined) {
    if (!cover.required) return undefined;
    return {
      code: 'bodyLevelNotGiven',
      text: M.bodyLevelNotGiven(name, cover.clause),
    };
  }
  if (!cover.levels.includes(level)) {
    return {
      code: 'bodyLevelNotCovered',
      text: M.bodyLevelNotCovered(name, cover.clause, DECIDING_BODY_LEVEL_LABELS[level]),
    };
  }
  if (level === 'district' && decidedOn === undefined) {
    return {
      code: 'decidedOnNotGivenForDistrict',
      text: M.decidedOnNotGivenForDistrict,
    };
  }
  return undefined;
}

function finish(f: CheckFacts, { broken, unknowns, confirmations }: Findings, authority: DisciplineCheckResult['authority'], options: readonly AppliedOption[]): DisciplineCheckResult {
  const ok = broken.length === 0;
  const formLabel = isMeasureCode(f.form) ? NON_DISCIPLINARY_MEASURE_LABELS[f.form] : DISCIPLINE_FORM_LABELS[f.form];
  const outcome = ok
    ? unknowns.length === 0
      ? { code: 'ok', label: M.ok }
      : { code: 'okWithUnknowns', label: M.okWithUnknowns }
    : { code: 'broken', label: M.broken(broken.length) };
  const reasons: Reason[] = [
    {
      code: 'proposal',
      text: M.proposal(formLabel, DISCIPLINE_SUBJECT_LABELS[f.subject], f.decidedBy ? DECIDING_BODY_LABELS[f.decidedBy] : undefined),
      citations: [],
    },
    ...confirmations,
    ...unknowns.map((u) => ({ code: u.code, text: u.text, citations: [] })),
  ];
  const explanation = explain({
    outcome,
    reasons,
    blockedBy: broken.map((b) => ({ code: b.code, text: b.text, citations: b.instead ? [...b.citations, b.instead.citation] : b.citations })),
    blockedByHeading: M.heading,
    options,
    caveats: [M.caveat, NOT_AN_OFFICIAL_DECISION],
  });
  return deepFreeze({ status: ok ? 'allowed' : 'broken', ok, broken, unknowns, authority, options, explanation });
}

/**
 * {@link checkDiscipline} returning a {@link SafeResult} instead of throwing on bad input.
 *
 * @example
 * ```ts
 * import { safeCheckDiscipline } from 'nq4';
 * safeCheckDiscipline({ subject: 'officialMember', form: 'reprimand', decidedOn: '2024-02-30' }).success; // false
 * ```
 * @category Discipline
 */
export function safeCheckDiscipline(input: DisciplineCheckInput, options?: CheckDisciplineOptions): SafeResult<DisciplineCheckResult> {
  return toSafe(() => checkDiscipline(input, options));
}
