/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` strings. Dates in nq4 are Vietnamese calendar dates:
 * they are never turned into instants, so the host time zone can not shift them.
 * @internal
 */

import type { IsoDate } from '../i18n/isoDate.js';

export type { IsoDate };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parts of an ISO date. @internal */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Number of days in a month of the proleptic Gregorian calendar. @internal */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parse `YYYY-MM-DD` into parts, or `undefined` when it is not a real calendar day. @internal */
export function parseIsoDate(value: string): DateParts | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True when `value` is a real calendar day written `YYYY-MM-DD`. @internal */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== undefined;
}

/** Format parts as `YYYY-MM-DD`. @internal */
export function toIsoDate(parts: DateParts): IsoDate {
  return `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}

/** Parts of a date already validated at the boundary. @internal */
export function partsOf(date: IsoDate): DateParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new TypeError('nq4 internal: unvalidated date reached the core');
  return parts;
}

/** Compare two ISO dates (lexicographic order is calendar order). @internal */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `YYYY-01-01` of a year: the one year-to-date helper (do not write the template again). @internal */
export function yearStart(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-01-01`;
}

/** `YYYY-12-31` of a year: the one year-to-date helper (do not write the template again). @internal */
export function yearEnd(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** The day before an ISO date (the last day of a rule set replaced on that date): the one "day before" of every registry. @internal */
export function dayBefore(date: IsoDate): IsoDate {
  const { year, month, day } = partsOf(date);
  if (day > 1) return toIsoDate({ year, month, day: day - 1 });
  if (month > 1) return toIsoDate({ year, month: month - 1, day: daysInMonth(year, month - 1) });
  return toIsoDate({ year: year - 1, month: 12, day: 31 });
}
