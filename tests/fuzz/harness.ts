/**
 * The fuzz harness: mutations of valid inputs, and the checks made after every call.
 *
 * After each call: only an Nq4Error escapes; no input changed (keys, values, prototypes, frozen
 * state of every object reachable from the arguments); no built-in prototype changed; no message
 * longer than 10,000 characters; no personal name in any message or path.
 */
import fc from 'fast-check';
import { isNq4Error } from '../../src/index.js';

/** The personal name put into string fields: it must never come back in an error. */
export const PERSON = 'Nguyễn Văn An';
export const MAX_MESSAGE = 10_000;

type Path = (string | number)[];

/** Every path in `value` (objects and arrays), bounded so a 100,000-item seed stays cheap. */
export function pathsOf(value: unknown, limit = 2_000): Path[] {
  const out: Path[] = [[]];
  const stack: [unknown, Path][] = [[value, []]];
  while (stack.length > 0 && out.length < limit) {
    const [v, p] = stack.pop() as [unknown, Path];
    if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v) || isDeep(v)) continue;
    const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
    for (const k of keys) {
      const child = [...p, k];
      out.push(child);
      stack.push([(v as Record<string | number, unknown>)[k], child]);
    }
  }
  return out;
}

/** A deep copy of plain data, prototypes and all; typed arrays and class instances are copied shallowly. */
export function copy(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || isDeep(value)) return value;
  if (ArrayBuffer.isView(value)) return (value as Uint8Array).slice();
  if (Array.isArray(value)) return value.map(copy);
  const out = Object.create(Object.getPrototypeOf(value) === null ? null : Object.prototype) as Record<string, unknown>;
  for (const k of Object.keys(value)) Object.defineProperty(out, k, { value: copy((value as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true });
  return out;
}

// 10,000 levels, each holding the next once (a tree, not a shared graph).
// Frozen all the way down, so the checks need not walk them: no call can change them.
const DEEP_ARRAY = (() => { let v: unknown = Object.freeze([]); for (let i = 0; i < 10_000; i++) v = Object.freeze([v]); return v; })();
const DEEP_OBJECT = (() => { let v: unknown = Object.freeze({ groups: Object.freeze([]) }); for (let i = 0; i < 10_000; i++) v = Object.freeze({ groups: Object.freeze([]), children: Object.freeze([v]) }); return v; })();

/** The shared 10,000-deep values are never copied or walked into by the mutations. */
function isDeep(v: unknown): boolean { return v === DEEP_ARRAY || v === DEEP_OBJECT; }

/** What a mutation puts at a path. */
export const MUTATIONS = [
  'delete', 'null', 'undefined', 'string', 'name', 'number', 'boolean', 'array', 'object', 'hugeString', 'hugeNumber',
  'NaN', 'Infinity', '-Infinity', '-0', '1e308', 'negative', 'fraction', 'unknownKey', 'nameKey', 'proto', 'constructor',
  'prototype', 'typedArray', 'bigint', 'symbol', 'deepArray', 'deepObject', 'random', 'allNames',
] as const;
export type Mutation = (typeof MUTATIONS)[number];

const withKey = (obj: unknown, key: string, value: unknown): unknown => {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj) || ArrayBuffer.isView(obj) || isDeep(obj)) return obj;
  // As JSON.parse makes it: an own key, even "__proto__".
  const made = JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`) as Record<string, unknown>;
  for (const k of Object.keys(obj as object)) {
    if (k !== key) Object.defineProperty(made, k, { value: (obj as Record<string, unknown>)[k], enumerable: true, writable: true, configurable: true });
  }
  return made;
};

function replacement(kind: Mutation, old: unknown, random: unknown): unknown {
  switch (kind) {
    case 'null': return null;
    case 'undefined': return undefined;
    case 'string': return 'x';
    case 'name': return PERSON;
    case 'number': return 7;
    case 'boolean': return true;
    case 'array': return [PERSON];
    case 'object': return { [PERSON]: PERSON };
    case 'hugeString': return PERSON.repeat(20_000);
    case 'hugeNumber': return Number.MAX_SAFE_INTEGER + 2;
    case 'NaN': return Number.NaN;
    case 'Infinity': return Number.POSITIVE_INFINITY;
    case '-Infinity': return Number.NEGATIVE_INFINITY;
    case '-0': return -0;
    case '1e308': return 1e308;
    case 'negative': return -1;
    case 'fraction': return 0.5;
    case 'unknownKey': return withKey(old, 'extraField', 1);
    case 'nameKey': return withKey(old, PERSON, { good: 1 });
    case 'proto': return withKey(old, '__proto__', { polluted: PERSON, good: 1 });
    case 'constructor': return withKey(old, 'constructor', { prototype: { polluted: PERSON } });
    case 'prototype': return withKey(old, 'prototype', { polluted: PERSON });
    case 'typedArray': return new Uint8Array([1, 2, 3]);
    case 'bigint': return 12n;
    case 'symbol': return Symbol('s');
    case 'deepArray': return DEEP_ARRAY;
    case 'deepObject': return DEEP_OBJECT;
    case 'random': return random;
    default: return old;
  }
}

/** Put a personal name into every string field. */
function allNames(value: unknown): unknown {
  if (typeof value === 'string') return PERSON;
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || isDeep(value)) return value;
  if (Array.isArray(value)) return value.map(allNames);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = allNames((value as Record<string, unknown>)[k]);
  return out;
}

export interface Step {
  readonly pick: number;
  readonly kind: Mutation;
  readonly random: unknown;
}

/** Apply one mutation to a copy of `args` (the argument list itself is a path root). */
export function mutate(args: unknown[], step: Step): unknown[] {
  if (step.kind === 'allNames') return allNames(args) as unknown[];
  const root = copy(args) as unknown[];
  const paths = pathsOf(root);
  const path = paths[step.pick % paths.length] as Path;
  if (path.length === 0) {
    // the argument list itself: replace the first argument, or add one
    if (step.kind === 'delete') return root.slice(0, -1);
    return [replacement(step.kind, root[0], step.random), ...root.slice(1)];
  }
  let parent = root as unknown as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (step.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    parent[last] = replacement(step.kind, parent[last], step.random);
  }
  return root;
}

/** One fuzz case: a seed, up to three mutations, and whether the arguments are deep-frozen. */
export const caseArb = (seedCount: number) =>
  fc.record({
    seed: fc.nat({ max: seedCount - 1 }),
    steps: fc.array(
      fc.record({
        pick: fc.nat({ max: 10_000 }),
        kind: fc.constantFrom(...MUTATIONS),
        random: fc.anything({ maxDepth: 3, withBigInt: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }),
      }),
      { minLength: 0, maxLength: 3 },
    ),
    frozen: fc.boolean(),
  });

// ---- the checks ----

interface Snapshot {
  readonly nodes: { o: object; keys: string[]; values: unknown[]; proto: unknown; frozen: boolean }[];
}

/** Record every object reachable from `value` (up to `limit` objects). */
export function snapshot(value: unknown, limit = 300_000): Snapshot {
  const nodes: Snapshot['nodes'] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0 && nodes.length < limit) {
    const v = stack.pop();
    if (v === null || (typeof v !== 'object' && typeof v !== 'function') || seen.has(v as object) || isDeep(v)) continue;
    seen.add(v as object);
    if (ArrayBuffer.isView(v)) {
      nodes.push({ o: v, keys: [], values: [...(v as Uint8Array)], proto: Object.getPrototypeOf(v), frozen: Object.isFrozen(v) });
      continue;
    }
    const keys = Reflect.ownKeys(v as object).map(String);
    const values = Reflect.ownKeys(v as object).map((k) => (v as Record<PropertyKey, unknown>)[k]);
    nodes.push({ o: v as object, keys, values, proto: Object.getPrototypeOf(v), frozen: Object.isFrozen(v) });
    if (typeof v !== 'function') for (const c of values) stack.push(c);
  }
  return { nodes };
}

export function changes(s: Snapshot): string | undefined {
  for (const n of s.nodes) {
    const o = n.o as Record<PropertyKey, unknown>;
    if (Object.getPrototypeOf(o) !== n.proto) return 'a prototype of the input changed';
    if (Object.isFrozen(o) !== n.frozen) return 'an input object was frozen';
    if (ArrayBuffer.isView(o)) {
      const now = [...(o as unknown as Uint8Array)];
      if (now.length !== n.values.length || now.some((x, i) => !Object.is(x, n.values[i]))) return 'a typed array of the input changed';
      continue;
    }
    const keys = Reflect.ownKeys(o);
    if (keys.length !== n.keys.length) return 'keys of an input object changed';
    for (let i = 0; i < keys.length; i++) {
      if (String(keys[i]) !== n.keys[i] || !Object.is(o[keys[i] as PropertyKey], n.values[i])) return `input property ${String(keys[i]).slice(0, 40)} changed`;
    }
  }
  return undefined;
}

const PROTOS: [string, object][] = [['Object', Object.prototype], ['Array', Array.prototype], ['Function', Function.prototype], ['String', String.prototype], ['Number', Number.prototype]];
const protoKeys = PROTOS.map(([, p]) => Reflect.ownKeys(p).length);

export function prototypesChanged(): string | undefined {
  for (let i = 0; i < PROTOS.length; i++) {
    const [name, p] = PROTOS[i] as [string, object];
    if (Reflect.ownKeys(p).length !== protoKeys[i]) return `${name}.prototype changed`;
  }
  if (({} as Record<string, unknown>).polluted !== undefined) return 'Object.prototype polluted';
  return undefined;
}

/** Why an outcome breaks the harness's rules, or undefined. */
export function violation(error: unknown): string | undefined {
  if (error === undefined) return undefined;
  if (!isNq4Error(error)) return `a non-Nq4Error escaped: ${String((error as Error)?.name)}: ${String((error as Error)?.message).slice(0, 200)}`;
  const texts = [error.message, error.messageVi, ...error.issues.flatMap((i) => [i.messageVi, i.messageEn, JSON.stringify(i.path)])];
  if (error.message.length > MAX_MESSAGE || error.messageVi.length > MAX_MESSAGE) return `message of ${Math.max(error.message.length, error.messageVi.length)} characters`;
  if (texts.some((t) => t.includes(PERSON) || t.includes(PERSON.normalize('NFD')))) return `the personal name came back in: ${texts.find((t) => t.includes(PERSON))?.slice(0, 200)}`;
  return undefined;
}

/** Deep-freeze plain data as a caller might (typed arrays cannot be frozen and are left as they are). */
function freezeAll(value: unknown): void {
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v) || Object.isFrozen(v) || isDeep(v)) continue;
    Object.freeze(v);
    for (const k of Reflect.ownKeys(v)) stack.push((v as Record<PropertyKey, unknown>)[k]);
  }
}

/** Call `fn` with `args` (deep-frozen first when asked); return why it broke a rule, or undefined. */
export function runCase(fn: (...a: unknown[]) => unknown, args: unknown[], frozen: boolean): string | undefined {
  if (frozen) freezeAll(args);
  const before = snapshot(args);
  let error: unknown;
  try {
    const out = fn(...args);
    if (out !== null && typeof out === 'object' && (out as { success?: unknown }).success === false) error = (out as { error: unknown }).error;
  } catch (e) {
    error = e;
  }
  return violation(error) ?? changes(before) ?? prototypesChanged();
}
