/**
 * Deep, recursive `Object.freeze` for plain data (objects and arrays).
 * Used on every catalog and every result the library returns.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  // Iterative walk: results can be deep (unit trees), so no recursion on the JS stack.
  const stack: object[] = [value as object];
  while (stack.length > 0) {
    const current = stack.pop() as Record<PropertyKey, unknown>;
    if (Object.isFrozen(current)) continue;
    Object.freeze(current);
    for (const key of Reflect.ownKeys(current)) {
      const child = current[key];
      if (child !== null && typeof child === 'object' && !Object.isFrozen(child)) stack.push(child);
    }
  }
  return value;
}

/** The deep read-only view of a type, matching what {@link deepFreeze} produces. @internal */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;
