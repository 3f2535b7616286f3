/**
 * Compile-time guards that keep a hand-written public type and the zod schema that parses it in
 * step. Each schema is written `satisfies z.ZodType<Type, Type>` (every parsed value fits the
 * documented type) and checked with `Assert<Agrees<Type, z.input<typeof schema>>>`: the same
 * field names, and each field's type the same both ways (up to `readonly`), so no documented
 * field is left unparsed, widened or narrowed. Types only: nothing here exists at run time.
 * @internal
 */

/** `true` when A and B have the same property names. @internal */
export type SameKeys<A, B> = [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never] ? true : false;

/** T with every object, array and tuple made readonly, at every depth. @internal */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown ? T : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** `true` when a public type and a schema's input type agree: same keys, same field types up to `readonly`. @internal */
export type Agrees<Type, Input> = SameKeys<Type, Input> extends true
  ? [DeepReadonly<Type>] extends [DeepReadonly<Input>]
    ? [DeepReadonly<Input>] extends [DeepReadonly<Type>]
      ? true
      : false
    : false
  : false;

/** Compiles only when its argument is `true`. @internal */
export type Assert<T extends true> = T;
