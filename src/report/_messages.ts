/**
 * Every text the report area writes, Vietnamese and English side by side so that a reviewer reads
 * both in one place: the issues and option effects of {@link buildUnitTree}, the issues of
 * {@link rollUp}, the sentences of {@link renderReport}, the reasons of {@link sealReport} and
 * {@link verifySeal}, the issues of {@link serializeCanonicalJson} and {@link computeSha256Hex},
 * the boundary checks and summary of {@link reconcile}. The findings of reconciliation have their
 * own module (`_reconcile/messages.ts`).
 *
 * One table per function family, each referenced only by the code that uses it, so that a bundle
 * importing one function does not carry the texts of the others. Arguments are already-rendered
 * {@link Label}s (a number as each language writes it, a date, a unit kind's name), so a message is
 * a template and nothing else. Keys are the codes results carry where there is one (a sentence
 * code, a reason code, an option name), else a short description.
 * @module
 */
import type { Label } from '../i18n/label.js';

/** The check shared by every report period: it ends on or after its first day. */
export const PERIOD_MESSAGES = {
  dateOrder: { vi: 'Ngày kết thúc kỳ báo cáo trước ngày bắt đầu.', en: 'The period ends before it starts.' } satisfies Label,
} as const;

/** The issues of {@link buildUnitTree}; `i` is a unit's index in the input, `kind`s are unit kinds' names, `on` the day. */
export const UNIT_TREE_MESSAGES = {
  dateOrder: (i: number): Label => ({ vi: `Đơn vị [${i}]: ngày kết thúc trước ngày bắt đầu.`, en: `Unit [${i}]: ends before it starts.` }),
  moreOfficialThanMembers: (i: number): Label => ({ vi: `Đơn vị [${i}]: số đảng viên chính thức lớn hơn tổng số đảng viên.`, en: `Unit [${i}]: more official members than members.` }),
  duplicateCode: (i: number): Label => ({ vi: `Mã đơn vị [${i}] trùng với một đơn vị trước đó.`, en: `Unit [${i}] repeats the code of an earlier unit.` }),
  unknownSuccessor: (i: number): Label => ({ vi: `Đơn vị [${i}]: không có đơn vị kế thừa mang mã đã ghi.`, en: `Unit [${i}]: no unit has the successor code given.` }),
  successorNotInForce: (i: number, on: Label): Label => ({ vi: `Đơn vị [${i}]: đơn vị kế thừa không còn hiệu lực vào ngày ${on.vi}.`, en: `Unit [${i}]: its successor is not in force on ${on.en}.` }),
  ownParent: (i: number): Label => ({ vi: `Đơn vị [${i}] là cấp trên của chính nó.`, en: `Unit [${i}] is its own parent.` }),
  unknownParent: (i: number): Label => ({ vi: `Đơn vị [${i}]: không có đơn vị cấp trên mang mã đã ghi.`, en: `Unit [${i}]: no unit has the parent code given.` }),
  parentNotInForce: (i: number, on: Label): Label => ({ vi: `Đơn vị [${i}]: đơn vị cấp trên không còn hiệu lực vào ngày ${on.vi}.`, en: `Unit [${i}]: its parent is not in force on ${on.en}.` }),
  kindNotInForce: (i: number, kind: Label, on: Label): Label => ({ vi: `Đơn vị [${i}]: loại "${kind.vi}" không tồn tại vào ngày ${on.vi}.`, en: `Unit [${i}]: kind "${kind.en}" does not exist on ${on.en}.` }),
  /** A commune's subordinate branch, refused by the default option, not by a known rule (unverified). */
  communeDirectBranch: (i: number, parent: Label, p: number, child: Label): Label => ({
    vi: `Đơn vị [${i}]: theo lựa chọn mặc định communeBranches: 'grassroots', ${parent.vi} [${p}] không trực tiếp quản lý ${child.vi}. Điểm này chưa đối chiếu được văn bản (sau 01-7-2025, chi bộ thôn, tổ dân phố là chi bộ cơ sở hay chi bộ trực thuộc); nếu đơn vị của bạn có chi bộ trực thuộc đảng ủy xã, dùng communeBranches: 'grassrootsOrDirect'.`,
    en: `Unit [${i}]: under the default option communeBranches: 'grassroots', a ${parent.en} [${p}] does not directly contain a ${child.en}. This point is unverified (whether village branches under a post-2025 commune are grassroots or subordinate branches); if your commune has subordinate branches, pass communeBranches: 'grassrootsOrDirect'.`,
  }),
  /** `on` is given when the containment exists on other days. */
  containmentNotAllowed: (i: number, parent: Label, p: number, child: Label, on: Label | undefined): Label => ({
    vi: `Đơn vị [${i}]: ${parent.vi} [${p}] không được trực tiếp quản lý ${child.vi}${on ? ` vào ngày ${on.vi}` : ''}.`,
    en: `Unit [${i}]: a ${parent.en} [${p}] may not directly contain a ${child.en}${on ? ` on ${on.en}` : ''}.`,
  }),
  /** A grassroots organization directly under a province: a special zone only (QĐ 294-QĐ/TW, paraphrased). */
  specialZoneApproval: (i: number, child: Label, parent: Label): Label => ({
    vi: `Đơn vị [${i}]: ${child.vi} trực thuộc ${parent.vi} chỉ khi là đặc khu được tỉnh ủy, thành ủy quyết định là tổ chức cơ sở đảng, có ý kiến đồng ý bằng văn bản của Ban Tổ chức Trung ương (QĐ 294-QĐ/TW, diễn giải).`,
    en: `Unit [${i}]: a ${child.en} directly under a ${parent.en} only as a special zone (đặc khu) the provincial committee made a grassroots organization, with the written agreement of the Central Organization Commission (QĐ 294-QĐ/TW, paraphrased).`,
  }),
  approvalRequired: (i: number, child: Label, parent: Label): Label => ({
    vi: `Đơn vị [${i}]: lập ${child.vi} trong ${parent.vi} phải được cấp có thẩm quyền đồng ý bằng văn bản.`,
    en: `Unit [${i}]: a ${child.en} inside a ${parent.en} needs the written approval of the competent level.`,
  }),
  noRoot: { vi: 'Cây đơn vị không có đơn vị gốc (đơn vị không có cấp trên).', en: 'The unit tree has no root (a unit without parent).' } satisfies Label,
  noUnitInForce: (on: Label): Label => ({ vi: `Không có đơn vị nào có hiệu lực vào ngày ${on.vi}.`, en: `No unit is in force on ${on.en}.` }),
  secondRoot: (r: number, first: number): Label => ({
    vi: `Đơn vị [${r}] không có cấp trên, trong khi đơn vị [${first}] đã là đơn vị gốc: cây chỉ có một gốc.`,
    en: `Unit [${r}] has no parent while unit [${first}] is already the root: a tree has one root.`,
  }),
  cycle: (i: number): Label => ({ vi: `Đơn vị [${i}] nằm trong một vòng lặp quan hệ cấp trên.`, en: `Unit [${i}] is part of a cycle of parent links.` }),
  committeeTooSmall: (i: number, members: number, min: number): Label => ({ vi: `Đảng bộ cơ sở [${i}] có ${members} đảng viên, dưới ${min}.`, en: `Grassroots committee [${i}] has ${members} members, under ${min}.` }),
  branchLargeAsCommittee: (i: number, members: number, min: number): Label => ({
    vi: `Chi bộ cơ sở [${i}] có ${members} đảng viên, từ ${min} trở lên (thông thường lập đảng bộ cơ sở).`,
    en: `Grassroots branch [${i}] has ${members} members, ${min} or more (normally a grassroots committee).`,
  }),
  directBranchTooLarge: (i: number, members: number, max: number): Label => ({ vi: `Chi bộ trực thuộc [${i}] có ${members} đảng viên, trên ${max}.`, en: `Subordinate branch [${i}] has ${members} members, over ${max}.` }),
  tooFewOfficial: (i: number, official: number, min: number): Label => ({ vi: `Đơn vị [${i}] có ${official} đảng viên chính thức, dưới ${min}.`, en: `Unit [${i}] has ${official} official members, under ${min}.` }),
} as const;

/** The effect of each option of {@link buildUnitTree}, by option name. */
export const UNIT_TREE_OPTION_EFFECTS = {
  communeBranches: (value: 'grassroots' | 'grassrootsOrDirect'): Label =>
    value === 'grassroots'
      ? {
          vi: 'Sau 01-7-2025, đảng bộ xã chỉ trực tiếp quản lý tổ chức cơ sở đảng (chưa đối chiếu được văn bản).',
          en: 'From 01-07-2025 a đảng bộ xã directly contains grassroots organizations only (unverified).',
        }
      : { vi: 'Sau 01-7-2025, đảng bộ xã có thể có chi bộ trực thuộc (chưa đối chiếu được văn bản).', en: 'From 01-07-2025 a đảng bộ xã may contain subordinate branches (unverified).' },
  additionalContainment: (parent: Label, child: Label): Label => ({
    vi: `Cho phép ${parent.vi} trực tiếp quản lý ${child.vi} theo lựa chọn của người dùng.`,
    en: `Lets a ${parent.en} contain a ${child.en} at the caller's choice.`,
  }),
  sizeRuleSeverity: (value: 'warning' | 'error'): Label =>
    value === 'warning'
      ? { vi: 'Sai lệch quy mô theo Điều lệ được nêu là cảnh báo.', en: 'Charter size deviations are warnings.' }
      : { vi: 'Sai lệch quy mô theo Điều lệ (không có ngoại lệ được duyệt) là lỗi.', en: 'Charter size deviations without an approved exception are errors.' },
} as const;

/** The issues of {@link rollUp}. */
export const ROLL_UP_MESSAGES = {
  notUnitTree: { vi: 'Cần một cây đơn vị do buildUnitTree tạo ra.', en: 'Expected a unit tree built by buildUnitTree.' } satisfies Label,
  notObject: { vi: 'Sai kiểu dữ liệu: cần đối tượng.', en: 'Wrong type: expected object.' } satisfies Label,
  retiredUnitsValue: { vi: 'Giá trị không hợp lệ; chấp nhận: "intoSuccessor", "error".', en: 'Invalid value; expected one of: "intoSuccessor", "error".' } satisfies Label,
  unknownUnit: { vi: 'Không có đơn vị nào mang mã này trong cây.', en: 'No unit in the tree has this code.' } satisfies Label,
  /** A sum past 2^53 − 1. */
  sumNotExact: { vi: 'Tổng cộng dồn vượt quá 9.007.199.254.740.991: không thể đếm chính xác.', en: 'The rolled-up sum is past 9,007,199,254,740,991: it cannot be counted exactly.' } satisfies Label,
  inconsistentTree: {
    vi: 'Cây đơn vị không nhất quán (không do buildUnitTree tạo ra hoặc đã bị sửa).',
    en: 'The unit tree is inconsistent (not built by buildUnitTree, or changed since).',
  } satisfies Label,
} as const;

/** A sentence of {@link renderReport}: after the lead (period, unit) of the first sentence, or alone. */
export interface SentenceTemplate {
  /** After the lead: the unit is the subject ("… đã xử lý kỷ luật …", "… disciplined …"). */
  readonly withLead: Label;
  /** Without a lead ("Đã xử lý kỷ luật …", "… were disciplined …"). */
  readonly alone: Label;
}

/** A sentence that reads the same with and without the lead in Vietnamese. */
const sentence = (vi: string, withLeadEn: string, aloneEn: string): SentenceTemplate => ({ withLead: { vi, en: withLeadEn }, alone: { vi, en: aloneEn } });

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;
const ORDINAL_QUARTERS_EN = ['first', 'second', 'third', 'fourth'] as const;
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/**
 * The templates of {@link renderReport}: the period leads, the issue of a form outside a subject's
 * list, and each sentence by its code, with the clauses it is made of. `n` is a count as each
 * language writes it, `who` the noun counted (English singular for one), `p` a percentage
 * (" (chiếm 45%)") or nothing. Changing a text here changes rendered reports: the goldens compare
 * them byte for byte.
 */
export const RENDER_MESSAGES = {
  periodTerm: (from: number, to: number): Label => ({ vi: `Nhiệm kỳ ${from}-${to}`, en: `In the ${from}-${to} term` }),
  periodYear: (year: number): Label => ({ vi: `Năm ${year}`, en: `In ${year}` }),
  periodMonth: (month: number, year: number): Label => ({ vi: `Tháng ${month}-${year}`, en: `In ${MONTHS_EN[month - 1] ?? ''} ${year}` }),
  /** `q` is 0–3. */
  periodQuarter: (q: number, year: number): Label => ({ vi: `Quý ${ROMAN_QUARTERS[q] ?? ''} năm ${year}`, en: `In the ${ORDINAL_QUARTERS_EN[q] ?? ''} quarter of ${year}` }),
  periodHalfYear: (year: number): Label => ({ vi: `6 tháng đầu năm ${year}`, en: `In the first half of ${year}` }),
  periodNineMonths: (year: number): Label => ({ vi: `9 tháng năm ${year}`, en: `In the first nine months of ${year}` }),
  periodRange: (from: Label, to: Label): Label => ({ vi: `Từ ngày ${from.vi} đến ngày ${to.vi}`, en: `From ${from.en} to ${to.en}` }),
  percent: (v: Label): Label => ({ vi: ` (chiếm ${v.vi}%)`, en: ` (${v.en}%)` }),
  formNotForSubject: (form: Label, subject: Label): Label => ({
    vi: `Điều lệ Đảng (Điều 35 khoản 2) không quy định hình thức ${form.vi} đối với ${subject.vi}.`,
    en: `The Party Charter (Article 35 clause 2) has no ${form.en} for ${subject.en}.`,
  }),
  /** One discipline form with its count ("khiển trách 30"). */
  disciplinePart: (form: Label, n: Label, p: Label | undefined): Label => ({ vi: `${form.vi} ${n.vi}${p?.vi ?? ''}`, en: `${form.en} ${n.en}${p?.en ?? ''}` }),
  /** One form only: written form-first ("đã xử lý kỷ luật khiển trách 2 đảng viên"); `one` when the total is 1. */
  disciplineSingle: (form: Label, total: Label, who: Label, one: boolean): SentenceTemplate =>
    sentence(`đã xử lý kỷ luật ${form.vi} ${total.vi} ${who.vi}.`, `disciplined ${total.en} ${who.en} (${form.en}).`, `${total.en} ${who.en} ${one ? 'was' : 'were'} disciplined (${form.en}).`),
  /** The total, then its forms after "trong đó" (`parts` already joined). */
  discipline: (total: Label, who: Label, parts: Label, one: boolean): SentenceTemplate =>
    sentence(`đã xử lý kỷ luật ${total.vi} ${who.vi}, trong đó ${parts.vi}.`, `disciplined ${total.en} ${who.en}: ${parts.en}.`, `${total.en} ${who.en} ${one ? 'was' : 'were'} disciplined: ${parts.en}.`),
  nonDisciplinaryPart: (measure: Label, n: Label, who: Label): Label => ({ vi: `${measure.vi} ${n.vi} ${who.vi}`, en: `${measure.en}: ${n.en} ${who.en}` }),
  nonDisciplinary: (parts: Label): SentenceTemplate => ({
    withLead: { vi: `có các trường hợp không phải hình thức kỷ luật: ${parts.vi}.`, en: `has cases that are not discipline: ${parts.en}.` },
    alone: { vi: `các trường hợp không phải hình thức kỷ luật: ${parts.vi}.`, en: `cases that are not discipline: ${parts.en}.` },
  }),
  /** The rating levels as the sentences name them (the lowest one as the later rule sets name it; HD 27's is passed apart). */
  levels: {
    goodOrBetter: { vi: 'hoàn thành tốt nhiệm vụ trở lên', en: 'good or better' },
    excellent: { vi: 'hoàn thành xuất sắc nhiệm vụ', en: 'excellent' },
    good: { vi: 'hoàn thành tốt nhiệm vụ', en: 'good' },
    satisfactory: { vi: 'hoàn thành nhiệm vụ', en: 'satisfactory' },
    unsatisfactory: { vi: 'không hoàn thành nhiệm vụ', en: 'unsatisfactory' },
  } satisfies Record<string, Label>,
  /** A count at a level ("120 đảng viên xếp loại hoàn thành tốt nhiệm vụ"); `first` when no clause comes before it (then "xếp loại" is written). */
  rated: (n: Label, who: Label, level: Label, first: boolean, p: Label | undefined): Label => ({
    vi: `${n.vi} ${who.vi} ${first ? 'xếp loại ' : ''}${level.vi}${p?.vi ?? ''}`,
    en: `${n.en} ${who.en} ${first ? 'rated ' : ''}${level.en}${p?.en ?? ''}`,
  }),
  /** The excellent among those rated good or better (cumulative phrasing). */
  ofWhichExcellent: (n: Label, who: Label, p: Label | undefined): Label => ({ vi: `, trong đó ${n.vi} ${who.vi} hoàn thành xuất sắc nhiệm vụ${p?.vi ?? ''}`, en: `, of which ${n.en} excellent${p?.en ?? ''}` }),
  /** The clauses of one rated subject, already joined. */
  ratings: (clauses: Label): SentenceTemplate => sentence(`có ${clauses.vi}.`, `had ${clauses.en}.`, `${clauses.en}.`),
  /** A count and its noun ("6 tập thể", "1 individual"). */
  counted: (n: Label, who: Label): Label => ({ vi: `${n.vi} ${who.vi}`, en: `${n.en} ${who.en}` }),
  /** Between the collectives and the individuals of a pair. */
  and: { vi: ' và ', en: ' and ' } satisfies Label,
  reviews: (pair: Label): SentenceTemplate => sentence(`đã kiểm điểm ${pair.vi}.`, `reviewed ${pair.en}.`, `${pair.en} were reviewed.`),
  suggestedReviews: (pair: Label): SentenceTemplate => sentence(`đã gợi ý kiểm điểm ${pair.vi}.`, `suggested a review to ${pair.en}.`, `${pair.en} were suggested for review.`),
  degradationFound: (pair: Label): SentenceTemplate =>
    sentence(`có ${pair.vi} được xác định có biểu hiện suy thoái.`, `found ${pair.en} with manifestations of degradation.`, `${pair.en} were found with manifestations of degradation.`),
  disciplineProcedures: (pair: Label): SentenceTemplate =>
    sentence(`đã xem xét thi hành kỷ luật đối với ${pair.vi}.`, `started the discipline procedure for ${pair.en}.`, `the discipline procedure was started for ${pair.en}.`),
  /** Findings of one manifestation of the catalog. */
  findingItem: (item: number, group: number, n: Label): Label => ({ vi: `biểu hiện thứ ${item} thuộc nhóm ${group}: ${n.vi} lượt`, en: `item ${item} of group ${group}: ${n.en}` }),
  /** Findings of a group where no item was named. */
  findingGroup: (group: string, n: Label): Label => ({ vi: `nhóm ${group} (không nêu biểu hiện cụ thể): ${n.vi} lượt`, en: `group ${group} (no item named): ${n.en}` }),
  findings: (parts: Label): SentenceTemplate => ({
    withLead: { vi: `phát hiện biểu hiện suy thoái: ${parts.vi}.`, en: `found manifestations of degradation: ${parts.en}.` },
    alone: { vi: `các biểu hiện suy thoái được phát hiện: ${parts.vi}.`, en: `manifestations of degradation found: ${parts.en}.` },
  }),
  commitments: (n: Label): SentenceTemplate => sentence(`có ${n.vi} bản cam kết được ký.`, `had ${n.en} written commitments signed.`, `${n.en} written commitments were signed.`),
  empty: { withLead: { vi: 'không có số liệu.', en: 'has no figures.' }, alone: { vi: 'không có số liệu.', en: 'no figures.' } } satisfies SentenceTemplate,
} as const;

/** Why a sealed report does not match its seal (reason codes of {@link verifySeal}; issues of {@link sealReport}). */
export const SEAL_MESSAGES = {
  /** `actual` and `sealed` are the first digits of each hash. */
  hashMismatch: (actual: string, sealed: string): Label => ({
    vi: `Mã băm của nội dung (${actual}…) khác mã băm trong dấu niêm phong (${sealed}…): nội dung đã bị thay đổi sau khi niêm phong.`,
    en: `The content hash (${actual}…) differs from the sealed hash (${sealed}…): the content changed after sealing.`,
  }),
  unitMismatch: { vi: 'Đơn vị ghi trên dấu niêm phong khác đơn vị của nội dung.', en: 'The unit on the seal differs from the content unit.' } satisfies Label,
  periodMismatch: { vi: 'Kỳ báo cáo ghi trên dấu niêm phong khác kỳ của nội dung.', en: 'The period on the seal differs from the content period.' } satisfies Label,
  ruleSetsMismatch: { vi: 'Bộ quy tắc ghi trên dấu niêm phong khác bộ quy tắc của nội dung.', en: 'The rule sets on the seal differ from the content rule sets.' } satisfies Label,
  /** A second child report of the same unit; `first` is the index of the first. */
  childGivenTwice: (first: number): Label => ({ vi: `Báo cáo của đơn vị này đã được nộp (children[${first}]).`, en: `This unit's report is given twice (also children[${first}]).` }),
} as const;

/** The verdict of {@link verifySeal}, what the parent expected, and the caveat. */
export const VERIFY_SEAL_MESSAGES = {
  sealValid: { vi: 'Dấu niêm phong khớp với nội dung', en: 'The seal matches the content' } satisfies Label,
  sealInvalid: { vi: 'Dấu niêm phong không khớp', en: 'The seal does not match' } satisfies Label,
  hashMatches: (hash: string): Label => ({ vi: `Mã băm SHA-256 của nội dung chuẩn hóa là ${hash}.`, en: `The SHA-256 of the canonical content is ${hash}.` }),
  unexpectedUnit: { vi: 'Báo cáo không phải của đơn vị được chờ đợi.', en: 'The report is not from the expected unit.' } satisfies Label,
  unexpectedPeriod: (from: Label, to: Label, expectedFrom: Label, expectedTo: Label): Label => ({
    vi: `Kỳ báo cáo ${from.vi} – ${to.vi} khác kỳ được chờ đợi ${expectedFrom.vi} – ${expectedTo.vi}.`,
    en: `The period ${from.en} – ${to.en} differs from the expected ${expectedFrom.en} – ${expectedTo.en}.`,
  }),
  /** The effect of option `expected.unit`. */
  expectedUnit: { vi: 'so đơn vị của báo cáo với đơn vị được chờ đợi', en: "the report's unit is compared with the expected one" } satisfies Label,
  /** The effect of option `expected.period`. */
  expectedPeriod: { vi: 'so kỳ báo cáo với kỳ được chờ đợi', en: "the report's period is compared with the expected one" } satisfies Label,
  mechanismCaveat: {
    vi: 'Niêm phong là cơ chế kỹ thuật của thư viện (băm nội dung), không phải chữ ký hay con dấu của tổ chức đảng.',
    en: 'Sealing is a technical mechanism of the library (a content hash), not a signature or the stamp of a party organization.',
  } satisfies Label,
} as const;

/** The issues of {@link serializeCanonicalJson}. */
export const CANONICAL_JSON_MESSAGES = {
  notJson: { vi: 'Chỉ nhận giá trị JSON (null, đúng/sai, số, chuỗi, danh sách, đối tượng thường).', en: 'Only JSON values are accepted (null, true/false, number, string, list, plain object).' } satisfies Label,
  nonFinite: { vi: 'Số không hữu hạn không thể niêm phong.', en: 'A non-finite number cannot be sealed.' } satisfies Label,
  cycle: { vi: 'Giá trị tự chứa chính nó (vòng lặp).', en: 'The value contains itself (a cycle).' } satisfies Label,
} as const;

/** The issue of {@link computeSha256Hex}. */
export const SHA256_MESSAGES = {
  wrongType: { vi: 'Sai kiểu dữ liệu: cần chuỗi ký tự hoặc Uint8Array.', en: 'Wrong type: expected text or a Uint8Array.' } satisfies Label,
} as const;

/** The hand check of a tally input (the fast path of reconcile and the reader), by problem. */
export const TALLY_READ_MESSAGES = {
  notNumber: { vi: 'Sai kiểu dữ liệu: cần số.', en: 'Wrong type: expected a number.' } satisfies Label,
  notWholeNumber: { vi: 'Sai kiểu dữ liệu: cần số nguyên.', en: 'Wrong type: expected a whole number.' } satisfies Label,
  negative: { vi: 'Giá trị phải ≥ 0.', en: 'Value must be ≥ 0.' } satisfies Label,
  tooBig: { vi: `Giá trị phải ≤ ${Number.MAX_SAFE_INTEGER}.`, en: `Value must be ≤ ${Number.MAX_SAFE_INTEGER}.` } satisfies Label,
  notObject: { vi: 'Sai kiểu dữ liệu: cần đối tượng.', en: 'Wrong type: expected an object.' } satisfies Label,
  invalidKey: { vi: 'Khóa không hợp lệ.', en: 'Invalid key.' } satisfies Label,
} as const;

/** The checks of a stated figure at the boundary of {@link reconcile} (also read by the narrative reader). */
export const RECONCILE_INPUT_MESSAGES = {
  categoryMismatch: {
    vi: 'Loại số liệu không khớp với nội dung đo (hình thức kỷ luật, biện pháp khác hoặc mức xếp loại).',
    en: 'The category does not fit the measure (a discipline form, another measure, or a rating level).',
  } satisfies Label,
  orBetterNotRating: { vi: '"trở lên" chỉ dùng cho mức xếp loại.', en: '"or better" applies to rating levels only.' } satisfies Label,
} as const;

const SEVERITY_LABELS = { error: { vi: 'lỗi', en: 'error' }, warning: { vi: 'cảnh báo', en: 'warning' } } as const;

/** The summary explanation of {@link reconcile}: its verdict, and one reason per kind of finding. */
export const RECONCILE_SUMMARY_MESSAGES = {
  consistent: { vi: 'Các số liệu khớp nhau', en: 'The figures are consistent' } satisfies Label,
  inconsistent: { vi: 'Các số liệu không khớp nhau', en: 'The figures are inconsistent' } satisfies Label,
  /** `finding` the finding's label, `n` how many places (written), `one` when there is one. */
  findingCount: (finding: Label, severity: 'error' | 'warning', n: Label, one: boolean): Label => ({
    vi: `${finding.vi} (${SEVERITY_LABELS[severity].vi}): ${n.vi} chỗ`,
    en: `${finding.en} (${SEVERITY_LABELS[severity].en}): ${n.en} place${one ? '' : 's'}`,
  }),
} as const;
