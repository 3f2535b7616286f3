/**
 * Review rule set `hd27`: HD 27-HD/BTCTW (with CV 1825-CV/BTCTW for 2016): review years 2014–2017.
 * One module per guidance version, registered by its id in
 * `REVIEW_RULE_SET_IDS` (ruleSetIds.ts), its end date derived from the next version's start.
 * @internal
 */
import { cite } from '../../legal/citation.js';
import { CV1825_OF_2016, HD27_OF_2014 } from '../../legal/documents.js';
import { l, UNVERIFIED_EXCLUSION, NO_QUARTERS, NO_SHORTCOMINGS_CRITERION, type ReviewRuleSetModule } from './_common.js';

/** The texts of this version. */
const MESSAGES = {
  /** Note of the degradation criterion, unseen in this version. */
  degradationUnseen: { vi: 'Tiêu chí xếp loại đảng viên của Hướng dẫn 27-HD/BTCTW chưa được đối chiếu.', en: 'The member rating criteria of Guidance 27-HD/BTCTW were not seen.' },
};

/** The `hd27` guidance version. @internal */
export const hd27Review: ReviewRuleSetModule<'hd27'> = {
    id: 'hd27',
    area: 'review',
    label: l('Hướng dẫn 27-HD/BTCTW (kèm Công văn 1825-CV/BTCTW cho năm 2016)', 'Guidance 27-HD/BTCTW (with Letter 1825-CV/BTCTW for 2016)'),
    validFrom: '2014-09-25',
    sources: [
      cite(HD27_OF_2014, { effectiveFrom: '2014-09-25' }, 'reported'),
      cite(CV1825_OF_2016, { note: l('Bổ sung nội dung Nghị quyết Trung ương 4 khóa XII vào kiểm điểm năm 2016.', 'Adds the NQ 04 content to the 2016 review.') }, 'reported'),
    ],
    guidance: HD27_OF_2014,
    notReviewed: { exemptFromActivity: UNVERIFIED_EXCLUSION, suspended: UNVERIFIED_EXCLUSION, newMember: UNVERIFIED_EXCLUSION },
    quarterlyForLeaders: NO_QUARTERS,
    degradationConcluded: {
      status: 'unverified',
      citations: [],
      note: MESSAGES.degradationUnseen,
    },
    shortcomingsFixed: NO_SHORTCOMINGS_CRITERION,
};
