/**
 * Every text the discipline functions write, keyed by code, Vietnamese and English side by side
 * so that a reviewer reads both in one place (docs/conventions.md, "Messages"): the reasons,
 * caveats, outcomes and option effects of the explanations, the texts of the rules broken and of
 * the facts missing, and the validation messages. Keys are the codes the results carry (a reason
 * code, a breach or unknown code, a row code of the authority table, an issue code) wherever one
 * exists; a validation message shared by one issue code is keyed by the field the issue names;
 * otherwise a short descriptive name (`heading`, `caveat`, `option`, …).
 *
 * One table per function family, each read only by the code that uses it, so that a bundle of one
 * function does not carry the texts of the others:
 * - {@link CHECK_MESSAGES}: `checkDiscipline`;
 * - {@link DECIDING_BODY_MESSAGES} and {@link LEVEL_CLAUSE_MESSAGES}: the rows of the Charter's
 *   authority table (`decidingBodies.ts`), keyed by row code, and the clauses that give a body its
 *   authority at some levels only;
 * - {@link EFFECTS_MESSAGES} and {@link DECISION_VALIDATION_MESSAGES}: `getDisciplineEffects` and
 *   the checks of its decision;
 * - {@link FORM_LIST_MESSAGES}: `listDisciplineForms`;
 * - {@link FORM_VALIDATION_MESSAGES}: the checks of a form code, shared by every function that
 *   reads one;
 * - {@link LIMITATION_MESSAGES}, {@link LIMITATION_VALIDATION_MESSAGES} and
 *   {@link LIMITATION_OPTION_WORDS}: `checkLimitation`, the checks of its input and options, and
 *   its options in words.
 *
 * The texts of one regulation (a note on its reading, a gap, a caveat on its dating) stay in that
 * regulation's module under `ruleSets/`, in its `MESSAGES` table, so that adding a regulation stays
 * one module. Dates are formatted here (`8-3-2018`, `8 March 2018`), so a call site passes the ISO
 * date; other arguments are already-rendered {@link Label}s.
 * @internal
 * @module
 */
import type { IsoDate } from '../_lib/dates.js';
import { formatDateEn as en, formatDateVi as vi } from '../i18n/format.js';
import type { Label } from '../i18n/label.js';

// ---------------------------------------------------------------------------------------------
// checkDiscipline
// ---------------------------------------------------------------------------------------------

/** The texts of {@link checkDiscipline}: rules broken, points unknown, the outcome, the caveat. @internal */
export const CHECK_MESSAGES = {
  /** Broken: a non-disciplinary measure (its label) proposed as a form. */
  notADisciplinaryForm: (measure: Label): Label => ({
    vi: `"${measure.vi}" không phải là hình thức kỷ luật đảng; không ghi nhận, thống kê là kỷ luật.`,
    en: `"${measure.en}" is not a party disciplinary form; it can not be recorded or counted as discipline.`,
  }),
  /** Broken: the form is not in the subject's closed list (with xóa tên for a probationary member's expulsion). */
  formNotForSubject: (form: Label, who: Label, probationaryExpulsion: boolean): Label => ({
    vi: `Hình thức "${form.vi}" không thuộc các hình thức kỷ luật đối với ${who.vi}.${probationaryExpulsion ? ' Đảng viên dự bị vi phạm đến mức không còn đủ tư cách đảng viên thì xóa tên trong danh sách đảng viên (không phải kỷ luật).' : ''}`,
    en: `"${form.en}" is not a disciplinary form for a ${who.en}.${probationaryExpulsion ? ' A probationary member no longer fit to be a member is removed from the rolls instead (xóa tên, not discipline).' : ''}`,
  }),
  /** Broken: cách chức of a member without a post. */
  removalWithoutPost: {
    vi: 'Cách chức chỉ áp dụng đối với đảng viên có chức vụ ("cách chức (nếu có chức vụ)").',
    en: 'Removal from post applies only to a member who holds a post ("cách chức (nếu có chức vụ)").',
  },
  /** Unknown: whether the member holds a post. */
  holdsPostNotGiven: {
    vi: 'Chưa cho biết đảng viên có chức vụ hay không (điều kiện của cách chức).',
    en: 'Whether the member holds a post (required for removal from post) was not given.',
  },
  /** Unknown: a district-level body deciding once the district level is gone. */
  districtLevelAbolished: {
    vi: 'Từ 1-7-2025 hệ thống tổ chức của Đảng không còn cấp huyện; cơ quan kế thừa thẩm quyền cấp huyện chưa được đối chiếu.',
    en: 'From 1 July 2025 there is no district level; which body took over district-level powers is not verified.',
  },
  /** Confirmed by the caller's authority table (the row's source). */
  authorityTable: (source: Label): Label => ({
    vi: `Theo bảng thẩm quyền do người dùng cung cấp: ${source.vi}.`,
    en: `Per the caller's authority table: ${source.en}.`,
  }),
  /** Unknown: nothing confirms the body's authority. */
  authorityUnverified: (body: Label, form: Label, who: Label): Label => ({
    vi: `Thẩm quyền của ${body.vi} quyết định ${form.vi} đối với ${who.vi} trong trường hợp này chưa được đối chiếu với văn bản; có thể bổ sung bảng thẩm quyền.`,
    en: `The authority of the ${body.en} to impose ${form.en} on a ${who.en} here is not verified; an authorityTable may be supplied.`,
  }),
  /** Unknown: the body's level, which the clause needs. */
  bodyLevelNotGiven: (body: Label, clause: Label): Label => ({
    vi: `Chưa cho biết cấp của ${body.vi} (bodyLevel); ${clause.vi} chỉ quy định thẩm quyền ở một số cấp.`,
    en: `The level of the ${body.en} (bodyLevel) was not given; ${clause.en} grants the authority at some levels only.`,
  }),
  /** Unknown: the clause does not cover the body at that level. */
  bodyLevelNotCovered: (body: Label, clause: Label, level: Label): Label => ({
    vi: `${clause.vi} không quy định thẩm quyền của ${body.vi} ${level.vi}; thẩm quyền chưa được đối chiếu.`,
    en: `${clause.en} does not cover a ${body.en} at ${level.en}; the authority is not verified.`,
  }),
  /** Unknown: a district-level body without the decision date. */
  decidedOnNotGivenForDistrict: {
    vi: 'Cấp huyện chỉ còn đến trước 1-7-2025; chưa cho biết ngày quyết định (decidedOn).',
    en: 'The district level exists only before 1 July 2025; the decision date (decidedOn) was not given.',
  },
  /** Outcome `ok`. */
  ok: { vi: 'Không trái quy định nào đã kiểm tra', en: 'No checked rule is broken' },
  /** Outcome `okWithUnknowns`. */
  okWithUnknowns: { vi: 'Không trái quy định đã kiểm tra; còn điểm chưa xác định', en: 'No checked rule is broken; some points remain unknown' },
  /** Outcome `broken`, with the number of rules broken. */
  broken: (count: number): Label => ({ vi: `Đề xuất trái ${count} quy định`, en: `${count} rule(s) broken` }),
  /** Reason `proposal`: the form, the subject and, when given, the deciding body. */
  proposal: (form: Label, who: Label, body: Label | undefined): Label => ({
    vi: `Đề xuất: ${form.vi} đối với ${who.vi}${body ? `, do ${body.vi} quyết định` : ''}.`,
    en: `Proposed: ${form.en} for a ${who.en}${body ? `, decided by the ${body.en}` : ''}.`,
  }),
  /** The heading of the rules broken. */
  heading: { vi: 'Chưa đúng quy định', en: 'Not in accordance with the rules' },
  /** Caveat: only the verified rules are checked. */
  caveat: {
    vi: 'Chỉ kiểm tra các quy định đã đối chiếu được văn bản (Điều lệ Đảng, QĐ 69, QĐ 30, QĐ 22); quy định về thẩm quyền của QĐ 22, QĐ 296 và QĐ 21 (2026) chưa được đối chiếu.',
    en: 'Only the verified rules are checked (Party Charter, QĐ 69, QĐ 30, QĐ 22); the authority tables of QĐ 22, QĐ 296 and QĐ 21 (2026) were not seen.',
  },
  /** The effect of the option `authorityTable`. */
  option: {
    vi: 'bảng thẩm quyền do người dùng cung cấp được dùng để xác nhận thẩm quyền, không để bỏ qua quy định bị vi phạm',
    en: "the caller's authority table is used to confirm an authority, never to lift a broken rule",
  },
  /** Validation (`inconsistent`): `bodyLevel` and `districtLevel` disagree. */
  inconsistent: { vi: 'bodyLevel mâu thuẫn với districtLevel.', en: 'bodyLevel contradicts districtLevel.' },
};

// ---------------------------------------------------------------------------------------------
// The authority table (decidingBodies.ts), read by checkDiscipline
// ---------------------------------------------------------------------------------------------

/**
 * The text of each row of the Charter's authority table, keyed by row code. `{form}` and `{body}`
 * are filled with the form and the deciding body when the row applies. @internal
 */
export const DECIDING_BODY_MESSAGES = {
  // Chi ủy (QĐ 22 Điều 11).
  branchCommitteeNoAuthority: {
    vi: 'Chi ủy không thuộc tổ chức có thẩm quyền thi hành kỷ luật đảng viên; chi bộ mới là nơi quyết định.',
    en: 'A branch committee (chi ủy) has no disciplinary authority; the branch (chi bộ) decides.',
  },
  // Chi bộ (Điều lệ Điều 36 khoản 1; QĐ 296 Điều 10 mục 1.4).
  branchDisciplinesOrganization: {
    vi: 'Chi bộ chỉ kỷ luật đảng viên trong chi bộ, không kỷ luật tổ chức đảng.',
    en: 'A branch disciplines its own members only, never a party organization.',
  },
  branchBeyondReprimandWarning: {
    vi: 'Chi bộ chỉ quyết định khiển trách, cảnh cáo; {form} phải đề nghị cấp có thẩm quyền quyết định.',
    en: 'A branch may decide only reprimand or warning; {form} must be proposed to the competent level.',
  },
  branchNotOwnMember: { vi: 'Chi bộ chỉ kỷ luật đảng viên trong chi bộ.', en: 'A branch disciplines only members of that branch.' },
  branchHigherAssignedDuty: {
    vi: 'Vi phạm khi thực hiện nhiệm vụ do cấp trên giao: chi bộ đề nghị cấp có thẩm quyền xem xét, quyết định.',
    en: 'A violation in a duty assigned by a higher level: the branch proposes, the competent level decides.',
  },
  memberOfDecidingBranchNotGiven: {
    vi: 'Chưa cho biết đảng viên có sinh hoạt trong chi bộ quyết định hay không.',
    en: 'Whether the member belongs to the deciding branch was not given.',
  },
  dutyNotGiven: {
    vi: 'Chưa cho biết vi phạm có thuộc nhiệm vụ do cấp trên giao hay không.',
    en: 'Whether the violation concerns a duty assigned by a higher level was not given.',
  },
  // The grounds of Điều lệ Điều 36 khoản 1 on which a chi bộ decides, written out in both texts
  // (a template built from a shared constant would keep the table in every bundle).
  branchGroundsNotGiven: {
    vi: 'Chưa cho biết vi phạm có thuộc phẩm chất chính trị, tư tưởng, đạo đức, lối sống, sinh hoạt đảng, thực hiện nhiệm vụ đảng viên hay không (các trường hợp chi bộ được quyết định).',
    en: "Whether the violation is of political quality, ideology, ethics, lifestyle, party activity or a member's duties (the grounds on which a branch decides) was not given.",
  },
  branchGroundsNotCovered: {
    vi: 'Điều lệ giao chi bộ quyết định kỷ luật vi phạm về phẩm chất chính trị, tư tưởng, đạo đức, lối sống, sinh hoạt đảng, thực hiện nhiệm vụ đảng viên; với vi phạm khác, thẩm quyền của chi bộ chưa được đối chiếu.',
    en: "The Charter lets a branch decide on violations of political quality, ideology, ethics, lifestyle, party activity or a member's duties; for other violations its authority is not verified.",
  },
  branchMayDecide: { vi: 'Chi bộ quyết định {form} đảng viên trong chi bộ.', en: 'A branch decides {form} of its own members.' },
  // Đảng ủy cơ sở (Điều lệ Điều 36 khoản 1).
  grassrootsExpulsionNotAuthorised: {
    vi: 'Đảng ủy cơ sở chỉ quyết định khai trừ khi được ủy quyền quyết định kết nạp đảng viên; nếu không, đề nghị lên cấp có thẩm quyền.',
    en: 'A grassroots committee may expel only when authorised to admit members; otherwise it proposes upward.',
  },
  grassrootsMayAdmitNotGiven: {
    vi: 'Chưa cho biết đảng ủy cơ sở có được ủy quyền kết nạp đảng viên hay không.',
    en: 'Whether the grassroots committee may admit members was not given.',
  },
  grassrootsExpulsionOfCommitteeOrHigherCadre: {
    vi: 'Đảng ủy cơ sở không quyết định khai trừ cấp ủy viên cùng cấp và đảng viên là cán bộ thuộc diện cấp ủy cấp trên quản lý.',
    en: 'A grassroots committee may not expel a member of its own committee or a cadre managed by a higher committee.',
  },
  grassrootsMayExpel: { vi: 'Đảng ủy cơ sở được ủy quyền kết nạp thì quyết định khai trừ.', en: 'A grassroots committee authorised to admit may expel.' },
  grassrootsRemovalNotLowerCommitteeMember: {
    vi: 'Đảng ủy cơ sở chỉ cách chức cấp ủy viên cấp dưới (đọc danh mục là đầy đủ: suy luận của thư viện).',
    en: 'A grassroots committee removes from post only members of lower committees (reading the list as exhaustive is a library inference).',
  },
  grassrootsMayRemove: { vi: 'Đảng ủy cơ sở cách chức cấp ủy viên cấp dưới.', en: 'A grassroots committee removes members of lower committees from post.' },
  lowerCommitteeNotGiven: {
    vi: 'Chưa cho biết đảng viên có là cấp ủy viên cấp dưới hay không.',
    en: 'Whether the member sits on a lower committee was not given.',
  },
  grassrootsMayDecide: {
    vi: 'Đảng ủy cơ sở quyết định {form} đảng viên trong đảng bộ.',
    en: 'A grassroots committee decides {form} of members of its organization.',
  },
  // Ủy ban kiểm tra (Điều lệ Điều 36 khoản 4).
  inspectionSameLevelCommitteeMember: {
    vi: 'Ủy ban kiểm tra không quyết định kỷ luật cấp ủy viên cùng cấp.',
    en: 'An inspection commission does not discipline members of the committee of its own level.',
  },
  inspectionSevereOnManagedCadre: {
    vi: 'Đối với cán bộ thuộc diện cấp ủy cùng cấp quản lý và cấp ủy viên cấp dưới trực tiếp, ủy ban kiểm tra chỉ quyết định khiển trách, cảnh cáo (đọc là đầy đủ: suy luận).',
    en: 'For cadres managed by its own-level committee and members of the committee directly below, an inspection commission decides only reprimand or warning (read as exhaustive: inference).',
  },
  inspectionMayDecide: {
    vi: 'Ủy ban kiểm tra (từ cấp huyện trở lên) quyết định {form} trong trường hợp này.',
    en: 'An inspection commission (district level and up) decides {form} here.',
  },
  inspectionFactsNotGiven: {
    vi: 'Chưa đủ dữ kiện (cấp ủy viên cùng cấp, cán bộ thuộc diện quản lý) để xác định thẩm quyền của ủy ban kiểm tra.',
    en: "Not enough facts (own-level committee member, managed cadre) to settle the inspection commission's authority.",
  },
  // Cấp ủy, ban thường vụ (khoản 2); Trung ương, Bộ Chính trị, Ban Bí thư (khoản 3).
  committeeMayDecide: { vi: '{body} quyết định các hình thức kỷ luật đảng viên.', en: 'The {body} decides every disciplinary form for members.' },
  centralMayDecide: { vi: '{body} quyết định các hình thức kỷ luật đảng viên.', en: '{body} decides every disciplinary form for members.' },
};

/** The clause that gives each body its authority at some levels only (Điều lệ Điều 36 khoản 2 and 4), keyed by body. @internal */
export const LEVEL_CLAUSE_MESSAGES = {
  inspectionCommission: {
    vi: 'Điều lệ Điều 36 khoản 4 ("Uỷ ban kiểm tra từ cấp huyện, quận và tương đương trở lên")',
    en: 'Charter Art. 36(4) (inspection commissions "from district level upward")',
  },
  standingCommittee: {
    vi: 'Điều lệ Điều 36 khoản 2 (ban thường vụ cấp ủy tỉnh, thành, huyện, quận và tương đương)',
    en: 'Charter Art. 36(2) (standing committees of provincial and district committees)',
  },
  provincialOrDistrictCommittee: {
    vi: 'Điều lệ Điều 36 khoản 2 (cấp ủy tỉnh, thành, huyện, quận và tương đương)',
    en: 'Charter Art. 36(2) (provincial and district committees)',
  },
};

// ---------------------------------------------------------------------------------------------
// getDisciplineEffects
// ---------------------------------------------------------------------------------------------

/** The texts of {@link getDisciplineEffects}: reasons by code, bar labels, the outcome, caveats. @internal */
export const EFFECTS_MESSAGES = {
  /** Reason `effectiveOnAnnouncement` (the decision date stands in when no announcement was given). */
  effectiveOnAnnouncement: (form: Label, announced: IsoDate, decisionDateUsed: boolean): Label => ({
    vi: `Quyết định ${form.vi} có hiệu lực từ ngày công bố ${vi(announced)}${decisionDateUsed ? ' (chưa có ngày công bố, lấy ngày quyết định)' : ''}.`,
    en: `The ${form.en} took effect on its announcement, ${en(announced)}${decisionDateUsed ? ' (no announcement date given: the decision date is used)' : ''}.`,
  }),
  /** The reason a bar gives (its code is the bar's). */
  bar: (label: Label, from: IsoDate, until: IsoDate | undefined, inForce: boolean): Label => ({
    vi: `${label.vi}: từ ${vi(from)}${until ? ` đến trước ${vi(until)}` : ''}${inForce ? ' (đang áp dụng)' : ''}.`,
    en: `${label.en}: from ${en(from)}${until ? ` until ${en(until)} (exclusive)` : ''}${inForce ? ' (in force)' : ''}.`,
  }),
  /** The outcome: the status (its label) on the day asked about. */
  outcome: (status: Label, on: IsoDate): Label => ({ vi: `${status.vi} vào ngày ${vi(on)}`, en: `${status.en} on ${en(on)}` }),
  /** Reason `neverExpires` (khai trừ, giải tán). */
  neverExpires: (form: Label): Label => ({
    vi: `Quyết định ${form.vi} không đương nhiên chấm dứt hiệu lực.`,
    en: `A ${form.en} decision never lapses by itself.`,
  }),
  /** Reason `complaintPending`. */
  complaintPending: (filedOn: IsoDate): Label => ({
    vi: `Đang khiếu nại (từ ${vi(filedOn)}): thời hạn 12 tháng tính từ ngày công bố quyết định giải quyết khiếu nại.`,
    en: `A complaint is pending (since ${en(filedOn)}): the 12 months run from the announcement of the complaint decision.`,
  }),
  /** Reason `changedFormCountsServedTime`, from the earlier announcement. */
  changedFormCountsServedTime: (from: IsoDate): Label => ({
    vi: `Quyết định thay đổi hình thức kỷ luật: thời gian chấp hành tính cả thời gian từ ngày công bố quyết định trước (${vi(from)}).`,
    en: `The decision changed an earlier form: time served since the earlier announcement (${en(from)}) counts.`,
  }),
  /** Caveat: counting served time rests on a news summary. */
  servedSummary: {
    vi: 'Cách tính khi thay đổi hình thức kỷ luật dựa trên bản tin tóm tắt hướng dẫn, chưa đối chiếu nguyên văn.',
    en: 'Counting served time after a change of form rests on a news summary of the guidance (wording not seen).',
  },
  /** Caveat: counting served time is not applied outside QĐ 69. */
  servedQd69Only: {
    vi: 'Việc tính cả thời gian chấp hành quyết định trước chỉ có trong hướng dẫn thi hành QĐ 69; ở đây không áp dụng.',
    en: 'Counting time served under an earlier decision is guidance on QĐ 69 only; it is not applied here.',
  },
  /** The effect of the option `assumeContinuity`, over a period (its label) or a time with no text. */
  option: (period: Label | undefined): Label => ({
    vi: `Áp dụng thời hạn 12 tháng của QĐ 69 cho ${period ? period.vi : 'giai đoạn chưa có văn bản đối chiếu'}.`,
    en: `The QĐ 69 12-month rule is applied to ${period ? period.en : 'a period with no text seen'}.`,
  }),
  /** Caveat: continuity assumed. */
  continuity: {
    vi: 'Theo lựa chọn giả định tính liên tục: quy định về chấm dứt hiệu lực của giai đoạn này chưa được đối chiếu.',
    en: 'Continuity assumed: the expiry rule of this period was not seen.',
  },
  /** Reason `expiryTextNotSeen`, in a period (its label) or before QĐ 30. */
  expiryTextNotSeen: (from: IsoDate, period: Label | undefined): Label => ({
    vi: `Quyết định công bố ngày ${vi(from)} (${period ? period.vi : 'trước QĐ 30-QĐ/TW'}): chưa đối chiếu được quy định về việc quyết định kỷ luật đương nhiên chấm dứt hiệu lực.`,
    en: `A decision announced on ${en(from)} (${period ? period.en : 'before QĐ 30-QĐ/TW'}): the rule on when it lapses was not seen.`,
  }),
  /** Reason `newViolationWithinTwelveMonths`. */
  newViolationWithinTwelveMonths: (on: IsoDate): Label => ({
    vi: `Có vi phạm mới ngày ${vi(on)} trong thời hạn 12 tháng: quyết định không đương nhiên chấm dứt hiệu lực.`,
    en: `A new violation on ${en(on)} within the 12 months: the decision does not lapse by itself.`,
  }),
  /** Reason `expiry`: the months, counted from the announcement (or the complaint decision), to the first day without effect. */
  expiry: (months: number, from: IsoDate, afterComplaint: boolean, lapsesOn: IsoDate): Label => ({
    vi: `Sau ${months} tháng kể từ ngày ${vi(from)}${afterComplaint ? ' (công bố quyết định giải quyết khiếu nại)' : ''}, quyết định đương nhiên chấm dứt hiệu lực từ ngày ${vi(lapsesOn)}, nếu không khiếu nại, không tái phạm và không có vi phạm mới đến mức phải kỷ luật.`,
    en: `${months} months after ${en(from)}${afterComplaint ? ' (announcement of the complaint decision)' : ''}, the decision lapses from ${en(lapsesOn)}, unless there is a complaint, a reoffence or a new violation warranting discipline.`,
  }),
  /** Bar `noElectionOrEquivalentAppointment` (the year after cách chức). */
  noElectionOrEquivalentAppointment: {
    vi: 'Không được bầu vào cấp ủy, không được bổ nhiệm vào các chức vụ tương đương và cao hơn',
    en: 'May not be elected to a party committee or appointed to an equivalent or higher post',
  },
  /** Bar `noPlanningOrHigherAppointment`, for (at least) these months. */
  noPlanningOrHigherAppointment: (months: number, atLeast: boolean): Label => ({
    vi: `Không quy hoạch, bổ nhiệm vào chức vụ cao hơn trong ${atLeast ? 'ít nhất ' : ''}${months} tháng`,
    en: `No planning or appointment to a higher post for ${atLeast ? 'at least ' : ''}${months} months`,
  }),
  /** Bar `mayBeConsideredForHigherPostAfter`, after these months. */
  mayBeConsideredForHigherPostAfter: (months: number): Label => ({
    vi: `Có thể được xem xét bổ nhiệm chức vụ cao hơn sau ${months} tháng`,
    en: `May be considered for a higher post after ${months} months`,
  }),
  /** Bar `removeFromPlanning`. */
  removeFromPlanning: { vi: 'Đưa ngay ra khỏi quy hoạch các chức danh lãnh đạo, quản lý', en: 'Removed at once from the planning of leadership posts' },
  /** Caveat: planning periods are advice from paraphrased sources. */
  planning: {
    vi: 'Thời hạn về quy hoạch, bổ nhiệm chỉ biết qua bản diễn giải (chưa đối chiếu điều khoản), chỉ để tham khảo; áp dụng đối với cán bộ.',
    en: 'Planning and appointment periods are parameters from paraphrased sources (article text not seen), advice only; they concern cadres.',
  },
  /** Reason `rating`. */
  rating: { vi: 'Khi xếp loại: một vi phạm bị xử lý kỷ luật chỉ tính một lần.', en: 'For the rating: one disciplined violation counts once.' },
  /** Reason `ratingYear`. */
  ratingYear: {
    vi: 'Năm tính kỷ luật khi xếp loại do phần xếp loại quyết định (mặc định là năm có quyết định kỷ luật).',
    en: 'The year the discipline counts in is decided by the rating (by default the year of the decision).',
  },
};

/** The date-order messages (`date_order`) of a disciplinary decision, keyed by the field the issue names. @internal */
export const DECISION_VALIDATION_MESSAGES = {
  announcedOn: { vi: 'Ngày công bố trước ngày quyết định.', en: 'Announced before it was decided.' },
  decidedOn: { vi: 'Ngày quyết định trước ngày vi phạm.', en: 'Decided before the violation.' },
  changesDecisionAnnouncedOn: {
    vi: 'Quyết định trước đó phải được công bố trước quyết định này.',
    en: 'The earlier decision must be announced before this one.',
  },
  filedOn: { vi: 'Khiếu nại trước khi công bố quyết định.', en: 'Complaint filed before the announcement.' },
  resolvedOn: { vi: 'Giải quyết khiếu nại trước khi khiếu nại.', en: 'Complaint settled before it was filed.' },
};

// ---------------------------------------------------------------------------------------------
// listDisciplineForms, and the checks of a form code
// ---------------------------------------------------------------------------------------------

/** The texts of {@link listDisciplineForms}. @internal */
export const FORM_LIST_MESSAGES = {
  /** `no_rule_set`: a day before the Charter 2011. */
  noListBefore2011: {
    vi: 'Trước Điều lệ Đảng 2011 (19-1-2011), danh mục hình thức kỷ luật không có trong tài liệu tham chiếu.',
    en: 'Before the 2011 Party Charter (19 January 2011) the reference has no list of forms.',
  },
};

/** The validation messages of a form code, read by every function that takes one. @internal */
export const FORM_VALIDATION_MESSAGES = {
  /** `rule_violation`: a non-disciplinary measure (its label) given as a form. */
  notADisciplinaryForm: (measure: Label): Label => ({
    vi: `"${measure.vi}" không phải là hình thức kỷ luật đảng; không xử lý, thống kê là kỷ luật.`,
    en: `"${measure.en}" is not a party disciplinary form; it can not be processed or counted as discipline.`,
  }),
  /** `invalid_value`: an unknown form code, with the codes accepted. */
  unknownForm: (accepted: string): Label => ({
    vi: `Hình thức kỷ luật không hợp lệ; chấp nhận: ${accepted}.`,
    en: `Unknown disciplinary form; expected one of: ${accepted}.`,
  }),
  /** `rule_violation`: the form is not in the subject's list. */
  formNotInSubjectList: {
    vi: 'Hình thức kỷ luật không thuộc danh mục đối với đối tượng này.',
    en: "The form is not in this subject's list of disciplinary forms.",
  },
};

// ---------------------------------------------------------------------------------------------
// checkLimitation
// ---------------------------------------------------------------------------------------------

/** The texts of {@link checkLimitation}: reasons by code, caveats, the gaps, the option effects. @internal */
export const LIMITATION_MESSAGES = {
  /** The date that picked the rule set, in words (O-7). */
  conclusionDate: { vi: 'ngày kết luận', en: 'conclusion date' },
  violationDate: { vi: 'ngày vi phạm', en: 'violation date' },
  /** Reason `ruleSet`: the rule set (its label), chosen by a date (its words) on a day. */
  ruleSet: (ruleSet: Label, basis: Label, on: IsoDate): Label => ({
    vi: `Áp dụng ${ruleSet.vi}, chọn theo ${basis.vi} ${vi(on)}.`,
    en: `${ruleSet.en} applies, chosen by the ${basis.en}, ${en(on)}.`,
  }),
  /** Members' gap before QĐ 102 (no rule set). */
  preQd102Gap: {
    vi: 'Quy định về thời hiệu kỷ luật đảng viên trước ngày 15-11-2017 (trước QĐ 102-QĐ/TW) chưa được đối chiếu.',
    en: 'No limitation text for members before 15 November 2017 (before QĐ 102-QĐ/TW) was seen.',
  },
  /** Reason `preQd102NoLimitation`, after the gap. */
  preQd102NoLimitation: (gap: Label): Label => ({
    vi: `${gap.vi} Theo lựa chọn coi như trước QĐ 102 chưa có quy định thời hiệu: không áp dụng thời hiệu (theo một bản dịch tiếng Anh, chưa xác nhận).`,
    en: `${gap.en} By the choice that there was no limitation rule before QĐ 102: none applies (per a translated report, unconfirmed).`,
  }),
  /** Caveat of `preQd102NoLimitation`. */
  translated: {
    vi: 'Kết luận "không áp dụng thời hiệu" trước QĐ 102 dựa trên một bản dịch tiếng Anh chưa đối chiếu bản tiếng Việt.',
    en: 'The "no limitation" reading before QĐ 102 rests on an English translation not checked against a Vietnamese original.',
  },
  /** Reason `noVerifiedText`: the gap, and the date that picked the rule set. */
  noVerifiedText: (gap: Label, basis: Label, on: IsoDate): Label => ({
    vi: `${gap.vi} Văn bản áp dụng được chọn theo ${basis.vi} ${vi(on)}. Không thể kết luận còn hay hết thời hiệu.`,
    en: `${gap.en} Rule set chosen by the ${basis.en}, ${en(on)}. Neither "within" nor "time-barred" can be stated.`,
  }),
  /** Caveat: continuity assumed over the gap. */
  continuity: (gap: Label): Label => ({
    vi: `Theo lựa chọn giả định tính liên tục: áp dụng các mức thời hiệu của QĐ 69-QĐ/TW cho trường hợp chưa có văn bản đối chiếu. ${gap.vi}`,
    en: `By the choice to assume continuity: the QĐ 69-QĐ/TW periods are applied where no text was seen. ${gap.en}`,
  }),
  /** Reason `noLimitationForm`. */
  noLimitationForm: (form: Label): Label => ({
    vi: `Vi phạm đến mức phải kỷ luật ${form.vi}: không áp dụng thời hiệu.`,
    en: `The violation warrants ${form.en}: no limitation period applies.`,
  }),
  /** Reason `exemptSubjectMatter`, naming the exemptions (their labels). */
  exemptSubjectMatter: (exemptions: readonly Label[]): Label => ({
    vi: `Vi phạm thuộc trường hợp không áp dụng thời hiệu (${exemptions.map((e) => e.vi).join('; ')}).`,
    en: `The violation is in a category with no limitation period (${exemptions.map((e) => e.en).join('; ')}).`,
  }),
  /** Reason `period`. */
  period: (form: Label, months: number): Label => ({
    vi: `Vi phạm đến mức phải kỷ luật ${form.vi}: thời hiệu ${months / 12} năm (${months} tháng).`,
    en: `The violation warrants ${form.en}: the period is ${months / 12} years (${months} months).`,
  }),
  /** Reason `startAtEnd`. */
  startAtEnd: (start: IsoDate): Label => ({
    vi: `Vi phạm kéo dài, xác định được thời điểm chấm dứt: thời hiệu tính từ ngày chấm dứt ${vi(start)}.`,
    en: `A continuing violation with a known end: the period runs from its end, ${en(start)}.`,
  }),
  /** Reason `startAtDiscovery`. */
  startAtDiscovery: (start: IsoDate): Label => ({
    vi: `Không xác định được thời điểm chấm dứt vi phạm: thời hiệu tính từ ngày phát hiện ${vi(start)}.`,
    en: `The end of the violation can not be fixed: the period runs from its discovery, ${en(start)}.`,
  }),
  /** Caveat: counting from discovery is not applied outside QĐ 69. */
  discoveryQd69Only: {
    vi: 'Việc tính thời hiệu từ ngày phát hiện chỉ có trong hướng dẫn thi hành QĐ 69; theo văn bản áp dụng ở đây, thời hiệu tính từ ngày vi phạm.',
    en: 'Counting from discovery is guidance on QĐ 69 only; under this version the period runs from the violation.',
  },
  /** Reason `start`. */
  start: (start: IsoDate): Label => ({ vi: `Thời hiệu tính từ ngày vi phạm ${vi(start)}.`, en: `The period runs from the violation, ${en(start)}.` }),
  /** Caveat: the start rests on a summary or an inference. */
  startSummary: {
    vi: 'Cách xác định thời điểm bắt đầu tính thời hiệu dựa trên hướng dẫn chỉ biết qua bản tóm tắt hoặc suy luận của thư viện.',
    en: 'The start of the period rests on guidance known only from a summary, or on a library inference.',
  },
  /** Caveat: periods not counted are not deducted outside QĐ 69. */
  excludedQd69Only: {
    vi: 'Thời gian không tính vào thời hiệu chỉ có trong hướng dẫn thi hành QĐ 69; theo văn bản áp dụng ở đây, không trừ thời gian này.',
    en: 'Periods not counted exist only in guidance on QĐ 69; they are not deducted under this version.',
  },
  /** Reason `restart`: a new violation within the period, the old and the new deadline. */
  restart: (on: IsoDate, before: IsoDate, after: IsoDate): Label => ({
    vi: `Vi phạm mới ngày ${vi(on)} xảy ra trong thời hạn (hạn cũ ${vi(before)}): thời hiệu đối với vi phạm cũ được tính lại từ ngày ${vi(on)}, hạn mới ${vi(after)}.`,
    en: `A new violation on ${en(on)} fell within the period (old deadline ${en(before)}): the period for the old violation runs again from ${en(on)}, new deadline ${en(after)}.`,
  }),
  /** Reason `noRestart`: a new violation after the period ran out. */
  noRestart: (on: IsoDate, before: IsoDate): Label => ({
    vi: `Vi phạm mới ngày ${vi(on)} xảy ra sau khi thời hiệu đã hết (${vi(before)}): không làm tính lại thời hiệu đối với vi phạm cũ.`,
    en: `The new violation on ${en(on)} came after the period had run out (${en(before)}): it does not revive the old one.`,
  }),
  /** Reason `excludedPeriods`. */
  excludedPeriods: (days: number): Label => ({
    vi: `Cộng ${days} ngày không tính vào thời hiệu vào hạn cuối.`,
    en: `${days} day(s) not counted were added to the deadline.`,
  }),
  /** Caveat of `excludedPeriods`. */
  excludedSummary: {
    vi: 'Thời gian không tính vào thời hiệu chỉ biết qua bản tin tóm tắt hướng dẫn thi hành QĐ 69; cộng số ngày đó vào hạn cuối là cách tính của thư viện.',
    en: 'Periods not counted are known only from a news summary of the guidance on QĐ 69; adding their days to the last day is the library’s method.',
  },
  /** Reason `concludedInTime`. */
  concludedInTime: (conclusion: IsoDate, deadline: IsoDate): Label => ({
    vi: `Ngày kết luận ${vi(conclusion)} không muộn hơn hạn cuối ${vi(deadline)}: còn trong thời hiệu.`,
    en: `The conclusion on ${en(conclusion)} is no later than the last day, ${en(deadline)}: within the period.`,
  }),
  /** Reason `concludedLate`. */
  concludedLate: (conclusion: IsoDate, deadline: IsoDate): Label => ({
    vi: `Ngày kết luận ${vi(conclusion)} sau hạn cuối ${vi(deadline)}: đã hết thời hiệu, tổ chức đảng, đảng viên vi phạm không bị kỷ luật.`,
    en: `The conclusion on ${en(conclusion)} is after the last day, ${en(deadline)}: time-barred, the violator is not disciplined.`,
  }),
  /** Caveat of `concludedLate`. */
  stillVoted: {
    vi: 'Tổ chức đảng có thẩm quyền vẫn xem xét, kết luận, biểu quyết hình thức kỷ luật rồi mới đối chiếu với thời hiệu.',
    en: 'The competent body still examines, concludes and votes the form, then compares the result with the period.',
  },
  /**
   * The effect of an option that mattered: its value now and the other value (in words, see
   * {@link LIMITATION_OPTION_WORDS}), with the status (its label) and last day the other would give.
   */
  option: (now: Label, other: Label, status: Label, deadline: IsoDate | undefined): Label => ({
    vi: `${cap(now.vi)}; nếu ${other.vi}, kết quả sẽ là "${status.vi}"${deadline ? ` (hạn cuối ${vi(deadline)})` : ''}.`,
    en: `${cap(now.en)}; if ${other.en}, the result would be "${status.en}"${deadline ? ` (last day ${en(deadline)})` : ''}.`,
  }),
  /** Caveat: the result holds only because periods were deducted. */
  onlyByExcluded: {
    vi: 'Kết quả này chỉ có được nhờ trừ thời gian không tính vào thời hiệu; cần đối chiếu văn bản hướng dẫn gốc trước khi kết luận.',
    en: 'This result holds only because periods not counted were deducted; check the original guidance before concluding.',
  },
};

/**
 * The validation messages of {@link checkLimitation}'s input and options, keyed by the field the
 * issue names (`date_order` unless said otherwise). @internal
 */
export const LIMITATION_VALIDATION_MESSAGES = {
  /** `too_small`: a date before the first day the library knows. */
  tooEarly: {
    vi: 'Ngày ngoài phạm vi: trước ngày 01-01-1930 thư viện không biết quy định nào.',
    en: 'Date out of range: the library knows no rule before 1 January 1930.',
  },
  // `date_order`
  conclusionOn: { vi: 'Ngày kết luận trước ngày vi phạm.', en: 'The conclusion is dated before the violation.' },
  violationEndedOn: { vi: 'Ngày chấm dứt vi phạm trước ngày vi phạm.', en: 'The violation ends before it starts.' },
  conclusionOnBeforeEnd: { vi: 'Ngày kết luận trước ngày chấm dứt vi phạm.', en: 'The conclusion is dated before the violation ended.' },
  discoveredOn: { vi: 'Ngày phát hiện trước ngày vi phạm.', en: 'Discovered before the violation.' },
  conclusionOnBeforeDiscovery: { vi: 'Ngày kết luận trước ngày phát hiện.', en: 'The conclusion is dated before the discovery.' },
  laterViolationsOn: { vi: 'Vi phạm mới phải sau ngày vi phạm cũ.', en: 'A later violation must come after the original one.' },
  excludedPeriods: { vi: 'Ngày kết thúc trước ngày bắt đầu.', en: 'The period ends before it starts.' },
  /** `inconsistent`: an end date and an undeterminable end. */
  endUndeterminable: {
    vi: 'Đã cho ngày chấm dứt vi phạm thì không thể "không xác định được thời điểm chấm dứt".',
    en: 'An end date was given, so the end can not be "undeterminable".',
  },
  /** `missing`: an undeterminable end without the discovery date. */
  discoveredOnMissing: {
    vi: 'Không xác định được thời điểm chấm dứt thì cần ngày phát hiện vi phạm.',
    en: 'With an undeterminable end, the discovery date is required.',
  },
  /** `rule_violation`: the warranted form is not in the subject's list (xóa tên for a probationary member's expulsion). */
  warrantedForm: (form: Label, who: Label, toRolls: boolean): Label => ({
    vi: `Hình thức "${form.vi}" không thuộc các hình thức kỷ luật đối với ${who.vi}.${toRolls ? ' Đảng viên dự bị vi phạm đến mức không còn đủ tư cách đảng viên thì xóa tên trong danh sách đảng viên (không phải kỷ luật, không có thời hiệu).' : ''}`,
    en: `"${form.en}" is not a disciplinary form for a ${who.en}.${toRolls ? ' A probationary member no longer fit to be a member is removed from the rolls (xóa tên: not discipline, no limitation period).' : ''}`,
  }),
  /** `not_applicable`: the diploma exemption for an organization. */
  illegalDiploma: {
    vi: 'Trường hợp "sử dụng văn bằng, chứng chỉ, chứng nhận không hợp pháp" chỉ có trong danh mục đối với đảng viên, không áp dụng cho tổ chức đảng.',
    en: 'The "illegal diploma" exemption is in the members\' list only; it does not apply to a party organization.',
  },
  /** `unknown_id`: the rule set asked for, with the known ids. */
  ruleSet: (known: string): Label => ({ vi: `Không có bộ quy tắc này; có: ${known}.`, en: `No such rule set; known: ${known}.` }),
};

/** A sentence's first letter in upper case. */
const cap = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

/** `ruleSetBy` (and its former name `versionBy`) in words. */
const RULE_SET_BY_CONCLUSION: Label = { vi: 'chọn văn bản theo ngày kết luận', en: 'the rule set is chosen by the conclusion date' };
const RULE_SET_BY_VIOLATION: Label = { vi: 'chọn văn bản theo ngày vi phạm', en: 'the rule set is chosen by the violation date' };

/** Each option of {@link checkLimitation}, its value in words (no decision codes: a person reads these). @internal */
export const LIMITATION_OPTION_WORDS = {
  monthEnd: (v: string | boolean): Label =>
    v === 'clamp'
      ? { vi: 'ngày 29–31 không có trong tháng thì lấy ngày cuối tháng', en: 'a missing 29th–31st becomes the month’s last day' }
      : { vi: 'ngày 29–31 không có trong tháng thì lấy ngày 1 tháng sau', en: 'a missing 29th–31st becomes the 1st of the next month' },
  anniversaryInclusive: (v: string | boolean): Label =>
    v === true
      ? { vi: 'ngày tròn kỳ hạn vẫn còn trong thời hiệu', en: 'the anniversary itself is still within the period' }
      : { vi: 'ngày tròn kỳ hạn đã hết thời hiệu', en: 'the anniversary itself is already outside the period' },
  countFrom: (v: string | boolean): Label =>
    v === 'violationEnd'
      ? { vi: 'vi phạm kéo dài tính từ ngày chấm dứt', en: 'a continuing violation counts from its end' }
      : { vi: 'vi phạm kéo dài tính từ ngày bắt đầu', en: 'a continuing violation counts from its start' },
  ruleSetBy: (v: string | boolean): Label => (v === 'conclusionDate' ? RULE_SET_BY_CONCLUSION : RULE_SET_BY_VIOLATION),
  versionBy: (v: string | boolean): Label => (v === 'conclusionDate' ? RULE_SET_BY_CONCLUSION : RULE_SET_BY_VIOLATION),
  assumeContinuity: (v: string | boolean): Label =>
    v === true
      ? { vi: 'áp dụng thời hiệu của QĐ 69 khi chưa có văn bản đối chiếu', en: 'the QĐ 69 periods are applied where no text was seen' }
      : { vi: 'không giả định thời hiệu khi chưa có văn bản đối chiếu', en: 'no period is assumed where no text was seen' },
  preQd102: (v: string | boolean): Label =>
    v === 'noLimitation'
      ? { vi: 'coi như trước QĐ 102 chưa có quy định thời hiệu', en: 'no limitation is taken to exist before QĐ 102' }
      : { vi: 'trước QĐ 102 chưa xác định được thời hiệu', en: 'before QĐ 102 the answer is left unknown' },
  excludedPeriods: (v: string | boolean): Label =>
    v === true
      ? { vi: 'trừ thời gian không tính vào thời hiệu (cộng vào hạn cuối)', en: 'the periods not counted are deducted (added to the last day)' }
      : { vi: 'không trừ thời gian nào', en: 'no period is deducted' },
};
