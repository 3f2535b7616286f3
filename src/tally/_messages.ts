/**
 * Every text the tally checks write, keyed by issue code, Vietnamese and English side by side.
 * @module
 */
import type { Label } from '../i18n/label.js';

/** The texts of the tally's own checks (the schema's messages come from zod's issues). */
export const TALLY_MESSAGES = {
  /** A sum past 2^53 − 1. */
  tooBig: {
    vi: 'Tổng vượt quá số nguyên lớn nhất có thể cộng chính xác (2^53 − 1).',
    en: 'The sum exceeds the largest whole number that can be added exactly (2^53 − 1).',
  } satisfies Label,
};
