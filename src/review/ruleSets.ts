/**
 * The guidance versions a review (kiểm điểm) follows, as dated rule sets.
 *
 * Lineage (hierarchy-review-reports.md §2.1, rating.md §1.1–1.2): HD 27-HD/BTCTW (25-9-2014, used
 * for 2016 with CV 1825-CV/BTCTW of 18-11-2016 that added NQ 04 content) → QĐ 132-QĐ/TW +
 * HD 16-HD/BTCTW (24-9-2018) → HD 21-HD/BTCTW (18-10-2019) → QĐ 124-QĐ/TW + HD 25-HD/BTCTW
 * (10-11-2023) → QĐ 366-QĐ/TW + HD 43-HD/BTCTW (31-10-2025, "thay thế Hướng dẫn số 25-HD/BTCTW").
 * Each guidance governed the whole year in which it was issued (rating.md §1.2, decision D1), so a
 * review year resolves on 31 December.
 *
 * Dates: `hd43` starts on **30-8-2025**, the day QĐ 366 takes effect (Điều 19, rating.md V4a),
 * not on 31-10-2025 when HD 43 was signed: from 30-8 to 30-10-2025 QĐ 124 was no longer in force,
 * and every point `hd43` encodes rests on QĐ 366 (the quarterly Q1–Q3 reading on KL 198 of
 * 8-10-2025 / HD 43, paraphrased). The HD 43 citation carries that caveat. `hd25` ends on
 * 29-8-2025. Years resolve on 31 December, so no year changes rule set.
 *
 * What each rule set encodes, with its status in the reference:
 * - who is **not reviewed** (QĐ 366 Điều 5 khoản 2, tiết 2.1, quoted: "trừ đảng viên được miễn
 *   công tác và sinh hoạt đảng; đảng viên bị đình chỉ sinh hoạt đảng; đảng viên mới kết nạp chưa
 *   đủ 6 tháng"; QĐ 124: paraphrased; HD 21: paraphrased for the first two, and new members are
 *   reviewed, quoted; HD 16 and HD 27: unverified);
 * - whether leaders are evaluated **by quarter** (QĐ 366 "hằng quý", press, rating.md V4a; leaders
 *   Q1–Q3 per KL 198 / HD 43, paraphrased, hierarchy-review-reports.md §2.2); before QĐ 366 the
 *   reference only sees yearly reviews, which is missing evidence, not a rule: `unverified`;
 * - the rating criterion a **concluded manifestation** feeds, and whether the rating asks that the
 *   shortcomings of the previous review be **fixed** (QĐ 366 Điều 11 khoản 1, tiết 1.4, quoted).
 * @module
 */
import type { Label } from '../i18n/label.js';
import { cite, type Citation } from '../legal/citation.js';
import { CV1825_OF_2016, HD16_OF_2018, HD21_OF_2019, HD25_OF_2023, HD27_OF_2014, HD43_OF_2025, KL198_OF_2025, QD124_OF_2023, QD132_OF_2018, QD366_OF_2025, type PartyDocument } from '../legal/documents.js';
import { createRuleSetRegistry, type RuleSetInfo, type RuleSetRegistry } from '../legal/ruleSets.js';

export { REVIEW_RULE_SET_IDS, type ReviewRuleSetId } from './ruleSetIds.js';
import { REVIEW_RULE_SET_IDS, type ReviewRuleSetId } from './ruleSetIds.js';
import { chainValidity } from '../rating/_ruleSets.js';

/**
 * The categories of members the texts keep out of the review:
 * - `exemptFromActivity` đảng viên được miễn công tác và sinh hoạt đảng;
 * - `suspended` đảng viên bị đình chỉ sinh hoạt đảng;
 * - `newMember` đảng viên mới kết nạp chưa đủ 6 tháng.
 * @example
 * ```ts
 * import { NOT_REVIEWED_CATEGORIES } from 'nq4';
 * NOT_REVIEWED_CATEGORIES.includes('suspended'); // true
 * ```
 * @category Review
 */
export const NOT_REVIEWED_CATEGORIES = ['exemptFromActivity', 'suspended', 'newMember'] as const;

/**
 * A not-reviewed category code.
 * @category Review
 */
export type NotReviewedCategory = (typeof NOT_REVIEWED_CATEGORIES)[number];

/**
 * What a rule set says about one point, and how well the reference knows it:
 * - `applies`: the rule holds under this rule set;
 * - `doesNotApply`: the rule set says the opposite (HD 21: new members are still reviewed);
 * - `unverified`: the reference has not seen the text: the library never enforces it silently, an
 *   option decides (see the functions that read it).
 * @category Review
 */
export interface ReviewRulePoint {
  /** Whether the rule holds under this rule set. */
  readonly status: 'applies' | 'doesNotApply' | 'unverified';
  /** Where it is written (empty when unverified). */
  readonly citations: readonly Citation[];
  /** What the point says, in both languages. */
  readonly note: Label;
}

/**
 * Who is not reviewed under a rule set, one point per category.
 * @category Review
 */
export interface NotReviewedRules {
  /** Members exempt from party work and activity (miễn công tác và sinh hoạt đảng). */
  readonly exemptFromActivity: ReviewRulePoint;
  /** Members suspended from party activity (đình chỉ sinh hoạt đảng). */
  readonly suspended: ReviewRulePoint;
  /** Members admitted less than 6 months before (mới kết nạp chưa đủ 6 tháng). */
  readonly newMember: ReviewRulePoint;
}

/**
 * One guidance version of the review cycle.
 * @category Review
 */
export interface ReviewRuleSet extends RuleSetInfo {
  /** Always `"review"`. */
  readonly area: 'review';
  /** The rule-set id. */
  readonly id: ReviewRuleSetId;
  /** The guidance (hướng dẫn) the rule set is named after. */
  readonly guidance: PartyDocument;
  /** The regulation (quy định) it implements, when there is one. */
  readonly regulation?: PartyDocument;
  /** Who is not reviewed, per category. */
  readonly notReviewed: NotReviewedRules;
  /** Whether leaders are evaluated by quarter as well as by year. */
  readonly quarterlyForLeaders: ReviewRulePoint;
  /** The rating criterion that a manifestation concluded by the competent body triggers. */
  readonly degradationConcluded: ReviewRulePoint;
  /** Whether the rating asks that the shortcomings shown at the previous review be fixed. */
  readonly shortcomingsFixed: ReviewRulePoint;
}

const l = (vi: string, en: string): Label => ({ vi, en });

const UNVERIFIED_EXCLUSION: ReviewRulePoint = {
  status: 'unverified',
  citations: [],
  note: l(
    'Tài liệu tham chiếu chưa thấy văn bản quy định đối tượng này có phải kiểm điểm hay không.',
    'The reference has not seen a text saying whether this category is reviewed.',
  ),
};

const NO_QUARTERS: ReviewRulePoint = {
  status: 'unverified',
  citations: [],
  note: l(
    'Tài liệu tham chiếu chỉ thấy kiểm điểm hằng năm trước Quy định 366-QĐ/TW, nhưng không thấy văn bản cấm hay cho phép kiểm điểm theo quý: chưa xác minh (tùy chọn unverifiedQuarters).',
    'Before Regulation 366-QĐ/TW the reference only sees yearly reviews, but no text allowing or forbidding quarterly ones: unverified (option unverifiedQuarters).',
  ),
};

const NO_SHORTCOMINGS_CRITERION: ReviewRulePoint = {
  status: 'unverified',
  citations: [],
  note: l(
    'Tài liệu tham chiếu không thấy tiêu chí "đã khắc phục hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước" trong văn bản này.',
    'The reference has not seen a "shortcomings of the previous review fixed" criterion in this version.',
  ),
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

const DEGRADATION_NOTE = l(
  'Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa" là trường hợp xếp loại "Không hoàn thành nhiệm vụ".',
  'A manifestation of degradation concluded by the competent body puts the subject in the "not completed" rating level.',
);

/**
 * What one guidance version declares: everything but its end date, which the registry derives
 * from the next version's start.
 * @internal
 */
type ReviewRuleSetModule<Id extends ReviewRuleSetId> = Omit<ReviewRuleSet, 'id' | 'validTo'> & { readonly id: Id };

/**
 * The versions by id: the compiler asks for one per id of `REVIEW_RULE_SET_IDS` (ruleSetIds.ts,
 * the registry's one line per version), each under its own id.
 */
const MODULES: { readonly [K in ReviewRuleSetId]: ReviewRuleSetModule<K> } = {
  hd27: {
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
      note: l(
        'Tiêu chí xếp loại đảng viên của Hướng dẫn 27-HD/BTCTW chưa được đối chiếu.',
        'The member rating criteria of Guidance 27-HD/BTCTW were not seen.',
      ),
    },
    shortcomingsFixed: NO_SHORTCOMINGS_CRITERION,
  },
  hd16: {
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
  },
  hd21: {
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
        note: l('Đảng viên được miễn công tác và sinh hoạt đảng không kiểm điểm.', 'Members exempt from party work and activity are not reviewed.'),
      },
      suspended: {
        status: 'applies',
        citations: [HD21_NOT_REVIEWED],
        note: l('Đảng viên bị đình chỉ sinh hoạt đảng không kiểm điểm.', 'Members suspended from party activity are not reviewed.'),
      },
      newMember: {
        status: 'doesNotApply',
        citations: [HD21_NEW_MEMBERS_REVIEWED],
        note: l(
          'Đảng viên mới kết nạp chưa đủ 06 tháng không xếp loại nhưng vẫn phải kiểm điểm.',
          'Members admitted less than 6 months ago are not rated but are still reviewed.',
        ),
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
  },
  hd25: {
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
        note: l('Đảng viên được miễn công tác và sinh hoạt đảng không kiểm điểm.', 'Members exempt from party work and activity are not reviewed.'),
      },
      suspended: {
        status: 'applies',
        citations: [QD124_NOT_REVIEWED],
        note: l('Đảng viên bị đình chỉ sinh hoạt đảng không kiểm điểm.', 'Members suspended from party activity are not reviewed.'),
      },
      newMember: {
        status: 'applies',
        citations: [QD124_NOT_REVIEWED],
        note: l('Đảng viên mới kết nạp chưa đủ 6 tháng không kiểm điểm.', 'Members admitted less than 6 months ago are not reviewed.'),
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
  },
  hd43: {
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
        note: l('Đảng viên được miễn công tác và sinh hoạt đảng không kiểm điểm.', 'Members exempt from party work and activity are not reviewed.'),
      },
      suspended: {
        status: 'applies',
        citations: [QD366_NOT_REVIEWED],
        note: l('Đảng viên bị đình chỉ sinh hoạt đảng không kiểm điểm.', 'Members suspended from party activity are not reviewed.'),
      },
      newMember: {
        status: 'applies',
        citations: [QD366_NOT_REVIEWED],
        note: l('Đảng viên mới kết nạp chưa đủ 6 tháng không kiểm điểm.', 'Members admitted less than 6 months ago are not reviewed.'),
      },
    },
    quarterlyForLeaders: {
      status: 'applies',
      citations: QUARTERS_2025,
      note: l(
        'Cán bộ lãnh đạo, quản lý được đánh giá hằng quý (quý I–III); quý IV gộp vào đánh giá cuối năm.',
        'Leaders are evaluated each quarter (Q1–Q3); Q4 is merged into the year-end rating.',
      ),
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
      note: l(
        'Mức "Hoàn thành xuất sắc nhiệm vụ" đòi hỏi đã khắc phục 100% hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước.',
        'The "excellent" level requires that 100% of the shortcomings shown at the previous review have been fixed.',
      ),
    },
  },
};

/**
 * The review rule sets, deeply frozen, oldest first, each ending the day before the next starts.
 *
 * @example
 * ```ts
 * import { REVIEW_RULE_SETS } from 'nq4';
 * REVIEW_RULE_SETS.map((r) => r.id); // ['hd27', 'hd16', 'hd21', 'hd25', 'hd43']
 * ```
 * @category Review
 */
export const REVIEW_RULE_SETS: readonly ReviewRuleSet[] = /* @__PURE__ */ (() => chainValidity(REVIEW_RULE_SET_IDS.map((id) => MODULES[id] as ReviewRuleSetModule<ReviewRuleSetId>)))();

/**
 * The registry of review rule sets (`forYear`, `forDate`, `resolve`, `byId`). A year resolves on
 * 31 December: each guidance governed the whole year in which it was issued.
 *
 * @example
 * ```ts
 * import { reviewRuleSets } from 'nq4';
 * reviewRuleSets.forYear(2016).id; // 'hd27'
 * reviewRuleSets.forYear(2023).id; // 'hd25'
 * reviewRuleSets.forDate('2025-11-01').notReviewed.newMember.status; // 'applies'
 * ```
 * @category Review
 */
export const reviewRuleSets: RuleSetRegistry<ReviewRuleSet> = /* @__PURE__ */ createRuleSetRegistry('review', REVIEW_RULE_SETS);

