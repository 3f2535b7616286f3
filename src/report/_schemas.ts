/**
 * zod/mini pieces shared by the report area's boundary schemas. Factories only: nothing is built
 * at import, so a bundle that does not validate a report drops them.
 *
 * Dates use the one `isoDate()` of `src/_lib/schema.ts` (issue 16), not a copy of their own.
 * @internal
 */
import * as z from 'zod/mini';

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
