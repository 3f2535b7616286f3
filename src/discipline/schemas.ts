/**
 * Boundary schemas shared by the discipline functions, in `zod/mini`. Every module-level schema
 * of the discipline area is a pure `z.lazy` wrapper: built on first use, dropped by a bundler
 * when unused.
 * @internal
 */
import * as z from 'zod/mini';
import { isIsoDate, type IsoDate } from '../_lib/dates.js';
import type { Nq4CustomParams } from '../errors.js';
import {
  DISCIPLINE_FORMS,
  DISCIPLINE_SUBJECTS,
  NON_DISCIPLINARY_MEASURES,
  NON_DISCIPLINARY_MEASURE_LABELS,
  type DisciplineForm,
  type NonDisciplinaryMeasure,
} from '../i18n/vocabulary.js';
import { SRC } from './sources.js';

const INVALID_DATE: Nq4CustomParams = {
  nq4Code: 'invalid_date',
  messageVi: 'Ngày không hợp lệ (cần một ngày có thật, dạng YYYY-MM-DD).',
  messageEn: 'Not a valid date (expected a real calendar day, YYYY-MM-DD).',
};

/**
 * A batch stops validating once it holds this many issues: the error reports the first 100 and
 * says there are more, and 100,000 bad items cost milliseconds. @internal
 */
export const ISSUE_LIMIT = 101;

/**
 * An array of at most `max` items whose length is checked before any item: a huge array is one
 * `too_big` issue, not one issue per item (which also overflowed zod's stack past ~100,000). @internal
 */
export const boundedArray = <T extends z.ZodMiniType>(item: T, max: number) => z.pipe(z.array(z.unknown()).check(z.maxLength(max)), z.array(item));

/** True for a real calendar day: refinements compare only such dates, so a bad date is reported once. @internal */
export const realDate = (d: string | undefined): d is IsoDate => d !== undefined && isIsoDate(d);

/** `a` and `b` are real days and `a` comes first; a bad date is reported once, as itself. @internal */
export const before = (a: string | undefined, b: string | undefined): boolean => realDate(a) && realDate(b) && a < b;

/** An ISO calendar date. @internal */
export const isoDateSchema = /* @__PURE__ */ z.lazy(() => z.pipe(z.string().check(z.refine(isIsoDate, { params: INVALID_DATE })), z.transform((v: string): IsoDate => v)));

/**
 * `schema`, except that an absent value is `missing` (zod reports an absent enum as an invalid
 * value): the presence check aborts, so the schema itself sees only given values.
 * @internal
 */
export const required = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.unknown().check(z.refine((v) => v !== undefined, { params: { nq4Code: 'missing', messageVi: 'Thiếu trường bắt buộc.', messageEn: 'Required field is missing.' } satisfies Nq4CustomParams, abort: true })),
    schema,
  );

/** A discipline subject code. @internal */
export const subjectSchema = /* @__PURE__ */ z.lazy(() => required(z.enum(DISCIPLINE_SUBJECTS)));

/** True for the Charter's disciplinary form codes. @internal */
export function isFormCode(value: unknown): value is DisciplineForm {
  return typeof value === 'string' && (DISCIPLINE_FORMS as readonly string[]).includes(value);
}

/** True for the non-disciplinary measure codes. @internal */
export function isMeasureCode(value: unknown): value is NonDisciplinaryMeasure {
  return typeof value === 'string' && (NON_DISCIPLINARY_MEASURES as readonly string[]).includes(value);
}

const allowedForms = (): string => DISCIPLINE_FORMS.map((f) => JSON.stringify(f)).join(', ');

/**
 * A disciplinary form code. A non-disciplinary measure (xóa tên, nhắc nhở, …) is rejected with
 * a `rule_violation` naming discipline.md §2.3, an unknown code with `invalid_value`. The issue
 * aborts (`continue: false`), so the object's own refinements do not run on a bad form.
 * @internal
 */
export const formSchema = /* @__PURE__ */ z.lazy(() =>
  z.pipe(
    z.string().check(z.superRefine(formIssue)),
    // formIssue has rejected everything but the Charter's codes.
    z.transform((value: string): DisciplineForm => value as DisciplineForm),
  ),
);

function formIssue(value: string, ctx: z.core.$RefinementCtx<string>): void {
  if (isFormCode(value)) return;
  if (isMeasureCode(value)) {
    const label = NON_DISCIPLINARY_MEASURE_LABELS[value];
    const params: Nq4CustomParams = {
      nq4Code: 'rule_violation',
      messageVi: `"${label.vi}" không phải là hình thức kỷ luật đảng; không được xử lý hay thống kê như kỷ luật.`,
      messageEn: `"${label.en}" is not a party disciplinary form; it can not be processed or counted as discipline.`,
      source: SRC.charter35,
    };
    ctx.addIssue({ code: 'custom', message: params.messageEn, params, continue: false });
    return;
  }
  const params: Nq4CustomParams = {
    nq4Code: 'invalid_value',
    messageVi: `Hình thức kỷ luật không hợp lệ; chấp nhận: ${allowedForms()}.`,
    messageEn: `Unknown disciplinary form; expected one of: ${allowedForms()}.`,
  };
  ctx.addIssue({ code: 'custom', message: params.messageEn, params, continue: false });
}

/** A custom-issue helper for refinements. @internal */
export function addRuleIssue<T>(
  ctx: z.core.$RefinementCtx<T>,
  path: (string | number)[],
  params: Nq4CustomParams,
): void {
  ctx.addIssue({ code: 'custom', path, message: params.messageEn, params });
}
