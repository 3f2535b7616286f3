/** Deep-freeze a test input so that any mutation by the code under test throws. */
export function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value as object)) frozen(v);
    Object.freeze(value);
  }
  return value;
}

/** True when every object reachable from `value` is frozen. */
export function isDeepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object' || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Object.values(value as object).every((v) => isDeepFrozen(v, seen));
}
