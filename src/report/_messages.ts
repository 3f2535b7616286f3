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
  unknownOption: { vi: 'Trường không được hỗ trợ.', en: 'Unknown field.' } satisfies Label,
  retiredUnitsValue: { vi: 'Giá trị không hợp lệ; chấp nhận: "intoSuccessor", "error".', en: 'Invalid value; expected one of: "intoSuccessor", "error".' } satisfies Label,
  unknownUnit: { vi: 'Không có đơn vị nào mang mã này trong cây.', en: 'No unit in the tree has this code.' } satisfies Label,
  /** A sum past 2^53 − 1. */
  sumNotExact: { vi: 'Tổng cộng dồn vượt quá 9.007.199.254.740.991: không thể đếm chính xác.', en: 'The rolled-up sum is past 9,007,199,254,740,991: it cannot be counted exactly.' } satisfies Label,
  inconsistentTree: {
    vi: 'Cây đơn vị không nhất quán (không do buildUnitTree tạo ra hoặc đã bị sửa).',
    en: 'The unit tree is inconsistent (not built by buildUnitTree, or changed since).',
  } satisfies Label,
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
