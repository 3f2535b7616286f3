/**
 * The one derivation of rule-set end dates, shared by the rating, review and discipline registries:
 * each set ends the day before the next one starts, so no end date is written by hand.
 * @internal
 * @module
 */
import { dayBefore, type IsoDate } from './dates.js';
import { deepFreeze } from './freeze.js';

/**
 * Rule sets (or modules) in date order, each ending the day before the next starts (`validTo` placed after
 * `validFrom`, where the public rule sets have always had it); the last stays in force. Deeply
 * frozen (a copy of each module that gets an end date; the modules themselves are frozen too).
 * @internal
 */
export function chainValidity<E extends { readonly validFrom: IsoDate }>(list: readonly E[]): readonly (E & { readonly validTo?: IsoDate })[] {
  const sorted = [...list].sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
  return deepFreeze(
    sorted.map((e, i) => {
      const next = sorted[i + 1];
      if (next === undefined) return e;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(e)) {
        if (k === 'validTo') continue;
        out[k] = v;
        if (k === 'validFrom') out['validTo'] = dayBefore(next.validFrom);
      }
      return out as E & { readonly validTo?: IsoDate };
    }),
  );
}
