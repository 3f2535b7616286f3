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
import { explain, NOT_AN_OFFICIAL_DECISION, type Explanation, type Reason } from '../explain/explanation.js';
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
import { formAllowedFor } from './forms.js';
import { addRuleIssue, boundedArray, isoDateSchema, isMeasureCode, required, subjectSchema } from './schemas.js';
import { NON_FORM_SOURCES } from './sources.js';
import * as SRC from './sources.js';

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
 * A proposed discipline to check. Facts left out are not assumed: a rule that needs them is
 * reported in `unknowns`.
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
 * @category Discipline
 */
export interface DisciplineCheckOptions {
  /** Extra authority rules (O-11): they can confirm an authority the reference does not verify, never lift a broken rule. */
  readonly authorityTable?: readonly AuthorityEntry[];
}

/**
 * A rule the proposed discipline breaks.
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
 * The answer of {@link checkDiscipline}.
 * @category Discipline
 */
export interface DisciplineCheckResult {
  /** True when no rule is broken (unknowns may remain). */
  readonly ok: boolean;
  /** Every rule broken, with its citation. */
  readonly broken: readonly DisciplineRuleBreach[];
  /** Checks that could not be made, and why (a missing fact, an unverified authority table). */
  readonly unknowns: readonly { readonly code: string; readonly text: Label }[];
  /** The deciding body's authority: confirmed, rejected, unknown, or not checked (no `decidedBy`). */
  readonly authority: 'confirmed' | 'rejected' | 'unknown' | 'notChecked';
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
      messageVi: 'bodyLevel mâu thuẫn với districtLevel.',
      messageEn: 'bodyLevel contradicts districtLevel.',
    });
  }
})));

/** The most rows an authority table may have (an input bound, not a rule of the texts). */
const MAX_AUTHORITY_ROWS = 1000;

const labelSchema = () => z.strictObject({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
/** `DisciplineCheckOptions`, checked; absent is fine. @internal */
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

const NO_DISTRICT_FROM = '2025-07-01';
/** The grounds of Điều lệ Điều 36 khoản 1 on which a chi bộ decides. */
const GROUNDS: Label = {
  vi: 'phẩm chất chính trị, tư tưởng, đạo đức, lối sống, sinh hoạt đảng, thực hiện nhiệm vụ đảng viên',
  en: "political quality, ideology, ethics, lifestyle, party activity or a member's duties",
};
const MILD: readonly DisciplineForm[] = ['reprimand', 'warning'];

/**
 * Check a proposed discipline against the rules the library can enforce: every rule broken is
 * returned with its citation; an authority the reference does not verify is reported as unknown,
 * not as an error.
 *
 * @example
 * ```ts
 * import { checkDiscipline } from 'nq4';
 * const r = checkDiscipline({ subject: 'officialMember', form: 'removalFromPost', holdsPost: false, decidedBy: 'branch' });
 * r.ok; // false
 * r.broken.map((b) => b.code); // ['removalWithoutPost', 'branchBeyondReprimandWarning']
 * ```
 * @throws {@link Nq4Error} for unknown codes, bad dates or unknown fields (not for broken rules).
 * @category Discipline
 */
export function checkDiscipline(input: DisciplineCheckInput, options?: DisciplineCheckOptions): DisciplineCheckResult {
  const f = parseInput(disciplineCheckInputSchema, input);
  const o = parseInput(disciplineCheckOptionsSchema, options, ['options']);
  const broken: DisciplineRuleBreach[] = [];
  const unknowns: { code: string; text: Label }[] = [];
  const confirmations: Reason[] = [];
  const who = DISCIPLINE_SUBJECT_LABELS[f.subject];
  const member = f.subject !== 'organization';

  if (isMeasureCode(f.form)) {
    const m = NON_DISCIPLINARY_MEASURE_LABELS[f.form];
    broken.push({
      code: 'notADisciplinaryForm',
      text: {
        vi: `"${m.vi}" không phải là hình thức kỷ luật đảng; không ghi nhận, thống kê là kỷ luật.`,
        en: `"${m.en}" is not a party disciplinary form; it can not be recorded or counted as discipline.`,
      },
      citations: [SRC.charter35, ...NON_FORM_SOURCES[f.form]],
      basis: 'statute',
    });
    return finish(f, broken, unknowns, confirmations, 'rejected');
  }
  const form: DisciplineForm = f.form;
  const formLabel = DISCIPLINE_FORM_LABELS[form];

  if (!formAllowedFor(f.subject, form)) {
    const probationaryExpulsion = f.subject === 'probationaryMember' && form === 'expulsion';
    broken.push({
      code: 'formNotForSubject',
      text: {
        vi: `Hình thức "${formLabel.vi}" không thuộc các hình thức kỷ luật đối với ${who.vi}.${probationaryExpulsion ? ' Đảng viên dự bị vi phạm đến mức không còn đủ tư cách đảng viên thì xóa tên trong danh sách đảng viên (không phải kỷ luật).' : ''}`,
        en: `"${formLabel.en}" is not a disciplinary form for a ${who.en}.${probationaryExpulsion ? ' A probationary member no longer fit to be a member is removed from the rolls instead (xóa tên, not discipline).' : ''}`,
      },
      citations: [SRC.charter35, f.subject === 'organization' ? SRC.qd69art7org : f.subject === 'officialMember' ? SRC.qd69art7official : SRC.qd69art7probationary],
      basis: 'statute',
      ...(probationaryExpulsion
        ? { instead: { measure: 'removalFromRolls' as const, label: NON_DISCIPLINARY_MEASURE_LABELS.removalFromRolls, citation: SRC.qd30art35probationary } }
        : {}),
    });
  }

  if (f.subject === 'officialMember' && form === 'removalFromPost') {
    if (f.holdsPost === false) {
      broken.push({
        code: 'removalWithoutPost',
        text: {
          vi: 'Cách chức chỉ áp dụng đối với đảng viên có chức vụ ("cách chức (nếu có chức vụ)").',
          en: 'Removal from post applies only to a member who holds a post ("cách chức (nếu có chức vụ)").',
        },
        citations: [SRC.qd69art7official],
        basis: 'regulation',
      });
    } else if (f.holdsPost === undefined) {
      unknowns.push({
        code: 'holdsPostNotGiven',
        text: { vi: 'Chưa cho biết đảng viên có chức vụ hay không (điều kiện của cách chức).', en: 'Whether the member holds a post (required for removal from post) was not given.' },
      });
    }
  }

  let authority: DisciplineCheckResult['authority'] = 'notChecked';
  if (f.decidedBy !== undefined) {
    const body = f.decidedBy;
    const before = broken.length;
    checkAuthority(f, form, body, member, broken, unknowns, confirmations);
    const authorityBroken = broken.length > before;
    if (authorityBroken) authority = 'rejected';
    else {
      const level = f.bodyLevel ?? (f.districtLevel === true ? 'district' : undefined);
      const districtGone = level === 'district' && f.decidedOn !== undefined && f.decidedOn >= NO_DISTRICT_FROM;
      if (districtGone) {
        confirmations.length = 0;
        unknowns.push({
          code: 'districtLevelAbolished',
          text: {
            vi: 'Từ 1-7-2025 hệ thống tổ chức của Đảng không còn cấp huyện; cơ quan kế thừa thẩm quyền cấp huyện chưa được đối chiếu.',
            en: 'From 1 July 2025 there is no district level; which body took over district-level powers is not verified.',
          },
        });
      } else if (confirmations.length > 0) {
        const gap = levelGap(body, level, f.decidedOn);
        if (gap !== undefined) {
          confirmations.length = 0;
          unknowns.push(gap);
        }
      }
      const entry = (o?.authorityTable ?? []).find(
        (e) =>
          e.body === body &&
          e.subjects.includes(f.subject) &&
          e.forms.includes(form) &&
          (f.decidedOn === undefined ? e.from === undefined && e.to === undefined : (e.from === undefined || e.from <= f.decidedOn) && (e.to === undefined || f.decidedOn <= e.to)),
      );
      if (confirmations.length > 0) authority = 'confirmed';
      else if (entry) {
        authority = 'confirmed';
        confirmations.push({
          code: 'authorityTable',
          text: {
            vi: `Theo bảng thẩm quyền do người dùng cung cấp: ${entry.source.vi}.`,
            en: `Per the caller's authority table: ${entry.source.en}.`,
          },
          citations: [],
        });
      } else {
        authority = 'unknown';
        if (!districtGone && !unknowns.some((u) => LEVEL_CODES.includes(u.code))) {
          unknowns.push({
            code: 'authorityUnverified',
            text: {
              vi: `Thẩm quyền của ${DECIDING_BODY_LABELS[body].vi} quyết định ${formLabel.vi} đối với ${who.vi} trong trường hợp này chưa được đối chiếu với văn bản; có thể bổ sung bảng thẩm quyền.`,
              en: `The authority of the ${DECIDING_BODY_LABELS[body].en} to impose ${formLabel.en} on a ${who.en} here is not verified; an authorityTable may be supplied.`,
            },
          });
        }
      }
    }
  }
  return finish(f, broken, unknowns, confirmations, authority);
}

/** Levels at which the cited clause gives each body its authority (Điều lệ Điều 36 khoản 2 and 4). */
const LEVELS_COVERED: Partial<Record<DecidingBody, { readonly levels: readonly DecidingBodyLevel[]; readonly required: boolean; readonly clause: Label }>> = {
  inspectionCommission: {
    levels: ['district', 'province', 'central'],
    required: true,
    clause: { vi: 'Điều lệ Điều 36 khoản 4 ("Uỷ ban kiểm tra từ cấp huyện, quận và tương đương trở lên")', en: 'Charter Art. 36(4) (inspection commissions "from district level upward")' },
  },
  standingCommittee: {
    levels: ['district', 'province'],
    required: true,
    clause: { vi: 'Điều lệ Điều 36 khoản 2 (ban thường vụ cấp ủy tỉnh, thành, huyện, quận và tương đương)', en: 'Charter Art. 36(2) (standing committees of provincial and district committees)' },
  },
  provincialOrDistrictCommittee: {
    levels: ['district', 'province'],
    required: false,
    clause: { vi: 'Điều lệ Điều 36 khoản 2 (cấp ủy tỉnh, thành, huyện, quận và tương đương)', en: 'Charter Art. 36(2) (provincial and district committees)' },
  },
};

const LEVEL_CODES: readonly string[] = ['bodyLevelNotGiven', 'bodyLevelNotCovered', 'decidedOnNotGivenForDistrict', 'branchGroundsNotGiven', 'branchGroundsNotCovered'];

/** Why the cited clause does not confirm this body at this level and date, or `undefined` when it does. */
function levelGap(body: DecidingBody, level: DecidingBodyLevel | undefined, decidedOn: IsoDate | undefined): { code: string; text: Label } | undefined {
  const cover = LEVELS_COVERED[body];
  if (cover === undefined) return undefined;
  const name = DECIDING_BODY_LABELS[body];
  if (level === undefined) {
    if (!cover.required) return undefined;
    return {
      code: 'bodyLevelNotGiven',
      text: {
        vi: `Chưa cho biết cấp của ${name.vi} (bodyLevel); ${cover.clause.vi} chỉ quy định thẩm quyền ở một số cấp.`,
        en: `The level of the ${name.en} (bodyLevel) was not given; ${cover.clause.en} grants the authority at some levels only.`,
      },
    };
  }
  if (!cover.levels.includes(level)) {
    return {
      code: 'bodyLevelNotCovered',
      text: {
        vi: `${cover.clause.vi} không quy định thẩm quyền của ${name.vi} ${DECIDING_BODY_LEVEL_LABELS[level].vi}; thẩm quyền chưa được đối chiếu.`,
        en: `${cover.clause.en} does not cover a ${name.en} at ${DECIDING_BODY_LEVEL_LABELS[level].en}; the authority is not verified.`,
      },
    };
  }
  if (level === 'district' && decidedOn === undefined) {
    return {
      code: 'decidedOnNotGivenForDistrict',
      text: {
        vi: 'Cấp huyện chỉ còn đến trước 1-7-2025; chưa cho biết ngày quyết định (decidedOn).',
        en: 'The district level exists only before 1 July 2025; the decision date (decidedOn) was not given.',
      },
    };
  }
  return undefined;
}

function checkAuthority(
  f: z.output<typeof disciplineCheckInputSchema>,
  form: DisciplineForm,
  body: DecidingBody,
  member: boolean,
  broken: DisciplineRuleBreach[],
  unknowns: { code: string; text: Label }[],
  confirmations: Reason[],
): void {
  const formLabel = DISCIPLINE_FORM_LABELS[form];
  const missing = (code: string, vi: string, en: string) => unknowns.push({ code, text: { vi, en } });
  switch (body) {
    case 'branchCommittee':
      broken.push({
        code: 'branchCommitteeNoAuthority',
        text: {
          vi: 'Chi ủy không thuộc tổ chức có thẩm quyền thi hành kỷ luật đảng viên; chi bộ mới là nơi quyết định.',
          en: 'A branch committee (chi ủy) has no disciplinary authority; the branch (chi bộ) decides.',
        },
        citations: [SRC.qd22art11branchCommittee],
        basis: 'regulation',
      });
      return;
    case 'branch': {
      if (!member) {
        broken.push({
          code: 'branchDisciplinesOrganization',
          text: { vi: 'Chi bộ chỉ kỷ luật đảng viên trong chi bộ, không kỷ luật tổ chức đảng.', en: 'A branch disciplines its own members only, never a party organization.' },
          citations: [SRC.branchOwnMembersOnly],
          basis: 'inference',
        });
        return;
      }
      if (!MILD.includes(form)) {
        broken.push({
          code: 'branchBeyondReprimandWarning',
          text: {
            vi: `Chi bộ chỉ quyết định khiển trách, cảnh cáo; ${formLabel.vi} phải đề nghị cấp có thẩm quyền quyết định.`,
            en: `A branch may decide only reprimand or warning; ${formLabel.en} must be proposed to the competent level.`,
          },
          citations: [SRC.charter36c1branch],
          basis: 'statute',
        });
      }
      if (f.memberOfDecidingBranch === false) {
        broken.push({
          code: 'branchNotOwnMember',
          text: { vi: 'Chi bộ chỉ kỷ luật đảng viên trong chi bộ.', en: 'A branch disciplines only members of that branch.' },
          citations: [SRC.branchOwnMembersOnly],
          basis: 'inference',
        });
      }
      if (f.violationInDutyAssignedByHigherLevel === true) {
        broken.push({
          code: 'branchHigherAssignedDuty',
          text: {
            vi: 'Vi phạm khi thực hiện nhiệm vụ do cấp trên giao: chi bộ đề nghị cấp có thẩm quyền xem xét, quyết định.',
            en: 'A violation in a duty assigned by a higher level: the branch proposes, the competent level decides.',
          },
          citations: f.committeeMember === true || f.managedByHigherCommittee === true ? [SRC.charter36c1branch, SRC.qd296art10c14] : [SRC.charter36c1branch],
          basis: 'statute',
        });
      }
      if (broken.some((b) => b.code.startsWith('branch'))) return;
      if (f.memberOfDecidingBranch === undefined) missing('memberOfDecidingBranchNotGiven', 'Chưa cho biết đảng viên có sinh hoạt trong chi bộ quyết định hay không.', 'Whether the member belongs to the deciding branch was not given.');
      if (f.violationInDutyAssignedByHigherLevel === undefined) {
        missing('dutyNotGiven', 'Chưa cho biết vi phạm có thuộc nhiệm vụ do cấp trên giao hay không.', 'Whether the violation concerns a duty assigned by a higher level was not given.');
      }
      // Điều lệ Điều 36 khoản 1 (quoted) gives the chi bộ these grounds only; whether it may decide
      // on others is not written (reading the list as exhaustive would be an inference): unknown.
      if (f.violationOnBranchGrounds === undefined) {
        missing(
          'branchGroundsNotGiven',
          `Chưa cho biết vi phạm có thuộc ${GROUNDS.vi} hay không (các trường hợp chi bộ được quyết định).`,
          `Whether the violation is of ${GROUNDS.en} (the grounds on which a branch decides) was not given.`,
        );
      } else if (!f.violationOnBranchGrounds) {
        missing(
          'branchGroundsNotCovered',
          `Điều lệ giao chi bộ quyết định kỷ luật vi phạm về ${GROUNDS.vi}; với vi phạm khác, thẩm quyền của chi bộ chưa được đối chiếu.`,
          `The Charter lets a branch decide on violations of ${GROUNDS.en}; for other violations its authority is not verified.`,
        );
      }
      if (f.memberOfDecidingBranch === true && f.violationInDutyAssignedByHigherLevel === false && f.violationOnBranchGrounds === true) {
        confirmations.push({
          code: 'branchMayDecide',
          text: { vi: `Chi bộ quyết định ${formLabel.vi} đảng viên trong chi bộ.`, en: `A branch decides ${formLabel.en} of its own members.` },
          citations: [SRC.charter36c1branch],
        });
      }
      return;
    }
    case 'grassrootsCommittee': {
      if (!member) return;
      if (form === 'expulsion') {
        if (f.grassrootsMayAdmit === false) {
          broken.push({
            code: 'grassrootsExpulsionNotAuthorised',
            text: {
              vi: 'Đảng ủy cơ sở chỉ quyết định khai trừ khi được ủy quyền quyết định kết nạp đảng viên; nếu không, đề nghị lên cấp có thẩm quyền.',
              en: 'A grassroots committee may expel only when authorised to admit members; otherwise it proposes upward.',
            },
            citations: [SRC.charter36c1grassroots],
            basis: 'statute',
          });
        } else if (f.grassrootsMayAdmit === undefined) {
          missing('grassrootsMayAdmitNotGiven', 'Chưa cho biết đảng ủy cơ sở có được ủy quyền kết nạp đảng viên hay không.', 'Whether the grassroots committee may admit members was not given.');
        }
        if (f.committeeMemberOfSameLevel === true || f.managedByHigherCommittee === true) {
          broken.push({
            code: 'grassrootsExpulsionOfCommitteeOrHigherCadre',
            text: {
              vi: 'Đảng ủy cơ sở không quyết định khai trừ cấp ủy viên cùng cấp và đảng viên là cán bộ thuộc diện cấp ủy cấp trên quản lý.',
              en: 'A grassroots committee may not expel a member of its own committee or a cadre managed by a higher committee.',
            },
            citations: [SRC.charter36c1grassroots],
            basis: 'statute',
          });
        }
        if (f.grassrootsMayAdmit === true && f.committeeMemberOfSameLevel === false && f.managedByHigherCommittee === false) {
          confirmations.push({ code: 'grassrootsMayExpel', text: { vi: 'Đảng ủy cơ sở được ủy quyền kết nạp thì quyết định khai trừ.', en: 'A grassroots committee authorised to admit may expel.' }, citations: [SRC.charter36c1grassroots] });
        }
        return;
      }
      if (form === 'removalFromPost') {
        if (f.committeeMemberOfLowerLevel === false) {
          broken.push({
            code: 'grassrootsRemovalNotLowerCommitteeMember',
            text: {
              vi: 'Đảng ủy cơ sở chỉ cách chức cấp ủy viên cấp dưới (đọc danh mục là đầy đủ: suy luận của thư viện).',
              en: 'A grassroots committee removes from post only members of lower committees (reading the list as exhaustive is a library inference).',
            },
            citations: [SRC.charter36c1grassroots],
            basis: 'inference',
          });
        } else if (f.committeeMemberOfLowerLevel === true) {
          confirmations.push({ code: 'grassrootsMayRemove', text: { vi: 'Đảng ủy cơ sở cách chức cấp ủy viên cấp dưới.', en: 'A grassroots committee removes members of lower committees from post.' }, citations: [SRC.charter36c1grassroots] });
        } else {
          missing('lowerCommitteeNotGiven', 'Chưa cho biết đảng viên có là cấp ủy viên cấp dưới hay không.', 'Whether the member sits on a lower committee was not given.');
        }
        return;
      }
      confirmations.push({
        code: 'grassrootsMayDecide',
        text: { vi: `Đảng ủy cơ sở quyết định ${formLabel.vi} đảng viên trong đảng bộ.`, en: `A grassroots committee decides ${formLabel.en} of members of its organization.` },
        citations: [SRC.charter36c1grassroots],
      });
      return;
    }
    case 'inspectionCommission': {
      if (!member) return;
      if (f.committeeMemberOfSameLevel === true) {
        broken.push({
          code: 'inspectionSameLevelCommitteeMember',
          text: {
            vi: 'Ủy ban kiểm tra không quyết định kỷ luật cấp ủy viên cùng cấp.',
            en: 'An inspection commission does not discipline members of the committee of its own level.',
          },
          citations: [SRC.charter36c4],
          basis: 'statute',
        });
        return;
      }
      const managed = f.managedBySameLevelCommittee === true || f.committeeMemberOfLowerLevel === true;
      if (managed && !MILD.includes(form)) {
        broken.push({
          code: 'inspectionSevereOnManagedCadre',
          text: {
            vi: 'Đối với cán bộ thuộc diện cấp ủy cùng cấp quản lý và cấp ủy viên cấp dưới trực tiếp, ủy ban kiểm tra chỉ quyết định khiển trách, cảnh cáo (đọc là đầy đủ: suy luận).',
            en: 'For cadres managed by its own-level committee and members of the committee directly below, an inspection commission decides only reprimand or warning (read as exhaustive: inference).',
          },
          citations: [SRC.charter36c4],
          basis: 'inference',
        });
        return;
      }
      if (f.committeeMemberOfSameLevel === false && (managed || (f.managedBySameLevelCommittee === false && f.committeeMemberOfLowerLevel === false))) {
        confirmations.push({
          code: 'inspectionMayDecide',
          text: { vi: `Ủy ban kiểm tra (từ cấp huyện trở lên) quyết định ${formLabel.vi} trong trường hợp này.`, en: `An inspection commission (district level and up) decides ${formLabel.en} here.` },
          citations: [SRC.charter36c4],
        });
      } else {
        missing('inspectionFactsNotGiven', 'Chưa đủ dữ kiện (cấp ủy viên cùng cấp, cán bộ thuộc diện quản lý) để xác định thẩm quyền của ủy ban kiểm tra.', 'Not enough facts (own-level committee member, managed cadre) to settle the inspection commission\'s authority.');
      }
      return;
    }
    case 'provincialOrDistrictCommittee':
    case 'standingCommittee': {
      if (!member) return;
      const special = f.committeeMemberOfSameLevel === true || f.committeeMember === true || f.managedByHigherCommittee === true;
      if (!special && f.committeeMember === false && f.managedByHigherCommittee === false) {
        confirmations.push({
          code: 'committeeMayDecide',
          text: { vi: `${DECIDING_BODY_LABELS[body].vi} quyết định các hình thức kỷ luật đảng viên.`, en: `The ${DECIDING_BODY_LABELS[body].en} decides every disciplinary form for members.` },
          citations: [SRC.charter36c2],
        });
      }
      return;
    }
    case 'centralCommittee':
    case 'politburoOrSecretariat': {
      if (!member) return;
      confirmations.push({
        code: 'centralMayDecide',
        text: { vi: `${DECIDING_BODY_LABELS[body].vi} quyết định các hình thức kỷ luật đảng viên.`, en: `${DECIDING_BODY_LABELS[body].en} decides every disciplinary form for members.` },
        citations: [SRC.charter36c3],
      });
      return;
    }
  }
}

function finish(
  f: z.output<typeof disciplineCheckInputSchema>,
  broken: DisciplineRuleBreach[],
  unknowns: { code: string; text: Label }[],
  confirmations: Reason[],
  authority: DisciplineCheckResult['authority'],
): DisciplineCheckResult {
  const ok = broken.length === 0;
  const formLabel = isMeasureCode(f.form) ? NON_DISCIPLINARY_MEASURE_LABELS[f.form] : DISCIPLINE_FORM_LABELS[f.form];
  const who = DISCIPLINE_SUBJECT_LABELS[f.subject];
  const outcome = ok
    ? unknowns.length === 0
      ? { code: 'ok', label: { vi: 'Không trái quy định nào đã kiểm tra', en: 'No checked rule is broken' } }
      : { code: 'okWithUnknowns', label: { vi: 'Không trái quy định đã kiểm tra; còn điểm chưa xác định', en: 'No checked rule is broken; some points remain unknown' } }
    : { code: 'broken', label: { vi: `Đề xuất trái ${broken.length} quy định`, en: `${broken.length} rule(s) broken` } };
  const reasons: Reason[] = [
    {
      code: 'proposal',
      text: {
        vi: `Đề xuất: ${formLabel.vi} đối với ${who.vi}${f.decidedBy ? `, do ${DECIDING_BODY_LABELS[f.decidedBy].vi} quyết định` : ''}.`,
        en: `Proposed: ${formLabel.en} for a ${who.en}${f.decidedBy ? `, decided by the ${DECIDING_BODY_LABELS[f.decidedBy].en}` : ''}.`,
      },
      citations: [],
    },
    ...confirmations,
    ...unknowns.map((u) => ({ code: u.code, text: u.text, citations: [] })),
  ];
  const explanation = explain({
    outcome,
    reasons,
    blockedBy: broken.map((b) => ({ code: b.code, text: b.text, citations: b.instead ? [...b.citations, b.instead.citation] : b.citations })),
    blockedByHeading: { vi: 'Chưa đúng quy định', en: 'Not in accordance with the rules' },
    caveats: [
      {
        vi: 'Chỉ kiểm tra các quy định đã đối chiếu được văn bản (Điều lệ Đảng, QĐ 69, QĐ 30, QĐ 22); quy định về thẩm quyền của QĐ 22, QĐ 296 và QĐ 21 (2026) chưa được đối chiếu.',
        en: 'Only the verified rules are checked (Party Charter, QĐ 69, QĐ 30, QĐ 22); the authority tables of QĐ 22, QĐ 296 and QĐ 21 (2026) were not seen.',
      },
      NOT_AN_OFFICIAL_DECISION,
    ],
  });
  return deepFreeze({ ok, broken, unknowns, authority, explanation });
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
export function safeCheckDiscipline(input: DisciplineCheckInput, options?: DisciplineCheckOptions): SafeResult<DisciplineCheckResult> {
  return toSafe(() => checkDiscipline(input, options));
}
