/**
 * The "hoàn thành xuất sắc nhiệm vụ" (HTXSNV) quota by rating rule set, as reconciliation uses it
 * (rating.md §7.2, §1.2 and decisions D1–D5):
 * - HD 27-HD/BTCTW (2014, rating years ≤ 2017) and HD 16-HD/BTCTW (2018): no quota seen — unverified;
 * - HD 21-HD/BTCTW (2019–2022), members, quoted: "không vượt quá 20% số đảng viên được xếp loại
 *   “Hoàn thành tốt nhiệm vụ” trong từng tổ chức cơ sở đảng"; organizations: cut off — unverified;
 * - QĐ 124-QĐ/TW (2023–2024), collectives, paraphrased (English translation): 20% of those rated
 *   "hoàn thành tốt nhiệm vụ" in each peer group; individuals: unverified;
 * - QĐ 366-QĐ/TW (2025 on), Điều 11 khoản 1 điểm 1.5, quoted: 20% of those rated HTTNV in each
 *   peer group, up to 25% where the competent level so decides for outstanding units.
 *
 * A year's rule set is the one in force on 31 December of that year (decision D1: rating changes
 * arrived mid-year and governed that year's year-end rating). The rating area may later own this
 * table; reconciliation reads only this data.
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Label } from '../i18n/label.js';
import { cite, type Citation } from '../legal/citation.js';
import { PARTY_DOCUMENTS } from '../legal/documents.js';
import { createRuleSetRegistry, type RuleSetInfo, type RuleSetRegistry } from '../legal/ruleSets.js';

/**
 * Who a quota is about: members (cá nhân, đảng viên) or collectives (tổ chức đảng, tập thể).
 * @category Report
 */
export type ReconcileQuotaSubject = 'individual' | 'collective';

/**
 * A quota: at most `percent` % of those rated HTTNV may be rated HTXSNV; `exceptionPercent` is
 * the ceiling where the competent level grants the exception. `known: false` when no text was seen.
 * @category Report
 */
export type ReconcileQuota =
  | {
      readonly known: true;
      /** The ordinary ceiling, in percent of those rated HTTNV. */
      readonly percent: number;
      /** The ceiling with the exception, if the rule set has one. */
      readonly exceptionPercent?: number;
      /** The group the quota is counted in (by the text). */
      readonly group: Label;
      /** The source. */
      readonly source: Citation;
    }
  | { readonly known: false; readonly reason: Label; readonly source?: Citation };

/**
 * A rating rule set as far as the HTXSNV quota goes.
 * @category Report
 */
export interface ReconcileQuotaRuleSet extends RuleSetInfo {
  /** The quota for individuals and for collectives. */
  readonly quota: { readonly [S in ReconcileQuotaSubject]: ReconcileQuota };
}

const unknown = (vi: string, en: string, source?: Citation): ReconcileQuota =>
  source ? { known: false, reason: { vi, en }, source } : { known: false, reason: { vi, en } };

const HD21_QUOTA = /* @__PURE__ */ cite(
  PARTY_DOCUMENTS.hd21of2019,
  {
    item: { vi: 'điểm a tiểu mục 2.3 (khung tiêu chuẩn các mức chất lượng)', en: 'point a of 2.3 (quality-level standards)' },
    quoteVi:
      'Cấp có thẩm quyền xem xét, quyết định số lượng đảng viên được xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số đảng viên được xếp loại “Hoàn thành tốt nhiệm vụ” trong từng tổ chức cơ sở đảng.',
  },
  'quotedSecondHand',
);
const QD124_QUOTA = /* @__PURE__ */ cite(
  PARTY_DOCUMENTS.qd124of2023,
  {
    article: 12,
    clause: 1,
    note: {
      vi: 'Chỉ có bản dịch tiếng Anh (LawNet) cho tập thể: không vượt quá 20% số được xếp loại hoàn thành tốt nhiệm vụ trong từng nhóm tương đồng.',
      en: 'English translation only (LawNet), for collectives: not more than 20% of those rated good within each peer group.',
    },
  },
  'paraphrased',
);
const QD366_QUOTA = /* @__PURE__ */ cite(
  PARTY_DOCUMENTS.qd366of2025,
  {
    article: 11,
    clause: 1,
    item: { vi: 'điểm 1.5', en: 'point 1.5' },
    quoteVi:
      'Số lượng tập thể, cá nhân được xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% tổng số tập thể, cá nhân được xếp loại "Hoàn thành tốt nhiệm vụ" theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng, do cấp có thẩm quyền xem xét, quyết định. … không vượt quá 25% tổng số tập thể, cá nhân được xếp loại "Hoàn thành tốt nhiệm vụ".',
  },
  'quotedSecondHand',
);

const PEER_GROUP: Label = { vi: 'theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng', en: 'per peer group of similar position, role, function and duty' };

/**
 * The quota rule sets, registered by the day each took over (rating.md §1.1).
 *
 * @example
 * ```ts
 * import { RECONCILE_QUOTA_RULE_SETS } from 'nq4';
 * RECONCILE_QUOTA_RULE_SETS.forYear(2020).quota.individual.known; // true
 * RECONCILE_QUOTA_RULE_SETS.forYear(2017).quota.individual.known; // false
 * ```
 * @category Report
 */
export const RECONCILE_QUOTA_RULE_SETS: RuleSetRegistry<ReconcileQuotaRuleSet> = /* @__PURE__ */ createRuleSetRegistry('htxsnvQuota', [
  deepFreeze({
    id: 'hd27',
    area: 'htxsnvQuota',
    label: { vi: 'HD 27-HD/BTCTW (2014)', en: 'HD 27-HD/BTCTW (2014)' },
    validFrom: '2014-09-25',
    validTo: '2018-09-23',
    sources: [cite(PARTY_DOCUMENTS.hd27of2014, {}, 'unverified')],
    quota: {
      individual: unknown('Chưa đối chiếu được quy định tỷ lệ của HD 27-HD/BTCTW.', 'The quota of HD 27-HD/BTCTW was not seen.'),
      collective: unknown('Chưa đối chiếu được quy định tỷ lệ của HD 27-HD/BTCTW.', 'The quota of HD 27-HD/BTCTW was not seen.'),
    },
  }),
  deepFreeze({
    id: 'hd16',
    area: 'htxsnvQuota',
    label: { vi: 'QĐ 132-QĐ/TW + HD 16-HD/BTCTW (2018)', en: 'QĐ 132-QĐ/TW + HD 16-HD/BTCTW (2018)' },
    validFrom: '2018-09-24',
    validTo: '2019-10-17',
    sources: [cite(PARTY_DOCUMENTS.hd16of2018, {}, 'unverified')],
    quota: {
      individual: unknown('Chưa đối chiếu được quy định tỷ lệ của HD 16-HD/BTCTW.', 'The quota of HD 16-HD/BTCTW was not seen.'),
      collective: unknown('Chưa đối chiếu được quy định tỷ lệ của HD 16-HD/BTCTW.', 'The quota of HD 16-HD/BTCTW was not seen.'),
    },
  }),
  deepFreeze({
    id: 'hd21',
    area: 'htxsnvQuota',
    label: { vi: 'QĐ 132-QĐ/TW + HD 21-HD/BTCTW (2019–2022)', en: 'QĐ 132-QĐ/TW + HD 21-HD/BTCTW (2019–2022)' },
    validFrom: '2019-10-18',
    validTo: '2023-11-09',
    sources: [HD21_QUOTA],
    quota: {
      individual: { known: true, percent: 20, group: { vi: 'trong từng tổ chức cơ sở đảng', en: 'within each grassroots organization' }, source: HD21_QUOTA },
      collective: unknown(
        'Câu quy định tỷ lệ đối với tổ chức đảng trong HD 21-HD/BTCTW bị cắt, chưa đối chiếu được.',
        'The HD 21-HD/BTCTW quota sentence for organizations is cut off in the sources seen.',
        cite(PARTY_DOCUMENTS.hd21of2019, {}, 'quotedPartial'),
      ),
    },
  }),
  deepFreeze({
    id: 'qd124',
    area: 'htxsnvQuota',
    label: { vi: 'QĐ 124-QĐ/TW + HD 25-HD/BTCTW (2023–2024)', en: 'QĐ 124-QĐ/TW + HD 25-HD/BTCTW (2023–2024)' },
    validFrom: '2023-11-10',
    validTo: '2025-08-29',
    sources: [QD124_QUOTA],
    quota: {
      individual: unknown('Chưa đối chiếu được quy định tỷ lệ đối với cá nhân của QĐ 124-QĐ/TW.', 'The QĐ 124-QĐ/TW quota for individuals was not seen.'),
      collective: { known: true, percent: 20, group: PEER_GROUP, source: QD124_QUOTA },
    },
  }),
  deepFreeze({
    id: 'qd366',
    area: 'htxsnvQuota',
    label: { vi: 'QĐ 366-QĐ/TW + HD 43-HD/BTCTW (từ 2025)', en: 'QĐ 366-QĐ/TW + HD 43-HD/BTCTW (2025 on)' },
    validFrom: '2025-08-30',
    sources: [QD366_QUOTA],
    quota: {
      individual: { known: true, percent: 20, exceptionPercent: 25, group: PEER_GROUP, source: QD366_QUOTA },
      collective: { known: true, percent: 20, exceptionPercent: 25, group: PEER_GROUP, source: QD366_QUOTA },
    },
  }),
]);
