/**
 * Review rule set `hd25`: QĐ 124-QĐ/TW + HD 25-HD/BTCTW: review years 2023–2024.
 * One module per guidance version, registered by its id in
 * `REVIEW_RULE_SET_IDS` (ruleSetIds.ts), its end date derived from the next version's start.
 * @internal
 */
import { cite } from '../../legal/citation.js';
import { HD25_OF_2023, QD124_OF_2023 } from '../../legal/documents.js';
import { l, NO_QUARTERS, NO_SHORTCOMINGS_CRITERION, DEGRADATION_NOTE, COMMON_MESSAGES, type ReviewRuleSetModule } from './_common.js';

const QD124_NOT_REVIEWED = cite(
  QD124_OF_2023,
  {
    note: l(
      'Theo tóm tắt của Báo Nghệ An: Quy định 124-QĐ/TW bổ sung đối tượng không kiểm điểm là đảng viên bị đình chỉ sinh hoạt đảng và đảng viên mới kết nạp chưa đủ 6 tháng.',
      'Per a Báo Nghệ An summary: Regulation 124-QĐ/TW adds members suspended from party activity and members admitted less than 6 months before to those not reviewed.',
    ),
  },
  'paraphrased',
);

/** The `hd25` guidance version. @internal */
export const hd25Review: ReviewRuleSetModule<'hd25'> = {
    id: 'hd25',
    area: 'review',
    label: l('Quy định 124-QĐ/TW + Hướng dẫn 25-HD/BTCTW', 'Regulation 124-QĐ/TW + Guidance 25-HD/BTCTW'),
    validFrom: '2023-11-10',
    sources: [cite(QD124_OF_2023, {}, 'reported'), cite(HD25_OF_2023, { effectiveFrom: '2023-11-10' }, 'reported')],
    guidance: HD25_OF_2023,
    regulation: QD124_OF_2023,
    notReviewed: {
      exemptFromActivity: {
        status: 'applies',
        citations: [
          cite(
            QD124_OF_2023,
            {
              note: l(
                'Suy ra: nguồn nói Quy định 124 "bổ sung" hai đối tượng không kiểm điểm, tức là đối tượng miễn công tác và sinh hoạt đảng đã không kiểm điểm từ trước.',
                'Inferred: the source says Regulation 124 "adds" two categories to those not reviewed, so members exempt from work and activity were already not reviewed.',
              ),
            },
            'inferred',
          ),
        ],
        note: COMMON_MESSAGES.exemptNotReviewed,
      },
      suspended: {
        status: 'applies',
        citations: [QD124_NOT_REVIEWED],
        note: COMMON_MESSAGES.suspendedNotReviewed,
      },
      newMember: {
        status: 'applies',
        citations: [QD124_NOT_REVIEWED],
        note: COMMON_MESSAGES.newMemberNotReviewed,
      },
    },
    quarterlyForLeaders: NO_QUARTERS,
    degradationConcluded: {
      status: 'applies',
      citations: [
        cite(
          QD124_OF_2023,
          {
            article: 12,
            clause: 4,
            quoteVi:
              'Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá"; vi phạm những điều đảng viên không được làm; vi phạm trách nhiệm nêu gương, ảnh hưởng xấu đến uy tín của bản thân và cơ quan, đơn vị nơi công tá[c…]',
            note: l('Việc xếp mục này vào điểm dành cho cá nhân là suy luận của thư viện.', 'That this item belongs to the point on individuals is the library’s inference.'),
          },
          'quotedPartial',
        ),
      ],
      note: DEGRADATION_NOTE,
    },
    shortcomingsFixed: NO_SHORTCOMINGS_CRITERION,
};
