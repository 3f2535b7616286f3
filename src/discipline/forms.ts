/**
 * The closed lists of disciplinary forms per subject (discipline.md §2.1), status Q1/Q2:
 *
 * > "Điều 35. … 2. Hình thức kỷ luật :
 * > - Đối với tổ chức đảng : khiển trách, cảnh cáo, giải tán;
 * > - Đối với đảng viên chính thức : khiển trách, cảnh cáo, cách chức, khai trừ;
 * > - Đối với đảng viên dự bị : khiển trách, cảnh cáo." (Điều lệ Đảng 2011, Q1)
 *
 * QĐ 69-QĐ/TW Điều 7 (from 06-07-2022, Q2) repeats the lists and adds "cách chức (nếu có chức
 * vụ)". The lists have not changed in 2016–2026 (QĐ 264 left Điều 7 untouched). Non-disciplinary
 * measures (§2.3) are a separate vocabulary and never appear here. The lists are written in the
 * discipline rule sets (`ruleSets/charter2011.ts`, `ruleSets/qd69.ts`); this module reads them.
 * @module
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import type { IsoDate } from '../_lib/dates.js';
import { fail, parseInput } from '../errors.js';
import type { Label } from '../i18n/label.js';
import {
  DISCIPLINE_FORM_LABELS,
  DISCIPLINE_FORM_SEVERITY,
  type DisciplineForm,
  type DisciplineSubject,
  type NonDisciplinaryMeasure,
} from '../i18n/vocabulary.js';
import type { Citation } from '../legal/citation.js';
import { isFormCode, isMeasureCode, isoDateSchema, subjectSchema } from './schemas.js';
import { CHARTER_2011_FROM, CHARTER_FORM_LISTS } from './ruleSets/charter2011.js';
import { QD69_FORM_LISTS, QD69_FROM } from './ruleSets/qd69.js';
import { FORM_LIST_MESSAGES } from './_messages.js';

/**
 * One dated version of a subject's closed list of forms.
 * @example
 * ```ts
 * import { DISCIPLINE_FORM_LISTS, type DisciplineFormList } from 'nq4';
 * const versions: readonly DisciplineFormList[] = DISCIPLINE_FORM_LISTS.officialMember;
 * versions.map((v) => v.validFrom); // ['2011-01-19', '2022-07-06']
 * versions[1]?.requiresPost; // ['removalFromPost']
 * ```
 * @category Discipline
 */
export interface DisciplineFormList {
  /** Who the list is for. */
  readonly subject: DisciplineSubject;
  /** The forms, mildest first. */
  readonly forms: readonly DisciplineForm[];
  /** The form that needs the member to hold a post (cách chức), if any. */
  readonly requiresPost: readonly DisciplineForm[];
  /** First day this version of the list is cited for. */
  readonly validFrom: IsoDate;
  /** Where the list is written. */
  readonly sources: readonly Citation[];
}

/**
 * The closed lists of forms per subject, each version dated (the Charter from 19-01-2011; the
 * Charter plus QĐ 69 Điều 7 from 06-07-2022), read from the discipline rule sets
 * (`disciplineRuleSets`). The forms are the same in every version; only the citations grow.
 *
 * @example
 * ```ts
 * import { DISCIPLINE_FORM_LISTS } from 'nq4';
 * DISCIPLINE_FORM_LISTS.probationaryMember[0]?.forms; // ['reprimand', 'warning']
 * ```
 * @category Discipline
 */
export const DISCIPLINE_FORM_LISTS: {
  readonly [S in DisciplineSubject]: readonly DisciplineFormList[];
} = /* @__PURE__ */ deepFreeze({
  organization: listsOf('organization'),
  officialMember: listsOf('officialMember'),
  probationaryMember: listsOf('probationaryMember'),
});

/**
 * A subject's list in each regulation that writes the lists (the Charter, QĐ 69), with the day
 * that regulation starts. Read from those two modules only, not from the whole registry, so a
 * bundle that only checks a report's forms leaves the other discipline rules out; the contract
 * test holds these versions equal to the registry's.
 */
function listsOf(subject: DisciplineSubject): DisciplineFormList[] {
  return (
    [
      [CHARTER_2011_FROM, CHARTER_FORM_LISTS],
      [QD69_FROM, QD69_FORM_LISTS],
    ] as const
  ).map(([validFrom, lists]) => ({
    subject,
    forms: lists[subject].forms,
    requiresPost: lists[subject].requiresPost,
    validFrom,
    sources: lists[subject].sources,
  }));
}

/**
 * A form allowed for a subject, with its labels, severity and sources.
 * @example
 * ```ts
 * import { listDisciplineForms, type AllowedDisciplineForm } from 'nq4';
 * const [mildest]: readonly AllowedDisciplineForm[] = listDisciplineForms('organization', { on: '2024-01-01' });
 * mildest?.form; // 'reprimand'
 * mildest?.rank; // 1
 * ```
 * @category Discipline
 */
export interface AllowedDisciplineForm {
  /** The form code. */
  readonly form: DisciplineForm;
  /** Its label in both languages. */
  readonly label: Label;
  /** The library-wide severity (`DISCIPLINE_FORM_SEVERITY`, O-16). */
  readonly severity: number;
  /** Its place in the subject's list, 1 for the mildest. */
  readonly rank: number;
  /** True when allowed only if the member holds a post (cách chức, when `holdsPost` was not given). */
  readonly requiresPost: boolean;
  /** Where the list is written. */
  readonly sources: readonly Citation[];
}

/**
 * Options of {@link listDisciplineForms}.
 * @example
 * ```ts
 * import { listDisciplineForms, type ListDisciplineFormsOptions } from 'nq4';
 * const options: ListDisciplineFormsOptions = { on: '2024-01-01', holdsPost: false };
 * listDisciplineForms('officialMember', options).map((f) => f.form); // ['reprimand', 'warning', 'expulsion']
 * ```
 * @category Discipline
 */
export interface ListDisciplineFormsOptions {
  /** The day asked about (ISO `YYYY-MM-DD`); picks the version of the list and its citations. */
  readonly on: IsoDate;
  /**
   * Whether the member holds a post: `false` drops cách chức ("(nếu có chức vụ)", QĐ 69 Điều 7
   * khoản 2); absent keeps it, marked `requiresPost`. Ignored for organizations and probationary members.
   */
  readonly holdsPost?: boolean;
}

/**
 * @deprecated Use {@link ListDisciplineFormsOptions}: renamed so that a function's options are
 * named `<Function>Options` (docs/conventions.md). Will be removed in the next minor version.
 * @example
 * ```ts
 * import type { DisciplineFormsOptions, ListDisciplineFormsOptions } from 'nq4';
 * const options: DisciplineFormsOptions = { on: '2024-01-01' };
 * const same: ListDisciplineFormsOptions = options;
 * same.on; // '2024-01-01'
 * ```
 * @category Discipline
 */
export type DisciplineFormsOptions = ListDisciplineFormsOptions;

/** `ListDisciplineFormsOptions`, checked. @internal */
export const disciplineFormsOptionsSchema = /* @__PURE__ */ z.lazy(() => z.strictObject({ on: isoDateSchema, holdsPost: z.optional(z.boolean()) }));

/** The version of a subject's list in force on a day. @internal */
export function formListOn(subject: DisciplineSubject, on: IsoDate): DisciplineFormList {
  const versions = DISCIPLINE_FORM_LISTS[subject];
  let found: DisciplineFormList | undefined;
  for (const v of versions) if (v.validFrom <= on) found = v;
  if (!found) {
    const m = FORM_LIST_MESSAGES.noListBefore2011;
    return fail('no_rule_set', ['options', 'on'], m.vi, m.en);
  }
  return found;
}

/**
 * The disciplinary forms a subject may receive on a day, mildest first, each with its citations.
 *
 * @example
 * ```ts
 * import { listDisciplineForms } from 'nq4';
 * listDisciplineForms('officialMember', { on: '2024-01-01', holdsPost: false }).map((f) => f.form);
 * // ['reprimand', 'warning', 'expulsion']
 * listDisciplineForms('organization', { on: '2024-01-01' }).map((f) => f.label.vi);
 * // ['khiển trách', 'cảnh cáo', 'giải tán']
 * ```
 * @throws {@link Nq4Error} `invalid_value` for an unknown subject, `invalid_date` for a bad day,
 *   `no_rule_set` before 19-01-2011.
 * @category Discipline
 */
export function listDisciplineForms(subject: DisciplineSubject, options: ListDisciplineFormsOptions): readonly AllowedDisciplineForm[] {
  const s = parseInput(subjectSchema, subject, ['subject']);
  const o = parseInput(disciplineFormsOptionsSchema, options, ['options']);
  const list = formListOn(s, o.on);
  const out: AllowedDisciplineForm[] = [];
  list.forms.forEach((form, i) => {
    const needsPost = list.requiresPost.includes(form);
    if (needsPost && s === 'officialMember' && o.holdsPost === false) return;
    out.push({
      form,
      label: DISCIPLINE_FORM_LABELS[form],
      severity: DISCIPLINE_FORM_SEVERITY[form],
      rank: i + 1,
      requiresPost: needsPost && o.holdsPost !== true,
      sources: list.sources,
    });
  });
  return deepFreeze(out);
}

/**
 * @deprecated Use {@link listDisciplineForms}: renamed so that every function name starts with a verb
 * (docs/conventions.md). Will be removed in the next minor version.
 * @example
 * ```ts
 * import { disciplineForms, listDisciplineForms } from 'nq4';
 * disciplineForms === listDisciplineForms; // true
 * ```
 * @category Discipline
 */
export const disciplineForms: typeof listDisciplineForms = listDisciplineForms;

/**
 * True for the five Charter disciplinary form codes; false for everything else, including the
 * non-disciplinary measures.
 *
 * @example
 * ```ts
 * import { isDisciplineForm } from 'nq4';
 * isDisciplineForm('warning'); // true
 * isDisciplineForm('removalFromRolls'); // false: xóa tên is not discipline
 * ```
 * @category Discipline
 */
export function isDisciplineForm(code: unknown): code is DisciplineForm {
  return isFormCode(code);
}

/**
 * True for the non-disciplinary measure codes (xóa tên, nhắc nhở, …, discipline.md §2.3).
 *
 * @example
 * ```ts
 * import { isNonDisciplinaryMeasure } from 'nq4';
 * isNonDisciplinaryMeasure('reminder'); // true
 * isNonDisciplinaryMeasure('reprimand'); // false
 * ```
 * @category Discipline
 */
export function isNonDisciplinaryMeasure(code: unknown): code is NonDisciplinaryMeasure {
  return isMeasureCode(code);
}

/** True when the form is in the subject's closed list. @internal */
export function formAllowedFor(subject: DisciplineSubject, form: DisciplineForm): boolean {
  return (DISCIPLINE_FORM_LISTS[subject][0]?.forms ?? []).includes(form);
}
