import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays as dfAddDays, addMonths as dfAddMonths, differenceInCalendarDays } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, dayNumber } from '../../src/discipline/calendar.js';

/**
 * The library computes legal periods by pure calendar arithmetic on ISO dates. date-fns 4 with
 * @date-fns/tz, computing in Asia/Ho_Chi_Minh, serves as an independent oracle here (a dev-only
 * dependency): same answers for every day of 1990–2060, whatever the host TZ.
 */
const ZONE = 'Asia/Ho_Chi_Minh';
const iso = (d: Date): string => {
  const z = new TZDate(d, ZONE);
  return `${String(z.getFullYear()).padStart(4, '0')}-${String(z.getMonth() + 1).padStart(2, '0')}-${String(z.getDate()).padStart(2, '0')}`;
};
const vn = (date: string): TZDate => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, ZONE);
};
const dateArb = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2060, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar arithmetic agrees with date-fns in Vietnam time', () => {
  it('adds months with month-end clamping as date-fns does (O-1 "clamp")', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 240 }), (date, months) => {
        expect(addMonths(date, months, 'clamp')).toBe(iso(dfAddMonths(vn(date), months)));
      }),
      { numRuns: 500 },
    );
  });

  it('adds days and counts day differences as date-fns does', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -4000, max: 4000 }), dateArb, (date, days, other) => {
        expect(addDays(date, days)).toBe(iso(dfAddDays(vn(date), days)));
        expect(dayNumber(other) - dayNumber(date)).toBe(differenceInCalendarDays(vn(other), vn(date)));
      }),
      { numRuns: 500 },
    );
  });
});
