import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatDateEn,
  formatDateLongVi,
  formatDateVi,
  formatNumberEn,
  formatNumberVi,
  formatPercentEn,
  formatPercentVi,
} from '../../src/index.js';

describe('Vietnamese number formatting', () => {
  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatNumberVi(2447)).toBe('2.447');
    expect(formatNumberVi(45245)).toBe('45.245');
    expect(formatNumberVi(5_500_000)).toBe('5.500.000');
    expect(formatNumberVi(27)).toBe('27');
    expect(formatPercentVi(98.46)).toBe('98,46%');
    expect(formatPercentVi(98.456, 2)).toBe('98,46%');
    expect(formatPercentVi(100, 0)).toBe('100%');
  });

  it('formats English numbers', () => {
    expect(formatNumberEn(2447)).toBe('2,447');
    expect(formatPercentEn(98.456)).toBe('98.46%');
  });

  it('prints integers so that removing the dots gives the number back (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => Number(formatNumberVi(n).replaceAll('.', '')) === n));
  });
});

describe('dates', () => {
  it('writes dates the party way and in English, without time-zone shifts', () => {
    expect(formatDateVi('2018-03-08')).toBe('8-3-2018');
    expect(formatDateLongVi('2016-10-30')).toBe('ngày 30 tháng 10 năm 2016');
    expect(formatDateEn('2024-02-29')).toBe('29 February 2024');
    expect(formatDateVi('2025-01-01')).toBe('1-1-2025');
  });
});
