/**
 * The clauses the discipline area encodes, each a frozen {@link Citation} with its status in the
 * domain reference (`../shared/domain/discipline.md`, "Q1/Q2/P/R/U/I" mapped to
 * quoted / quotedSecondHand / paraphrased / reported / unverified / inferred).
 * @internal
 */
import { cite, type Citation } from '../legal/citation.js';
import { CHARTER_35_2 } from '../legal/charter.js';
import { CHARTER_2011 as charter2011, HD05_OF_2022 as hd05of2022, HD06_OF_2018 as hd06of2018, HD21_OF_2019 as hd21of2019, HD45_OF_2025 as hd45of2025, QD07_OF_2018 as qd07of2018, QD102_OF_2017 as qd102of2017, QD105_OF_2017 as qd105of2017, QD212_OF_2026 as qd212of2026, QD22_OF_2021 as qd22of2021, QD264_OF_2025 as qd264of2025, QD294_OF_2025 as qd294of2025, QD296_OF_2025 as qd296of2025, QD30_OF_2016 as qd30of2016, QD366_OF_2025 as qd366of2025, QD377_OF_2025 as qd377of2025, QD69_OF_2022 as qd69of2022, QD80_OF_2022 as qd80of2022, type PartyDocument } from '../legal/documents.js';
import { deepFreeze } from '../_lib/freeze.js';
import type { NonDisciplinaryMeasure } from '../i18n/vocabulary.js';

// Imported one by one, not read from PARTY_DOCUMENTS: a property access in a call's arguments would
// keep that call in every bundle (esbuild assumes a property read may have side effects), so each
// citation below takes plain bindings, and a bundle keeps only the documents it cites.

/** QĐ 80-QĐ/TW (2022): its signing day was not captured; see `PARTY_DOCUMENTS.qd80of2022`. @internal */
export const QD80_OF_2022: PartyDocument = qd80of2022;

/** QĐ 105-QĐ/TW (19-12-2017). @internal */
export const QD105_OF_2017: PartyDocument = qd105of2017;

const note = (vi: string, en: string) => ({ vi, en });

/*
 * Citations of the discipline area, one export each, so that a bundle keeps only those it uses
 * (consumers read them as `SRC.x` through `import * as SRC from './sources.js'`).
 */
// §2.1 forms
/** Điều lệ Điều 35 khoản 2, quoted: built once in `legal/charter.ts`, shared with review and report. */
export const charter35: Citation = CHARTER_35_2;
export const qd69art7org: Citation = /* @__PURE__ */ cite(qd69of2022, { article: 7, clause: 1, quoteVi: '1. Đối với tổ chức đảng: Khiển trách, cảnh cáo, giải tán.', effectiveFrom: '2022-07-06' }, 'quotedSecondHand');
export const qd69art7official: Citation = /* @__PURE__ */ cite(
  qd69of2022,
  { article: 7, clause: 2, quoteVi: '2. Đối với đảng viên chính thức: Khiển trách, cảnh cáo, cách chức (nếu có chức vụ), khai trừ.', effectiveFrom: '2022-07-06' },
  'quotedSecondHand',
);
export const qd69art7probationary: Citation = /* @__PURE__ */ cite(qd69of2022, { article: 7, clause: 3, quoteVi: '3. Đối với đảng viên dự bị: Khiển trách, cảnh cáo.', effectiveFrom: '2022-07-06' }, 'quotedSecondHand');
export const postBeforeQd69: Citation = /* @__PURE__ */ cite(
  qd69of2022,
  {
    article: 7,
    clause: 2,
    note: /* @__PURE__ */ note(
      'Điều lệ không ghi "(nếu có chức vụ)"; áp dụng điều kiện có chức vụ trước ngày 6-7-2022 là suy luận của thư viện.',
      'The Charter does not write "(if holding a post)"; applying the post condition before 6 July 2022 is a library inference.',
    ),
  },
  'inferred',
);
// §2.2 / §2.3 non-forms
export const qd30art35probationary: Citation = /* @__PURE__ */ cite(
  qd30of2016,
  {
    article: 35,
    clause: 2,
    quoteVi:
      'Đảng viên dự bị vi phạm đến mức phải kỷ luật thì kỷ luật khiển trách hoặc cảnh cáo và khi hết thời hạn dự bị, chi bộ vẫn tiến hành xét công nhận đảng viên chính thức. Nếu vi phạm đến mức không còn đủ tư cách đảng viên thì xóa tên trong danh sách đảng viên.',
  },
  'quotedSecondHand',
);
export const notAForm: Citation = /* @__PURE__ */ cite(
  qd296of2025,
  {
    article: 9,
    note: /* @__PURE__ */ note(
      'Xóa tên, nhắc nhở, kiểm điểm rút kinh nghiệm, phê bình, xếp loại không hoàn thành nhiệm vụ, đình chỉ sinh hoạt, cho thôi giữ chức không phải là hình thức kỷ luật.',
      'Removal from the rolls, reminders, lessons-learned reviews, criticism, an unsatisfactory rating, suspension and relief from post are not disciplinary forms.',
    ),
  },
  'paraphrased',
);
export const qd377belowDiscipline: Citation = /* @__PURE__ */ cite(
  qd377of2025,
  {
    quoteVi: 'cán bộ có vi phạm, khuyết điểm phải kiểm điểm, rút kinh nghiệm nhưng chưa đến mức phải xem xét, xử lý kỷ luật',
    note: /* @__PURE__ */ note('Kiểm điểm, rút kinh nghiệm, nhắc nhở, phê bình ở dưới ngưỡng kỷ luật.', 'Reviews, lessons learned, reminders and criticism sit below the discipline threshold.'),
    effectiveFrom: '2025-10-08',
  },
  'quotedSecondHand',
);
// §3 limitation
export const qd102art3: Citation = /* @__PURE__ */ cite(
  qd102of2017,
  {
    article: 3,
    clause: 1,
    quoteVi:
      'a) Thời hiệu xử lý kỷ luật đảng được quy định như sau: – 5 năm đối với những hành vi vi phạm đến mức phải kỷ luật bằng hình thức khiển trách. – 10 năm đối với những hành vi vi phạm đến mức phải kỷ luật bằng hình thức cảnh cáo hoặc cách chức.',
    effectiveFrom: '2017-11-15',
    effectiveTo: '2022-07-05',
  },
  'quotedSecondHand',
);
export const qd102art3restart: Citation = /* @__PURE__ */ cite(
  qd102of2017,
  {
    article: 3,
    clause: 1,
    point: 'b',
    quoteVi:
      'b) Thời hiệu xử lý kỷ luật được tính từ thời điểm có hành vi vi phạm. Nếu trong thời hạn xử lý kỷ luật được quy định tại Điểm a Khoản này, đảng viên có hành vi vi phạm mới thì thời hiệu xử lý kỷ luật đối với vi phạm cũ được tính lại kể từ thời điểm thực hiện hành vi vi phạm mới.',
  },
  'quotedSecondHand',
);
export const qd102art3exempt: Citation = /* @__PURE__ */ cite(
  qd102of2017,
  {
    article: 3,
    clause: 2,
    quoteVi:
      '2- Không áp dụng thời hiệu xử lý kỷ luật đảng đối với những hành vi vi phạm đến mức phải kỷ luật bằng hình thức khai trừ; vi phạm về chính trị nội bộ; về an ninh, quốc phòng, đối ngoại có xâm hại đến lợi ích quốc gia và việc sử dụng văn bằng, chứng chỉ, chứng nhận không hợp pháp.',
  },
  'quotedSecondHand',
);
export const qd07art5: Citation = /* @__PURE__ */ cite(
  qd07of2018,
  {
    article: 5,
    quoteVi:
      'Thời hiệu xử lý kỷ luật tổ chức đảng vi phạm được quy định như sau: + 5 năm đối với những vi phạm đến mức phải kỷ luật bằng hình thức khiển trách. + 10 năm đối với những vi phạm đến mức phải kỷ luật bằng hình thức cảnh cáo.',
    effectiveFrom: '2018-08-28',
    effectiveTo: '2022-07-05',
    note: /* @__PURE__ */ note('Ngày hiệu lực của QĐ 07 chưa đối chiếu; lấy ngày ký.', 'The effective date of QĐ 07 is not verified; the signing date is used.'),
  },
  'quotedSecondHand',
);
export const qd07art5restart: Citation = /* @__PURE__ */ cite(
  qd07of2018,
  {
    article: 5,
    clause: 2,
    quoteVi:
      'Thời hiệu xử lý kỷ luật được tính từ thời điểm tổ chức đảng có vi phạm. Nếu trong thời hạn xử lý kỷ luật được quy định tại Điểm 1, Điều này, tổ chức đảng có vi phạm mới thì thời hiệu xử lý kỷ luật đối với vi phạm cũ được tính từ thời điểm thực hiện vi phạm mới.',
  },
  'quotedSecondHand',
);
export const qd07art5exempt: Citation = /* @__PURE__ */ cite(
  qd07of2018,
  {
    article: 5,
    clause: 3,
    quoteVi:
      'Không áp dụng thời hiệu xử lý kỷ luật đảng đối với những vi phạm đến mức phải kỷ luật bằng hình thức giải tán; vi phạm về chính trị nội bộ; về an ninh, quốc phòng, đối ngoại xâm hại đến lợi ích quốc gia',
  },
  'quotedSecondHand',
);
export const hd06continuing: Citation = /* @__PURE__ */ cite(
  hd06of2018,
  {
    note: /* @__PURE__ */ note(
      '"Trường hợp vi phạm xảy ra trong thời gian dài thì thời hiệu được tính từ thời điểm chấm dứt hành vi vi phạm" (theo bản tóm tắt).',
      'For a long-running violation the period runs from its end (as summarised).',
    ),
  },
  'paraphrased',
);
export const qd69art4: Citation = /* @__PURE__ */ cite(
  qd69of2022,
  {
    article: 4,
    clause: 2,
    quoteVi:
      '2. Thời hiệu kỷ luật được tính từ thời điểm xảy ra hành vi vi phạm đến khi tổ chức đảng có thẩm quyền kết luận vi phạm đến mức phải thi hành kỷ luật. Nếu tổ chức đảng hoặc đảng viên có hành vi vi phạm mới trong thời hạn được quy định tại Điểm a, b Khoản này thì thời hiệu kỷ luật đối với vi phạm cũ được tính lại kể từ thời điểm xảy ra hành vi vi phạm mới.',
    effectiveFrom: '2022-07-06',
  },
  'quotedSecondHand',
);
export const qd69art4org: Citation = /* @__PURE__ */ cite(
  qd69of2022,
  {
    article: 4,
    clause: 2,
    point: 'a',
    quoteVi:
      'a) Thời hiệu kỷ luật tổ chức đảng vi phạm như sau: - 5 năm (60 tháng) đối với vi phạm đến mức phải áp dụng hình thức khiển trách. - 10 năm (120 tháng) đối với vi phạm đến mức phải áp dụng hình thức cảnh cáo. - Không áp dụng thời hiệu kỷ luật đối với những vi phạm đến mức phải áp dụng hình thức kỷ luật giải tán; vi phạm về chính trị nội bộ; về quốc phòng, an ninh, đối ngoại xâm hại đến lợi ích quốc gia, dân tộc.',
    effectiveFrom: '2022-07-06',
  },
  'quotedSecondHand',
);
export const qd69art4member: Citation = /* @__PURE__ */ cite(
  qd69of2022,
  {
    article: 4,
    clause: 2,
    point: 'b',
    quoteVi:
      'b) Thời hiệu kỷ luật đảng viên vi phạm như sau: - 5 năm (60 tháng) đối với vi phạm đến mức phải áp dụng hình thức khiển trách. - 10 năm (120 tháng) đối với vi phạm đến mức phải áp dụng hình thức cảnh cáo hoặc cách chức. - Không áp dụng thời hiệu kỷ luật đối với vi phạm đến mức phải áp dụng hình thức khai trừ; vi phạm chính trị nội bộ; vi phạm quốc phòng, an ninh, đối ngoại có xâm hại đến lợi ích quốc gia, dân tộc; việc sử dụng văn bằng, chứng chỉ, chứng nhận không hợp pháp.',
    effectiveFrom: '2022-07-06',
  },
  'quotedSecondHand',
);
export const qd264unchanged: Citation = /* @__PURE__ */ cite(
  qd264of2025,
  {
    article: 1,
    note: /* @__PURE__ */ note('QĐ 264 chỉ sửa Điều 6, 11, 17, 39 của QĐ 69; Điều 2, 4, 7 giữ nguyên.', 'QĐ 264 amends only Articles 6, 11, 17 and 39 of QĐ 69; Articles 2, 4 and 7 are unchanged.'),
    effectiveFrom: '2025-02-14',
  },
  'quoted',
);
export const hd05start: Citation = /* @__PURE__ */ cite(
  hd05of2022,
  {
    note: /* @__PURE__ */ note(
      'Vi phạm xác định được thời điểm chấm dứt thì thời hiệu tính từ thời điểm chấm dứt; không xác định được thì tính từ thời điểm phát hiện (theo bản tin tóm tắt; nhận định đây là HD 05 là suy luận).',
      'A violation with a known end runs from its end; otherwise from discovery (as summarised by a news report; identifying it as HD 05 is an inference).',
    ),
  },
  'paraphrased',
);
export const hd05changedForm: Citation = /* @__PURE__ */ cite(
  hd05of2022,
  {
    note: /* @__PURE__ */ note(
      '"Thời gian chấp hành quyết định kỷ luật … khi có quyết định thay đổi hình thức kỷ luật được tính cả thời gian đã chấp hành của các quyết định kỷ luật trước đó (tính đủ 12 tháng)" (theo bản tin tóm tắt).',
      'When the form is changed, time served under the earlier decisions counts towards the 12 months (as summarised by a news report).',
    ),
  },
  'paraphrased',
);
export const hd05excluded: Citation = /* @__PURE__ */ cite(
  hd05of2022,
  {
    note: /* @__PURE__ */ note(
      'Không tính vào thời hiệu thời gian chưa xem xét kỷ luật (điểm a, b, d khoản 14 Điều 2 QĐ 69) và thời gian điều tra, truy tố, xét xử: chỉ biết qua một bản tin tóm tắt hướng dẫn; bản tin không ghi số văn bản, nhận định đây là Hướng dẫn 05 là suy luận.',
      'Deferral periods (QĐ 69 Art. 2(14)(a, b, d)) and criminal investigation, prosecution and trial are not counted: known only from a news summary of the guidance, which does not print its number; reading it as Guidance 05 is an inference.',
    ),
  },
  'paraphrased',
);
/** The library's way of not counting those periods: it adds them to the last day (discipline.md §8, O-17, I). */
export const excludedExtendsDeadline: Citation = /* @__PURE__ */ cite(
  qd69of2022,
  {
    article: 4,
    clause: 2,
    note: /* @__PURE__ */ note(
      'Bản tóm tắt hướng dẫn không nói cách tính; cộng số ngày không tính vào hạn cuối là cách tính của thư viện.',
      'The summary of the guidance does not say how to count; adding the days not counted to the last day is the library\'s method.',
    ),
  },
  'inferred',
);
export const qd212: Citation = /* @__PURE__ */ cite(
  qd212of2026,
  {
    note: /* @__PURE__ */ note(
      'Chỉ biết qua báo cáo: nội dung, ngày hiệu lực và quy định chuyển tiếp chưa đối chiếu.',
      'Reported only: content, effective date and transitional rules not seen.',
    ),
    effectiveFrom: '2026-08-17',
  },
  'reported',
);
/** QĐ 22-QĐ/TW (28-07-2021): known to have replaced QĐ 30; its expiry text was not seen. */
export const qd22: Citation = /* @__PURE__ */ cite(
  qd22of2021,
  {
    note: /* @__PURE__ */ note(
      'Thay QĐ 30-QĐ/TW; quy định về việc quyết định kỷ luật đương nhiên chấm dứt hiệu lực chưa đối chiếu.',
      'Replaced QĐ 30-QĐ/TW; its rule on when a decision lapses was not seen.',
    ),
    effectiveFrom: '2021-07-28',
  },
  'reported',
);
export const preQd102: Citation = /* @__PURE__ */ cite(
  qd102of2017,
  {
    note: /* @__PURE__ */ note(
      'Theo một bản tiếng Anh của bài phỏng vấn (chưa đối chiếu bản tiếng Việt), QĐ 102 lần đầu quy định thời hiệu kỷ luật đảng ([S72]).',
      'Per an English rendering of an interview (Vietnamese original not seen), QĐ 102 set a party limitation period for the first time ([S72]).',
    ),
  },
  'paraphrased',
);
// §4 authority
export const charter36c1branch: Citation = /* @__PURE__ */ cite(
  charter2011,
  {
    article: 36,
    clause: 1,
    quoteVi:
      'Chi bộ quyết định khiển trách, cảnh cáo đảng viên trong chi bộ (kể cả cấp ủy viên các cấp, đảng viên thuộc diện cấp ủy cấp trên quản lý) vi phạm phẩm chất chính trị, tư tưởng, đạo đức, lối sống, sinh hoạt đảng, thực hiện nhiệm vụ đảng viên (trừ nhiệm vụ do cấp trên giao).',
  },
  'quoted',
);
export const branchOwnMembersOnly: Citation = /* @__PURE__ */ cite(
  charter2011,
  {
    article: 36,
    clause: 1,
    note: /* @__PURE__ */ note('Chi bộ chỉ kỷ luật "đảng viên trong chi bộ": cách đọc của thư viện.', 'A chi bộ disciplines only "members in the chi bộ": the library\'s reading.'),
  },
  'inferred',
);
export const qd296art10c14: Citation = /* @__PURE__ */ cite(
  qd296of2025,
  {
    article: 10,
    clause: 1,
    item: /* @__PURE__ */ note('mục 1.4', 'item 1.4'),
    quoteVi:
      'Thẩm quyền thi hành kỷ luật đối với cấp ủy viên các cấp sinh hoạt tại chi bộ, từ cấp ủy viên đảng ủy cơ sở trở lên và cán bộ thuộc diện cấp ủy cấp trên quản lý, nếu vi phạm khi thực hiện nhiệm vụ do cấp trên giao mà phải áp dụng hình thức kỷ luật thì chi bộ đề nghị cấp có thẩm quyền xem xét, quyết định.',
  },
  'quotedSecondHand',
);
export const qd22art11branchCommittee: Citation = /* @__PURE__ */ cite(
  qd22of2021,
  { article: 11, quoteVi: 'Chi ủy không thuộc tổ chức có thẩm quyền thi hành kỷ luật đảng viên' },
  'quotedSecondHand',
);
export const charter36c1grassroots: Citation = /* @__PURE__ */ cite(
  charter2011,
  {
    article: 36,
    clause: 1,
    quoteVi:
      'Đảng uỷ cơ sở quyết định khiển trách, cảnh cáo đảng viên trong đảng bộ, cách chức cấp uỷ viên cấp dưới. Đảng uỷ cơ sở được uỷ quyền quyết định kết nạp đảng viên thì có quyền quyết định khai trừ đảng viên, nhưng không phải là cấp uỷ viên cùng cấp và đảng viên là cán bộ thuộc diện cấp uỷ cấp trên quản lý.',
  },
  'quoted',
);
export const charter36c2: Citation = /* @__PURE__ */ cite(
  charter2011,
  {
    article: 36,
    clause: 2,
    quoteVi: 'Cấp uỷ tỉnh, thành, huyện, quận và tương đương quyết định các hình thức kỷ luật đảng viên; … Ban thường vụ cấp uỷ quyết định các hình thức kỷ luật đảng viên; …',
  },
  'quoted',
);
export const charter36c3: Citation = /* @__PURE__ */ cite(
  charter2011,
  {
    article: 36,
    clause: 3,
    quoteVi:
      'Ban Chấp hành Trung ương quyết định các hình thức kỷ luật đảng viên, kể cả Uỷ viên Ban Chấp hành Trung ương, Uỷ viên Ban Bí thư, Uỷ viên Bộ Chính trị. Bộ Chính trị, Ban Bí thư quyết định các hình thức kỷ luật đảng viên, kể cả đảng viên là cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý; …',
  },
  'quoted',
);
export const charter36c4: Citation = /* @__PURE__ */ cite(
  charter2011,
  {
    article: 36,
    clause: 4,
    quoteVi:
      'Uỷ ban kiểm tra từ cấp huyện, quận và tương đương trở lên quyết định các hình thức kỷ luật đảng viên, nhưng không phải là cấp uỷ viên cùng cấp; quyết định khiển trách, cảnh cáo đảng viên là cán bộ thuộc diện cấp uỷ cùng cấp quản lý và cấp uỷ viên cấp dưới trực tiếp.',
  },
  'quoted',
);
export const charter37: Citation = /* @__PURE__ */ cite(
  charter2011,
  {
    article: 37,
    quoteVi:
      '1. Cấp uỷ cấp trên trực tiếp quyết định khiển trách, cảnh cáo tổ chức đảng cấp dưới. 2. Kỷ luật giải tán một tổ chức đảng do cấp uỷ cấp trên trực tiếp đề nghị, cấp uỷ cấp trên cách một cấp quyết định.',
  },
  'quoted',
);
export const qd294noDistrict: Citation = /* @__PURE__ */ cite(
  qd294of2025,
  {
    note: /* @__PURE__ */ note(
      '"hệ thống tổ chức của Đảng không còn cấp huyện" từ 1-7-2025; cơ quan kế thừa thẩm quyền cấp huyện chưa đối chiếu.',
      'No district level from 1 July 2025; which body took over district-level powers is not verified.',
    ),
    effectiveFrom: '2025-07-01',
  },
  'quotedSecondHand',
);
// §5 effects
export const qd30art40expiry: Citation = /* @__PURE__ */ cite(
  qd30of2016,
  {
    article: 40,
    quoteVi:
      'Sau một năm, kể từ ngày công bố quyết định kỷ luật hoặc quyết định giải quyết khiếu nại kỷ luật (trừ quyết định kỷ luật khai trừ), nếu đảng viên không khiếu nại, không tái phạm hoặc không có vi phạm mới đến mức phải xử lý kỷ luật thì quyết định kỷ luật đương nhiên chấm dứt hiệu lực.',
    effectiveFrom: '2016-07-26',
    effectiveTo: '2021-07-27',
  },
  'quotedSecondHand',
);
export const qd69art2c5: Citation = /* @__PURE__ */ cite(
  qd69of2022,
  {
    article: 2,
    clause: 5,
    quoteVi:
      '5. Sau 12 tháng, kể từ ngày công bố quyết định kỷ luật hoặc quyết định giải quyết khiếu nại kỷ luật (trừ quyết định kỷ luật khai trừ đối với đảng viên hoặc quyết định kỷ luật giải tán đối với tổ chức đảng), nếu tổ chức đảng, đảng viên không khiếu nại, không tái phạm hoặc không có vi phạm mới đến mức phải kỷ luật thì quyết định kỷ luật đương nhiên chấm dứt hiệu lực.',
    effectiveFrom: '2022-07-06',
  },
  'quotedSecondHand',
);
export const charter39c6: Citation = /* @__PURE__ */ cite(charter2011, { article: 39, clause: 6, quoteVi: 'Kỷ luật tổ chức đảng và đảng viên vi phạm có hiệu lực ngay sau khi công bố quyết định.' }, 'quoted');
export const charter40c3: Citation = /* @__PURE__ */ cite(
  charter2011,
  {
    article: 40,
    clause: 3,
    quoteVi:
      'Đảng viên bị kỷ luật cách chức, trong vòng một năm, kể từ ngày có quyết định, không được bầu vào cấp uỷ, không được bổ nhiệm vào các chức vụ tương đương và cao hơn.',
  },
  'quoted',
);
export const qd105planning: Citation = /* @__PURE__ */ cite(
  QD105_OF_2017,
  {
    note: /* @__PURE__ */ note(
      'cán bộ bị kỷ luật từ khiển trách trở lên thì không được quy hoạch, bổ nhiệm vào các chức vụ cao hơn trong thời gian ít nhất 1 năm (theo tin báo; điều khoản chưa xác định).',
      'Cadres disciplined with a reprimand or more are not planned or appointed to higher posts for at least one year (news paraphrase; article not identified).',
    ),
    effectiveFrom: '2017-12-19',
  },
  'paraphrased',
);
export const qd80planning: Citation = /* @__PURE__ */ cite(
  QD80_OF_2022,
  {
    note: /* @__PURE__ */ note(
      '12 tháng đối với khiển trách; 30 tháng đối với cảnh cáo; 60 tháng đối với cách chức (theo tin báo; điều khoản chưa xác định).',
      '12 months for a reprimand, 30 for a warning, 60 for removal from post (news paraphrase; article not identified).',
    ),
    effectiveFrom: '2022-09-06',
    effectiveTo: '2025-10-07',
  },
  'paraphrased',
);
export const qd377planning: Citation = /* @__PURE__ */ cite(
  qd377of2025,
  {
    note: /* @__PURE__ */ note(
      'Có thể được xem xét bổ nhiệm chức vụ cao hơn sau 24 tháng (khiển trách), 36 tháng (cảnh cáo), 60 tháng (cách chức): chỉ thấy qua bản dịch tiếng Anh.',
      'May be considered for a higher post after 24 months (reprimand), 36 (warning), 60 (removal from post): seen only in an English translation.',
    ),
    effectiveFrom: '2025-10-08',
  },
  'paraphrased',
);
export const hd45removeFromPlanning: Citation = /* @__PURE__ */ cite(
  hd45of2025,
  {
    section: 'I',
    item: /* @__PURE__ */ note('điểm 8', 'point 8'),
    quoteVi:
      'Đối với cán bộ bị thi hành kỷ luật, sau khi cấp có thẩm quyền ban hành quyết định kỷ luật, thì các cấp ủy, tổ chức đảng, cơ quan, đơn vị phải kịp thời quyết định hoặc đề xuất cấp có thẩm quyền đưa ngay ra khỏi quy hoạch các chức danh lãnh đạo, quản lý.',
  },
  'quoted',
);
export const hd21rating: Citation = /* @__PURE__ */ cite(
  hd21of2019,
  {
    section: 'II',
    point: 'B',
    item: /* @__PURE__ */ note('tiết 2', 'sub-point 2'),
    quoteVi: 'Đảng viên bị thi hành kỷ luật trong năm (một vi phạm bị xử lý kỷ luật chỉ tính một lần khi xếp loại).',
    effectiveFrom: '2019-10-18',
    effectiveTo: '2023-11-09',
  },
  'quotedSecondHand',
);
/** "Chỉ tính một lần" outside the HD 21 years: no later or earlier text seen (rating.md §7.1), carried over. */
export const onceCarriedOver: Citation = /* @__PURE__ */ cite(
  hd21of2019,
  {
    section: 'II',
    point: 'B',
    item: /* @__PURE__ */ note('tiết 2', 'sub-point 2'),
    note: /* @__PURE__ */ note(
      'Câu "một vi phạm bị xử lý kỷ luật chỉ tính một lần khi xếp loại" chỉ thấy trong Hướng dẫn 21-HD/BTCTW; áp dụng cho năm khác là suy luận của thư viện.',
      'The words "one disciplined violation counts once in the rating" are seen only in Guidance 21-HD/BTCTW; applying them to other years is a library inference.',
    ),
  },
  'inferred',
);
// Located at article level only: the block "Một số trường hợp cần lưu ý" is printed after
// khoản 4 by secondary pages; whether it sits in QĐ 366 Điều 11 or in HD 43 is unverified
// (rating.md §6.5, second pass); discipline.md §5.4 calls it "khoản 4.3" under an older numbering.
export const qd366art11: Citation = /* @__PURE__ */ cite(
  qd366of2025,
  {
    article: 11,
    note: /* @__PURE__ */ note(
      'Vi phạm từ năm trước nhưng đến kỳ đánh giá mới bị kỷ luật thì căn cứ hình thức kỷ luật để đánh giá, xếp loại ở thời điểm hiện tại. Vị trí chưa được xác minh: đoạn "Một số trường hợp cần lưu ý" có thể thuộc Điều 11 hoặc Hướng dẫn 43-HD/BTCTW.',
      'A violation from an earlier year disciplined in the current rating period counts in the current rating. Location unverified: the "Một số trường hợp cần lưu ý" block may sit in Article 11 or in Guidance 43-HD/BTCTW.',
    ),
  },
  'paraphrased',
);

/**
 * Per-measure sources of discipline.md §2.3 for "not a disciplinary form", cited after the
 * Charter's closed list (Điều lệ Điều 35 khoản 2, quoted), which is the primary basis.
 * @internal
 */
export const NON_FORM_SOURCES: Readonly<Record<NonDisciplinaryMeasure, readonly Citation[]>> = /* @__PURE__ */ deepFreeze({
  removalFromRolls: [notAForm],
  reminder: [qd377belowDiscipline, notAForm],
  lessonsLearnedReview: [qd377belowDiscipline, notAForm],
  criticism: [qd377belowDiscipline, notAForm],
  unsatisfactoryRating: [notAForm],
  suspensionOfActivity: [notAForm],
  relievedOfPost: [notAForm],
  pending: [notAForm],
});
