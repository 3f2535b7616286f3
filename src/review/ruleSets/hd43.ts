/**
 * Review rule set `hd43`: QĐ 366-QĐ/TW + HD 43-HD/BTCTW: review years 2025 on (from 30-8-2025, when QĐ 366 takes effect).
 * One module per guidance version, registered by its id in
 * `REVIEW_RULE_SET_IDS` (ruleSetIds.ts), its end date derived from the next version's start.
 * @internal
 */
import { cite } from '../../legal/citation.js';
import { HD43_OF_2025, KL198_OF_2025, QD366_OF_2025 } from '../../legal/documents.js';
import { l, DEGRADATION_NOTE, COMMON_MESSAGES, type ReviewRuleSetModule } from './_common.js';

/** The texts of this version. */
const MESSAGES = {
  /** Note of the quarterly evaluation of leaders (Q1–Q3). */
  quarterlyForLeaders: {
    vi: 'Cán bộ lãnh đạo, quản lý được đánh giá hằng quý (quý I–III); quý IV gộp vào đánh giá cuối năm.',
    en: 'Leaders are evaluated each quarter (Q1–Q3); Q4 is merged into the year-end rating.',
  },
  /** Note of the "shortcomings fixed" criterion of the "excellent" level. */
  shortcomingsFixed: {
    vi: 'Mức "Hoàn thành xuất sắc nhiệm vụ" đòi hỏi đã khắc phục 100% hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước.',
    en: 'The "excellent" level requires that 100% of the shortcomings shown at the previous review have been fixed.',
  },
};

const QD366_NOT_REVIEWED = cite(
  QD366_OF_2025,
  {
    article: 5,
    clause: 2,
    item: l('tiết 2.1', 'sub-point 2.1'),
    effectiveFrom: '2025-08-30',
    quoteVi:
      '2.1. Đảng viên trong toàn Đảng (trừ đảng viên được miễn công tác và sinh hoạt đảng; đảng viên bị đình chỉ sinh hoạt đảng; đảng viên mới kết nạp chưa đủ 6 tháng).',
  },
  'quoted',
);

const QUARTERS_2025 = [
  cite(
    QD366_OF_2025,
    {
      note: l(
        'Kiểm điểm, đánh giá "theo nhiệm kỳ, hằng năm, hằng quý hoặc khi cần thiết" (theo báo chí tóm tắt); không nói chỉ áp dụng cho cán bộ lãnh đạo.',
        'Review and rating "by term, yearly, quarterly or when needed" (press summary); it does not restrict quarters to leaders.',
      ),
    },
    'paraphrased',
  ),
  cite(
    KL198_OF_2025,
    {
      note: l(
        'Đánh giá cán bộ lãnh đạo, quản lý hằng quý cho quý I–III; quý IV gộp vào đánh giá cuối năm (theo bản tóm tắt).',
        'Leaders are evaluated quarterly for Q1–Q3; Q4 is merged into the year-end rating (as summarised).',
      ),
    },
    'paraphrased',
  ),
];

/** The `hd43` guidance version. @internal */
export const hd43Review: ReviewRuleSetModule<'hd43'> = {
    id: 'hd43',
    area: 'review',
    label: l('Quy định 366-QĐ/TW + Hướng dẫn 43-HD/BTCTW', 'Regulation 366-QĐ/TW + Guidance 43-HD/BTCTW'),
    validFrom: '2025-08-30',
    sources: [
      cite(
        QD366_OF_2025,
        {
          article: 19,
          effectiveFrom: '2025-08-30',
          note: l(
            'Quy định 366-QĐ/TW có hiệu lực từ 30-8-2025 (Điều 19), thay Quy định 124-QĐ/TW: bộ quy tắc này bắt đầu từ ngày đó.',
            'Regulation 366-QĐ/TW is in force from 30-8-2025 (Article 19), replacing Regulation 124-QĐ/TW: this rule set starts on that day.',
          ),
        },
        'reported',
      ),
      cite(
        HD43_OF_2025,
        {
          effectiveFrom: '2025-10-31',
          quoteVi: 'thay thế Hướng dẫn số 25-HD/BTCTW, ngày 10/11/2023',
          note: l(
            'Hướng dẫn 43-HD/BTCTW ký và có hiệu lực ngày 31-10-2025. Từ 30-8-2025 đến 30-10-2025 đã có Quy định 366 nhưng chưa có Hướng dẫn 43: các điểm của bộ quy tắc dựa trên Quy định 366; riêng việc đánh giá hằng quý chỉ cho cán bộ lãnh đạo, quý I–III (Kết luận 198-KL/TW ngày 8-10-2025, Hướng dẫn 43) chưa có văn bản trước các ngày đó.',
            'Guidance 43-HD/BTCTW was signed and took effect on 31-10-2025. From 30-8-2025 to 30-10-2025 Regulation 366 was in force without Guidance 43: the points of this rule set rest on Regulation 366; only the quarterly evaluation of leaders for Q1–Q3 (Conclusion 198-KL/TW of 8-10-2025, Guidance 43) had no text before those days.',
          ),
        },
        'quoted',
      ),
    ],
    guidance: HD43_OF_2025,
    regulation: QD366_OF_2025,
    notReviewed: {
      exemptFromActivity: {
        status: 'applies',
        citations: [QD366_NOT_REVIEWED],
        note: COMMON_MESSAGES.exemptNotReviewed,
      },
      suspended: {
        status: 'applies',
        citations: [QD366_NOT_REVIEWED],
        note: COMMON_MESSAGES.suspendedNotReviewed,
      },
      newMember: {
        status: 'applies',
        citations: [QD366_NOT_REVIEWED],
        note: COMMON_MESSAGES.newMemberNotReviewed,
      },
    },
    quarterlyForLeaders: {
      status: 'applies',
      citations: QUARTERS_2025,
      note: MESSAGES.quarterlyForLeaders,
    },
    degradationConcluded: {
      status: 'applies',
      citations: [
        cite(
          QD366_OF_2025,
          {
            article: 11,
            clause: 4,
            quoteVi: 'Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá".',
          },
          'quoted',
        ),
      ],
      note: DEGRADATION_NOTE,
    },
    shortcomingsFixed: {
      status: 'applies',
      citations: [
        cite(
          QD366_OF_2025,
          {
            article: 11,
            clause: 1,
            item: l('tiết 1.4', 'sub-point 1.4'),
            quoteVi: 'Đã khắc phục 100% các hạn chế, khuyết điểm được chỉ ra ở thời điểm kiểm điểm trước (nếu có).',
          },
          'quoted',
        ),
      ],
      note: MESSAGES.shortcomingsFixed,
    },
};
