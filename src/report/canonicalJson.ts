/**
 * Canonical JSON for sealing: object keys sorted by UTF-16 code units, strings in Unicode NFC,
 * `-0` written `0`, `undefined` properties left out, no whitespace. Arrays keep their order:
 * callers sort unordered collections before (sealReport does). Same value, same text, on every
 * machine: `JSON.stringify` of a finite number is fixed by the ECMAScript specification.
 * @module
 */
import { issue, Nq4Error, pathKey } from '../errors.js';
import type { Label } from '../i18n/label.js';
import { CANONICAL_JSON_MESSAGES } from './_messages.js';

/**
 * A JSON value as canonicalized.
 * @category Report
 */
export type CanonicalValue = null | boolean | number | string | readonly CanonicalValue[] | { readonly [key: string]: CanonicalValue | undefined };

/**
 * Write a value as canonical JSON (sorted keys, NFC strings, no whitespace).
 *
 * @example
 * ```ts
 * import { serializeCanonicalJson } from 'nq4';
 * serializeCanonicalJson({ b: 1, a: [true, null, 'hoá'] }); // '{"a":[true,null,"hoá"],"b":1}'
 * ```
 * @throws {@link Nq4Error} `invalid_value` for a non-finite number or a cycle, `invalid_type` for
 * anything that is not JSON (`undefined` at the top or in a list, a symbol, a bigint, a class
 * instance such as a typed array or a Date), with its path.
 * @category Report
 */
export function serializeCanonicalJson(value: CanonicalValue): string {
  // Iterative writer: a work stack of values and literal tokens, so depth is not bounded by the JS
  // stack. Each value keeps its parent and key, so a bad value's path is built only when needed.
  type Work = { v: unknown; up: Work | undefined; k: string | number } | { t: string } | { leave: object };
  const out: string[] = [];
  const open = new Set<object>();
  const stack: Work[] = [{ v: value, up: undefined, k: '' }];
  /** A value that cannot be written: `invalid_value` with its message, or `invalid_type` (not JSON) without one. */
  const bad = (w: { up: Work | undefined; k: string | number }, m?: Label): Nq4Error => {
    const path: (string | number)[] = [];
    for (let at: Work | undefined = w as Work; at !== undefined && 'up' in at && at.up !== undefined; at = at.up) path.unshift(typeof at.k === 'number' ? at.k : pathKey(at.k));
    const message = m ?? CANONICAL_JSON_MESSAGES.notJson;
    return new Nq4Error([issue(m === undefined ? 'invalid_type' : 'invalid_value', path, message.vi, message.en)]);
  };
  while (stack.length > 0) {
    const w = stack.pop() as Work;
    if ('t' in w) {
      out.push(w.t);
      continue;
    }
    if ('leave' in w) {
      open.delete(w.leave);
      continue;
    }
    const v = w.v;
    if (v === null) out.push('null');
    else if (typeof v === 'boolean') out.push(v ? 'true' : 'false');
    else if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw bad(w, CANONICAL_JSON_MESSAGES.nonFinite);
      out.push(Object.is(v, -0) ? '0' : JSON.stringify(v));
    } else if (typeof v === 'string') out.push(JSON.stringify(v.normalize('NFC')));
    else if (typeof v !== 'object') throw bad(w);
    else if (open.has(v)) throw bad(w, CANONICAL_JSON_MESSAGES.cycle);
    else if (Array.isArray(v)) {
      const arr = v as readonly unknown[];
      const items: Work[] = [{ t: '[' }];
      for (let i = 0; i < arr.length; i++) {
        if (i > 0) items.push({ t: ',' });
        items.push({ v: arr[i], up: w, k: i });
      }
      items.push({ t: ']' }, { leave: v });
      open.add(v);
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i] as Work);
    } else {
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) throw bad(w);
      const obj = v as { readonly [key: string]: unknown };
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .map((k) => [k.normalize('NFC'), k] as const)
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      const items: Work[] = [{ t: '{' }];
      keys.forEach(([nk, k], i) => {
        items.push({ t: `${i > 0 ? ',' : ''}${JSON.stringify(nk)}:` });
        items.push({ v: obj[k], up: w, k });
      });
      items.push({ t: '}' }, { leave: v });
      open.add(v);
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i] as Work);
    }
  }
  return out.join('');
}

/**
 * Write a value as canonical JSON (sorted keys, NFC strings, no whitespace).
 * @deprecated Use {@link serializeCanonicalJson}. Will be removed in the next minor.
 * @example
 * ```ts
 * import { canonicalJson, serializeCanonicalJson } from 'nq4';
 * canonicalJson === serializeCanonicalJson; // true
 * ```
 * @category Report
 */
export const canonicalJson: typeof serializeCanonicalJson = serializeCanonicalJson;
