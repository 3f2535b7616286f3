/**
 * zod/mini pieces shared by the report area's boundary schemas. Factories only: nothing is built
 * at import, so a bundle that does not validate a report drops them.
 *
 * The report's dates keep the message callers have always seen from this area ("cần YYYY-MM-DD");
 * the shared `isoDate` of `src/_lib/schema.ts` words it differently, so switching would change
 * every report date message.
 * @internal
 */
import * as z from 'zod/mini';
import { isIsoDate } from '../_lib/dates.js';
import { issueParams } from '../_lib/schema.js';

/** A real calendar day `YYYY-MM-DD`, issue `invalid_date`. @internal */
export const reportDate = () =>
  z.string().check(z.refine(isIsoDate, { params: issueParams('invalid_date', 'Ngày không hợp lệ (cần YYYY-MM-DD).', 'Not a valid date (expected YYYY-MM-DD).') }));

/** A date checked without an nq4 code (`invalid_value`), as `reconcile` and `renderReport` always did. @internal */
export const plainDate = () => z.string().check(z.refine(isIsoDate));

/** A whole count 0 … 2^53 − 1. @internal */
export const count = () => z.number().check(z.int(), z.gte(0), z.lte(Number.MAX_SAFE_INTEGER));

/** A string of `min` to `max` characters. @internal */
export const text = (min: number, max: number) => (min > 0 ? z.string().check(z.minLength(min), z.maxLength(max)) : z.string().check(z.maxLength(max)));

/** A non-empty string. @internal */
export const nonEmpty = () => z.string().check(z.minLength(1));

/** A unit code or an id: 1–200 characters. @internal */
export const code = () => text(1, 200);

/** A finite number. @internal */
export const finite = () => z.number().check(z.refine(Number.isFinite));
