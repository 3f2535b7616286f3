/**
 * Rule set V3: Quy định 124-QĐ/TW (04-10-2023) + Hướng dẫn 25-HD/BTCTW (10-11-2023), rating years
 * 2023–2024 (rating.md §5). Encoded, with their status:
 *
 * - Điều 12 khoản 4, **quoted** [S42]: "các tập thể, cá nhân có các tiêu chí đánh giá ở mức "Kém"
 *   hoặc thuộc một trong các trường hợp dưới đây thì xếp loại không hoàn thành nhiệm vụ: …" — the
 *   grouping of the items to subjects is **inferred** from QĐ 132 (rating.md §5.2);
 * - individual HTXSNV, khoản 1, **quoted-partial** [S64]: "Hoàn thành 100% chỉ tiêu, nhiệm vụ …
 *   đúng tiến độ, bảo đảm chất lượng, hiệu quả; trong đó có ít nhất 50% chỉ tiêu, nhiệm vụ hoàn
 *   thành vượt mức" and criteria "Tốt" or better with task results "Xuất sắc";
 * - collective levels, **paraphrased** (English, LawNet [S41]);
 * - exemptions (suspended, admitted under 6 months: not reviewed), **paraphrased** [S39];
 * - individual HTTNV / HTNV, individual discipline trigger, HD 25 beyond item 1.1 (sick leave,
 *   quotas for individuals): **unverified**; sick leave is the caller's choice (`sickLeaveV3`, D13).
 */
import type { Label } from '../../i18n/label.js';
import type { OrganizationEvaluator, RatingEngineModule, RatingRuleSetModule } from '../_ruleSets.js';
import { cite, type Citation } from '../../legal/citation.js';
import { HD25_OF_2023, QD124_OF_2023 } from '../../legal/documents.js';
import { Acc, EXCELLENT, GOOD, SATISFACTORY, UNSATISFACTORY, atLeastPercent, label } from '../_engine.js';
import type { RatingEvaluation, MemberRatingFacts, OrganizationRatingFacts, RatingCriterion,  ResolvedRatingOptions, RatingTrace } from '../types.js';
import { disciplinesInYear, GRADE_RANK, memberExemptions, needEvent, noteOtherYears, poorCriteria, subUnitTotal, crit, LEVEL_LABELS, guardZeroTasks } from './_common.js';
import { COLLECTIVE_MESSAGES, TRIGGER_MESSAGES } from './_messages.js';
import { organizationTriggers, tasksTrigger } from './_qd132.js';

const QD = QD124_OF_2023;
const k4 = (quoteVi: string, note?: Label): Citation =>
  cite(QD, { article: 12, clause: 4, quoteVi, ...(note ? { note } : {}) }, 'quoted');
/** The page prints the items without sub-headings: which subject each belongs to is inferred (rating.md §5.2). */
const GROUPING_LABEL = label('Trường hợp này thuộc đối tượng nào là suy luận (nguồn không in tiêu đề nhóm).', 'Which subject this case belongs to is inferred (the source prints no sub-headings).');
/** LawNet's English translation: the only text seen of QĐ 124's collective levels (rating.md §5.2). */
const lawnet = (clause: number, en: string): Citation =>
  cite(QD, { article: 12, clause, note: label('Chỉ thấy bản dịch tiếng Anh của LawNet, chưa thấy bản tiếng Việt.', `LawNet English translation: "${en}"`) }, 'paraphrased');

/** QĐ 124 citations. @internal */
export const QD124 = /* @__PURE__ */ Object.freeze({
  general: k4('các tập thể, cá nhân có các tiêu chí đánh giá ở mức "Kém" hoặc thuộc một trong các trường hợp dưới đây thì xếp loại không hoàn thành nhiệm vụ'),
  orgTasks: k4('Chỉ hoàn thành dưới 50% số chỉ tiêu, nhiệm vụ theo chương trình, kế hoạch được cấp có thẩm quyền giao, phê duyệt trong năm và có các chỉ tiêu chủ yếu không đạt kế hoạch giao (trừ trường hợp bất khả kháng).', GROUPING_LABEL),
  orgDiscipline: k4('Tập thể lãnh đạo, quản lý bị xử lý kỷ luật hoặc có trên 20% số đơn vị trực thuộc bị kỷ luật trong năm.', GROUPING_LABEL),
  memberDegradation: k4('Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá"; vi phạm những điều đảng viên không được làm; vi phạm trách nhiệm nêu gương, ảnh hưởng xấu đến uy tín của bản thân và cơ quan, đơn vị nơi công tá[c…]', GROUPING_LABEL),
  memberExcellent: cite(QD, { article: 12, clause: 1, quoteVi: 'Đối với cá nhân: Hoàn thành 100% chỉ tiêu, nhiệm vụ theo kế hoạch đề ra hoặc theo công việc được giao đúng tiến độ, bảo đảm chất lượng, hiệu quả; trong đó có ít nhất 50% chỉ tiêu, nhiệm vụ hoàn thành vượt mức.' }, 'quotedPartial'),
  memberExcellentCriteria: cite(QD, { article: 12, clause: 1, quoteVi: 'các tiêu chí đánh giá đều đạt "Tốt" trở lên; trong đó những tiêu chí về kết quả thực hiện chức trách, nhiệm vụ được giao trong năm (đối với cá nhân) đều được đánh giá đạt "Xuất sắc" bằng sản phẩm cụ thể.' }, 'quotedPartial'),
  exemptions: cite(QD, { note: label('Theo bài tiếng Anh của Báo Nghệ An: đảng viên bị đình chỉ sinh hoạt đảng và đảng viên mới kết nạp chưa đủ 6 tháng không kiểm điểm hằng năm.', 'Báo Nghệ An (English): "Party members suspended from party activities; newly admitted party members who have not been admitted for 6 months will also not be subject to annual review."') }, 'paraphrased'),
  exemptInferred: cite(QD, { note: label('Bài báo nói "thêm" các đối tượng không kiểm điểm, nên đảng viên được miễn công tác và sinh hoạt đảng hẳn đã được miễn từ trước (suy luận).', '"Additional individuals exempted" implies members exempted from activity already were (inference).') }, 'inferred'),
  collectiveQuota: lawnet(1, 'does not exceed 20% of those graded as "Good Completion of Tasks" within each group with similar roles, functions, and responsibilities'),
});

/** QĐ 124 citations read only by the organization rating and the criteria, apart from {@link QD124} so that a bundle that only rates members leaves them out. */
const QD124_ORGANIZATION = /* @__PURE__ */ Object.freeze({
  orgCorruption: /* @__PURE__ */ k4('Có đơn vị trực thuộc xảy ra vụ việc tham nhũng, lãng phí, tiêu cực hoặc các vi phạm khác bị xử lý kỷ luật theo quy định của Đảng, pháp luật của Nhà nước (trừ trường hợp tự phát hiện và khắc phục xong hậu quả).', GROUPING_LABEL),
  lcDisunity: /* @__PURE__ */ k4('Bị cấp có thẩm quyền đánh giá, kết luận mất đoàn kết nội bộ; có thành viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá".', GROUPING_LABEL),
  lcTasks: /* @__PURE__ */ k4('Địa phương, tổ chức, cơ quan, đơn vị do mình trực tiếp lãnh đạo, quản lý chỉ hoàn thành dưới 50% số chỉ tiêu, nhiệm vụ được cấp có thẩm quyền giao, phê duyệt trong năm và có các chỉ tiêu chủ yếu không đạt kế hoạch giao (trừ trường hợp bất khả kháng).', GROUPING_LABEL),
  lcDiscipline: /* @__PURE__ */ k4('Bị xử lý kỷ luật hoặc thành viên bị kỷ luật trong năm (trừ trường hợp tự phát hiện và khắc phục xong hậu quả).', GROUPING_LABEL),
  collectiveExcellent: /* @__PURE__ */ lawnet(1, 'Collectives with significant achievements; … all assessment criteria achieved "Good" or higher. Criteria for task performance results for the year … must be rated "Excellent" with specific products. No organizations under them or members of their leadership have been disciplined.'),
  collectiveGood: /* @__PURE__ */ lawnet(2, 'criteria rated "Average" or higher, with task performance results for the year … rated "Good" or higher with specific products. No organizations under them or members of their leadership have been disciplined (except in cases of self-discovery and rectification of consequences).'),
  collectiveSatisfactory: /* @__PURE__ */ lawnet(3, 'basic criteria rated "Average" or higher with specific products. No organizations under them or members of their leadership have been disciplined (except in cases of self-discovery and rectification of consequences).'),
});

/** A number of QĐ 124 with the clause that states it (the shape of `QD366_THRESHOLDS`). */
const n = (value: number, citation: Citation): { readonly value: number; readonly citation: Citation } => Object.freeze({ value, citation });

/** QĐ 124 thresholds, each with its citation. @internal */
export const QD124_THRESHOLDS = /* @__PURE__ */ Object.freeze({
  /** "có ít nhất 50% chỉ tiêu, nhiệm vụ hoàn thành vượt mức" (Điều 12 khoản 1, individuals). */
  memberExcellentExceededPercent: n(50, QD124.memberExcellent),
  /** "có trên 20% số đơn vị trực thuộc bị kỷ luật trong năm" (Điều 12 khoản 4). */
  subUnitsDisciplinedPercent: n(20, QD124.orgDiscipline),
  /** "Chỉ hoàn thành dưới 50% số chỉ tiêu, nhiệm vụ" (Điều 12 khoản 4). */
  minCompletionPercent: n(50, QD124.orgTasks),
});
const T = QD124_THRESHOLDS;

/** The texts of QĐ 124's member rating, keyed by reason code, missing-fact path or option (a call whose code is the key passes the table). */
const MESSAGES = {
  prohibitedConduct: { vi: 'Bị cấp có thẩm quyền kết luận vi phạm những điều đảng viên không được làm hoặc vi phạm trách nhiệm nêu gương, ảnh hưởng xấu đến uy tín.', en: 'Concluded: violated what members must not do or the duty to set an example, harming reputation.' },
  selfReportedClauseCutOff: { vi: 'Tự giác nhận lỗi: danh sách của khoản 4 bị cắt ngay sau trường hợp này, chưa thấy điều khoản cho cấp có thẩm quyền xem xét khác.', en: 'Self-reported: clause 4 is cut off right after this case; no escape clause is visible.' },
  prohibitedConductConcluded: { vi: 'Vi phạm những điều đảng viên không được làm, trách nhiệm nêu gương là trường hợp "không hoàn thành nhiệm vụ".', en: 'Violating what members must not do or the duty to set an example forces "unsatisfactory".' },
  disciplineRuleUnseen: { vi: 'Có kỷ luật trong năm, nhưng quy tắc của Quy định 124 về kỷ luật cá nhân chưa thấy (danh sách bị cắt): thư viện không xác định được kỷ luật có buộc "không hoàn thành nhiệm vụ" hay không.', en: 'A discipline falls in the year, but QĐ 124’s rule on individual discipline is unseen (the list is cut off): the library cannot rule whether it forces "unsatisfactory".' },
  tasks: (memberExcellentExceededPercent: number): Label => ({ vi: `Mức "hoàn thành xuất sắc" yêu cầu 100% nhiệm vụ đúng tiến độ, ít nhất ${memberExcellentExceededPercent}% vượt mức.`, en: `"Excellent" requires all tasks on schedule, at least ${memberExcellentExceededPercent}% exceeded.` }),
  notAllOnTime: (onTime: number, assigned: number): Label => ({ vi: `${onTime}/${assigned} nhiệm vụ đúng tiến độ: cần 100%.`, en: `${onTime} of ${assigned} tasks on schedule: 100% needed.` }),
  exceededUnder50: (exceeded: number, assigned: number, memberExcellentExceededPercent: number): Label => ({ vi: `${exceeded}/${assigned} nhiệm vụ vượt mức, dưới ${memberExcellentExceededPercent}%.`, en: `${exceeded} of ${assigned} tasks exceeded, under ${memberExcellentExceededPercent}%.` }),
  sickLeaveV3Hd21Cap: { vi: 'Áp dụng giới hạn nghỉ ốm của Hướng dẫn 21 cho năm 2023–2024 (quy tắc của Hướng dẫn 25 chưa xác minh).', en: 'HD 21’s sick-leave cap applied to 2023–2024 (HD 25’s rule is unverified).' },
  sickLeave: (sickLeaveMonths: number): Label => ({ vi: `Nghỉ ốm ${sickLeaveMonths} tháng (từ 03 tháng trở lên), theo tùy chọn.`, en: `${sickLeaveMonths} months of sick leave (3 or more), by option.` }),
  sickLeaveV3ActualWork: { vi: 'Xếp loại theo kết quả làm việc thực tế (như Hướng dẫn 43); quy tắc của Hướng dẫn 25 chưa xác minh.', en: 'Rated on actual work (as HD 43); HD 25’s rule is unverified.' },
  sickLeaveRuleUnseen: (sickLeaveMonths: number): Label => ({ vi: `Nghỉ ốm ${sickLeaveMonths} tháng: quy tắc nghỉ ốm của Hướng dẫn 25 chưa thấy (Hướng dẫn 21 giới hạn mức, Hướng dẫn 43 không); chọn tùy chọn sickLeaveV3.`, en: `${sickLeaveMonths} months of sick leave: HD 25’s rule is unseen (HD 21 capped the level, HD 43 does not); choose the sickLeaveV3 option.` }),
  excellentOutstanding: { vi: 'Mức "hoàn thành xuất sắc" còn yêu cầu thành tích nổi bật, là điển hình: do cấp có thẩm quyền đánh giá.', en: '"Excellent" also requires outstanding, exemplary achievement: for the competent body to judge.' },
  goodSatisfactoryUnseen: { vi: 'Tiêu chuẩn "hoàn thành tốt" và "hoàn thành nhiệm vụ" của cá nhân theo Quy định 124 chưa thấy.', en: 'QĐ 124’s individual "good" and "satisfactory" criteria are unseen.' },
  individualUnsatisfactoryListCut: { vi: 'Danh sách trường hợp "không hoàn thành nhiệm vụ" của cá nhân bị cắt; ngoài các trường hợp đã nêu không xác định được.', en: 'The individual "unsatisfactory" list is cut off; beyond the listed cases it cannot be ruled on.' },
};

/** The texts only the organization rating writes, apart so that a bundle that only rates members leaves them out. */
const ORGANIZATION_MESSAGES = {
  collectiveLevelsParaphrased: { vi: 'Các mức của tập thể theo Quy định 124 chỉ thấy qua bản dịch tiếng Anh (diễn giải); việc xếp các trường hợp "không hoàn thành nhiệm vụ" theo đối tượng là suy luận.', en: 'QĐ 124’s collective levels are known only from an English translation (paraphrase); the grouping of the "unsatisfactory" cases by subject is inferred.' },
  disunityOrDegradation: { vi: 'Bị kết luận mất đoàn kết nội bộ hoặc có thành viên suy thoái.', en: 'Concluded: disunity or a degraded member.' },
  disciplinedInYear: (esc: boolean): Label => ({ vi: `Tập thể hoặc thành viên bị kỷ luật trong năm${esc ? ' (đã tự phát hiện và khắc phục xong hậu quả)' : ''}.`, en: `The collective or a member was disciplined in the year${esc ? ' (self-detected and remedied)' : ''}.` }),
  leadershipDisciplines: { vi: 'Thành viên bị kỷ luật là trường hợp "không hoàn thành nhiệm vụ".', en: 'A disciplined member forces "unsatisfactory".' },
  criteria: { vi: 'Các mức của Quy định 124 xét theo cấp độ của các tiêu chí.', en: 'QĐ 124’s levels depend on the criteria grades.' },
  taskResultsBelowGood: { vi: 'Tiêu chí kết quả nhiệm vụ dưới "Tốt".', en: 'Task-result criteria below "Tốt".' },
  disciplinedUnderCollective: { vi: 'Có đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo, quản lý bị kỷ luật.', en: 'A subordinate unit or a member of the leadership was disciplined.' },
  disciplinedNotSelfDetected: { vi: 'Có kỷ luật không thuộc trường hợp tự phát hiện và khắc phục xong hậu quả.', en: 'A discipline was not self-detected and remedied.' },
  englishTranslationAlsoSets: (subUnitsDisciplinedPercent: number): Label => ({ vi: `Bản dịch tiếng Anh còn đặt điều kiện này cho mức "hoàn thành nhiệm vụ", nhưng nguyên văn khoản 4 chỉ xếp "không hoàn thành nhiệm vụ" khi tập thể lãnh đạo bị kỷ luật hoặc trên ${subUnitsDisciplinedPercent}% đơn vị trực thuộc bị kỷ luật: bản dịch không dùng để xếp mức đó.`, en: `The English translation also sets this condition for "satisfactory", but the quoted clause 4 makes it "unsatisfactory" only for a disciplined leadership collective or over ${subUnitsDisciplinedPercent}% of units disciplined: the translation does not decide that level.` }),
  leadershipDisciplinesLevels: { vi: 'Các mức của tập thể yêu cầu không có thành viên tập thể lãnh đạo bị kỷ luật.', en: 'The collective levels require no disciplined leadership member.' },
  collectiveCriteriaParaphrased: { vi: 'Tiêu chuẩn mức này của tập thể theo Quy định 124 Điều 12 chỉ thấy qua bản dịch tiếng Anh của LawNet (diễn giải, chưa thấy bản tiếng Việt); dùng tùy chọn acceptParaphrasedCriteria để áp dụng bản diễn giải.', en: 'This level’s collective criteria in QĐ 124 Art. 12 are known only from LawNet’s English translation (a paraphrase; the Vietnamese is unseen); set acceptParaphrasedCriteria to apply the paraphrase.' },
  belowSatisfactoryUnknown: { vi: 'Ngoài các trường hợp của khoản 4 (việc xếp theo đối tượng là suy luận), "không hoàn thành nhiệm vụ" tùy vào tiêu chuẩn mức "hoàn thành nhiệm vụ" chỉ có bản diễn giải.', en: 'Beyond the cases of clause 4 (their grouping by subject is inferred), "unsatisfactory" depends on the "satisfactory" criteria, known only from a paraphrase.' },
  acceptParaphrasedCriteria: { vi: 'Áp dụng tiêu chuẩn các mức của tập thể theo bản dịch tiếng Anh (diễn giải) của Quy định 124 Điều 12.', en: 'QĐ 124 Art. 12 collective levels applied from the English translation (paraphrase).' },
  gapFallbackUnsatisfactory: { vi: 'Không mức nào khớp: "không hoàn thành nhiệm vụ" theo tùy chọn.', en: 'No level matches: "unsatisfactory" by option.' },
  gapCaveat: { vi: 'Không mức nào của Điều 12 khớp với các dữ kiện; cấp có thẩm quyền xem xét.', en: 'No level of Article 12 matches the facts; the competent body decides.' },
};

/** The texts of the criteria listed by `rulesFor`, keyed by criterion id, apart so that a bundle that only rates leaves them out. */
const CRITERIA_MESSAGES = {
  'qd124.member.notRated': { vi: 'Không kiểm điểm, xếp loại: bị đình chỉ sinh hoạt đảng; mới kết nạp chưa đủ 6 tháng.', en: 'Not reviewed or rated: suspended; admitted under 6 months.' },
  'qd124.member.excellent': (memberExcellentExceededPercent: number): Label => ({ vi: `Hoàn thành 100% nhiệm vụ đúng tiến độ, ít nhất ${memberExcellentExceededPercent}% vượt mức; tiêu chí "Tốt" trở lên, kết quả nhiệm vụ "Xuất sắc".`, en: `All tasks on schedule, at least ${memberExcellentExceededPercent}% exceeded; criteria "Tốt" or better, task results "Xuất sắc".` }),
  'qd124.member.goodSatisfactory': { vi: 'Tiêu chuẩn "hoàn thành tốt" và "hoàn thành nhiệm vụ" của cá nhân: chưa thấy.', en: 'Individual "good" and "satisfactory" criteria: unseen.' },
  'qd124.member.unsatisfactory': { vi: 'Tiêu chí "Kém"; suy thoái, vi phạm những điều đảng viên không được làm (danh sách bị cắt).', en: 'A criterion "Kém"; degradation, violating what members must not do (list cut off).' },
  'qd124.member.discipline': { vi: 'Kỷ luật cá nhân trong năm: quy tắc chưa thấy.', en: 'Individual discipline in the year: rule unseen.' },
  'qd124.org.levels': { vi: 'Tập thể: "Xuất sắc" khi tiêu chí "Tốt" trở lên, kết quả "Xuất sắc", không có đơn vị trực thuộc / thành viên lãnh đạo bị kỷ luật; "Tốt" khi kết quả "Tốt" trở lên (diễn giải).', en: 'Collectives: "excellent" with criteria "Tốt"+, results "Xuất sắc", no disciplined sub-unit or leadership member; "good" with results "Tốt"+ (paraphrase).' },
  'qd124.org.unsatisfactory': (minCompletionPercent: number, subUnitsDisciplinedPercent: number): Label => ({ vi: `Tổ chức: dưới ${minCompletionPercent}% nhiệm vụ và chỉ tiêu chủ yếu không đạt; tập thể lãnh đạo bị kỷ luật hoặc trên ${subUnitsDisciplinedPercent}% đơn vị trực thuộc bị kỷ luật.`, en: `Organizations: under ${minCompletionPercent}% of tasks with main targets missed; leadership disciplined or over ${subUnitsDisciplinedPercent}% of sub-units disciplined.` }),
  'qd124.org.unsatisfactory.subUnitCorruption': { vi: 'Tổ chức: có đơn vị trực thuộc xảy ra vụ việc tham nhũng, lãng phí, tiêu cực hoặc vi phạm khác bị xử lý kỷ luật (trừ tự phát hiện và khắc phục xong hậu quả).', en: 'Organizations: a subordinate unit had a corruption, waste or negativity case or another violation that was disciplined (unless self-detected and remedied).' },
  'qd124.leadershipCollective.unsatisfactory': (minCompletionPercent: number): Label => ({ vi: `Tập thể lãnh đạo: mất đoàn kết, thành viên suy thoái; dưới ${minCompletionPercent}% nhiệm vụ; bị kỷ luật hoặc thành viên bị kỷ luật trong năm (trừ tự phát hiện, khắc phục).`, en: `Leadership collectives: disunity, degraded member; under ${minCompletionPercent}% of tasks; the collective or a member disciplined in the year (unless self-detected and remedied).` }),
  'qd124.member.sickLeave': { vi: 'Nghỉ ốm, thai sản theo Hướng dẫn 25: chưa thấy (tùy chọn sickLeaveV3).', en: 'Sick and maternity leave under HD 25: unseen (option sickLeaveV3).' },
};


function evaluateMember(f: MemberRatingFacts, o: ResolvedRatingOptions, trace: RatingTrace | undefined): RatingEvaluation {
  const a = new Acc(trace);
  const ex = memberExemptions(a, f, o, { exempt: [QD124.exemptInferred], suspended: [QD124.exemptions], newMember: [QD124.exemptions], newMemberReviewed: false });
  if (ex) return ex;
  poorCriteria(a, f.criteria, [QD124.general]);
  if (f.degradationConcluded === true) a.force(false, 'degradation', TRIGGER_MESSAGES, [QD124.memberDegradation]);
  else needEvent(a, f.degradationConcluded, o, 'degradationConcluded', TRIGGER_MESSAGES);
  // Khoản 4, the item quoted as "… vi phạm những điều đảng viên không được làm; vi phạm trách nhiệm
  // nêu gương, ảnh hưởng xấu đến uy tín …" (rating.md §5.2): a case of "không hoàn thành nhiệm vụ".
  // The list is cut off right after it, so no escape clause is visible: none is applied.
  if (f.prohibitedConductConcluded === true) {
    a.force(false, 'prohibitedConduct', MESSAGES, [QD124.memberDegradation]);
    if (f.prohibitedConductSelfReportedAndRemedied === true) {
      a.caveat(MESSAGES.selfReportedClauseCutOff);
    }
  } else needEvent(a, f.prohibitedConductConcluded, o, 'prohibitedConductConcluded', MESSAGES);
  const inYear = disciplinesInYear(f.disciplines, f.year, o);
  noteOtherYears(a, f.disciplines, f.year, o);
  if (inYear !== undefined && inYear.length > 0) {
    a.unverify(EXCELLENT | GOOD | SATISFACTORY | UNSATISFACTORY, MESSAGES.disciplineRuleUnseen, [QD124.general]);
  }
  // Excellent
  if (f.tasks === undefined) a.miss('tasks', MESSAGES.tasks(T.memberExcellentExceededPercent.value));
  else {
    const t = f.tasks;
    if (t.onTime < t.assigned) a.block('excellent', 'notAllOnTime', MESSAGES.notAllOnTime(t.onTime, t.assigned), [QD124.memberExcellent]);
    if (!atLeastPercent(t.exceeded, t.assigned, T.memberExcellentExceededPercent.value)) {
      a.block('excellent', 'exceededUnder50', MESSAGES.exceededUnder50(t.exceeded, t.assigned, T.memberExcellentExceededPercent.value), [T.memberExcellentExceededPercent.citation]);
    }
  }
  if (f.criteria === undefined) a.miss('criteria', TRIGGER_MESSAGES);
  else if (f.criteria.taskResults !== 'excellent' || GRADE_RANK[f.criteria.other] < GRADE_RANK.good) {
    a.block('excellent', 'criteriaBelowExcellent', TRIGGER_MESSAGES, [QD124.memberExcellentCriteria]);
  }
  // Sick leave (D13)
  if (f.sickLeaveMonths !== undefined && f.sickLeaveMonths >= 3) {
    if (o.sickLeaveV3 === 'hd21Cap') {
      a.option('sickLeaveV3', 'hd21Cap', MESSAGES.sickLeaveV3Hd21Cap);
      a.block('good', 'sickLeave', MESSAGES.sickLeave(f.sickLeaveMonths), []);
    } else if (o.sickLeaveV3 === 'actualWork') {
      a.option('sickLeaveV3', 'actualWork', MESSAGES.sickLeaveV3ActualWork);
    } else {
      a.unverify(EXCELLENT | GOOD, MESSAGES.sickLeaveRuleUnseen(f.sickLeaveMonths), []);
    }
  }
  if (a.trace && !a.forced && a.allowed & EXCELLENT) a.caveat(MESSAGES.excellentOutstanding);
  a.unverify(GOOD | SATISFACTORY, MESSAGES.goodSatisfactoryUnseen, []);
  a.unverify(UNSATISFACTORY, MESSAGES.individualUnsatisfactoryListCut, []);
  return a.done();
}

function evaluateOrganization(f: OrganizationRatingFacts, o: ResolvedRatingOptions, trace: RatingTrace | undefined): RatingEvaluation {
  const a = new Acc(trace);
  a.caveat(ORGANIZATION_MESSAGES.collectiveLevelsParaphrased);
  if (f.kind === 'leadershipCollective') {
    poorCriteria(a, f.criteria, [QD124.general]);
    if (f.disunityConcluded === true || f.degradationConcluded === true) a.force(false, 'disunityOrDegradation', ORGANIZATION_MESSAGES, [QD124_ORGANIZATION.lcDisunity]);
    else {
      needEvent(a, f.disunityConcluded, o, 'disunityConcluded', COLLECTIVE_MESSAGES);
      needEvent(a, f.degradationConcluded, o, 'degradationConcluded', COLLECTIVE_MESSAGES);
    }
    tasksTrigger(a, f, [QD124_ORGANIZATION.lcTasks], T.minCompletionPercent.value);
    const all = [...(disciplinesInYear(f.disciplines, f.year, o) ?? []), ...(disciplinesInYear(f.leadershipDisciplines, f.year, o) ?? [])];
    noteOtherYears(a, f.leadershipDisciplines, f.year, o);
    if (all.length > 0) {
      const esc = all.every((d) => d.selfReportedAndRemedied === true);
      a.force(esc, 'disciplinedInYear', ORGANIZATION_MESSAGES.disciplinedInYear(esc), [QD124_ORGANIZATION.lcDiscipline]);
    } else {
      needEvent(a, f.disciplines, o, 'disciplines', COLLECTIVE_MESSAGES);
      needEvent(a, f.leadershipDisciplines, o, 'leadershipDisciplines', ORGANIZATION_MESSAGES);
    }
  } else {
    organizationTriggers(a, f, o, { general: [QD124.general], tasks: [QD124.orgTasks], discipline: [QD124.orgDiscipline], corruption: [QD124_ORGANIZATION.orgCorruption], ownDiscipline: [QD124_ORGANIZATION.lcDiscipline] }, T.subUnitsDisciplinedPercent.value, T.minCompletionPercent.value);
  }
  // Levels (paraphrased)
  const leaderDisc = disciplinesInYear(f.leadershipDisciplines, f.year, o);
  const subDisc = f.kind === 'leadershipCollective' || f.kind === 'partyCell' ? 0 : f.subUnitsDisciplined;
  if (f.criteria === undefined) a.miss('criteria', ORGANIZATION_MESSAGES);
  else {
    const c = f.criteria;
    if (c.taskResults !== 'excellent' || GRADE_RANK[c.other] < GRADE_RANK.good) a.block('excellent', 'criteriaBelowExcellent', TRIGGER_MESSAGES, [QD124_ORGANIZATION.collectiveExcellent]);
    if (GRADE_RANK[c.taskResults] < GRADE_RANK.good) a.block('good', 'taskResultsBelowGood', ORGANIZATION_MESSAGES, [QD124_ORGANIZATION.collectiveGood]);
  }
  const anyDisc = (leaderDisc?.length ?? 0) > 0 || (subDisc ?? 0) > 0;
  // The paraphrase (LawNet, English) also asks "no organizations under them or members of their
  // leadership have been disciplined" at "satisfactory", which would make any such discipline
  // "unsatisfactory". The quoted khoản 4 makes sub-unit discipline "unsatisfactory" only "trên 20%"
  // (item 3), and a leadership member's discipline only for a leadership collective (item 6): a
  // paraphrase may narrow the range from above, never decide "unsatisfactory" (issue 13, item 1).
  let paraphraseBlocksSatisfactory = false;
  if (anyDisc) {
    a.block('excellent', 'disciplinedUnderCollective', ORGANIZATION_MESSAGES, [QD124_ORGANIZATION.collectiveExcellent]);
    const leaderNotSelfDetected = (leaderDisc ?? []).some((d) => d.selfReportedAndRemedied !== true);
    if (leaderNotSelfDetected || (subDisc ?? 0) > 0) {
      a.block('good', 'disciplinedNotSelfDetected', ORGANIZATION_MESSAGES, [QD124_ORGANIZATION.collectiveGood]);
    }
    if (!a.forced) {
      if (leaderNotSelfDetected && f.kind !== 'leadershipCollective') paraphraseBlocksSatisfactory = true;
      a.caveat(
        ORGANIZATION_MESSAGES.englishTranslationAlsoSets(T.subUnitsDisciplinedPercent.value),
      );
    }
  } else if (leaderDisc === undefined || (f.kind !== 'leadershipCollective' && subDisc === undefined && subUnitTotal(f) !== 0)) {
    if (leaderDisc === undefined) needEvent(a, undefined, o, 'leadershipDisciplines', ORGANIZATION_MESSAGES.leadershipDisciplinesLevels);
  }
  if (!o.acceptParaphrasedCriteria) {
    // The levels above come from an English paraphrase: narrow the range, never decide from it.
    a.unverify(
      EXCELLENT | GOOD | SATISFACTORY,
      ORGANIZATION_MESSAGES.collectiveCriteriaParaphrased,
      [QD124_ORGANIZATION.collectiveExcellent, QD124_ORGANIZATION.collectiveGood, QD124_ORGANIZATION.collectiveSatisfactory],
    );
    a.unverify(
      UNSATISFACTORY,
      ORGANIZATION_MESSAGES.belowSatisfactoryUnknown,
      [QD124.general, QD124_ORGANIZATION.collectiveSatisfactory],
    );
    return a.done();
  }
  a.option('acceptParaphrasedCriteria', true, ORGANIZATION_MESSAGES.acceptParaphrasedCriteria);
  // Cascade to the best level whose (paraphrased) conditions hold, when nothing is missing; where
  // the paraphrase alone would exclude "satisfactory", leave the range: it may not decide it.
  if (a.missing === 0 && !a.forced && paraphraseBlocksSatisfactory) {
    a.allowed &= SATISFACTORY | UNSATISFACTORY;
  } else if (a.missing === 0 && !a.forced) {
    const top = a.allowed & EXCELLENT ? EXCELLENT : a.allowed & GOOD ? GOOD : a.allowed & SATISFACTORY ? SATISFACTORY : 0;
    if (top === 0) {
      if (o.gapFallback === 'unsatisfactory') {
        a.option('gapFallback', 'unsatisfactory', ORGANIZATION_MESSAGES.gapFallbackUnsatisfactory);
        a.allowed = UNSATISFACTORY;
      } else {
        a.status = 2;
        a.allowed = 0;
        a.caveat(ORGANIZATION_MESSAGES.gapCaveat);
      }
    } else a.allowed = top;
  }
  return a.done();
}



/** The group the organization quota is counted in. */
const QUOTA_GROUP_LABEL = /* @__PURE__ */ label('nhóm có vai trò, chức năng, nhiệm vụ tương đồng', 'a group with similar roles, functions and duties');

/** {@link qd124RuleSet} without its criteria: all that rating reads, so a bundle that only rates leaves the criteria texts out. @internal */
export const qd124Engine: RatingEngineModule<'qd124'> = /* @__PURE__ */ Object.freeze({
  id: 'qd124',
  area: 'rating' as const,
  label: label('Quy định 124-QĐ/TW và Hướng dẫn 25-HD/BTCTW (2023–2024)', 'Regulation 124-QĐ/TW and Guidance 25-HD/BTCTW (2023–2024)'),
  validFrom: '2023-10-04',
  sources: [QD124.general, QD124.memberExcellent, cite(HD25_OF_2023, { effectiveFrom: '2023-11-10' }, 'reported')],
  memberLevelLabels: LEVEL_LABELS,
  organizationLevelLabels: LEVEL_LABELS,
  organizationQuota: { percent: 20, group: QUOTA_GROUP_LABEL, citation: QD124.collectiveQuota },
  evaluateMember: guardZeroTasks(evaluateMember),
});

/** How {@link qd124RuleSet} rates an organization; apart from {@link qd124Engine} so that a bundle that only rates members leaves it out. @internal */
export const qd124Organization: OrganizationEvaluator = /* @__PURE__ */ guardZeroTasks(evaluateOrganization);

/** The criteria of {@link qd124RuleSet}, listed by {@link rulesFor}. Built in a call marked pure, so a bundle that never lists criteria drops their texts. @internal */
export const QD124_CRITERIA: readonly RatingCriterion[] = /* @__PURE__ */ (() => [
  crit('qd124.member.notRated', 'member', 'notRated', CRITERIA_MESSAGES, QD124.exemptions),
  crit('qd124.member.excellent', 'member', 'excellent', CRITERIA_MESSAGES['qd124.member.excellent'](T.memberExcellentExceededPercent.value), QD124.memberExcellent),
  crit('qd124.member.goodSatisfactory', 'member', 'good', CRITERIA_MESSAGES, QD124.general, 'unverified'),
  crit('qd124.member.unsatisfactory', 'member', 'unsatisfactory', CRITERIA_MESSAGES, QD124.memberDegradation),
  crit('qd124.member.discipline', 'member', 'unsatisfactory', CRITERIA_MESSAGES, QD124.general, 'unverified'),
  crit('qd124.org.levels', 'organization', 'excellent', CRITERIA_MESSAGES, QD124_ORGANIZATION.collectiveExcellent),
  crit('qd124.org.unsatisfactory', 'organization', 'unsatisfactory', CRITERIA_MESSAGES['qd124.org.unsatisfactory'](T.minCompletionPercent.value, T.subUnitsDisciplinedPercent.value), QD124.orgDiscipline),
  crit('qd124.org.unsatisfactory.subUnitCorruption', 'organization', 'unsatisfactory', CRITERIA_MESSAGES, QD124_ORGANIZATION.orgCorruption),
  crit('qd124.leadershipCollective.unsatisfactory', 'organization', 'unsatisfactory', CRITERIA_MESSAGES['qd124.leadershipCollective.unsatisfactory'](T.minCompletionPercent.value), QD124_ORGANIZATION.lcDiscipline),
  crit('qd124.member.sickLeave', 'member', 'good', CRITERIA_MESSAGES, cite(HD25_OF_2023, {}, 'unverified'), 'unverified'),
])();

/** The whole module, registered by one line in `registry.ts`: its engine, its criteria and its organization rating. @internal */
export const qd124Module: RatingRuleSetModule<'qd124'> = { engine: qd124Engine, criteria: QD124_CRITERIA, evaluateOrganization: qd124Organization, thresholds: QD124_THRESHOLDS };
