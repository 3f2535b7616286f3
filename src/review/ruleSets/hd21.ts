/**
 * Review rule set `hd21`: QĐ 132-QĐ/TW + HD 21-HD/BTCTW: review years 2019–2022.
 * One module per guidance version, registered by its id in
 * `REVIEW_RULE_SET_IDS` (ruleSetIds.ts), its end date derived from the next version's start.
 * @internal
 */
import { cite } from '../../legal/citation.js';
import { HD21_OF_2019, QD132_OF_2018 } from '../../legal/documents.js';
import { l, NO_QUARTERS, NO_SHORTCOMINGS_CRITERION, DEGRADATION_NOTE, COMMON_MESSAGES, type ReviewRuleSetModule } from './_common.js';

/** The texts of this version. */
const MESSAGES = {
  /** Note: new members are not rated but are still reviewed (HD 21 Mục II.6). */
  newMemberReviewed: { vi: 'Đảng viên mới kết nạp chưa đủ 06 tháng không xếp loại nhưng vẫn phải kiểm điểm.', en: 'Members admitted less than 6 months ago are not rated but are still reviewed.' },
};

const HD21_NOT_REVIEWED = cite(
  HD21_OF_2019,
  {
    note: l(
      'Theo bản tóm tắt: đảng viên được miễn công tác và sinh hoạt đảng, đảng viên bị đình chỉ sinh hoạt đảng không kiểm điểm.',
      'As summarised: members exempt from party work and activity and members suspended from party activity are not reviewed.',
    ),
  },
  'paraphrased',
);

const HD21_NEW_MEMBERS_REVIEWED = cite(
  HD21_OF_2019,
  {
    section: 'II',
    subsection: '6',
    quoteVi:
      'Không đánh giá, xếp loại chất lượng đối với tổ chức đảng và tập thể lãnh đạo, quản lý mới thành lập chưa đủ 06 tháng, đảng viên mới kết nạp chưa đủ 06 tháng, nhưng vẫn phải kiểm điểm đảng viên tính từ ngày kết nạp vào Đảng.',
  },
  'quoted',
);

/** The `hd21` guidance version. @internal */
export const hd21Review: ReviewRuleSetModule<'hd21'> = {
    id: 'hd21',
    area: 'review',
    label: l('Quy định 132-QĐ/TW + Hướng dẫn 21-HD/BTCTW', 'Regulation 132-QĐ/TW + Guidance 21-HD/BTCTW'),
    validFrom: '2019-10-18',
    sources: [cite(QD132_OF_2018, {}, 'reported'), cite(HD21_OF_2019, { effectiveFrom: '2019-10-18' }, 'reported')],
    guidance: HD21_OF_2019,
    regulation: QD132_OF_2018,
    notReviewed: {
      exemptFromActivity: {
        status: 'applies',
        citations: [HD21_NOT_REVIEWED],
        note: COMMON_MESSAGES.exemptNotReviewed,
      },
      suspended: {
        status: 'applies',
        citations: [HD21_NOT_REVIEWED],
        note: COMMON_MESSAGES.suspendedNotReviewed,
      },
      newMember: {
        status: 'doesNotApply',
        citations: [HD21_NEW_MEMBERS_REVIEWED],
        note: MESSAGES.newMemberReviewed,
      },
    },
    quarterlyForLeaders: NO_QUARTERS,
    degradationConcluded: {
      status: 'applies',
      citations: [
        cite(
          HD21_OF_2019,
          {
            section: 'II',
            point: 'B',
            item: l('tiết 2', 'sub-point 2'),
            quoteVi: 'Cấp có thẩm quyền kết luận đánh giá có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”.',
          },
          'quoted',
        ),
      ],
      note: DEGRADATION_NOTE,
    },
    shortcomingsFixed: NO_SHORTCOMINGS_CRITERION,
};
