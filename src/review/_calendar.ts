/**
 * Calendar arithmetic the review area needs, on ISO `YYYY-MM-DD` strings only (no `Date`, so the
 * host time zone can not shift a day).
 * @internal
 */
import { daysInMonth, partsOf, toIsoDate, type IsoDate } from '../_lib/dates.js';

/** Days since 0000-03-01 of the proleptic Gregorian calendar (Howard Hinnant's days_from_civil). @internal */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = partsOf(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe;
}

/** Whole days from `from` to `to` (positive when `to` is later). @internal */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The same day `months` calendar months later, clamped to the month's last day (31-8 + 6 months = 28/29-2). @internal */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return toIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}
