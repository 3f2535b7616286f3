import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, isIsoDate, toIsoDate } from '../../src/_lib/dates.js';
import { addDays, addMonths, dayNumber, fromDayNumber } from '../../src/discipline/calendar.js';

const day = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day: d }) => toIsoDate({ year, month, day: Math.min(d, daysInMonth(year, month)) }));

describe('calendar arithmetic (no Date objects)', () => {
  it('day numbers round-trip and count consecutive days', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(fromDayNumber(dayNumber(d))).toBe(d);
        const next = addDays(d, 1);
        expect(isIsoDate(next)).toBe(true);
        expect(next > d).toBe(true);
        expect(dayNumber(next) - dayNumber(d)).toBe(1);
      }),
    );
  });

  it('known day counts', () => {
    expect(dayNumber('2024-04-30') - dayNumber('2024-02-01') + 1).toBe(90);
    expect(addDays('2024-03-10', 90)).toBe('2024-06-08');
    expect(addDays('2000-03-01', -1)).toBe('2000-02-29');
    expect(addDays('1900-03-01', -1)).toBe('1900-02-28');
  });

  it('adding months: clamp stays in the target month, next day rolls over, day kept when it exists', () => {
    expect(addMonths('2020-02-29', 60)).toBe('2025-02-28');
    expect(addMonths('2020-02-29', 60, 'nextDay')).toBe('2025-03-01');
    expect(addMonths('2019-01-31', 1)).toBe('2019-02-28');
    expect(addMonths('2019-01-31', 1, 'nextDay')).toBe('2019-03-03');
    expect(addMonths('2019-12-15', 12)).toBe('2020-12-15');
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 240 }), (d, m) => {
        const c = addMonths(d, m);
        const n = addMonths(d, m, 'nextDay');
        expect(isIsoDate(c)).toBe(true);
        expect(n >= c).toBe(true);
        expect(dayNumber(n) - dayNumber(c)).toBeLessThanOrEqual(3);
        if (Number(d.slice(8)) <= 28) expect(c.slice(8)).toBe(d.slice(8));
      }),
    );
  });
});
