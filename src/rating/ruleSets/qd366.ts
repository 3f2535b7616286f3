/**
 * Rule set V4: Quy định 366-QĐ/TW (30-8-2025) + Hướng dẫn 43-HD/BTCTW (31-10-2025), rating years
 * 2025 onward (rating.md §6). The best-documented version; the texts encoded are **quoted**:
 *
 * - Điều 11 khoản 1: "Hoàn thành xuất sắc nhiệm vụ: Là tập thể, cá nhân có kết quả tổng điểm đánh
 *   giá đạt từ 90 điểm trở lên. Đồng thời, phải đáp ứng các điều kiện cụ thể sau: …" (1.1–1.5);
 * - khoản 2: "… tổng điểm đánh giá đạt từ 70 đến dưới 90 điểm …" + "Hoàn thành 100% các nhiệm vụ
 *   được giao, đúng thời hạn, bảo đảm chất lượng, hiệu quả.";
 * - khoản 3: "… từ 50 đến dưới 70 điểm …" + "Hoàn thành 100% các nhiệm vụ được giao; số nhiệm vụ
 *   chưa bảo đảm tiến độ không vượt quá 20%.";
 * - khoản 4: "… dưới 50 điểm hoặc thuộc một trong các trường hợp sau: …" with the lists for
 *   leadership collectives, leaders (4.2, confirmed) and other members, and their escape clauses;
 * - Điều 5 khoản 2 (2.1): members not reviewed (exempt, suspended, admitted under 6 months);
 *   that they are therefore not *rated* is **inferred** (a source's reading, rating.md §6.2), so
 *   those results carry `notRatedBasis: 'inferred'` and a caveat;
 * - HD 43 mục 7.5: sick leave ≥ 3 months or maternity → rated on the work actually done.
 *
 * Not visible in the reference (so not encoded): KHTNV triggers of a collective that is not a
 * leadership collective beyond "dưới 50 điểm"; member-share thresholds for chi bộ (D9).
 * Sub-point numbers inside khoản 2–3 are unconfirmed, so those are cited at clause level.
 */
import type { OrganizationEvaluator, RatingEngineModule, RatingRuleSetModule } from '../_ruleSets.js';
import type { IsoDate } from '../../_lib/dates.js';
import { cite, type Citation } from '../../legal/citation.js';
import { HD43_OF_2025, QD366_OF_2025 } from '../../legal/documents.js';
import { RATING_LEVEL_LABELS, type DisciplineForm, type RatingLevel } from '../../i18n/vocabulary.js';
import type { Label } from '../../i18n/label.js';
import {
  Acc,
  formEn,
  formVi,
  numVi,
  EXCELLENT,
  GOOD,
  SATISFACTORY,
  UNSATISFACTORY,
  atLeastPercent,
  cutoffDate, isoOf,
  disciplineYear,
  effectiveScore,
  failedTasks,
  fullMonthsPassed,
  label,
  lateTasks,
  lessPercent,
  morePercent,
} from '../_engine.js';
import { crit, LEVEL_LABELS, guardZeroTasks, noteOtherYears } from './_common.js';
import { COLLECTIVE_MESSAGES, EXEMPTION_MESSAGES, TRIGGER_MESSAGES } from './_messages.js';
import type {
  RatingDisciplineFact,
  RatingEvaluation,
  MemberRatingFacts,
  OrganizationRatingFacts,
  RatingCriterion,
  
  ResolvedRatingOptions,
  RatingTaskCounts,
  RatingTrace,
} from '../types.js';

const QD = QD366_OF_2025;
const HD = HD43_OF_2025;
const FROM: IsoDate = '2025-08-30';

/**
 * A quoted Điều 11 citation. The numbered sub-points are written "điểm 4.2", the form a legal Q&A
 * uses when it cites the leaders' list (rating.md §6.5, [S67]); the other numbers follow it.
 */
const c11 = (clause: number | string, quoteVi: string, point?: string): Citation =>
  cite(QD, { article: 11, clause, ...(point ? { item: label(`điểm ${point}`, `point ${point}`) } : {}), quoteVi, effectiveFrom: FROM }, 'quoted');
/** {@link c11} of a numbered sub-point ("4.2"), written before the quote. */
const c11p = (clause: number, point: string, quoteVi: string): Citation => c11(clause, quoteVi, point);

/**
 * A number from the text with the clause that states it.
 * @category Rating
 */
export interface RatingCitedValue {
  /** The number. */
  readonly value: number;
  /** Where it is written. */
  readonly citation: Citation;
}

const v = (value: number, citation: Citation): RatingCitedValue => Object.freeze({ value, citation });

/** HD 43 mục 7.5: long sick leave and maternity leave. */
const LEAVE = /* @__PURE__ */ cite(HD, { item: label('mục 7.5', 'item 7.5'), quoteVi: 'Đảng viên nghỉ ốm với tổng thời gian trong năm từ 03 tháng trở lên hoặc đảng viên nghỉ thai sản thì kết quả xếp loại chất lượng trong năm được căn cứ vào kết quả làm việc thực tế của năm đó.' }, 'quoted');

/**
 * The thresholds of QĐ 366-QĐ/TW Điều 11 and Điều 5 (and HD 43's sick-leave months), each with its
 * citation (rating.md §6.2, §6.5).
 * @example
 * ```ts
 * import { QD366_THRESHOLDS } from 'nq4';
 * QD366_THRESHOLDS.excellentMinScore.value; // 90
 * ```
 * @category Rating
 */
export const QD366_THRESHOLDS = /* @__PURE__ */ Object.freeze({
  /** "đạt từ 90 điểm trở lên" (k1). */
  excellentMinScore: v(90, c11(1, 'Là tập thể, cá nhân có kết quả tổng điểm đánh giá đạt từ 90 điểm trở lên.')),
  /** "từ 70 đến dưới 90 điểm" (k2). */
  goodMinScore: v(70, c11(2, 'Là tập thể, cá nhân có tổng điểm đánh giá đạt từ 70 đến dưới 90 điểm.')),
  /** "từ 50 đến dưới 70 điểm" (k3). */
  satisfactoryMinScore: v(50, c11(3, 'Tập thể, cá nhân có tổng điểm đánh giá đạt từ 50 đến dưới 70 điểm.')),
  /** "ít nhất 30% số nhiệm vụ hoàn thành vượt mức yêu cầu" (k1, 1.1–1.3). */
  excellentMinExceededPercent: v(
    30,
    c11p(1, '1.3', 'Hoàn thành 100% các nhiệm vụ được giao, đúng hạn, bảo đảm chất lượng, hiệu quả, trong đó có ít nhất 30% nhiệm vụ hoàn thành vượt mức yêu cầu.'),
  ),
  /** "Hoàn thành 100% các nhiệm vụ được giao, đúng thời hạn" (k2). */
  goodOnTimePercent: v(100, c11(2, 'Hoàn thành 100% các nhiệm vụ được giao, đúng thời hạn, bảo đảm chất lượng, hiệu quả.')),
  /** "số nhiệm vụ chưa bảo đảm tiến độ không vượt quá 20%" (k3). */
  satisfactoryMaxLatePercent: v(20, c11(3, 'Hoàn thành 100% các nhiệm vụ được giao; số nhiệm vụ chưa bảo đảm tiến độ không vượt quá 20%.')),
  /** "Có trên 50% số nhiệm vụ trong năm bị đánh giá không hoàn thành" (k4, other members). */
  unsatisfactoryFailedPercent: v(50, c11(4, 'Có trên 50% số nhiệm vụ trong năm bị đánh giá không hoàn thành.')),
  /** Leaders and leadership collectives: units "hoàn thành dưới 70% số nhiệm vụ" (k4, 4.1–4.2). */
  leaderMinCompletionPercent: v(
    70,
    c11p(4, '4.2', 'Địa phương, lĩnh vực, cơ quan, đơn vị, bộ phận do cá nhân trực tiếp lãnh đạo, quản lý hoàn thành dưới 70% số nhiệm vụ theo chương trình, kế hoạch trong năm hoặc không hoàn thành 5 chỉ tiêu kinh tế - xã hội cơ bản'),
  ),
  /** Leaders: "trên 50% tổng số địa phương, … bị xếp loại Không hoàn thành nhiệm vụ" (k4, 4.2). */
  leaderUnitsUnsatisfactoryPercent: v(
    50,
    c11p(4, '4.2', 'có trên 50% tổng số địa phương, lĩnh vực, cơ quan, đơn vị, bộ phận mà cá nhân phụ trách lãnh đạo, quản lý … bị xếp loại "Không hoàn thành nhiệm vụ"'),
  ),
  /** Leaders: "trên 50% số phiếu tín nhiệm thấp" (k4, 4.2). */
  leaderLowConfidencePercent: v(50, c11p(4, '4.2', 'Có trên 50% số phiếu tín nhiệm thấp tại kỳ lấy phiếu tín nhiệm trong năm (nếu có).')),
  /** Sick leave "từ 03 tháng trở lên" in the year: rated on the work actually done (HD 43 mục 7.5). */
  sickLeaveMinMonths: v(3, LEAVE),
  /** "chưa đủ 6 tháng" (Điều 5 k2, 2.1). */
  newMemberMonths: v(
    6,
    cite(QD, { article: 5, clause: 2, item: label('điểm 2.1', 'point 2.1'), effectiveFrom: FROM, quoteVi: 'Đảng viên trong toàn Đảng (trừ đảng viên được miễn công tác và sinh hoạt đảng; đảng viên bị đình chỉ sinh hoạt đảng; đảng viên mới kết nạp chưa đủ 6 tháng).' }, 'quoted'),
  ),
  /** Quota: "không vượt quá 20% tổng số … được xếp loại Hoàn thành tốt nhiệm vụ" (k1, 1.5). */
  quotaPercent: v(
    20,
    c11p(1, '1.5', 'Số lượng tập thể, cá nhân được xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% tổng số tập thể, cá nhân được xếp loại "Hoàn thành tốt nhiệm vụ" theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng, do cấp có thẩm quyền xem xét, quyết định.'),
  ),
  /** Quota exception: "không vượt quá 25%" (k1, 1.5). */
  quotaExceptionPercent: v(
    25,
    c11p(1, '1.5', 'cấp có thẩm quyền quyết định tỉ lệ hoàn thành xuất sắc nhiệm vụ đối với tập thể, cá nhân thuộc phạm vi quản lý, không vượt quá 25% tổng số tập thể, cá nhân được xếp loại "Hoàn thành tốt nhiệm vụ".'),
  ),
});

const T = QD366_THRESHOLDS;

/** Khoản 1 điểm 1.2, leaders: the condition is on the units they lead. */
const LEADER_EXCELLENT = /* @__PURE__ */ c11p(1, '1.2', 'Ngoài các tiêu chí chung nêu trên, các địa phương, lĩnh vực, cơ quan, đơn vị, bộ phận do cá nhân trực tiếp lãnh đạo, quản lý hoàn thành 100% nhiệm vụ được giao; trong đó có ít nhất 30% số nhiệm vụ hoàn thành vượt mức yêu cầu.');
/** Khoản 2, leaders (sub-point number unconfirmed: cited at clause level). */
const LEADER_GOOD = /* @__PURE__ */ c11(2, 'Ngoài các tiêu chí chung, các địa phương, lĩnh vực, cơ quan, đơn vị, bộ phận do cá nhân trực tiếp lãnh đạo, quản lý hoàn thành 100% các nhiệm vụ được giao, đúng thời hạn, bảo đảm chất lượng, hiệu quả.');
/** Khoản 3, leaders: the reference gives it only as "the same condition on the units they lead" (rating.md §6.5). */
const LEADER_SATISFACTORY = /* @__PURE__ */ cite(
  QD,
  { article: 11, clause: 3, effectiveFrom: FROM, note: label('Chưa thấy nguyên văn; nguồn chỉ nói điều kiện như trên, cho đơn vị do người lãnh đạo phụ trách.', 'Wording unseen: "the same condition on the units they lead".') },
  'paraphrased',
);
const SHORTCOMINGS = /* @__PURE__ */ c11p(1, '1.4', 'Đã khắc phục 100% các hạn chế, khuyết điểm được chỉ ra ở thời điểm kiểm điểm trước (nếu có).');
const NONLEADER_TRIGGERS = /* @__PURE__ */ c11(
  4,
  'Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, vi phạm liên quan đến hoạt động công vụ bị xử lý kỷ luật từ khiển trách trở lên, vi phạm những điều đảng viên không được làm, vi phạm quy định về trách nhiệm nêu gương, gây ảnh hưởng xấu đến uy tín của bản thân và tổ chức, cơ quan, đơn vị.',
);
const NONLEADER_ESCAPE = /* @__PURE__ */ c11(4, 'Trường hợp tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả thì cấp có thẩm quyền căn cứ vào hoàn cảnh, tính chất, hành vi, mức độ vi phạm, hậu quả, nguyên nhân và các yếu tố liên quan khác để xem xét, đánh giá, xếp loại');
const LEADER_DISCIPLINE = /* @__PURE__ */ c11p(4, '4.2', 'Có vi phạm liên quan đến chức trách, nhiệm vụ trong thực thi công vụ bị xử lý kỷ luật từ khiển trách trở lên.');
const LEADER_DEGRADATION = /* @__PURE__ */ c11p(4, '4.2', 'Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá".');
const LEADER_CORRUPTION = /* @__PURE__ */ c11p(4, '4.2', 'Có tổ chức hoặc cá nhân trong phạm vi quản lý trực tiếp xảy ra tham nhũng, lãng phí, tiêu cực và bị xử lý kỷ luật.');
const LEADER_ESCAPE = /* @__PURE__ */ c11p(4, '4.2', 'Trường hợp cá nhân lãnh đạo, quản lý đã chủ động phát hiện, báo cáo và chỉ đạo xử lý kịp thời, khắc phục xong hậu quả thì cấp có thẩm quyền … xem xét, đánh giá, xếp loại');
const COLLECTIVE_EXCELLENT = /* @__PURE__ */ c11p(1, '1.1', 'Hoàn thành 100% các nhiệm vụ được giao, đúng hạn, bảo đảm chất lượng, hiệu quả, trong đó có ít nhất 30% số nhiệm vụ hoàn thành vượt mức yêu cầu. Không có đơn vị trực thuộc (đối với tổ chức, cơ quan, đơn vị) hoặc thành viên của tập thể lãnh đạo, quản lý bị kỷ luật.');
const LC_DISUNITY = /* @__PURE__ */ c11(4, 'Bị cấp có thẩm quyền kết luận có sai phạm trong công tác cán bộ, mất đoàn kết nội bộ, bè phái, chạy chức, chạy quyền trong phạm vi phụ trách.');
const LC_MEMBER_DISCIPLINE = /* @__PURE__ */ c11(
  4,
  'Có thành viên trong tập thể lãnh đạo, quản lý vi phạm liên quan đến chức trách, nhiệm vụ trong thực thi công vụ bị xử lý kỷ luật từ khiển trách trở lên (trừ trường hợp thành viên đó bị kỷ luật mà vi phạm đó xảy ra từ thời điểm tại tổ chức, cơ quan, đơn vị khác chuyển đến hoặc hành vi vi phạm đó không liên quan đến chức trách, thẩm quyền của tập thể lãnh đạo, quản lý đang công tác tại thời điểm hiện tại).',
);
const LC_DEGRADATION = /* @__PURE__ */ c11(4, 'Có thành viên trong tập thể lãnh đạo, quản lý bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá".');
const LC_COMPLETION = /* @__PURE__ */ c11(4, 'Địa phương, tổ chức, cơ quan, đơn vị do mình trực tiếp lãnh đạo, quản lý hoàn thành dưới 70% số nhiệm vụ theo chương trình, kế hoạch trong năm hoặc không hoàn thành 5 chỉ tiêu kinh tế - xã hội cơ bản được cấp có thẩm quyền giao, phê duyệt');
const LC_ESCAPE = /* @__PURE__ */ c11(4, 'Trường hợp không hoàn thành nhiệm vụ hoặc các chỉ tiêu nêu trên mà có lý do bất khả kháng hoặc trường hợp tập thể lãnh đạo, quản lý hoặc có thành viên của tập thể lãnh đạo, quản lý bị xử lý kỷ luật nhưng đã chủ động phát hiện vi phạm và khắc phục kịp thời thì cấp có thẩm quyền … xem xét, đánh giá, xếp loại');
const BASIS = /* @__PURE__ */ cite(QD, { article: 3, clause: 4, quoteVi: 'Kết quả đánh giá, xếp loại cán bộ, công chức, viên chức, người lao động là cơ sở để đánh giá, xếp loại chất lượng đảng viên.' }, 'quoted');
const ORG_BASIS = /* @__PURE__ */ cite(HD, { item: label('mục 3', 'item 3'), quoteVi: 'Kết quả đánh giá, xếp loại tổ chức đảng dựa trên kết quả đánh giá, xếp loại chất lượng của: tập thể tổ chức, cơ quan, đơn vị; tập thể lãnh đạo, quản lý, tổ chức đảng trực thuộc (nếu có) và toàn bộ đảng viên thuộc tổ chức đảng.' }, 'quoted');

const NEW = T.newMemberMonths.citation;
/**
 * Điều 5 khoản 2 says who is not *reviewed*; that they are therefore not *rated* is the reading of
 * a source [S47] with Điều 3 khoản 4 ("được kiểm điểm thì phải đánh giá, xếp loại"), not the text's
 * words (rating.md §6.2): an inference.
 */
const NOT_RATED_READING = /* @__PURE__ */ cite(
  QD,
  { article: 5, clause: 2, effectiveFrom: FROM, note: label('Khoản 2 Điều 5 chỉ nói "không kiểm điểm"; "không xếp loại" là cách hiểu của nguồn tham khảo, không phải nguyên văn.', 'Art. 5(2) says only "not reviewed"; "not rated" is a source’s reading, not the wording.') },
  'inferred',
);

/** Is this discipline in the rating year? */
function counts(d: RatingDisciplineFact, year: number, o: ResolvedRatingOptions): boolean {
  return disciplineYear(d, o) === year;
}

/**
 * The texts of QĐ 366's member rating and of the bands it shares with collectives, Vietnamese and
 * English side by side, keyed by reason code, missing-fact path or option. A call whose code (or
 * path) is the key passes the table itself (`a.block('good', 'scoreBelow70', MESSAGES, …)`).
 */
const MESSAGES = {
  scoreMissing: { vi: 'Quy định 366 xếp loại theo tổng điểm (thang điểm 100).', en: 'QĐ 366 rates on the total score (100-point scale).' },
  scoreBelow50: (s: number, m = T.satisfactoryMinScore.value): Label => ({ vi: `Tổng điểm ${numVi(s)}, dưới ${m} điểm.`, en: `Total score ${s} is below ${m} points.` }),
  scoreBelow90: (s: number, m = T.excellentMinScore.value): Label => ({ vi: `Tổng điểm ${numVi(s)}, dưới ${m} điểm.`, en: `Total score ${s} is below ${m} points.` }),
  scoreBelow70: (s: number, m = T.goodMinScore.value): Label => ({ vi: `Tổng điểm ${numVi(s)}, dưới ${m} điểm.`, en: `Total score ${s} is below ${m} points.` }),
  score: (s: number): Label => ({ vi: `Tổng điểm: ${numVi(s)}/100.`, en: `Total score: ${s}/100.` }),
  tasksMissing: { vi: 'Các mức xếp loại của Quy định 366 có điều kiện về số nhiệm vụ.', en: 'The QĐ 366 levels have conditions on tasks.' },
  notAllCompleted: (ld: boolean, completed: number, assigned: number): Label => ({ vi: `${ld ? 'Đơn vị do mình trực tiếp lãnh đạo, quản lý: ' : ''}hoàn thành ${completed}/${assigned} nhiệm vụ; cả ba mức trên đều yêu cầu hoàn thành 100% nhiệm vụ.`, en: `${ld ? 'Units led: ' : ''}${completed} of ${assigned} tasks completed; all three upper levels require 100%.` }),
  notAllOnTime: (ld: boolean, late: number, assigned: number): Label => ({ vi: `${ld ? 'Đơn vị do mình trực tiếp lãnh đạo, quản lý: ' : ''}${late}/${assigned} nhiệm vụ không đúng hạn.`, en: `${ld ? 'Units led: ' : ''}${late} of ${assigned} tasks were late.` }),
  lateOver20: (ld: boolean, late: number, assigned: number, m = T.satisfactoryMaxLatePercent.value): Label => ({ vi: `${ld ? 'Đơn vị do mình trực tiếp lãnh đạo, quản lý: ' : ''}${late}/${assigned} nhiệm vụ chưa bảo đảm tiến độ, vượt quá ${m}%.`, en: `${ld ? 'Units led: ' : ''}${late} of ${assigned} tasks behind schedule, more than ${m}%.` }),
  exceededUnder30: (ld: boolean, exceeded: number, assigned: number, m = T.excellentMinExceededPercent.value): Label => ({ vi: `${ld ? 'Đơn vị do mình trực tiếp lãnh đạo, quản lý: ' : ''}${exceeded}/${assigned} nhiệm vụ hoàn thành vượt mức, dưới ${m}%.`, en: `${ld ? 'Units led: ' : ''}${exceeded} of ${assigned} tasks exceeded the requirement, under ${m}%.` }),
  bandReadingStrict: { vi: 'Đọc khung điểm theo nghĩa đen (không hạ mức theo khung).', en: 'Bands read literally (no cascading).' },
  gapFallbackUnsatisfactory: { vi: 'Không mức nào khớp: xếp "không hoàn thành nhiệm vụ" theo tùy chọn.', en: 'No level matches: "unsatisfactory" by option.' },
  gapCaveat: { vi: 'Không mức nào của Điều 11 khớp với các dữ kiện (khoảng trống giữa các khung điểm); cấp có thẩm quyền xem xét.', en: 'No level of Article 11 matches the facts (a gap between the bands); the competent body decides.' },
  gap: { vi: 'Khoảng trống: không đạt điều kiện mức nào và không thuộc trường hợp "không hoàn thành nhiệm vụ".', en: 'Gap: no level’s conditions hold and no "unsatisfactory" case applies.' },
  bandReadingCascade: { vi: 'Tổng điểm thuộc khung của mức cao hơn nhưng không đủ điều kiện; khung được coi là mức sàn nên xét xuống mức thấp hơn.', en: 'The score is in a higher level’s band but its conditions fail; bands are read as floors, so the next level down applies.' },
  exemptFromActivity: { vi: 'Đảng viên được miễn công tác và sinh hoạt đảng: không kiểm điểm, không xếp loại.', en: 'Member exempted from party work and activity: not reviewed, not rated.' },
  suspended: { vi: 'Đảng viên bị đình chỉ sinh hoạt đảng: không kiểm điểm, không xếp loại.', en: 'Member suspended from party activity: not reviewed, not rated.' },
  exemptFromActivityMissing: { vi: 'Đảng viên được miễn công tác và sinh hoạt đảng thì không xếp loại.', en: 'Members exempted from party work and activity are not rated.' },
  role: { vi: 'Quy định 366 có điều kiện riêng cho người giữ chức vụ lãnh đạo, quản lý.', en: 'QĐ 366 has separate conditions for leaders.' },
  leaveActualWork: (m: number): Label => ({ vi: `Nghỉ ốm từ ${String(m).padStart(2, '0')} tháng trở lên hoặc nghỉ thai sản: xếp loại căn cứ kết quả làm việc thực tế, không giới hạn mức.`, en: `Sick leave of ${m} months or more, or maternity leave: rated on the work actually done, no cap.` }),
  civilServiceBasis: (civilServiceLevel: RatingLevel): Label => ({ vi: `Kết quả xếp loại công chức, viên chức (${RATING_LEVEL_LABELS[civilServiceLevel].vi}) là cơ sở tham khảo, không ràng buộc mức `, en: `The civil-service rating (${RATING_LEVEL_LABELS[civilServiceLevel].en}) is a basis, not a binding cap ` }),
  prohibitedConduct: (esc: boolean): Label => ({ vi: `Bị cấp có thẩm quyền kết luận vi phạm những điều đảng viên không được làm, vi phạm quy định về trách nhiệm nêu gương, gây ảnh hưởng xấu đến uy tín${esc ? '; đã tự giác nhận lỗi, khắc phục xong hậu quả nên cấp có thẩm quyền xem xét, quyết định' : ''}.`, en: `Concluded: violated what members must not do or the duty to set an example, harming reputation${esc ? '; self-reported and remedied, so the competent body may decide otherwise' : ''}.` }),
  prohibitedConductConcluded: { vi: 'Vi phạm những điều đảng viên không được làm, trách nhiệm nêu gương, gây ảnh hưởng xấu đến uy tín là trường hợp "không hoàn thành nhiệm vụ" (Điều 11 khoản 4).', en: 'Violating what members must not do or the duty to set an example, harming reputation, forces "unsatisfactory" (Art. 11(4)).' },
  disciplines: { vi: 'Kỷ luật liên quan đến công vụ là trường hợp "không hoàn thành nhiệm vụ" (danh sách rỗng nếu không có).', en: 'A discipline tied to official duty forces "unsatisfactory" (an empty list if none).' },
  'disciplines[i].relatedToOfficialDuty': { vi: 'Quy định 366 chỉ coi kỷ luật vi phạm liên quan đến công vụ là trường hợp "không hoàn thành nhiệm vụ".', en: 'QĐ 366 counts only disciplines for violations tied to official duty.' },
  disciplineOfficialDuty: (form: DisciplineForm, esc: boolean): Label => ({ vi: `Bị kỷ luật ${formVi(form)} do vi phạm liên quan đến công vụ trong năm${esc ? '; đã tự giác nhận lỗi, khắc phục xong hậu quả nên cấp có thẩm quyền xem xét, quyết định' : ''}.`, en: `Disciplined (${formEn(form)}) in the year for a violation tied to official duty${esc ? '; self-reported and remedied, so the competent body may decide otherwise' : ''}.` }),
  disciplineNotOfficialDuty: (i: number): Label => ({ vi: `Kỷ luật thứ ${i + 1} không liên quan đến công vụ: không tự động là "không hoàn thành nhiệm vụ", nhưng vi phạm những điều đảng viên không được làm hoặc trách nhiệm nêu gương vẫn là trường hợp của khoản 4 do cấp có thẩm quyền kết luận.`, en: `Discipline ${i + 1} is not tied to official duty: not an automatic "unsatisfactory", though violating what members must not do or the duty to set an example is still a case of clause 4, for the competent body to conclude.` }),
  'leader.unitTasks.assigned': { vi: 'Số nhiệm vụ được giao là 0: không tính được tỉ lệ.', en: 'No tasks assigned (0): no share can be computed.' },
  leaderUnitTasksDeprecated: { vi: 'Chưa có leader.unitTasks: số nhiệm vụ đã nhập được hiểu là của đơn vị do mình lãnh đạo (cách dùng cũ).', en: 'No leader.unitTasks: the tasks given are read as those of the units led (deprecated use).' },
  leaderUnitsUnder70: (completed: number, assigned: number, m = T.leaderMinCompletionPercent.value): Label => ({ vi: `Đơn vị do mình trực tiếp lãnh đạo, quản lý hoàn thành ${completed}/${assigned} nhiệm vụ, dưới ${m}%.`, en: `Units led completed ${completed} of ${assigned} tasks, under ${m}%.` }),
  failedOver50: (failed: number, assigned: number, m = T.unsatisfactoryFailedPercent.value): Label => ({ vi: `${failed}/${assigned} nhiệm vụ không hoàn thành, trên ${m}%.`, en: `${failed} of ${assigned} tasks not completed, over ${m}%.` }),
  shortcomingsNotFixed: { vi: 'Chưa khắc phục hết hạn chế, khuyết điểm đã chỉ ra ở kỳ kiểm điểm trước.', en: 'Not all shortcomings from the previous review were fixed.' },
  shortcomingsFixed: { vi: 'Mức "hoàn thành xuất sắc" yêu cầu khắc phục 100% khuyết điểm kỳ trước.', en: '"Excellent" requires all previous shortcomings fixed.' },
  leader: { vi: 'Người giữ chức vụ lãnh đạo, quản lý có thêm các trường hợp "không hoàn thành nhiệm vụ" (điểm 4.2).', en: 'Leaders have further "unsatisfactory" cases (point 4.2).' },
  leaderUnitsUnsatisfactory: (unitsLedUnsatisfactory: number, unitsLed: number, m = T.leaderUnitsUnsatisfactoryPercent.value): Label => ({ vi: `${unitsLedUnsatisfactory}/${unitsLed} đơn vị phụ trách xếp loại "không hoàn thành nhiệm vụ", trên ${m}%.`, en: `${unitsLedUnsatisfactory} of ${unitsLed} units led rated "unsatisfactory", over ${m}%.` }),
  unitsLedUnsatisfactoryMissing: (m: number): Label => ({ vi: `Trên ${m}% đơn vị phụ trách bị xếp loại "không hoàn thành nhiệm vụ" là trường hợp của điểm 4.2.`, en: `Over ${m}% of units led rated "unsatisfactory" is a case of 4.2.` }),
  lowConfidence: (lowConfidenceVotePercent: number, m = T.leaderLowConfidencePercent.value): Label => ({ vi: `${lowConfidenceVotePercent}% phiếu tín nhiệm thấp, trên ${m}%.`, en: `${lowConfidenceVotePercent}% low-confidence votes, over ${m}%.` }),
  basicTargetsMissed: { vi: 'Không hoàn thành 5 chỉ tiêu kinh tế - xã hội cơ bản.', en: 'The 5 basic socio-economic targets were not met.' },
  corruptionInScope: { vi: 'Trong phạm vi quản lý trực tiếp xảy ra tham nhũng, lãng phí, tiêu cực và bị xử lý kỷ luật.', en: 'Corruption, waste or negativity within direct management was disciplined.' },
  'leader.corruptionInScopeDisciplined': { vi: 'Tham nhũng trong phạm vi quản lý bị xử lý kỷ luật là trường hợp của điểm 4.2.', en: 'Disciplined corruption within direct management is a case of 4.2.' },
};

/** The texts only the organization rating writes, apart so that a bundle that only rates members leaves them out. */
const ORGANIZATION_MESSAGES = {
  memberStatistics: { vi: 'Kết quả xếp loại đảng viên, tổ chức trực thuộc là căn cứ đánh giá tổ chức đảng; Quy định 366 / Hướng dẫn 43 không nêu ngưỡng tỉ lệ nên chỉ dùng để tham khảo.', en: 'Ratings of members and sub-units are the basis of a party organization’s rating; QĐ 366 / HD 43 state no share thresholds, so they are informational.' },
  newOrganizationUnseen: { vi: 'Quy tắc về tổ chức mới thành lập chưa đủ 6 tháng không thấy trong Quy định 366 / Hướng dẫn 43 (chưa xác minh).', en: 'No rule on organizations founded under 6 months ago is visible in QĐ 366 / HD 43 (unverified).' },
  disunity: { vi: 'Bị kết luận có sai phạm trong công tác cán bộ, mất đoàn kết nội bộ.', en: 'Concluded: wrongdoing in cadre work or internal disunity.' },
  memberDegradation: { vi: 'Có thành viên bị kết luận có biểu hiện suy thoái.', en: 'A member was concluded to show degradation.' },
  leadershipDisciplines: { vi: 'Thành viên bị kỷ luật do vi phạm liên quan đến công vụ là trường hợp "không hoàn thành nhiệm vụ".', en: 'A member disciplined for a duty-related violation forces "unsatisfactory".' },
  transferredIn: (i: number): Label => ({ vi: `Kỷ luật thứ ${i + 1}: vi phạm xảy ra ở đơn vị cũ, không tính cho tập thể này.`, en: `Discipline ${i + 1}: the violation happened at the previous unit, not counted for this collective.` }),
  'leadershipDisciplines[i].relatedToOfficialDuty': { vi: 'Chỉ vi phạm liên quan đến chức trách, nhiệm vụ mới là trường hợp "không hoàn thành nhiệm vụ".', en: 'Only duty-related violations count.' },
  memberDisciplined: (form: DisciplineForm): Label => ({ vi: `Thành viên bị kỷ luật ${formVi(form)} do vi phạm liên quan đến chức trách, nhiệm vụ.`, en: `A member was disciplined (${formEn(form)}) for a duty-related violation.` }),
  completionUnder70: (completed: number, assigned: number, m = T.leaderMinCompletionPercent.value): Label => ({ vi: `Đơn vị hoàn thành ${completed}/${assigned} nhiệm vụ, dưới ${m}%.`, en: `The unit completed ${completed} of ${assigned} tasks, under ${m}%.` }),
  organizationTriggersUnseen: (min: number): Label => ({ vi: `Ngoài trường hợp dưới ${min} điểm, các trường hợp "không hoàn thành nhiệm vụ" riêng cho tổ chức, tổ chức đảng không thấy trong văn bản đã tham khảo (chưa xác minh).`, en: `Apart from scoring under ${min}, no "unsatisfactory" cases specific to an organization or party organization are visible in the texts consulted (unverified).` }),
  leadershipMemberDisciplined: { vi: 'Có thành viên tập thể lãnh đạo, quản lý bị kỷ luật trong năm.', en: 'A member of the leadership collective was disciplined in the year.' },
  leadershipDisciplinesExcellent: { vi: 'Mức "hoàn thành xuất sắc" yêu cầu không có thành viên tập thể lãnh đạo bị kỷ luật.', en: '"Excellent" requires no disciplined leadership member.' },
  subUnitDisciplined: (subUnitsDisciplined: number): Label => ({ vi: `${subUnitsDisciplined} đơn vị trực thuộc bị kỷ luật.`, en: `${subUnitsDisciplined} subordinate unit(s) disciplined.` }),
  subUnitsDisciplined: { vi: 'Mức "hoàn thành xuất sắc" yêu cầu không có đơn vị trực thuộc bị kỷ luật (0 nếu không có).', en: '"Excellent" requires no disciplined subordinate unit (0 if none).' },
  shortcomingsNotFixed: { vi: 'Chưa khắc phục hết hạn chế, khuyết điểm kỳ trước.', en: 'Not all previous shortcomings were fixed.' },
};

/** The texts of the criteria listed by `rulesFor`, keyed by criterion id, apart so that a bundle that only rates leaves them out. */
/** Read once, by the criteria builder below (a function, so that a bundle without the criteria drops it; its numbers come from the thresholds). */
const CRITERIA_MESSAGES = (t: typeof QD366_THRESHOLDS) => ({
  'qd366.member.notRated': { vi: `Không kiểm điểm, xếp loại: đảng viên được miễn công tác và sinh hoạt đảng, bị đình chỉ sinh hoạt đảng, mới kết nạp chưa đủ ${t.newMemberMonths.value} tháng.`, en: `Not reviewed or rated: members exempted from activity, suspended, or admitted under ${t.newMemberMonths.value} months.` },
  'qd366.excellent.score': { vi: `Tổng điểm từ ${t.excellentMinScore.value} trở lên.`, en: `Total score ${t.excellentMinScore.value} or more.` },
  'qd366.member.excellent.tasks': { vi: `Hoàn thành 100% nhiệm vụ đúng hạn, ít nhất ${t.excellentMinExceededPercent.value}% vượt mức.`, en: `All tasks completed on time, at least ${t.excellentMinExceededPercent.value}% exceeded.` },
  'qd366.leader.excellent.units': { vi: `Người lãnh đạo: đơn vị do mình trực tiếp lãnh đạo hoàn thành 100% nhiệm vụ, ít nhất ${t.excellentMinExceededPercent.value}% vượt mức.`, en: `Leaders: the units led complete all tasks, at least ${t.excellentMinExceededPercent.value}% exceeded.` },
  'qd366.excellent.shortcomings': { vi: 'Đã khắc phục 100% hạn chế, khuyết điểm kỳ trước.', en: 'All previous shortcomings fixed.' },
  'qd366.good.score': { vi: `Tổng điểm từ ${t.goodMinScore.value} đến dưới ${t.excellentMinScore.value}.`, en: `Total score from ${t.goodMinScore.value} to under ${t.excellentMinScore.value}.` },
  'qd366.good.tasks': { vi: 'Hoàn thành 100% nhiệm vụ, đúng thời hạn.', en: 'All tasks completed, on time.' },
  'qd366.satisfactory.score': { vi: `Tổng điểm từ ${t.satisfactoryMinScore.value} đến dưới ${t.goodMinScore.value}.`, en: `Total score from ${t.satisfactoryMinScore.value} to under ${t.goodMinScore.value}.` },
  'qd366.satisfactory.tasks': { vi: `Hoàn thành 100% nhiệm vụ; chậm tiến độ không quá ${t.satisfactoryMaxLatePercent.value}%.`, en: `All tasks completed; at most ${t.satisfactoryMaxLatePercent.value}% late.` },
  'qd366.member.unsatisfactory.triggers': { vi: `Dưới ${t.satisfactoryMinScore.value} điểm; suy thoái; kỷ luật từ khiển trách trở lên do vi phạm liên quan đến công vụ; vi phạm những điều đảng viên không được làm, trách nhiệm nêu gương, gây ảnh hưởng xấu đến uy tín; trên ${t.unsatisfactoryFailedPercent.value}% nhiệm vụ không hoàn thành (trừ tự giác nhận lỗi, khắc phục xong hậu quả).`, en: `Under ${t.satisfactoryMinScore.value} points; degradation; a discipline (reprimand or heavier) for a duty-related violation; violating what members must not do or the duty to set an example, harming reputation; over ${t.unsatisfactoryFailedPercent.value}% of tasks failed (unless self-reported and remedied).` },
  'qd366.leader.unsatisfactory.triggers': { vi: `Người lãnh đạo: đơn vị hoàn thành dưới ${t.leaderMinCompletionPercent.value}% nhiệm vụ hoặc không đạt 5 chỉ tiêu cơ bản; trên ${t.leaderUnitsUnsatisfactoryPercent.value}% đơn vị phụ trách không hoàn thành nhiệm vụ; trên ${t.leaderLowConfidencePercent.value}% phiếu tín nhiệm thấp; kỷ luật; suy thoái; tham nhũng trong phạm vi quản lý.`, en: `Leaders: units under ${t.leaderMinCompletionPercent.value}% of tasks or the 5 basic targets missed; over ${t.leaderUnitsUnsatisfactoryPercent.value}% of units led unsatisfactory; over ${t.leaderLowConfidencePercent.value}% low-confidence votes; discipline; degradation; corruption within direct management.` },
  'qd366.member.leave': { vi: `Nghỉ ốm từ ${String(t.sickLeaveMinMonths.value).padStart(2, '0')} tháng trở lên hoặc nghỉ thai sản: xếp loại theo kết quả làm việc thực tế.`, en: `Sick leave of ${t.sickLeaveMinMonths.value} months or more, or maternity: rated on the work actually done.` },
  'qd366.org.excellent': { vi: `Tập thể: 100% nhiệm vụ đúng hạn, ít nhất ${t.excellentMinExceededPercent.value}% vượt mức; không có đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo bị kỷ luật.`, en: `Collective: all tasks on time, at least ${t.excellentMinExceededPercent.value}% exceeded; no subordinate unit or leadership member disciplined.` },
  'qd366.leadershipCollective.unsatisfactory': { vi: `Tập thể lãnh đạo, quản lý: mất đoàn kết; thành viên bị kỷ luật do vi phạm liên quan đến chức trách; thành viên suy thoái; đơn vị hoàn thành dưới ${t.leaderMinCompletionPercent.value}% nhiệm vụ hoặc không đạt 5 chỉ tiêu cơ bản.`, en: `Leadership collective: disunity; a member disciplined for a duty-related violation; a degraded member; units under ${t.leaderMinCompletionPercent.value}% of tasks or the 5 basic targets missed.` },
  'qd366.org.unsatisfactory.other': { vi: `Tổ chức, tổ chức đảng (không phải tập thể lãnh đạo): các trường hợp ngoài "dưới ${t.satisfactoryMinScore.value} điểm" chưa thấy.`, en: `Organizations other than leadership collectives: cases beyond "under ${t.satisfactoryMinScore.value} points" not seen.` },
  'qd366.org.memberShares': { vi: 'Ngưỡng tỉ lệ đảng viên / tổ chức trực thuộc: không thấy trong Quy định 366 / Hướng dẫn 43.', en: 'Member or sub-unit share thresholds: not seen in QĐ 366 / HD 43.' },
  'qd366.quota': { vi: `Số "hoàn thành xuất sắc" không quá ${t.quotaPercent.value}% số "hoàn thành tốt" trong nhóm tương đồng; đến ${t.quotaExceptionPercent.value}% khi đơn vị có thành tích nổi trội.`, en: `"Excellent" at most ${t.quotaPercent.value}% of "good" in a peer group; up to ${t.quotaExceptionPercent.value}% for outstanding units.` },
});


/** Score and task conditions of the bands, shared by members and collectives. */
function bands(
  a: Acc,
  score: number | undefined,
  tasks: RatingTaskCounts | undefined,
  o: ResolvedRatingOptions,
  subject: 'member' | 'leader' | 'collective',
  /** The citation of the excellent level's task condition (the collective's is passed in, so that a bundle that only rates members leaves it out). */
  excellentCite: Citation,
  tasksPath = 'tasks',
): { possible: [boolean, boolean, boolean]; certain: [boolean, boolean, boolean] } {
  const possible: [boolean, boolean, boolean] = [true, true, true];
  const certain: [boolean, boolean, boolean] = [true, true, true];
  const ld = subject === 'leader';
  const goodCite = ld ? LEADER_GOOD : T.goodOnTimePercent.citation;
  const satCite = ld ? LEADER_SATISFACTORY : T.satisfactoryMaxLatePercent.citation;
  // For a leader the task conditions are on the units led (khoản 1 điểm 1.2, khoản 2, 3): the messages say so.
  if (score === undefined) {
    a.miss('score', MESSAGES.scoreMissing);
    certain[0] = certain[1] = certain[2] = false;
  } else {
    const s = effectiveScore(score, o);
    if (s < T.satisfactoryMinScore.value) {
      a.trace ? a.force(false, 'scoreBelow50', MESSAGES.scoreBelow50(s), [c11(4, 'Tập thể, cá nhân có tổng điểm đánh giá dưới 50 điểm')]) : a.flag(false);
      possible[0] = possible[1] = possible[2] = false;
    } else {
      const strict = o.bandReading === 'strict';
      if (s < T.excellentMinScore.value) {
        possible[0] = false;
        if (a.trace) a.block('excellent', 'scoreBelow90', MESSAGES.scoreBelow90(s), [T.excellentMinScore.citation]);
      } else if (strict) {
        possible[1] = possible[2] = false;
      }
      if (s < T.goodMinScore.value) {
        possible[1] = false;
        if (a.trace) a.block('good', 'scoreBelow70', MESSAGES.scoreBelow70(s), [T.goodMinScore.citation]);
      } else if (strict && s < T.excellentMinScore.value) {
        possible[2] = false;
      }
      if (a.trace) a.note('score', MESSAGES.score(s), [
        s >= T.excellentMinScore.value ? T.excellentMinScore.citation : s >= T.goodMinScore.value ? T.goodMinScore.citation : T.satisfactoryMinScore.citation,
      ]);
    }
  }
  if (tasks === undefined) {
    a.miss(tasksPath, MESSAGES.tasksMissing);
    certain[0] = certain[1] = certain[2] = false;
  } else {
    const { assigned, completed, onTime, exceeded } = tasks;
    const late = lateTasks(tasks);
    if (completed < assigned) {
      possible[0] = possible[1] = possible[2] = false;
      if (a.trace) a.block(
        'satisfactory',
        'notAllCompleted',
        MESSAGES.notAllCompleted(ld, completed, assigned),
        [satCite],
      );
    } else {
      if (onTime < assigned) {
        possible[0] = possible[1] = false;
        if (a.trace) a.block('good', 'notAllOnTime', MESSAGES.notAllOnTime(ld, late, assigned), [goodCite]);
      }
      if (morePercent(late, assigned, T.satisfactoryMaxLatePercent.value)) {
        possible[2] = false;
        if (a.trace) a.block(
          'satisfactory',
          'lateOver20',
          MESSAGES.lateOver20(ld, late, assigned),
          [satCite],
        );
      }
      if (!atLeastPercent(exceeded, assigned, T.excellentMinExceededPercent.value)) {
        possible[0] = false;
        if (a.trace) a.block(
          'excellent',
          'exceededUnder30',
          MESSAGES.exceededUnder30(ld, exceeded, assigned),
          [excellentCite],
        );
      }
    }
  }
  return { possible, certain };
}

/** Combine band candidates with triggers into the final evaluation. */
function finish(a: Acc, possible: readonly boolean[], certain: readonly boolean[], o: ResolvedRatingOptions, gapCites: readonly Citation[]): RatingEvaluation {
  const bits = [EXCELLENT, GOOD, SATISFACTORY];
  let mask = 0;
  for (let i = 0; i < 3; i++) {
    if (!possible[i]) continue;
    mask |= bits[i] as number;
    if (certain[i]) break; // first level whose conditions all hold wins (bands are floors under cascade; exclusive under strict)
  }
  if (a.forced && !a.discretion) {
    a.allowed = UNSATISFACTORY;
    return a.done();
  }
  if (mask === 0 && !a.forced) {
    if (o.bandReading === 'strict') a.option('bandReading', 'strict', MESSAGES.bandReadingStrict);
    if (o.gapFallback === 'unsatisfactory') {
      a.option('gapFallback', 'unsatisfactory', MESSAGES.gapFallbackUnsatisfactory);
      a.allowed = UNSATISFACTORY;
      return a.done();
    }
    a.status = 2;
    a.allowed = a.missingForcing > 0 ? UNSATISFACTORY : 0;
    if (a.trace) {
      a.caveat(
        MESSAGES.gapCaveat,
      );
      a.note('gap', MESSAGES, gapCites);
    }
    return a.done();
  }
  if (o.bandReading === 'strict') a.option('bandReading', 'strict', MESSAGES.bandReadingStrict);
  a.allowed = mask | (a.forced || a.missingForcing > 0 ? UNSATISFACTORY : 0);
  return a.done();
}

function cascadeNote(a: Acc, score: number | undefined, o: ResolvedRatingOptions, ev: RatingEvaluation): void {
  if (o.bandReading !== 'cascade' || score === undefined || ev.status !== 0) return;
  const s = effectiveScore(score, o);
  const best = ev.allowed & 7;
  const bandBit = s >= 90 ? EXCELLENT : s >= 70 ? GOOD : s >= 50 ? SATISFACTORY : 0;
  if (bandBit !== 0 && best !== 0 && (best & bandBit) === 0 && best < 8) {
    a.option(
      'bandReading',
      'cascade',
      MESSAGES.bandReadingCascade,
    );
  }
}

function exemptions(a: Acc, f: MemberRatingFacts, o: ResolvedRatingOptions): RatingEvaluation | undefined {
  if (f.exemptFromActivity === true) {
    return a.notRated(false, 'exemptFromActivity', MESSAGES, [NEW, NOT_RATED_READING]);
  }
  if (f.suspended === true) {
    return a.notRated(false, 'suspended', MESSAGES, [NEW, NOT_RATED_READING]);
  }
  if (f.admittedOn !== undefined) {
    const cut = cutoffDate(f.year, f.reviewOn, o);
    if (!fullMonthsPassed(f.admittedOn, cut, T.newMemberMonths.value)) {
      if (o.sixMonthsAt === 'yearEnd') a.option('sixMonthsAt', 'yearEnd', EXEMPTION_MESSAGES.sixMonthsAtYearEnd);
      return a.notRated(false, 'newMember', EXEMPTION_MESSAGES.newMember(isoOf(cut)), [NEW, NOT_RATED_READING]);
    }
  } else {
    a.miss('admittedOn', EXEMPTION_MESSAGES, 'notRated');
  }
  if (!o.assumeNoEvents) {
    if (f.exemptFromActivity === undefined) a.miss('exemptFromActivity', MESSAGES.exemptFromActivityMissing, 'notRated');
    if (f.suspended === undefined) a.miss('suspended', EXEMPTION_MESSAGES.suspendedMissing, 'notRated');
  }
  return undefined;
}

/** QĐ 366 evaluation of a member. */
function evaluateMember(f: MemberRatingFacts, o: ResolvedRatingOptions, trace: RatingTrace | undefined): RatingEvaluation {
  const a = new Acc(trace);
  const exempt = exemptions(a, f, o);
  if (exempt) return exempt;
  const role = f.role;
  if (role === undefined) a.miss('role', MESSAGES);
  if (trace) {
    if ((f.sickLeaveMonths ?? 0) >= T.sickLeaveMinMonths.value || f.maternityLeave === true) {
      a.note('leaveActualWork', MESSAGES.leaveActualWork(T.sickLeaveMinMonths.value), [LEAVE]);
    }
    if (f.civilServiceLevel !== undefined && f.civilServiceLevel !== 'notCivilServant') {
      a.note('civilServiceBasis', MESSAGES.civilServiceBasis(f.civilServiceLevel), [BASIS]);
    }
  }
  // Triggers (khoản 4)
  const leader = role === 'leader';
  if (f.degradationConcluded === true) {
    a.force(false, 'degradation', TRIGGER_MESSAGES, [leader ? LEADER_DEGRADATION : NONLEADER_TRIGGERS]);
  } else if (f.degradationConcluded === undefined && !o.assumeNoEvents) {
    a.miss('degradationConcluded', TRIGGER_MESSAGES);
  }
  if (!leader) {
    if (f.prohibitedConductConcluded === true) {
      const esc = f.prohibitedConductSelfReportedAndRemedied === true;
      a.force(
        esc,
        'prohibitedConduct',
        MESSAGES.prohibitedConduct(esc),
        esc ? [NONLEADER_TRIGGERS, NONLEADER_ESCAPE] : [NONLEADER_TRIGGERS],
      );
    } else if (f.prohibitedConductConcluded === undefined && !o.assumeNoEvents) {
      a.miss(
        'prohibitedConductConcluded',
        MESSAGES.prohibitedConductConcluded,
      );
    }
  }
  if (f.disciplines === undefined) {
    if (!o.assumeNoEvents) a.miss('disciplines', MESSAGES);
  } else {
    // "Chỉ tính một lần" is HD 21's wording, not seen for QĐ 366: the note names the choice only.
    noteOtherYears(a, f.disciplines, f.year, o);
    f.disciplines.forEach((d, i) => {
      if (!counts(d, f.year, o)) {
        return;
      }
      if (d.relatedToOfficialDuty === undefined) {
        a.miss(`disciplines[${i}].relatedToOfficialDuty`, MESSAGES['disciplines[i].relatedToOfficialDuty']);
      } else if (d.relatedToOfficialDuty) {
        const esc = d.selfReportedAndRemedied === true;
        a.force(
          esc,
          'disciplineOfficialDuty',
          MESSAGES.disciplineOfficialDuty(d.form, esc),
          esc ? [leader ? LEADER_DISCIPLINE : NONLEADER_TRIGGERS, leader ? LEADER_ESCAPE : NONLEADER_ESCAPE] : [leader ? LEADER_DISCIPLINE : NONLEADER_TRIGGERS],
        );
      } else {
        a.caveat(
          MESSAGES.disciplineNotOfficialDuty(i),
        );
      }
    });
  }
  // A leader's rules read the tasks of the units led (leader.unitTasks), never the leader's own.
  let tasks = f.tasks;
  let tasksPath = 'tasks';
  if (leader) {
    tasksPath = 'leader.unitTasks';
    const ut = f.leader?.unitTasks;
    if (ut !== undefined) {
      tasks = ut;
      if (ut.assigned === 0) {
        tasks = undefined;
        a.miss('leader.unitTasks.assigned', MESSAGES);
      }
    } else if (f.tasks !== undefined) {
      a.caveat(MESSAGES.leaderUnitTasksDeprecated);
    }
  }
  if (tasks !== undefined) {
    if (leader) {
      if (lessPercent(tasks.completed, tasks.assigned, T.leaderMinCompletionPercent.value)) {
        a.trace ? a.force(false, 'leaderUnitsUnder70', MESSAGES.leaderUnitsUnder70(tasks.completed, tasks.assigned), [T.leaderMinCompletionPercent.citation]) : a.flag(false);
      }
    } else if (morePercent(failedTasks(tasks), tasks.assigned, T.unsatisfactoryFailedPercent.value)) {
      a.trace ? a.force(false, 'failedOver50', MESSAGES.failedOver50(failedTasks(tasks), tasks.assigned), [T.unsatisfactoryFailedPercent.citation]) : a.flag(false);
    }
  }
  if (leader) leaderTriggers(a, f, o);
  const { possible, certain } = bands(a, f.score, tasks, o, leader ? 'leader' : 'member', leader ? LEADER_EXCELLENT : T.excellentMinExceededPercent.citation, tasksPath);
  if (possible[0]) {
    if (f.shortcomingsFixed === false) {
      possible[0] = false;
      if (a.trace) a.block('excellent', 'shortcomingsNotFixed', MESSAGES, [SHORTCOMINGS]);
    } else if (f.shortcomingsFixed === undefined) {
      certain[0] = false;
      a.miss('shortcomingsFixed', MESSAGES, 'level');
    }
  }
  const ev = finish(a, possible, certain, o, [T.goodMinScore.citation, T.satisfactoryMinScore.citation]);
  cascadeNote(a, f.score, o, ev);
  return ev;
}

function leaderTriggers(a: Acc, f: MemberRatingFacts, o: ResolvedRatingOptions): void {
  const l = f.leader;
  const ev = o.assumeNoEvents;
  if (l === undefined) {
    if (!ev) a.miss('leader', MESSAGES);
    return;
  }
  if (l.unitsLed !== undefined && l.unitsLedUnsatisfactory !== undefined && morePercent(l.unitsLedUnsatisfactory, l.unitsLed, T.leaderUnitsUnsatisfactoryPercent.value)) {
    a.force(false, 'leaderUnitsUnsatisfactory', MESSAGES.leaderUnitsUnsatisfactory(l.unitsLedUnsatisfactory, l.unitsLed), [T.leaderUnitsUnsatisfactoryPercent.citation]);
  } else if ((l.unitsLed === undefined || l.unitsLedUnsatisfactory === undefined) && !ev) {
    a.miss('leader.unitsLedUnsatisfactory', MESSAGES.unitsLedUnsatisfactoryMissing(T.leaderUnitsUnsatisfactoryPercent.value));
  }
  if (l.lowConfidenceVotePercent !== undefined && l.lowConfidenceVotePercent > T.leaderLowConfidencePercent.value) {
    a.force(false, 'lowConfidence', MESSAGES.lowConfidence(l.lowConfidenceVotePercent), [T.leaderLowConfidencePercent.citation]);
  }
  if (l.basicTargetsMissed === true) {
    a.force(false, 'basicTargetsMissed', MESSAGES, [T.leaderMinCompletionPercent.citation]);
  }
  if (l.corruptionInScopeDisciplined === true) {
    const esc = l.proactivelyHandled === true;
    a.force(esc, 'corruptionInScope', MESSAGES, esc ? [LEADER_CORRUPTION, LEADER_ESCAPE] : [LEADER_CORRUPTION]);
  } else if (l.corruptionInScopeDisciplined === undefined && !ev) {
    a.miss('leader.corruptionInScopeDisciplined', MESSAGES);
  }
}

/** QĐ 366 evaluation of a collective. */
function evaluateOrganization(f: OrganizationRatingFacts, o: ResolvedRatingOptions, trace: RatingTrace | undefined): RatingEvaluation {
  const a = new Acc(trace);
  const ev = o.assumeNoEvents;
  if (trace) {
    if (f.members || f.subUnits) {
      a.note('memberStatistics', ORGANIZATION_MESSAGES, [ORG_BASIS]);
    }
    if (f.establishedOn !== undefined) {
      a.caveat(ORGANIZATION_MESSAGES.newOrganizationUnseen);
    }
  }
  if (f.kind === 'leadershipCollective') {
    if (f.disunityConcluded === true) a.force(false, 'disunity', ORGANIZATION_MESSAGES, [LC_DISUNITY]);
    else if (f.disunityConcluded === undefined && !ev) a.miss('disunityConcluded', COLLECTIVE_MESSAGES);
    if (f.degradationConcluded === true) a.force(false, 'memberDegradation', ORGANIZATION_MESSAGES, [LC_DEGRADATION]);
    else if (f.degradationConcluded === undefined && !ev) a.miss('degradationConcluded', COLLECTIVE_MESSAGES);
    if (f.leadershipDisciplines === undefined) {
      if (!ev) a.miss('leadershipDisciplines', ORGANIZATION_MESSAGES);
    } else {
      f.leadershipDisciplines.forEach((d, i) => {
        if (!counts(d, f.year, o)) return;
        if (d.atPreviousUnit === true) {
          a.note('transferredIn', ORGANIZATION_MESSAGES.transferredIn(i), [LC_MEMBER_DISCIPLINE]);
          return;
        }
        if (d.relatedToOfficialDuty === undefined) {
          a.miss(`leadershipDisciplines[${i}].relatedToOfficialDuty`, ORGANIZATION_MESSAGES['leadershipDisciplines[i].relatedToOfficialDuty']);
        } else if (d.relatedToOfficialDuty) {
          const esc = d.selfReportedAndRemedied === true;
          a.force(esc, 'memberDisciplined', ORGANIZATION_MESSAGES.memberDisciplined(d.form), esc ? [LC_MEMBER_DISCIPLINE, LC_ESCAPE] : [LC_MEMBER_DISCIPLINE]);
        }
      });
    }
    if (f.tasks !== undefined && lessPercent(f.tasks.completed, f.tasks.assigned, T.leaderMinCompletionPercent.value)) {
      a.force(f.forceMajeure === true, 'completionUnder70', ORGANIZATION_MESSAGES.completionUnder70(f.tasks.completed, f.tasks.assigned), f.forceMajeure === true ? [LC_COMPLETION, LC_ESCAPE] : [LC_COMPLETION]);
    }
    if (f.basicTargetsMissed === true) {
      a.force(f.forceMajeure === true, 'basicTargetsMissed', MESSAGES, f.forceMajeure === true ? [LC_COMPLETION, LC_ESCAPE] : [LC_COMPLETION]);
    }
  } else {
    a.caveat(
      ORGANIZATION_MESSAGES.organizationTriggersUnseen(T.satisfactoryMinScore.value),
    );
  }
  const { possible, certain } = bands(a, f.score, f.tasks, o, 'collective', COLLECTIVE_EXCELLENT);
  if (possible[0]) {
    const leaderDisc = f.leadershipDisciplines?.some((d) => counts(d, f.year, o));
    if (leaderDisc === true) {
      possible[0] = false;
      a.block('excellent', 'leadershipMemberDisciplined', ORGANIZATION_MESSAGES, [COLLECTIVE_EXCELLENT]);
    } else if (leaderDisc === undefined) {
      certain[0] = false;
      if (!(f.kind === 'leadershipCollective' && !ev)) a.miss('leadershipDisciplines', ORGANIZATION_MESSAGES.leadershipDisciplinesExcellent, 'level');
    }
    if (f.kind === 'agency' || f.kind === 'partyCommittee') {
      if (f.subUnitsDisciplined !== undefined && f.subUnitsDisciplined > 0) {
        possible[0] = false;
        a.block('excellent', 'subUnitDisciplined', ORGANIZATION_MESSAGES.subUnitDisciplined(f.subUnitsDisciplined), [COLLECTIVE_EXCELLENT]);
      } else if (f.subUnitsDisciplined === undefined) {
        certain[0] = false;
        a.miss('subUnitsDisciplined', ORGANIZATION_MESSAGES, 'level');
      }
    }
    if (possible[0]) {
      if (f.shortcomingsFixed === false) {
        possible[0] = false;
        a.block('excellent', 'shortcomingsNotFixed', ORGANIZATION_MESSAGES, [SHORTCOMINGS]);
      } else if (f.shortcomingsFixed === undefined) {
        certain[0] = false;
        a.miss('shortcomingsFixed', MESSAGES, 'level');
      }
    }
  }
  const result = finish(a, possible, certain, o, [T.goodMinScore.citation, T.satisfactoryMinScore.citation]);
  cascadeNote(a, f.score, o, result);
  return result;
}




/** The group a quota is counted in (khoản 1 điểm 1.5). */
const PEER_GROUP_LABEL = /* @__PURE__ */ label('nhóm đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng', 'a peer group of similar position, role, function and duty');

/** {@link qd366RuleSet} without its criteria: all that rating reads, so a bundle that only rates leaves the criteria texts out. @internal */
export const qd366Engine: RatingEngineModule<'qd366'> = /* @__PURE__ */ Object.freeze({
  id: 'qd366',
  area: 'rating' as const,
  label: label('Quy định 366-QĐ/TW và Hướng dẫn 43-HD/BTCTW (từ năm 2025)', 'Regulation 366-QĐ/TW and Guidance 43-HD/BTCTW (2025 on)'),
  validFrom: '2025-08-30',
  sources: [cite(QD, { article: 11, effectiveFrom: FROM }, 'quoted'), cite(HD, { item: label('mục 7', 'item 7') }, 'quoted')],
  memberLevelLabels: LEVEL_LABELS,
  organizationLevelLabels: LEVEL_LABELS,
  memberQuota: { percent: T.quotaPercent.value, exceptionPercent: T.quotaExceptionPercent.value, group: PEER_GROUP_LABEL, citation: T.quotaPercent.citation, exceptionCitation: T.quotaExceptionPercent.citation },
  organizationQuota: { percent: T.quotaPercent.value, exceptionPercent: T.quotaExceptionPercent.value, group: PEER_GROUP_LABEL, citation: T.quotaPercent.citation, exceptionCitation: T.quotaExceptionPercent.citation },
  evaluateMember: guardZeroTasks(evaluateMember),
});

/** How {@link qd366RuleSet} rates an organization; apart from {@link qd366Engine} so that a bundle that only rates members leaves it out. @internal */
export const qd366Organization: OrganizationEvaluator = /* @__PURE__ */ guardZeroTasks(evaluateOrganization);

/** The criteria of {@link qd366RuleSet}, listed by {@link rulesFor}. Built in a call marked pure, so a bundle that never lists criteria drops their texts. @internal */
export const QD366_CRITERIA: readonly RatingCriterion[] = /* @__PURE__ */ ((M = CRITERIA_MESSAGES(T)) => [
  crit('qd366.member.notRated', 'member', 'notRated', M, NOT_RATED_READING),
  crit('qd366.excellent.score', 'member', 'excellent', M, T.excellentMinScore.citation),
  crit('qd366.member.excellent.tasks', 'member', 'excellent', M, T.excellentMinExceededPercent.citation),
  crit('qd366.leader.excellent.units', 'member', 'excellent', M, LEADER_EXCELLENT),
  crit('qd366.excellent.shortcomings', 'member', 'excellent', M, SHORTCOMINGS),
  crit('qd366.good.score', 'member', 'good', M, T.goodMinScore.citation),
  crit('qd366.good.tasks', 'member', 'good', M, T.goodOnTimePercent.citation),
  crit('qd366.satisfactory.score', 'member', 'satisfactory', M, T.satisfactoryMinScore.citation),
  crit('qd366.satisfactory.tasks', 'member', 'satisfactory', M, T.satisfactoryMaxLatePercent.citation),
  crit('qd366.member.unsatisfactory.triggers', 'member', 'unsatisfactory', M, NONLEADER_TRIGGERS),
  crit('qd366.leader.unsatisfactory.triggers', 'member', 'unsatisfactory', M, T.leaderMinCompletionPercent.citation),
  crit('qd366.member.leave', 'member', 'good', M, LEAVE, 'informational'),
  crit('qd366.org.excellent', 'organization', 'excellent', M, COLLECTIVE_EXCELLENT),
  crit('qd366.leadershipCollective.unsatisfactory', 'organization', 'unsatisfactory', M, LC_MEMBER_DISCIPLINE),
  crit('qd366.org.unsatisfactory.other', 'organization', 'unsatisfactory', M, c11(4, 'Tập thể, cá nhân có tổng điểm đánh giá dưới 50 điểm'), 'unverified'),
  crit('qd366.org.memberShares', 'organization', 'excellent', M, ORG_BASIS, 'informational'),
  crit('qd366.quota', 'member', 'quota', M, T.quotaPercent.citation),
])();

/** The whole module, registered by one line in `registry.ts`: its engine, its criteria and its organization rating. @internal */
export const qd366Module: RatingRuleSetModule<'qd366'> = { engine: qd366Engine, criteria: QD366_CRITERIA, evaluateOrganization: qd366Organization, thresholds: QD366_THRESHOLDS };
