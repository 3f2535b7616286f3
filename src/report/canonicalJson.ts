/**
 * Canonical JSON for sealing: object keys sorted by UTF-16 code units, strings in Unicode NFC,
 * `-0` written `0`, `undefined` properties left out, no whitespace. Arrays keep their order:
 * callers sort unordered collections before (sealReport does). Same value, same text, on every
 * machine: `JSON.stringify` of a finite number is fixed by the ECMAScript specification.
 * @module
 */
import { issue, Nq4Error } from '../errors.js';

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
 * import { canonicalJson } from 'nq4';
 * canonicalJson({ b: 1, a: [true, null, 'hoá'] }); // '{"a":[true,null,"hoá"],"b":1}'
 * ```
 * @throws {@link Nq4Error} `invalid_value` for a non-finite number.
 * @category Report
 */
export function canonicalJson(value: CanonicalValue): string {
  // Iterative writer: a work stack of values and literal tokens, so depth is not bounded by the JS stack.
  type Work = { v: CanonicalValue } | { t: string };
  const out: string[] = [];
  const stack: Work[] = [{ v: value }];
  while (stack.length > 0) {
    const w = stack.pop() as Work;
    if ('t' in w) {
      out.push(w.t);
      continue;
    }
    const v = w.v;
    if (v === null) out.push('null');
    else if (typeof v === 'boolean') out.push(v ? 'true' : 'false');
    else if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Nq4Error([issue('invalid_value', [], 'Số không hữu hạn không thể niêm phong.', 'A non-finite number cannot be sealed.')]);
      out.push(Object.is(v, -0) ? '0' : JSON.stringify(v));
    } else if (typeof v === 'string') out.push(JSON.stringify(v.normalize('NFC')));
    else if (Array.isArray(v)) {
      const arr = v as readonly CanonicalValue[];
      const items: Work[] = [{ t: '[' }];
      arr.forEach((x, i) => {
        if (i > 0) items.push({ t: ',' });
        items.push({ v: x });
      });
      items.push({ t: ']' });
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i] as Work);
    } else {
      const obj = v as { readonly [key: string]: CanonicalValue | undefined };
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .map((k) => [k.normalize('NFC'), k] as const)
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      const items: Work[] = [{ t: '{' }];
      keys.forEach(([nk, k], i) => {
        items.push({ t: `${i > 0 ? ',' : ''}${JSON.stringify(nk)}:` });
        items.push({ v: obj[k] as CanonicalValue });
      });
      items.push({ t: '}' });
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i] as Work);
    }
  }
  return out.join('');
}
