/**
 * Pure calendar arithmetic for discipline periods, on ISO `YYYY-MM-DD` strings (never `Date`
 * objects, so the host time zone can not shift a day). How a legal period adds its months is
 * option O-1 of discipline.md §8: the texts do not say.
 * @internal
 */
import { daysInMonth, partsOf, toIsoDate, type IsoDate } from '../_lib/dates.js';

/**
 * How a start on the 29th, 30th or 31st lands in a shorter month (O-1):
 * `clamp` gives the month's last day (29-02-2020 + 60 months = 28-02-2025, date-fns semantics);
 * `nextDay` rolls over to the first day of the following month (01-03-2025).
 * @example
 * ```ts
 * import { checkLimitation, type MonthEndConvention } from 'nq4';
 * const monthEnd: MonthEndConvention = 'nextDay';
 * const facts = { subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2020-02-29', conclusionOn: '2025-03-01' } as const;
 * checkLimitation(facts).status; // 'timeBarred'
 * checkLimitation(facts, { monthEnd }).status; // 'within'
 * ```
 * @category Discipline
 */
export type MonthEndConvention = 'clamp' | 'nextDay';

/** Add calendar months. @internal */
export function addMonths(date: IsoDate, months: number, convention: MonthEndConvention = 'clamp'): IsoDate {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = daysInMonth(y, m);
  if (day <= last) return toIsoDate({ year: y, month: m, day });
  if (convention === 'clamp') return toIsoDate({ year: y, month: m, day: last });
  return addDays(toIsoDate({ year: y, month: m, day: last }), day - last);
}

/** Days since 0000-03-01 (a proleptic Gregorian day number). @internal */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = partsOf(date);
  const y = month <= 2 ? year - 1 : year;
  const m = month <= 2 ? month + 9 : month - 3;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * m + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe;
}

/** The ISO date of a day number. @internal */
export function fromDayNumber(n: number): IsoDate {
  const era = Math.floor(n / 146097);
  const doe = n - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return toIsoDate({ year, month, day });
}

/** Add (or subtract) whole days. @internal */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The year of an ISO date. @internal */
export function yearOf(date: IsoDate): number {
  return partsOf(date).year;
}

/** The later of two dates. @internal */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
