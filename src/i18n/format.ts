import { isIsoDate, partsOf, type IsoDate } from '../_lib/dates.js';
import { issue, Nq4Error } from '../errors.js';

/** A finite number and 0–20 fraction digits, else an Nq4Error naming the argument. */
function checkNumber(value: unknown, digits: unknown): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Nq4Error([issue(typeof value === 'number' ? 'invalid_value' : 'invalid_type', [], 'Cần một số hữu hạn.', 'Expected a finite number.')]);
  }
  if (!(typeof digits === 'number' && Number.isInteger(digits) && digits >= 0 && digits <= 20)) {
    throw new Nq4Error([issue(typeof digits === 'number' ? 'invalid_value' : 'invalid_type', ['fractionDigits'], 'Số chữ số thập phân phải là số nguyên từ 0 đến 20.', 'Fraction digits must be a whole number from 0 to 20.')]);
  }
}

/** The parts of a real calendar day written YYYY-MM-DD, else an Nq4Error. */
function dateParts(date: unknown): { year: number; month: number; day: number } {
  if (typeof date !== 'string' || !isIsoDate(date)) {
    throw new Nq4Error([issue(typeof date === 'string' ? 'invalid_date' : date === undefined ? 'missing' : 'invalid_type', [], 'Cần một ngày có thật, dạng YYYY-MM-DD.', 'Expected a real calendar day, YYYY-MM-DD.')]);
  }
  return partsOf(date);
}

/* Formatters are created once; `Intl` does the grouping and decimal marks, not hand-written code. */

function cache<K, V>(make: (key: K) => V): (key: K) => V {
  const map = new Map<K, V>();
  return (key) => {
    let v = map.get(key);
    if (v === undefined) {
      v = make(key);
      map.set(key, v);
    }
    return v;
  };
}

const decimalVi = /* @__PURE__ */ cache((digits: number) => new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const decimalEn = /* @__PURE__ */ cache((digits: number) => new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
// Built on first use: creating an Intl formatter loads locale data, ~7 ms of every cold import.
const integerVi = /* @__PURE__ */ cache(() => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }));
const integerEn = /* @__PURE__ */ cache(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }));

/**
 * Format a count the Vietnamese way: `.` groups thousands (`2.447`, `45.245`).
 *
 * @example
 * ```ts
 * import { formatNumberVi } from 'nq4';
 * formatNumberVi(2447); // '2.447'
 * formatNumberVi(98.46, 2); // '98,46'
 * ```
 * @param value - the number
 * @param fractionDigits - digits after the decimal comma (default 0)
 * @throws {@link Nq4Error} when the number is not finite or the digits are not a whole number from 0 to 20.
 * @category Formatting
 */
export function formatNumberVi(value: number, fractionDigits = 0): string {
  checkNumber(value, fractionDigits);
  return fractionDigits === 0 ? integerVi(0).format(value) : decimalVi(fractionDigits).format(value);
}

/**
 * Format a number the English way (`2,447`, `98.46`).
 *
 * @example
 * ```ts
 * import { formatNumberEn } from 'nq4';
 * formatNumberEn(2447); // '2,447'
 * ```
 * @throws {@link Nq4Error} when the number is not finite or the digits are not a whole number from 0 to 20.
 * @category Formatting
 */
export function formatNumberEn(value: number, fractionDigits = 0): string {
  checkNumber(value, fractionDigits);
  return fractionDigits === 0 ? integerEn(0).format(value) : decimalEn(fractionDigits).format(value);
}

/**
 * Format a percentage the way Vietnamese reports print it: `98,46%` (no space before `%`).
 * `percent` is already a percentage (98.46), not a ratio.
 *
 * @example
 * ```ts
 * import { formatPercentVi } from 'nq4';
 * formatPercentVi(98.456, 2); // '98,46%'
 * ```
 * @throws {@link Nq4Error} when the number is not finite or the digits are not a whole number from 0 to 20.
 * @category Formatting
 */
export function formatPercentVi(percent: number, fractionDigits = 2): string {
  return `${formatNumberVi(percent, fractionDigits)}%`;
}

/**
 * Format a percentage in English: `98.46%`.
 *
 * @example
 * ```ts
 * import { formatPercentEn } from 'nq4';
 * formatPercentEn(98.456, 2); // '98.46%'
 * ```
 * @throws {@link Nq4Error} when the number is not finite or the digits are not a whole number from 0 to 20.
 * @category Formatting
 */
export function formatPercentEn(percent: number, fractionDigits = 2): string {
  return `${formatNumberEn(percent, fractionDigits)}%`;
}

/**
 * Format an ISO date the way party documents write it: day and month without leading zeros,
 * joined by hyphens (`8-3-2018`), as in "Quy định số 132-QĐ/TW, ngày 8-3-2018".
 * Pure calendar formatting: no time zone can shift the day.
 *
 * @example
 * ```ts
 * import { formatDateVi } from 'nq4';
 * formatDateVi('2018-03-08'); // '8-3-2018'
 * ```
 * @throws {@link Nq4Error} when `date` is not a real calendar day written `YYYY-MM-DD`.
 * @category Formatting
 */
export function formatDateVi(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${day}-${month}-${year}`;
}

const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * Format an ISO date in English: `8 March 2018`.
 *
 * @example
 * ```ts
 * import { formatDateEn } from 'nq4';
 * formatDateEn('2018-03-08'); // '8 March 2018'
 * ```
 * @throws {@link Nq4Error} when `date` is not a real calendar day written `YYYY-MM-DD`.
 * @category Formatting
 */
export function formatDateEn(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/**
 * Format an ISO date in long Vietnamese form: `ngày 8 tháng 3 năm 2018`.
 *
 * @example
 * ```ts
 * import { formatDateLongVi } from 'nq4';
 * formatDateLongVi('2018-03-08'); // 'ngày 8 tháng 3 năm 2018'
 * ```
 * @throws {@link Nq4Error} when `date` is not a real calendar day written `YYYY-MM-DD`.
 * @category Formatting
 */
export function formatDateLongVi(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `ngày ${day} tháng ${month} năm ${year}`;
}
