/**
 * QĐ 212-QĐ/TW (signed 17-08-2026), status R: reported to replace QĐ 69 and QĐ 264; content not
 * seen (O-9, O-10, O-12). Limitation and expiry are gaps: "unknown" unless `assumeContinuity`.
 * @module
 */
import { QD212_OF_2026 } from '../../legal/documents.js';
import * as SRC from '../sources.js';
import type { DisciplineRuleSetDefinition } from './types.js';

/** QĐ 212's own texts. */
const MESSAGES = {
  /** The gap reason of the `qd212` limitation version: its content was not seen. */
  contentNotSeen: {
    vi: 'QĐ 212-QĐ/TW (ký ngày 17-8-2026, thay QĐ 69 và QĐ 264 theo báo cáo) chưa được đối chiếu nội dung; ngày hiệu lực lấy theo ngày ký.',
    en: 'QĐ 212-QĐ/TW (signed 17 August 2026, reported to replace QĐ 69 and QĐ 264) has not been seen; its signing date is used as its effective date.',
  },
};

/** QĐ 212: limitation and expiry not seen. @internal */
export const qd212RuleSet: DisciplineRuleSetDefinition<'qd212'> = {
  id: 'qd212',
  label: { vi: 'QĐ 212-QĐ/TW (chưa đối chiếu nội dung)', en: 'QĐ 212-QĐ/TW (content not seen)' },
  validFrom: '2026-08-17',
  sources: [SRC.qd212],
  limitation: {
    id: 'qd212',
    label: { vi: `QĐ 212-QĐ/TW (${QD212_OF_2026.signedYear}, chưa đối chiếu nội dung)`, en: 'QĐ 212-QĐ/TW (2026, content not seen)' },
    sources: [SRC.qd212],
    gapReason: MESSAGES.contentNotSeen,
  },
  expiry: { label: { vi: 'thời kỳ QĐ 212-QĐ/TW', en: 'the QĐ 212-QĐ/TW period' }, subjects: [] },
};
