/**
 * Review rule set `hd16`: QĐ 132-QĐ/TW + HD 16-HD/BTCTW: review year 2018.
 * One module per guidance version, registered by its id in
 * `REVIEW_RULE_SET_IDS` (ruleSetIds.ts), its end date derived from the next version's start.
 * @internal
 */
import { cite } from '../../legal/citation.js';
import { HD16_OF_2018, QD132_OF_2018 } from '../../legal/documents.js';
import { l, UNVERIFIED_EXCLUSION, NO_QUARTERS, NO_SHORTCOMINGS_CRITERION, DEGRADATION_NOTE, type ReviewRuleSetModule } from './_common.js';

/** The `hd16` guidance version. @internal */
export const hd16Review: ReviewRuleSetModule<'hd16'> = {
    id: 'hd16',
    area: 'review',
    label: l('Quy định 132-QĐ/TW + Hướng dẫn 16-HD/BTCTW', 'Regulation 132-QĐ/TW + Guidance 16-HD/BTCTW'),
    validFrom: '2018-09-24',
    sources: [cite(QD132_OF_2018, {}, 'reported'), cite(HD16_OF_2018, { effectiveFrom: '2018-09-24' }, 'reported')],
    guidance: HD16_OF_2018,
    regulation: QD132_OF_2018,
    notReviewed: { exemptFromActivity: UNVERIFIED_EXCLUSION, suspended: UNVERIFIED_EXCLUSION, newMember: UNVERIFIED_EXCLUSION },
    quarterlyForLeaders: NO_QUARTERS,
    degradationConcluded: {
      status: 'applies',
      citations: [
        cite(
          QD132_OF_2018,
          {
            article: 12,
            clause: 4,
            point: 'c',
            quoteVi: 'Bị cấp có thẩm quyền đánh giá có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa".',
          },
          'quoted',
        ),
      ],
      note: DEGRADATION_NOTE,
    },
    shortcomingsFixed: NO_SHORTCOMINGS_CRITERION,
};
