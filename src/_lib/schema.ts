/**
 * The zod/mini pieces every area's boundary is built from: one ISO-date schema, the "missing, not
 * invalid" wrapper, length-first arrays, the issue cap of a batch. Factories and `z.lazy`
 * wrappers marked pure, so a bundle that validates nothing drops them.
 * @internal
 */
import * as z from 'zod/mini';
import { isIsoDate, type IsoDate } from './dates.js';
import { Nq4Error, type Nq4CustomParams, type Nq4Issue } from '../errors.js';

/**
 * A batch stops validating once it holds this many issues: the error reports the first 100 and
 * says there are more, and 100,000 bad items cost milliseconds, not seconds.
 */
export const ISSUE_LIMIT = 101;

/**
 * Throw the issues a batch validator collected, if any. A batch loops while
 * `issues.length < ISSUE_LIMIT` and calls this at the end: the error keeps the first 100 and, when
 * the loop stopped at the cap, says that the rest was not checked.
 *
 * ```ts
 * const issues: Nq4Issue[] = [];
 * for (let i = 0; i < list.length && issues.length < ISSUE_LIMIT; i++) check(list[i], [i], issues);
 * throwIssues(issues);
 * ```
 */
export function throwIssues(issues: readonly Nq4Issue[]): void {
  if (issues.length > 0) throw new Nq4Error(issues as [Nq4Issue, ...Nq4Issue[]], issues.length >= ISSUE_LIMIT);
}

/** Custom-issue parameters: the nq4 code and the bilingual message. */
export const issueParams = (nq4Code: Nq4CustomParams['nq4Code'], messageVi: string, messageEn: string): Nq4CustomParams => ({ nq4Code, messageVi, messageEn });

const INVALID_DATE: Nq4CustomParams = /* @__PURE__ */ issueParams(
  'invalid_date',
  'Ngày không hợp lệ (cần một ngày có thật, dạng YYYY-MM-DD).',
  'Not a valid date (expected a real calendar day, YYYY-MM-DD).',
);

/**
 * An array of at most `max` items whose length is checked before any item: a huge array is one
 * `too_big` issue, not one issue per item (which also overflowed zod's stack past ~100,000).
 */
export const boundedArray = <T extends z.ZodMiniType>(item: T, max: number) => z.pipe(z.array(z.unknown()).check(z.maxLength(max)), z.array(item));

/** True for a real calendar day: refinements compare only such dates, so a bad date is reported once. */
export const realDate = (d: string | undefined): d is IsoDate => d !== undefined && isIsoDate(d);

/** `a` and `b` are real days and `a` comes first; a bad date is reported once, as itself. */
export const before = (a: string | undefined, b: string | undefined): boolean => realDate(a) && realDate(b) && a < b;

/**
 * A new ISO calendar date schema (`YYYY-MM-DD`, a real day). Its output is a string, which is what
 * {@link IsoDate} is: no pipe or transform (they would weigh in every bundle for no runtime effect).
 */
export const isoDate = () => z.string().check(z.refine(isIsoDate, { params: INVALID_DATE }));

/** The ISO calendar date schema, built on first use. */
export const isoDateSchema = /* @__PURE__ */ z.lazy(isoDate);

/**
 * `schema` as a required field. An absent value is reported as `missing` for every schema
 * (`fromZodIssues` maps zod's "invalid value: undefined" for enums and literals), so this is the
 * schema itself: kept as a marker of intent, and so that JSON Schema shows the field's real type
 * (a wrapping pipe made it `{}`).
 */
export const required = <T extends z.ZodMiniType>(schema: T): T => schema;

/** A custom issue for a refinement, with its bilingual message and optional legal source. */
export function addRuleIssue<T>(ctx: z.core.$RefinementCtx<T>, path: (string | number)[], params: Nq4CustomParams): void {
  ctx.addIssue({ code: 'custom', path, message: params.messageEn, params });
}
