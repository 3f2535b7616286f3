/**
 * The messages every input boundary gives, whatever the area: a required field missing and a field
 * nq4 does not know. Written once, read through `missingFieldIssue` / `unknownFieldIssue` of
 * `errors.ts`, so that zod's issues and the hand-written checks say the same thing.
 * @module
 */
import type { Label } from '../i18n/label.js';

/** The generic input messages, by problem. */
export const INPUT_MESSAGES = {
  missing: { vi: 'Thiếu trường bắt buộc.', en: 'Required field is missing.' } satisfies Label,
  unknownField: { vi: 'Trường không được hỗ trợ.', en: 'Unknown field.' } satisfies Label,
} as const;
