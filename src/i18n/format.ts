import { partsOf, type IsoDate } from '../_lib/dates.js';

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
 * @category Formatting
 */
export function formatNumberVi(value: number, fractionDigits = 0): string {
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
 * @category Formatting
 */
export function formatNumberEn(value: number, fractionDigits = 0): string {
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
 * @category Formatting
 */
export function formatDateVi(date: IsoDate): string {
  const { year, month, day } = partsOf(date);
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
 * @category Formatting
 */
export function formatDateEn(date: IsoDate): string {
  const { year, month, day } = partsOf(date);
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
 * @category Formatting
 */
export function formatDateLongVi(date: IsoDate): string {
  const { year, month, day } = partsOf(date);
  return `ngày ${day} tháng ${month} năm ${year}`;
}
