/**
 * Every text the review area writes (issue 16), Vietnamese and English side by side so that a
 * reviewer reads both in one place: the issues and warnings of {@link validateReviews} and
 * {@link checkReviews}, the summary of {@link summarizeReviews}, the explanations of
 * {@link findOverdueRemediations}, {@link findDisciplineReferrals} and
 * {@link deriveRatingFactsFromReview}, and the validation messages of the review schemas. The
 * texts of one guidance version stay in that version's module under `ruleSets/` (the shared ones
 * in `ruleSets/_common.ts`).
 *
 * One table per function family, each read only by the code that writes it, so that a bundle that
 * only summarizes reviews does not carry the texts of the validation. Keys are the codes the
 * results already carry (a warning code, a reason code, an outcome code) where one names a single
 * text; otherwise a short name for the case.
 * @internal
 */
import type { IsoDate } from '../_lib/dates.js';
import { formatDateEn, formatDateVi, formatNumberVi } from '../i18n/format.js';
import type { Label } from '../i18n/label.js';
import type { NotReviewedCategory } from './ruleSets.js';

/** "Vi; vi." / "En; en.": the parts of a list, each language joined on its own. */
const joinVi = (parts: readonly Label[], sep: string): string => parts.map((p) => p.vi).join(sep);
const joinEn = (parts: readonly Label[], sep: string): string => parts.map((p) => p.en).join(sep);

/** How a finding or a remediation target is named: the catalog id or group, and its name. */
export const TARGET_MESSAGES = {
  /** A manifestation of the catalog: "G1-4 (…)". */
  manifestation: (id: string, name: Label): Label => ({ vi: `${id} (${name.vi})`, en: `${id} (${name.en})` }),
  /** A group only: "nhóm 1 (…)". */
  group: (group: number, name: Label): Label => ({ vi: `nhóm ${group} (${name.vi})`, en: `group ${group} (${name.en})` }),
};

/** The members a rule set may keep out of the review, as the messages name them. */
export const NOT_REVIEWED_CATEGORY_LABELS: Readonly<Record<NotReviewedCategory, Label>> = {
  exemptFromActivity: { vi: 'đảng viên được miễn công tác và sinh hoạt đảng', en: 'a member exempt from party work and activity' },
  suspended: { vi: 'đảng viên bị đình chỉ sinh hoạt đảng', en: 'a member suspended from party activity' },
  newMember: { vi: 'đảng viên mới kết nạp chưa đủ 6 tháng', en: 'a member admitted less than 6 months before' },
};

/** The issues and warnings of {@link validateReviews}, {@link checkReviews}, {@link findReviewIssues} and {@link validateCommitments}. */
export const VALIDATE_MESSAGES = {
  /** Issue `no_rule_set`: no guidance covers the year. */
  noRuleSet: {
    vi: 'Không có hướng dẫn kiểm điểm nào trong thư viện áp dụng cho năm này (sớm nhất: Hướng dẫn 27-HD/BTCTW, 2014).',
    en: 'No review guidance in the library covers this year (the earliest is Guidance 27-HD/BTCTW, 2014).',
  },
  /** Issue `date_order`: the meeting before the period. */
  heldBeforePeriod: { vi: 'Ngày kiểm điểm trước ngày đầu của kỳ kiểm điểm.', en: 'The review is held before the period it covers begins.' },
  /** Issue `rule_violation`: a year-end review after 14 January of the next year (HD 43 Mục 4.1). */
  yearEndTooLate: {
    vi: 'Kiểm điểm cuối năm phải kết thúc trước ngày 31/12; đơn vị có tính chất đặc thù hoàn thành trước ngày 15/01 năm sau.',
    en: 'The year-end review ends by 31 December; units of special function finish before 15 January of the next year.',
  },
  /** Warning `januaryReview`. */
  januaryReview: {
    vi: 'Kiểm điểm cuối năm vào tháng 1 năm sau: chỉ tổ chức, cơ quan, đơn vị có tính chất đặc thù chưa tổng kết vào dịp cuối năm mới được hoàn thành trước ngày 15/01 năm sau; các nơi khác kết thúc trước ngày 31/12.',
    en: 'A year-end review in January of the next year: only units of special function that have not closed their year may finish before 15 January; everyone else ends by 31 December.',
  },
  /** Issue `date_order`: admitted after the review. */
  admittedOn: { vi: 'Ngày kết nạp sau ngày kiểm điểm.', en: 'The admission day is after the review.' },
  /** Issue `rule_violation`: a member the rule set keeps out of the review (quoted rule). */
  notReviewed: (ruleSet: Label, who: Label): Label => ({ vi: `Theo ${ruleSet.vi}, ${who.vi} không kiểm điểm.`, en: `Under ${ruleSet.en}, ${who.en} is not reviewed.` }),
  /** How firm an exclusion known only from a paraphrase is, inside warning `notReviewed`. */
  paraphrasedRule: { vi: 'chỉ biết qua bản diễn giải', en: 'known only from a paraphrase' },
  /** How firm an inferred exclusion is, inside warning `notReviewed`. */
  inferredRule: { vi: 'là suy luận của thư viện', en: 'a library inference' },
  /** Warning `notReviewed`: the exclusion rests on a paraphrase or an inference. */
  notReviewedUnquoted: (ruleSet: Label, who: Label, firmness: Label): Label => ({
    vi: `Theo ${ruleSet.vi}, ${who.vi} không kiểm điểm; quy định này ${firmness.vi}, cần đối chiếu văn bản trước khi loại khỏi danh sách kiểm điểm.`,
    en: `Under ${ruleSet.en}, ${who.en} is not reviewed; that rule is ${firmness.en}: check the text before leaving the member out of the review.`,
  }),
  /** Warning `notReviewed`: the exclusion is unverified (option `unverifiedExclusions: "flag"`). */
  notReviewedUnverified: (ruleSet: Label, who: Label): Label => ({
    vi: `Kiểm điểm ${who.vi}; theo ${ruleSet.vi}, việc có kiểm điểm đối tượng này chưa được xác minh.`,
    en: `Reviews ${who.en}; whether ${ruleSet.en} reviews such members is unverified.`,
  }),
  /** Issue `not_applicable`: a member at the collective's own level. */
  memberAtOwnLevel: {
    vi: 'Đảng viên kiểm điểm ở chi bộ nơi sinh hoạt, không phải "tại cấp của tập thể".',
    en: 'A member is reviewed at their party branch (chi bộ), not "at the collective’s own level".',
  },
  /** Issue `not_applicable`: a member who is not a leader in the leadership collective. */
  leadersOnlyInCollective: {
    vi: 'Chỉ cán bộ lãnh đạo, quản lý kiểm điểm thêm ở tập thể lãnh đạo, quản lý nơi làm việc (đánh dấu subject.leader = true).',
    en: 'Only leaders also review in the leadership collective at the workplace (set subject.leader = true).',
  },
  /** Issue `not_applicable`: a collective at a party branch. */
  collectiveAtBranch: {
    vi: 'Tập thể kiểm điểm tại cấp của mình, không phải "chi bộ nơi sinh hoạt".',
    en: 'A collective is reviewed at its own level, not at "the party branch where the member is active".',
  },
  /** Issue `rule_violation`: a suggested review without who suggested it. */
  suggestedBy: { vi: 'Kiểm điểm theo gợi ý phải ghi rõ cấp trên đã gợi ý.', en: 'A suggested review must name the higher body that suggested it.' },
  /** Issue `not_applicable`: a quarter under a rule set without quarterly reviews. */
  noQuarters: (ruleSet: Label): Label => ({ vi: `Theo ${ruleSet.vi}, không kiểm điểm theo quý.`, en: `${ruleSet.en} has no quarterly review.` }),
  /** Warning `quarter`: quarters unverified under the rule set (option `unverifiedQuarters: "flag"`). */
  quarterUnverified: (ruleSet: Label): Label => ({
    vi: `Theo ${ruleSet.vi}, việc kiểm điểm theo quý chưa được xác minh: tài liệu tham chiếu chỉ thấy kiểm điểm hằng năm.`,
    en: `Whether ${ruleSet.en} has quarterly reviews is unverified: the reference only sees yearly reviews.`,
  }),
  /** Warning `quarter`: a quarterly review of someone who is not a leader. */
  quarterLeadersOnly: {
    vi: `Đánh giá theo quý chỉ áp dụng cho cán bộ lãnh đạo, quản lý theo bản diễn giải Kết luận 198-KL/TW và Hướng dẫn 43-HD/BTCTW; Quy định 366-QĐ/TW (theo báo chí) nói "hằng quý" mà không giới hạn.`,
    en: 'Quarterly evaluation is for leaders only per a paraphrase of Conclusion 198-KL/TW and Guidance 43-HD/BTCTW; Regulation 366-QĐ/TW (as reported) says "quarterly" without that limit.',
  },
  /** Warning `quarter`: a fourth-quarter review (option `fourthQuarter: "reject"`). */
  fourthQuarter: {
    vi: 'Theo bản diễn giải Kết luận 198-KL/TW và Hướng dẫn 43-HD/BTCTW, không đánh giá riêng quý IV: kết quả quý IV gộp vào đánh giá cuối năm.',
    en: 'Per a paraphrase of Conclusion 198-KL/TW and Guidance 43-HD/BTCTW there is no separate fourth-quarter evaluation: it is merged into the year-end rating.',
  },
  /** Issue `inconsistent`: a remediation item for a manifestation the review did not find. */
  addresses: {
    vi: 'Biện pháp khắc phục trỏ tới một biểu hiện không có trong các phát hiện của cuộc kiểm điểm này.',
    en: 'The remediation item points at a manifestation that is not among this review’s findings.',
  },
  /** Issue `date_order`: an item done before the review. */
  doneOn: { vi: 'Ngày khắc phục xong trước ngày kiểm điểm.', en: 'The item is done before the review was held.' },
  /** Issue `inconsistent`: the same subject described differently in record `first`. */
  subject: (first: number): Label => ({
    vi: `Thông tin về cùng đối tượng trong cùng kỳ (loại tổ chức hoặc đảng viên chính thức/dự bị) khác với bản ghi [${first}].`,
    en: `The same subject in the same period is described differently (organization kind or membership) than in record [${first}].`,
  }),
  /** Warning `duplicate`: the same subject, place and period as record `first`. */
  duplicate: (first: number): Label => ({
    vi: `Cùng đối tượng đã được kiểm điểm tại cùng nơi, cùng kỳ ở bản ghi [${first}] (có thể trùng lặp: nhận định của thư viện); nếu là kiểm điểm lại, đặt kind = "reReview".`,
    en: `The same subject was already reviewed at the same place for the same period in record [${first}]; treating this as a duplicate is a library inference; for a re-review use kind = "reReview".`,
  }),
  /** Issue `inconsistent`: a rating other than the one of record `first`. */
  rating: (first: number): Label => ({
    vi: `Mức xếp loại khác với mức đã ghi cho cùng đối tượng, cùng kỳ ở bản ghi [${first}]; cấp có thẩm quyền quyết định một mức.`,
    en: `The rating differs from the one recorded for the same subject and period in record [${first}]; the competent level decides one level.`,
  }),
  /** Issue `inconsistent` of {@link validateCommitments}: a second commitment of the person and year of record `first`. */
  commitment: (first: number): Label => ({
    vi: `Trùng bản cam kết của cùng người, cùng năm ở bản ghi [${first}].`,
    en: `Duplicate commitment of the same person and year as record [${first}].`,
  }),
};

/** A count of collectives and individuals, as {@link summarizeReviews} counts them. */
interface SubjectCounts {
  readonly individual: number;
  readonly collective: number;
}

/** The summary of {@link summarizeReviews}: one clause per figure, and its error. */
export const SUMMARY_MESSAGES = {
  /** "8 tập thể và 13 cá nhân", leaving out a side that is zero when the other is not. */
  pair: (c: SubjectCounts): Label => {
    const col = { vi: `${formatNumberVi(c.collective)} tập thể`, en: `${c.collective} collective${c.collective === 1 ? '' : 's'}` };
    const ind = { vi: `${formatNumberVi(c.individual)} cá nhân`, en: `${c.individual} individual${c.individual === 1 ? '' : 's'}` };
    if (c.collective === 0 && c.individual > 0) return ind;
    if (c.individual === 0 && c.collective > 0) return col;
    return { vi: `${col.vi} và ${ind.vi}`, en: `${col.en} and ${ind.en}` };
  },
  /** Clause: reviewed. */
  reviewed: (who: Label): Label => ({ vi: `Kiểm điểm ${who.vi}`, en: `Reviewed ${who.en}` }),
  /** Clause: suggested by the higher level. */
  suggested: (who: Label): Label => ({ vi: `trong đó ${who.vi} được cấp trên gợi ý kiểm điểm`, en: `of which ${who.en} on the higher level's suggestion` }),
  /** Clause: found with manifestations (only those concluded, with option `findings: "concluded"`). */
  found: (who: Label, onlyConcluded: boolean): Label => ({
    vi: `${who.vi} được xác định có biểu hiện suy thoái${onlyConcluded ? ' (đã được cấp có thẩm quyền kết luận)' : ''}`,
    en: `${who.en} found with manifestations of degradation${onlyConcluded ? ' (concluded by the competent body)' : ''}`,
  }),
  /** Clause: passed on to the discipline procedure. */
  referred: (who: Label): Label => ({ vi: `${who.vi} được chuyển xem xét thi hành kỷ luật`, en: `${who.en} passed on to the discipline procedure` }),
  /** Clause: rated. */
  rated: (who: Label): Label => ({ vi: `${who.vi} đã được xếp loại`, en: `${who.en} rated` }),
  /** Clause: remediation items still open. */
  openRemediationItems: (n: number): Label => ({
    vi: `còn ${formatNumberVi(n)} nội dung khắc phục chưa hoàn thành`,
    en: `${n} remediation item${n === 1 ? '' : 's'} still open`,
  }),
  /** Clause: written commitments. */
  commitments: (n: number): Label => ({ vi: `${formatNumberVi(n)} bản cam kết`, en: `${n} written commitment${n === 1 ? '' : 's'}` }),
  /** The clauses as one sentence: "Kiểm điểm …; trong đó …." */
  sentence: (clauses: readonly Label[]): Label => ({ vi: `${joinVi(clauses, '; ')}.`, en: `${joinEn(clauses, '; ')}.` }),
  /** Issue `inconsistent`: two ratings of one subject and period. */
  ratingsDiffer: { vi: 'Cùng đối tượng, cùng kỳ có hai mức xếp loại khác nhau.', en: 'The same subject has two different ratings for the same period.' },
};

/** The explanation of {@link findOverdueRemediations}, and the error of its options. */
export const OVERDUE_MESSAGES = {
  /** Issue `missing` of the options: no day. */
  missing: { vi: 'Cần ngày xét quá hạn (on, YYYY-MM-DD).', en: 'The day to judge lateness on is required (on, YYYY-MM-DD).' },
  /** Outcome `overdue`. */
  overdue: { vi: 'Quá hạn khắc phục', en: 'Remediation overdue' },
  /** Reason `dueDatePassed`. */
  dueDatePassed: (
    who: Label,
    period: { readonly year: number; readonly quarter?: number | undefined },
    dueOn: IsoDate,
    on: IsoDate,
    status: 'planned' | 'inProgress',
    days: number,
  ): Label => ({
    vi: `Nội dung khắc phục của ${who.vi} (kỳ kiểm điểm ${period.quarter ? `quý ${period.quarter}/` : 'năm '}${period.year}) có hạn ngày ${formatDateVi(dueOn)}; đến ngày ${formatDateVi(on)} vẫn ở trạng thái "${status === 'planned' ? 'đã đề ra' : 'đang khắc phục'}", quá hạn ${formatNumberVi(days)} ngày.`,
    en: `The remediation item of the ${who.en} (review of ${period.quarter ? `Q${period.quarter} ` : ''}${period.year}) was due on ${formatDateEn(dueOn)}; on ${formatDateEn(on)} it is still "${status === 'planned' ? 'planned' : 'in progress'}", ${days} day${days === 1 ? '' : 's'} late.`,
  }),
  /** Reason `addressesFindings`. */
  addressesFindings: (targets: readonly Label[]): Label => ({ vi: `Nội dung này khắc phục: ${joinVi(targets, '; ')}.`, en: `It remedies: ${joinEn(targets, '; ')}.` }),
  /** Blocked `shortcomingsNotFixed` (QĐ 366: "excellent" needs every shortcoming fixed). */
  shortcomingsNotFixed: {
    vi: 'Chưa khắc phục xong thì ở kỳ đánh giá sau không đủ điều kiện "Hoàn thành xuất sắc nhiệm vụ" (phải khắc phục 100% hạn chế, khuyết điểm đã chỉ ra).',
    en: 'Until it is done, the next rating cannot be "excellent" (100% of the shortcomings shown must be fixed).',
  },
  /** Effect of option `on` (or `today`). */
  on: { vi: 'Ngày dùng để xét quá hạn.', en: 'The day lateness is judged on.' },
  /** Caveat: due dates are the unit's own. */
  unitDueDates: {
    vi: 'Hạn khắc phục lấy theo kế hoạch của chính đơn vị; tài liệu tham chiếu không thấy thời hạn chung toàn quốc.',
    en: "Due dates are those of the unit's own plan; the reference found no national deadline.",
  },
};

/** The explanation of {@link findDisciplineReferrals}. */
export const REFERRAL_MESSAGES = {
  /** Outcome `referredToDiscipline`. */
  referredToDiscipline: { vi: 'Chuyển xem xét thi hành kỷ luật', en: 'Passed on to the discipline procedure' },
  /** Reason `referred`: to whom, and when when known. */
  referred: (who: Label, by: string, on: IsoDate | undefined): Label => ({
    vi: `Sau kiểm điểm, ${who.vi} được chuyển đến ${by} để xem xét thi hành kỷ luật${on ? ` ngày ${formatDateVi(on)}` : ''}.`,
    en: `After the review the ${who.en} was passed on to ${by} for the discipline procedure${on ? ` on ${formatDateEn(on)}` : ''}.`,
  }),
  /** One finding of reason `findings`, marked when concluded. */
  finding: (target: Label, concluded: boolean): Label => ({ vi: `${target.vi}${concluded ? ', đã kết luận' : ''}`, en: `${target.en}${concluded ? ', concluded' : ''}` }),
  /** Reason `findings`. */
  findings: (findings: readonly Label[]): Label => ({
    vi: `Biểu hiện nêu trong kiểm điểm: ${joinVi(findings, '; ')}.`,
    en: `Manifestations found in the review: ${joinEn(findings, '; ')}.`,
  }),
  /** Reason `possibleForms` (Điều lệ Điều 35 khoản 2). */
  possibleForms: {
    vi: 'Quy trình có thể kết thúc bằng một hình thức kỷ luật theo Điều lệ hoặc không kỷ luật; chuyển xem xét chưa phải là kỷ luật.',
    en: 'The procedure may end in a Charter disciplinary form or in none; a referral is not a discipline.',
  },
};

/** The explanation of {@link deriveRatingFactsFromReview} and {@link deriveRatingFactsFromReviews}. */
export const RATING_FACTS_MESSAGES = {
  /** Outcome `ratingFacts`. */
  ratingFacts: { vi: 'Dữ kiện từ kiểm điểm dùng cho xếp loại', en: 'Facts from the review for rating' },
  /** A period as the reasons name it: "quý 2/2025" / "Q2 2025", "năm 2025" / "2025". */
  period: (p: { readonly year: number; readonly quarter?: number | undefined }): Label =>
    p.quarter ? { vi: `quý ${p.quarter}/${p.year}`, en: `Q${p.quarter} ${p.year}` } : { vi: `năm ${p.year}`, en: `${p.year}` },
  /** Reason `degradationConcluded`, some concluded. */
  degradationConcluded: (findings: readonly Label[]): Label => ({
    vi: `Cấp có thẩm quyền đã kết luận ${formatNumberVi(findings.length)} biểu hiện: ${joinVi(findings, '; ')}.`,
    en: `The competent body concluded ${findings.length} manifestation${findings.length === 1 ? '' : 's'}: ${joinEn(findings, '; ')}.`,
  }),
  /** Reason `degradationConcluded`, none concluded. */
  noDegradationConcluded: {
    vi: 'Không có biểu hiện nào được cấp có thẩm quyền kết luận trong các cuộc kiểm điểm của kỳ này (biểu hiện mới được nêu ra, chưa được kết luận, thì chưa dùng để xếp loại).',
    en: 'No manifestation was concluded by the competent body in this period’s reviews (a finding only raised is not a rating fact).',
  },
  /** Reason `noPreviousReview`. */
  noPreviousReview: {
    vi: 'Không có cuộc kiểm điểm kỳ trước của đối tượng trong dữ liệu, nên chưa biết các hạn chế, khuyết điểm đã được khắc phục hay chưa.',
    en: 'No earlier review of this subject is in the data, so whether earlier shortcomings were fixed is unknown.',
  },
  /** Reason `shortcomingsOpen`. */
  shortcomingsOpen: (previous: Label, open: number, total: number, on: IsoDate): Label => ({
    vi: `Kỳ kiểm điểm trước (${previous.vi}): ${formatNumberVi(open)}/${formatNumberVi(total)} nội dung khắc phục chưa hoàn thành đến ngày ${formatDateVi(on)}.`,
    en: `Previous review (${previous.en}): ${open} of ${total} remediation items not done by ${formatDateEn(on)}.`,
  }),
  /** Reason `findingsWithoutRemediation`. */
  findingsWithoutRemediation: (previous: Label, findings: readonly Label[]): Label => ({
    vi: `Kỳ kiểm điểm trước (${previous.vi}) có biểu hiện không gắn với nội dung khắc phục nào (${joinVi(findings, '; ')}), nên chưa biết đã khắc phục hay chưa.`,
    en: `The previous review (${previous.en}) has findings tied to no remediation item (${joinEn(findings, '; ')}), so whether they were fixed is unknown.`,
  }),
  /** Reason `shortcomingsFixed`: nothing to fix, or all `items` done by `on`. */
  shortcomingsFixed: (previous: Label, items: number, on: IsoDate): Label =>
    items === 0
      ? { vi: `Kỳ kiểm điểm trước (${previous.vi}) không chỉ ra hạn chế, khuyết điểm nào cần khắc phục.`, en: `The previous review (${previous.en}) showed no shortcoming to fix.` }
      : {
          vi: `Kỳ kiểm điểm trước (${previous.vi}): đã hoàn thành tất cả ${formatNumberVi(items)} nội dung khắc phục, tính đến ngày ${formatDateVi(on)}.`,
          en: `Previous review (${previous.en}): all ${items} remediation items done by ${formatDateEn(on)}.`,
        },
  /** Reason `activityStatus`. */
  activityStatus: (status: 'active' | 'suspended' | 'exemptFromActivity'): Label => ({
    vi: `Tình trạng sinh hoạt đảng ghi trong bản kiểm điểm: ${status === 'active' ? 'đang sinh hoạt' : status === 'suspended' ? 'bị đình chỉ sinh hoạt đảng' : 'được miễn công tác và sinh hoạt đảng'}.`,
    en: `Party-activity status recorded on the review: ${status === 'active' ? 'active' : status === 'suspended' ? 'suspended from party activity' : 'exempt from party work and activity'}.`,
  }),
  /** Effect of option `on` (or `asOf`). */
  on: { vi: 'Ngày dùng để xét các nội dung khắc phục đã hoàn thành hay chưa.', en: 'The day remediation items are judged done on.' },
  /** Effect of option `shortcomingsFixed: "always"` under a rule set without the criterion. */
  shortcomingsFixedAlways: { vi: 'Vẫn xét tiêu chí này dù văn bản áp dụng không có tiêu chí đó.', en: 'Derived although the rule set has no such criterion.' },
  /** Caveat: only the reviews given are seen. */
  onlyReviewsGiven: {
    vi: 'Dữ kiện chỉ rút ra từ các cuộc kiểm điểm được cung cấp; kết luận của cấp có thẩm quyền ở nơi khác (kiểm tra, giám sát) không nằm trong đó.',
    en: 'Facts come only from the reviews given; a conclusion reached elsewhere (inspection, supervision) is not among them.',
  },
};

/** The validation messages of the review records (`schemas.ts`), keyed by the field they are about (or the issue code). */
export const SCHEMA_MESSAGES = {
  /** Issue `unknown_id`: a manifestation id outside the catalog. */
  unknownId: { vi: 'Mã biểu hiện không có trong danh mục 27 biểu hiện (G1-1 … G3-9).', en: 'Manifestation id is not in the catalog of 27 (G1-1 … G3-9).' },
  /** Issue `missing`: a target with neither id nor group. */
  missing: { vi: 'Cần mã biểu hiện (manifestation) hoặc số nhóm (group).', en: 'Give a manifestation id or a group number.' },
  /** Issue `inconsistent`: a group other than the manifestation's. */
  group: { vi: 'Số nhóm không khớp với nhóm của biểu hiện.', en: "The group does not match the manifestation's group." },
  /** Issue `inconsistent`: a concluding body or date on a finding not concluded. */
  concluded: { vi: 'Có cơ quan hoặc ngày kết luận nhưng "concluded" không phải true.', en: 'A concluding body or date is given but "concluded" is not true.' },
  /** Issue `inconsistent`: a completion date on an item not done. */
  doneOn: { vi: 'Có ngày hoàn thành nhưng trạng thái không phải "done".', en: 'A completion date is given but the status is not "done".' },
};
