/**
 * Rule set V2: Quy định 132-QĐ/TW + Hướng dẫn 21-HD/BTCTW (18-10-2019), rating years 2019–2022
 * (rating.md §4). Encoded, with their status in the reference:
 *
 * - member KHTNV, HD 21 Mục II.B tiết 2, **quoted**: "Là đảng viên không đạt mức “Hoàn thành
 *   nhiệm vụ” hoặc thuộc một trong các trường hợp sau: … suy thoái … Chỉ hoàn thành dưới 50% chỉ
 *   tiêu, nhiệm vụ … Đảng viên là cán bộ, công chức, viên chức xếp loại ở mức “Không hoàn thành
 *   nhiệm vụ” … Đảng viên bị thi hành kỷ luật trong năm (một vi phạm bị xử lý kỷ luật chỉ tính một
 *   lần khi xếp loại).";
 * - member HTXSNV, HD 21 2.3 a), **quoted** (criteria grades, CBCCVC level; the quota);
 * - member HTTNV: secondary-practice only → not applied; HTNV: **unverified**;
 * - Mục II tiểu mục 6, **quoted**: under 6 months not rated but reviewed; sick leave ≥ 3 months →
 *   not "tốt" or better; maternity → rated on actual working time;
 * - exempt and suspended members not rated: **paraphrased** (LuatVietnam [S62]);
 * - leadership collective KHTNV, tiết 3, **quoted**; organization HTXSNV, 1.3, **quoted**;
 *   organization KHTNV: QĐ 132 Đ12 k4 (a) (see `_qd132.ts`).
 */
import type { OrganizationEvaluator, RatingEngineModule, RatingRuleSetModule } from '../_ruleSets.js';
import { cite, type Citation } from '../../legal/citation.js';
import { HD21_OF_2019 } from '../../legal/documents.js';
import { Acc, formEn, formVi, atLeastPercent, cutoffDate, isoOf, fullMonthsPassed, GOOD, SATISFACTORY, UNSATISFACTORY, EXCELLENT, label, lessPercent, severity } from '../_engine.js';
import { formatDateEn, formatDateVi } from '../../i18n/format.js';
import type { RatingEvaluation, MemberRatingFacts, OrganizationRatingFacts, RatingCriterion,  ResolvedRatingOptions, RatingTrace } from '../types.js';
import { disciplinesInYear, GRADE_RANK, memberExemptions, needEvent, noteOtherYears, poorCriteria, total, crit, LEVELS, guardZeroTasks } from './_common.js';
import { organizationTriggers, QD132_A_CORRUPTION, QD132_A_DISCIPLINE, QD132_A_TASKS, QD132_GENERAL, tasksTrigger } from './_qd132.js';

const HD = HD21_OF_2019;
const sec = (subsection: string | undefined, item: string, quoteVi: string, status: Citation['status'] = 'quoted'): Citation =>
  cite(HD, { section: 'II', ...(subsection ? { subsection } : {}), item: label(item, itemEn(item)), quoteVi, effectiveFrom: '2019-10-18' }, status);
/** The English of an item written as printed, smallest unit first ("tiết 2 điểm B" → "item 2 of point B"). */
const itemEn = (vi: string): string =>
  vi.replace(/^câu "Lưu ý" /, 'the "Lưu ý" sentence of ').replace('tiểu mục', 'sub-item').replace('tiết', 'item').replace(' điểm B', ' of point B').replace('gạch đầu dòng', 'indent');

/** HD 21 citations (rating.md §4). @internal */
export const HD21 = /* @__PURE__ */ Object.freeze({
  memberUnsatisfactory: sec(undefined, 'tiết 2 điểm B', 'Đảng viên bị thi hành kỷ luật trong năm (một vi phạm bị xử lý kỷ luật chỉ tính một lần khi xếp loại).'),
  memberDegradation: sec(undefined, 'tiết 2 điểm B', 'Cấp có thẩm quyền kết luận đánh giá có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”.'),
  memberTasks: sec(undefined, 'tiết 2 điểm B', 'Chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ được giao trong năm.'),
  memberCivilService: sec(undefined, 'tiết 2 điểm B', 'Đảng viên là cán bộ, công chức, viên chức xếp loại ở mức “Không hoàn thành nhiệm vụ”.'),
  memberExcellent: sec(
    undefined,
    'tiểu mục 2.3 a) điểm B',
    // Two separate indents of the text, joined by "…", not stitched into one sentence.
    'Các tiêu chí về kết quả thực hiện nhiệm vụ chính trị được giao đều đánh giá đạt cấp độ “Xuất sắc”; các tiêu chí còn lại được đánh giá đạt cấp độ “Tốt” trở lên. … Đảng viên là cán bộ, công chức, viên chức phải được xếp loại cán bộ, công chức, viên chức “Hoàn thành xuất sắc nhiệm vụ”.',
  ),
  memberQuota: sec(undefined, 'tiểu mục 2.3 a) điểm B', 'Cấp có thẩm quyền xem xét, quyết định số lượng đảng viên được xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số đảng viên được xếp loại “Hoàn thành tốt nhiệm vụ” trong từng tổ chức cơ sở đảng.'),
  memberGood: sec(undefined, 'tiểu mục 2.3 b) điểm B', 'Các tiêu chí về kết quả thực hiện nhiệm vụ chính trị được giao đạt “Tốt” trở lên; những tiêu chí còn lại đạt “Trung bình” trở lên.', 'secondaryPractice'),
  newMember: sec('6', 'gạch đầu dòng 1', 'Không đánh giá, xếp loại chất lượng đối với tổ chức đảng và tập thể lãnh đạo, quản lý mới thành lập chưa đủ 06 tháng, đảng viên mới kết nạp chưa đủ 06 tháng, nhưng vẫn phải kiểm điểm đảng viên tính từ ngày kết nạp vào Đảng.'),
  sickLeave: sec('6', 'gạch đầu dòng 2', 'Đảng viên nghỉ ốm tổng thời gian trong năm từ 03 tháng trở lên thì không xếp loại đạt mức “Hoàn thành tốt nhiệm vụ” trở lên;'),
  maternity: sec('6', 'gạch đầu dòng 3', 'Đảng viên nghỉ thai sản thì kết quả xếp loại chất lượng trong năm là kết quả xếp loại chất lượng của thời gian làm việc thực tế của năm đó.'),
  exemptSuspended: cite(HD, { note: label('LuatVietnam diễn giải, không phải nguyên văn Hướng dẫn 21', 'LuatVietnam’s paraphrase, not HD 21’s wording'), quoteVi: 'việc đánh giá, xếp loại chất lượng này áp dụng với tất cả Đảng viên trừ Đảng viên được miễn công tác và sinh hoạt, Đảng viên bị đình chỉ sinh hoạt.' }, 'paraphrased'),
  leadershipCollective: sec(
    undefined,
    'tiết 3 điểm B',
    'Có thành viên của tập thể lãnh đạo, quản lý bị xử lý kỷ luật từ cảnh cáo trở lên (một vi phạm bị xử lý kỷ luật chỉ tính một lần khi xếp loại).',
  ),
  leadershipCollectiveDisunity: sec(undefined, 'tiết 3 điểm B', 'Cấp có thẩm quyền kết luận mất đoàn kết nội bộ hoặc có thành viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”.'),
  leadershipCollectiveTasks: sec(undefined, 'tiết 3 điểm B', 'Địa phương, tổ chức, cơ quan, đơn vị trực tiếp lãnh đạo, quản lý chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ được cấp có thẩm quyền giao, phê duyệt, các chỉ tiêu chủ yếu không đạt 100% (trừ trường hợp bất khả kháng).'),
  leadershipCollectiveDisciplined: sec(undefined, 'tiết 3 điểm B', 'Tập thể lãnh đạo, quản lý bị xử lý kỷ luật.'),
  organizationExcellent: sec(
    undefined,
    'tiểu mục 1.3 điểm B',
    'Đối với đảng bộ phải có 100% số tổ chức đảng trực thuộc được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên, trong đó có từ 80% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên. Đối với chi bộ phải có 100% đảng viên được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên, trong đó có từ 80% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên.',
  ),
  organizationExcellentCriteria: sec(
    undefined,
    'tiểu mục 1.3 điểm B',
    'Các tiêu chí về kết quả thực hiện chương trình, kế hoạch công tác xây dựng Đảng, xây dựng hệ thống chính trị; kết quả lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh được cấp có thẩm quyền giao đều đánh giá đạt cấp độ “Xuất sắc”, những tiêu chí còn lại được đánh giá đạt cấp độ “Tốt” trở lên.',
  ),
  organizationExcellentBodies: sec(undefined, 'tiểu mục 1.3 điểm B', 'Chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội cùng cấp được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên.'),
});

/** A number of HD 21 with the clause that states it (the shape of `QD366_THRESHOLDS`). */
const n = (value: number, citation: Citation): { readonly value: number; readonly citation: Citation } => Object.freeze({ value, citation });

/** HD 21 thresholds, each with its citation. @internal */
export const HD21_THRESHOLDS = /* @__PURE__ */ Object.freeze({
  /** "dưới 50% chỉ tiêu, nhiệm vụ". */
  memberMinCompletionPercent: n(50, HD21.memberTasks),
  /** "từ 03 tháng trở lên". */
  sickLeaveMonths: n(3, HD21.sickLeave),
  /** "từ 80% … Hoàn thành tốt nhiệm vụ trở lên". */
  organizationGoodSharePercent: n(80, HD21.organizationExcellent),
  /** "100% … Hoàn thành nhiệm vụ trở lên". */
  organizationSatisfactorySharePercent: n(100, HD21.organizationExcellent),
  /** Member quota: 20% of "good" per TCCSĐ. */
  quotaPercent: n(20, HD21.memberQuota),
  /** Leadership collectives: "chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ". */
  leadershipCollectiveMinCompletionPercent: n(50, HD21.leadershipCollectiveTasks),
  /** "từ cảnh cáo trở lên" for leadership-collective members (the severity rank of a warning). */
  leadershipMemberMinSeverity: n(2, HD21.leadershipCollective),
});
const T = HD21_THRESHOLDS;
/** A count of months as HD 21 writes it ("03"). */
const two = (x: number): string => String(x).padStart(2, '0');

/** The member KHTNV list shared in substance by HD 16 and HD 21. */
export function memberTriggers(a: Acc, f: MemberRatingFacts, o: ResolvedRatingOptions, c: { degradation: Citation; tasks: Citation; civil: Citation; discipline: Citation }): void {
  poorCriteria(a, f.criteria, [QD132_GENERAL]);
  if (f.degradationConcluded === true) a.force(false, 'degradation', 'Cấp có thẩm quyền kết luận có biểu hiện suy thoái.', 'The competent body concluded manifestations of degradation.', [c.degradation]);
  else needEvent(a, f.degradationConcluded, o, 'degradationConcluded', 'Kết luận suy thoái là trường hợp "không hoàn thành nhiệm vụ".', 'A degradation conclusion forces "unsatisfactory".');
  if (f.tasks === undefined) a.miss('tasks', `Hoàn thành dưới ${T.memberMinCompletionPercent.value}% nhiệm vụ là trường hợp "không hoàn thành nhiệm vụ".`, `Completing under ${T.memberMinCompletionPercent.value}% of tasks forces "unsatisfactory".`);
  else if (lessPercent(f.tasks.completed, f.tasks.assigned, T.memberMinCompletionPercent.value)) {
    a.force(false, 'tasksUnder50', `Chỉ hoàn thành ${f.tasks.completed}/${f.tasks.assigned} nhiệm vụ, dưới ${T.memberMinCompletionPercent.value}%.`, `Only ${f.tasks.completed} of ${f.tasks.assigned} tasks completed, under ${T.memberMinCompletionPercent.value}%.`, [c.tasks]);
  }
  if (f.civilServiceLevel === 'unsatisfactory') {
    a.force(false, 'civilServiceUnsatisfactory', 'Xếp loại công chức, viên chức "không hoàn thành nhiệm vụ".', 'Rated "unsatisfactory" as a civil servant.', [c.civil]);
  } else if (f.civilServiceLevel === undefined) {
    a.miss('civilServiceLevel', 'Xếp loại công chức, viên chức ràng buộc xếp loại đảng viên ("notCivilServant" nếu không phải).', 'The civil-service rating binds the member’s rating ("notCivilServant" if not one).');
  }
  const inYear = disciplinesInYear(f.disciplines, f.year, o);
  noteOtherYears(a, f.disciplines, f.year, o, c.discipline);
  if (inYear === undefined) needEvent(a, undefined, o, 'disciplines', 'Bị kỷ luật trong năm là trường hợp "không hoàn thành nhiệm vụ" (danh sách rỗng nếu không có).', 'A discipline in the year forces "unsatisfactory" (empty list if none).');
  else if (inYear.length > 0) {
    a.force(false, 'disciplineInYear', `Bị thi hành kỷ luật trong năm (${inYear.map((d) => formVi(d.form)).join(', ')}).`, `Disciplined in the year (${inYear.map((d) => formEn(d.form)).join(', ')}).`, [c.discipline]);
  }
}

function evaluateMember(f: MemberRatingFacts, o: ResolvedRatingOptions, trace: RatingTrace | undefined): RatingEvaluation {
  const a = new Acc(trace);
  const ex = memberExemptions(a, f, o, { exempt: [HD21.exemptSuspended], suspended: [HD21.exemptSuspended], newMember: [HD21.newMember], newMemberReviewed: true });
  if (ex) return ex;
  memberTriggers(a, f, o, { degradation: HD21.memberDegradation, tasks: HD21.memberTasks, civil: HD21.memberCivilService, discipline: HD21.memberUnsatisfactory });
  // Excellent (2.3 a)
  if (f.criteria === undefined) a.miss('criteria', 'Mức "hoàn thành xuất sắc" xét theo cấp độ của các tiêu chí.', '"Excellent" depends on the criteria grades.');
  else if (f.criteria.taskResults !== 'excellent' || GRADE_RANK[f.criteria.other] < GRADE_RANK.good) {
    a.block('excellent', 'criteriaBelowExcellent', 'Tiêu chí kết quả nhiệm vụ chưa đều "Xuất sắc" hoặc tiêu chí còn lại dưới "Tốt".', 'Task-result criteria are not all "Xuất sắc" or the others fall below "Tốt".', [HD21.memberExcellent]);
  }
  if (f.civilServiceLevel !== undefined && f.civilServiceLevel !== 'notCivilServant' && f.civilServiceLevel !== 'excellent') {
    a.block('excellent', 'civilServiceNotExcellent', 'Đảng viên là công chức, viên chức phải được xếp loại công chức "hoàn thành xuất sắc nhiệm vụ".', 'A civil-servant member must be rated "excellent" as a civil servant.', [HD21.memberExcellent]);
  }
  // Sick leave and maternity (tiểu mục 6)
  if (f.sickLeaveMonths !== undefined && f.sickLeaveMonths >= T.sickLeaveMonths.value) {
    a.block('good', 'sickLeave', `Nghỉ ốm ${f.sickLeaveMonths} tháng trong năm (từ ${two(T.sickLeaveMonths.value)} tháng trở lên).`, `${f.sickLeaveMonths} months of sick leave in the year (${T.sickLeaveMonths.value} or more).`, [HD21.sickLeave]);
  } else if (f.sickLeaveMonths === undefined && !o.assumeNoEvents) {
    a.miss('sickLeaveMonths', `Nghỉ ốm từ ${two(T.sickLeaveMonths.value)} tháng trở lên thì không đạt mức "hoàn thành tốt" trở lên.`, `Sick leave of ${T.sickLeaveMonths.value} months or more caps the level below "good".`, 'level');
  }
  if (f.maternityLeave === true) a.note('maternity', 'Nghỉ thai sản: xếp loại theo thời gian làm việc thực tế.', 'Maternity leave: rated on the actual working time.', [HD21.maternity]);
  if (a.trace && !a.forced && a.allowed & EXCELLENT) a.caveat(`Mức "hoàn thành xuất sắc" còn yêu cầu "thực sự tiêu biểu" và nằm trong tỉ lệ ${T.quotaPercent.value}%: do cấp có thẩm quyền đánh giá.`, `"Excellent" also requires being "truly exemplary" and fits the ${T.quotaPercent.value}% quota: for the competent body to judge.`);
  a.unverify(GOOD, 'Tiêu chuẩn mức "hoàn thành tốt nhiệm vụ" của Hướng dẫn 21 chỉ thấy trong một ứng dụng (thực tiễn địa phương), chưa xác minh.', 'HD 21’s "good" criteria were seen only in an app (local practice), unverified.', [HD21.memberGood]);
  a.unverify(SATISFACTORY | UNSATISFACTORY, 'Tiêu chuẩn mức "hoàn thành nhiệm vụ" của Hướng dẫn 21 chưa thấy, nên cũng không xác định được "không đạt mức hoàn thành nhiệm vụ".', 'HD 21’s "satisfactory" criteria are unseen, so "below satisfactory" cannot be ruled on either.', []);
  return a.done();
}

function organizationExemption(a: Acc, f: OrganizationRatingFacts, o: ResolvedRatingOptions): RatingEvaluation | undefined {
  if (f.establishedOn === undefined) return undefined;
  // Tiểu mục 6 names "tổ chức đảng và tập thể lãnh đạo, quản lý" only: not other agencies or units.
  if (f.kind === 'agency') {
    a.caveat('Quy tắc "mới thành lập chưa đủ 06 tháng" của Hướng dẫn 21 chỉ nêu tổ chức đảng và tập thể lãnh đạo, quản lý; không áp dụng cho cơ quan, đơn vị khác.', 'HD 21’s "founded under 6 months" rule names only party organizations and leadership collectives; it is not applied to other agencies or units.');
    return undefined;
  }
  const cut = cutoffDate(f.year, f.reviewOn, o);
  if (!fullMonthsPassed(f.establishedOn, cut, 6)) {
    return a.notRated(true, 'newOrganization', `Mới thành lập chưa đủ 06 tháng tính đến ${formatDateVi(isoOf(cut))}: không đánh giá, xếp loại chất lượng.`, `Founded less than 6 months before ${formatDateEn(isoOf(cut))}: not rated.`, [HD21.newMember]);
  }
  return undefined;
}

function evaluateOrganization(f: OrganizationRatingFacts, o: ResolvedRatingOptions, trace: RatingTrace | undefined): RatingEvaluation {
  const a = new Acc(trace);
  const ex = organizationExemption(a, f, o);
  if (ex) return ex;
  if (f.kind === 'leadershipCollective') {
    poorCriteria(a, f.criteria, [QD132_GENERAL]);
    if (f.disunityConcluded === true || f.degradationConcluded === true) {
      a.force(false, 'disunityOrDegradation', 'Bị kết luận mất đoàn kết nội bộ hoặc có thành viên suy thoái.', 'Concluded: internal disunity or a degraded member.', [HD21.leadershipCollectiveDisunity]);
    } else {
      needEvent(a, f.disunityConcluded, o, 'disunityConcluded', 'Mất đoàn kết nội bộ là trường hợp "không hoàn thành nhiệm vụ".', 'Disunity forces "unsatisfactory".');
      needEvent(a, f.degradationConcluded, o, 'degradationConcluded', 'Thành viên suy thoái là trường hợp "không hoàn thành nhiệm vụ".', 'A degraded member forces "unsatisfactory".');
    }
    tasksTrigger(a, f, [T.leadershipCollectiveMinCompletionPercent.citation], T.leadershipCollectiveMinCompletionPercent.value);
    const own = disciplinesInYear(f.disciplines, f.year, o);
    if (own !== undefined && own.length > 0) a.force(false, 'collectiveDisciplined', 'Tập thể lãnh đạo, quản lý bị xử lý kỷ luật.', 'The leadership collective was disciplined.', [HD21.leadershipCollectiveDisciplined]);
    else needEvent(a, f.disciplines, o, 'disciplines', 'Tập thể bị kỷ luật là trường hợp "không hoàn thành nhiệm vụ".', 'A discipline of the collective forces "unsatisfactory".');
    const members = disciplinesInYear(f.leadershipDisciplines, f.year, o);
    noteOtherYears(a, f.leadershipDisciplines, f.year, o, HD21.leadershipCollective);
    if (members === undefined) needEvent(a, undefined, o, 'leadershipDisciplines', 'Thành viên bị kỷ luật từ cảnh cáo trở lên là trường hợp "không hoàn thành nhiệm vụ".', 'A member disciplined with a warning or heavier forces "unsatisfactory".');
    else {
      const heavy = members.filter((d) => severity(d.form) >= T.leadershipMemberMinSeverity.value);
      if (heavy.length > 0) {
        a.force(false, 'memberWarningOrHeavier', `Có thành viên bị kỷ luật từ cảnh cáo trở lên (${heavy.map((d) => formVi(d.form)).join(', ')}).`, `A member was disciplined with a warning or heavier (${heavy.map((d) => formEn(d.form)).join(', ')}).`, [HD21.leadershipCollective]);
      } else if (members.length > 0) {
        a.note('memberReprimandOnly', 'Thành viên chỉ bị khiển trách: dưới ngưỡng "từ cảnh cáo trở lên", không buộc "không hoàn thành nhiệm vụ".', 'A member was only reprimanded: below the "warning or heavier" threshold, not a forced "unsatisfactory".', [HD21.leadershipCollective]);
      }
    }
    a.unverify(EXCELLENT | GOOD | SATISFACTORY, 'Tiêu chuẩn các mức trên "không hoàn thành nhiệm vụ" của tập thể lãnh đạo, quản lý theo Hướng dẫn 21 chưa thấy.', 'HD 21’s leadership-collective criteria above "unsatisfactory" are unseen.', []);
    a.unverify(UNSATISFACTORY, 'Ngoài các trường hợp đã nêu, "không đạt mức hoàn thành nhiệm vụ" không xác định được vì tiêu chuẩn mức đó chưa thấy.', 'Beyond the listed cases, "below satisfactory" cannot be ruled on: that level’s criteria are unseen.', []);
    return a.done();
  }
  organizationTriggers(a, f, o, { general: [QD132_GENERAL], tasks: [QD132_A_TASKS], discipline: [QD132_A_DISCIPLINE], corruption: [QD132_A_CORRUPTION], ownDisciplineStacked: true }, 20, 50);
  if (f.kind === 'agency') {
    a.unverify(EXCELLENT | GOOD | SATISFACTORY | UNSATISFACTORY, 'Các mức của "tổ chức, cơ quan, đơn vị" theo Hướng dẫn 21 chưa thấy; chỉ áp dụng các trường hợp của Quy định 132.', 'HD 21’s levels for organizations, agencies and units are unseen; only QĐ 132’s cases apply.', []);
    return a.done();
  }
  // Party organizations: HTXSNV (1.3)
  const counts = f.kind === 'partyCell' ? f.members : f.subUnits;
  const countsPath = f.kind === 'partyCell' ? 'members' : 'subUnits';
  if (counts === undefined) a.miss(countsPath, 'Mức "hoàn thành xuất sắc" của tổ chức đảng yêu cầu tỉ lệ xếp loại của đảng viên / tổ chức trực thuộc.', 'A party organization’s "excellent" depends on the ratings of its members / sub-units.');
  else {
    const n = total(counts);
    const satisfactoryOrBetter = counts.excellent + counts.good + counts.satisfactory;
    const goodOrBetter = counts.excellent + counts.good;
    const who = f.kind === 'partyCell' ? ['đảng viên', 'members'] : ['tổ chức đảng trực thuộc', 'sub-organizations'];
    if (satisfactoryOrBetter < n) {
      a.block('excellent', 'notAllSatisfactory', `${counts.unsatisfactory}/${n} ${who[0]} xếp loại "không hoàn thành nhiệm vụ": cần ${T.organizationSatisfactorySharePercent.value}% từ "hoàn thành nhiệm vụ" trở lên.`, `${counts.unsatisfactory} of ${n} ${who[1]} rated "unsatisfactory": ${T.organizationSatisfactorySharePercent.value}% must be "satisfactory" or better.`, [HD21.organizationExcellent]);
    }
    if (!atLeastPercent(goodOrBetter, n, T.organizationGoodSharePercent.value)) {
      a.block('excellent', 'goodShareUnder80', `${goodOrBetter}/${n} ${who[0]} từ "hoàn thành tốt" trở lên, dưới ${T.organizationGoodSharePercent.value}%.`, `${goodOrBetter} of ${n} ${who[1]} "good" or better, under ${T.organizationGoodSharePercent.value}%.`, [HD21.organizationExcellent]);
    }
  }
  if (f.criteria === undefined) a.miss('criteria', 'Mức "hoàn thành xuất sắc" xét theo cấp độ của các tiêu chí.', '"Excellent" depends on the criteria grades.');
  else if (f.criteria.taskResults !== 'excellent' || GRADE_RANK[f.criteria.other] < GRADE_RANK.good) {
    a.block('excellent', 'criteriaBelowExcellent', 'Tiêu chí kết quả chưa đều "Xuất sắc" hoặc tiêu chí còn lại dưới "Tốt".', 'Result criteria are not all "Xuất sắc" or the others fall below "Tốt".', [HD21.organizationExcellentCriteria]);
  }
  if (f.sameLevelBodiesGoodOrBetter === false) {
    a.block('excellent', 'sameLevelBodies', 'Chính quyền, Mặt trận, đoàn thể cùng cấp chưa đều đạt "hoàn thành tốt nhiệm vụ" trở lên.', 'Same-level government, Front and mass organizations are not all "good" or better.', [HD21.organizationExcellentBodies]);
  } else if (f.sameLevelBodiesGoodOrBetter === undefined) {
    a.miss('sameLevelBodiesGoodOrBetter', 'Mức "hoàn thành xuất sắc" yêu cầu chính quyền, đoàn thể cùng cấp đạt "hoàn thành tốt" trở lên.', '"Excellent" requires same-level bodies rated "good" or better.');
  }
  a.unverify(GOOD | SATISFACTORY, 'Tiêu chuẩn mức "hoàn thành tốt" và "hoàn thành nhiệm vụ" của tổ chức đảng theo Hướng dẫn 21 chưa thấy.', 'HD 21’s "good" and "satisfactory" criteria for party organizations are unseen.', []);
  a.unverify(UNSATISFACTORY, 'Văn bản Hướng dẫn 21 về "không hoàn thành nhiệm vụ" của tổ chức đảng chưa thấy; chỉ áp dụng các trường hợp của Quy định 132.', 'HD 21’s own "unsatisfactory" text for party organizations is unseen; only QĐ 132’s cases apply.', []);
  return a.done();
}



/** {@link hd21RuleSet} without its criteria: all that rating reads, so a bundle that only rates leaves the criteria texts out. @internal */
export const hd21Engine: RatingEngineModule<'hd21'> = /* @__PURE__ */ Object.freeze({
  id: 'hd21',
  area: 'rating' as const,
  label: label('Quy định 132-QĐ/TW và Hướng dẫn 21-HD/BTCTW (2019–2022)', 'Regulation 132-QĐ/TW and Guidance 21-HD/BTCTW (2019–2022)'),
  validFrom: '2019-10-18',
  sources: [QD132_GENERAL, HD21.memberUnsatisfactory, HD21.organizationExcellent],
  memberLevelLabels: LEVELS,
  organizationLevelLabels: LEVELS,
  memberQuota: { percent: T.quotaPercent.value, group: label('từng tổ chức cơ sở đảng', 'each grassroots party organization'), citation: HD21.memberQuota },
  organizationQuota: {
    percent: 20,
    group: label('chưa xác định được (câu "Lưu ý" của Hướng dẫn bị cắt; tỉ lệ 20% lấy theo một mẫu biểu địa phương năm 2020)', 'not determinable (the Guidance’s "Lưu ý" sentence is cut off; the 20% comes from a 2020 local form)'),
    citation: cite(HD, { section: 'II', item: label('câu "Lưu ý" tiểu mục 1.3 điểm B', 'the "Lưu ý" sentence of sub-item 1.3 of point B'), quoteVi: 'Lưu ý: Cấp có thẩm quyền xem xét, quyết định s[…]' }, 'quotedPartial'),
    basis: 'secondaryPractice' as const,
  },
  evaluateMember: guardZeroTasks(evaluateMember),
});

/** How {@link hd21RuleSet} rates an organization; apart from {@link hd21Engine} so that a bundle that only rates members leaves it out. @internal */
export const hd21Organization: OrganizationEvaluator = /* @__PURE__ */ guardZeroTasks(evaluateOrganization);

/** The criteria of {@link hd21RuleSet}, listed by {@link rulesFor}. Built in a call marked pure, so a bundle that never lists criteria drops their texts. @internal */
export const HD21_CRITERIA: readonly RatingCriterion[] = /* @__PURE__ */ (() => [
  crit('hd21.member.notRated', 'member', 'notRated', 'Mới kết nạp chưa đủ 06 tháng: không xếp loại nhưng vẫn kiểm điểm.', 'Admitted under 6 months: not rated but still reviewed.', HD21.newMember),
  crit('hd21.member.notRated.exempt', 'member', 'notRated', 'Được miễn công tác và sinh hoạt, bị đình chỉ sinh hoạt: không xếp loại (diễn giải).', 'Exempted from activity or suspended: not rated (paraphrase).', HD21.exemptSuspended),
  crit('hd21.member.excellent', 'member', 'excellent', 'Tiêu chí kết quả nhiệm vụ đều "Xuất sắc", còn lại "Tốt" trở lên; công chức phải "hoàn thành xuất sắc".', 'Task-result criteria all "Xuất sắc", others "Tốt" or better; civil servants rated "excellent".', HD21.memberExcellent),
  crit('hd21.member.good', 'member', 'good', 'Tiêu chí kết quả "Tốt" trở lên, còn lại "Trung bình" trở lên (chỉ thấy trong ứng dụng).', 'Result criteria "Tốt" or better, others "Trung bình" or better (seen only in an app).', HD21.memberGood, 'unverified'),
  crit('hd21.member.satisfactory', 'member', 'satisfactory', 'Tiêu chuẩn mức "hoàn thành nhiệm vụ": chưa thấy.', '"Satisfactory" criteria: unseen.', HD21.memberUnsatisfactory, 'unverified'),
  crit('hd21.member.unsatisfactory', 'member', 'unsatisfactory', `Suy thoái; dưới ${T.memberMinCompletionPercent.value}% nhiệm vụ; công chức "không hoàn thành nhiệm vụ"; bị kỷ luật trong năm (tính một lần).`, `Degradation; under ${T.memberMinCompletionPercent.value}% of tasks; civil-service "unsatisfactory"; disciplined in the year (counted once).`, HD21.memberUnsatisfactory),
  crit('hd21.member.sickLeave', 'member', 'good', `Nghỉ ốm từ ${two(T.sickLeaveMonths.value)} tháng trở lên: không đạt "hoàn thành tốt" trở lên.`, `Sick leave of ${T.sickLeaveMonths.value} months or more: not "good" or better.`, HD21.sickLeave),
  crit('hd21.member.quota', 'member', 'quota', `"Hoàn thành xuất sắc" không quá ${T.quotaPercent.value}% số "hoàn thành tốt" trong từng tổ chức cơ sở đảng.`, `"Excellent" at most ${T.quotaPercent.value}% of "good" in each grassroots party organization.`, HD21.memberQuota),
  crit('hd21.org.excellent', 'organization', 'excellent', `Chi bộ: ${T.organizationSatisfactorySharePercent.value}% đảng viên từ "hoàn thành nhiệm vụ", từ ${T.organizationGoodSharePercent.value}% "hoàn thành tốt" trở lên (đảng bộ: tổ chức trực thuộc); tiêu chí; chính quyền, đoàn thể cùng cấp.`, `Chi bộ: ${T.organizationSatisfactorySharePercent.value}% of members "satisfactory" or better, ${T.organizationGoodSharePercent.value}% "good" or better (đảng bộ: sub-organizations); criteria; same-level bodies.`, HD21.organizationExcellent),
  crit('hd21.org.unsatisfactory', 'organization', 'unsatisfactory', 'Quy định 132, điểm a khoản 4 Điều 12: tập thể lãnh đạo bị kỷ luật hoặc trên 20% đơn vị trực thuộc bị kỷ luật; dưới 50% nhiệm vụ và chỉ tiêu chủ yếu không đạt.', 'QĐ 132 Art. 12(4)(a): leadership disciplined or over 20% of sub-units disciplined; under 50% of tasks with main targets missed.', QD132_A_DISCIPLINE),
  crit('hd21.org.unsatisfactory.subUnitCorruption', 'organization', 'unsatisfactory', 'Quy định 132, điểm a khoản 4 Điều 12: có đơn vị trực thuộc xảy ra vụ, việc tham ô, tham nhũng bị xử lý (trừ tự phát hiện và khắc phục xong hậu quả).', 'QĐ 132 Art. 12(4)(a): a subordinate unit had a corruption case that was handled (unless self-detected and remedied).', QD132_A_CORRUPTION),
  crit('hd21.leadershipCollective.unsatisfactory', 'organization', 'unsatisfactory', `Tập thể lãnh đạo: mất đoàn kết, thành viên suy thoái; dưới ${T.leadershipCollectiveMinCompletionPercent.value}% nhiệm vụ; tập thể bị kỷ luật; thành viên bị kỷ luật từ cảnh cáo trở lên.`, `Leadership collective: disunity, degraded member; under ${T.leadershipCollectiveMinCompletionPercent.value}% of tasks; the collective disciplined; a member disciplined with a warning or heavier.`, HD21.leadershipCollective),
])();

/** The whole module, registered by one line in `registry.ts`: its engine, its criteria and its organization rating. @internal */
export const hd21Module: RatingRuleSetModule<'hd21'> = { engine: hd21Engine, criteria: HD21_CRITERIA, evaluateOrganization: hd21Organization, thresholds: HD21_THRESHOLDS };
