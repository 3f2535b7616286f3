/**
 * Boundary schemas shared by the discipline functions, in `zod/mini`. Every module-level schema
 * of the discipline area is a pure `z.lazy` wrapper: built on first use, dropped by a bundler
 * when unused.
 * @internal
 */
import * as z from 'zod/mini';
import type { Nq4CustomParams } from '../errors.js';
import {
  DISCIPLINE_FORMS,
  DISCIPLINE_SUBJECTS,
  NON_DISCIPLINARY_MEASURES,
  NON_DISCIPLINARY_MEASURE_LABELS,
  type DisciplineForm,
  type NonDisciplinaryMeasure,
} from '../i18n/vocabulary.js';
import * as SRC from './sources.js';
import { FORM_VALIDATION_MESSAGES } from './_messages.js';

export { ISSUE_LIMIT, boundedArray, realDate, before, isoDateSchema, required, addRuleIssue } from '../_lib/schema.js';
import { required } from '../_lib/schema.js';

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
    const m = FORM_VALIDATION_MESSAGES.notADisciplinaryForm(NON_DISCIPLINARY_MEASURE_LABELS[value]);
    const params: Nq4CustomParams = { nq4Code: 'rule_violation', messageVi: m.vi, messageEn: m.en, source: SRC.charter35 };
    ctx.addIssue({ code: 'custom', message: params.messageEn, params, continue: false });
    return;
  }
  const m = FORM_VALIDATION_MESSAGES.unknownForm(allowedForms());
  const params: Nq4CustomParams = { nq4Code: 'invalid_value', messageVi: m.vi, messageEn: m.en };
  ctx.addIssue({ code: 'custom', message: params.messageEn, params, continue: false });
}
