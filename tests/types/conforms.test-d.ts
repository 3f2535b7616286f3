import { describe, it } from 'vitest';
import * as z from 'zod/mini';
import { conforms } from '../../src/_lib/outputSchemas.js';

/** The tie between a result type and its JSON-Schema source must catch every kind of drift. */
interface Result {
  readonly a: string;
  readonly b?: number;
  readonly c?: { readonly d?: string };
  readonly list: readonly { readonly e: 'x' | 'y' }[];
}
const list = z.array(z.strictObject({ e: z.enum(['x', 'y']) }));

describe('conforms<T>()(schema)', () => {
  it('accepts a schema with exactly the same fields', () => {
    conforms<Result>()(z.strictObject({ a: z.string(), b: z.optional(z.number()), c: z.optional(z.strictObject({ d: z.optional(z.string()) })), list }));
  });
  it('rejects a missing optional field, a nested one, an extra one and a wrong type', () => {
    // @ts-expect-error the optional field b is missing
    conforms<Result>()(z.strictObject({ a: z.string(), c: z.optional(z.strictObject({ d: z.optional(z.string()) })), list }));
    // @ts-expect-error the nested optional field c.d is missing
    conforms<Result>()(z.strictObject({ a: z.string(), b: z.optional(z.number()), c: z.optional(z.strictObject({})), list }));
    // @ts-expect-error an extra field f
    conforms<Result>()(z.strictObject({ a: z.string(), b: z.optional(z.number()), c: z.optional(z.strictObject({ d: z.optional(z.string()) })), list, f: z.optional(z.string()) }));
    // @ts-expect-error a wrong enum in a list item
    conforms<Result>()(z.strictObject({ a: z.string(), b: z.optional(z.number()), c: z.optional(z.strictObject({ d: z.optional(z.string()) })), list: z.array(z.strictObject({ e: z.enum(['x']) })) }));
  });
});
