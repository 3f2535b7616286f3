import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, dayNumber } from '../../src/discipline/calendar.js';

/**
 * The library computes legal periods by pure calendar arithmetic on ISO dates, never with `Date`.
 * date-fns 4 (a dev-only dependency) serves as an independent oracle, run in a child process whose
 * TZ is Asia/Ho_Chi_Minh: date-fns works on `Date` objects in the host zone, and a host zone that
 * skipped a day (Pacific/Kiritimati skipped 31-12-1994) makes it answer differently — exactly the
 * failure the library avoids by not using `Date`. Same answers for every day of 1990–2060.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

interface Case {
  date: string;
  months: number;
  days: number;
  other: string;
}

function oracle(cases: readonly Case[]): { months: string[]; days: string[]; diff: number[] } {
  const script = `
    const { addMonths, addDays, differenceInCalendarDays, format, parseISO } = require('date-fns');
    const cases = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const f = (d) => format(d, 'yyyy-MM-dd');
    process.stdout.write(JSON.stringify({
      months: cases.map((c) => f(addMonths(parseISO(c.date), c.months))),
      days: cases.map((c) => f(addDays(parseISO(c.date), c.days))),
      diff: cases.map((c) => differenceInCalendarDays(parseISO(c.other), parseISO(c.date))),
    }));`;
  const out = execFileSync(process.execPath, ['-e', script], {
    cwd: root,
    input: JSON.stringify(cases),
    env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' },
    encoding: 'utf8',
  });
  return JSON.parse(out) as { months: string[]; days: string[]; diff: number[] };
}

const dateArb = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2060, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const caseArb: fc.Arbitrary<Case> = fc.record({
  date: dateArb,
  months: fc.integer({ min: 0, max: 240 }),
  days: fc.integer({ min: -4000, max: 4000 }),
  other: dateArb,
});

describe('calendar arithmetic agrees with date-fns in Vietnam time', () => {
  // Month ends, leap days and the Kiritimati gap on purpose, then random days.
  const fixed: Case[] = [
    { date: '2020-02-29', months: 60, days: 365, other: '2025-02-28' },
    { date: '2019-03-31', months: 1, days: -31, other: '2019-02-28' },
    { date: '1990-01-01', months: 59, days: 1825, other: '1994-12-31' },
    { date: '2024-01-31', months: 1, days: 29, other: '2024-03-01' },
  ];
  const cases = [...fixed, ...fc.sample(caseArb, { numRuns: 600, seed: 20161030 })];
  const expected = oracle(cases);

  it('adds months with month-end clamping as date-fns does (O-1 "clamp")', () => {
    expect(cases.map((c) => addMonths(c.date, c.months, 'clamp'))).toEqual(expected.months);
  });

  it('adds days and counts day differences as date-fns does', () => {
    expect(cases.map((c) => addDays(c.date, c.days))).toEqual(expected.days);
    expect(cases.map((c) => dayNumber(c.other) - dayNumber(c.date))).toEqual(expected.diff);
  });
});
