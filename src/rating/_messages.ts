/**
 * Every text the rating area's shared code writes (issue 16), Vietnamese and English side by side
 * so that a reviewer reads both in one place: what every rating result says (outcomes, the
 * proposal check, caveats), the effect of the options that pick a rule set, the errors of the
 * rule-set lookup, the quota check's texts, the validation messages of the facts, and the errors
 * of the batch rater. The texts of one regulation stay in that regulation's module under
 * `ruleSets/`.
 *
 * One table per function family, each read only by the code that writes it, so that a bundle
 * that only rates a member does not carry the quota check's texts. Keys are the codes the results
 * already carry (an outcome, a reason, an issue code, an option name) where there is one.
 * @internal
 */
import type { IsoDate } from '../_lib/dates.js';
import { formatDateEn, formatDateVi } from '../i18n/format.js';
import type { Label } from '../i18n/label.js';

/** What an office calls the facts a result may ask for (the path stays in `missing` for forms). */
const FACT_NAMES_VI: Readonly<Record<string, string>> = {
  role: 'chức vụ',
  score: 'tổng điểm',
  tasks: 'số nhiệm vụ',
  criteria: 'cấp độ các tiêu chí',
  shortcomingsFixed: 'khắc phục khuyết điểm kỳ trước',
  degradationConcluded: 'kết luận suy thoái',
  prohibitedConductConcluded: 'kết luận vi phạm điều đảng viên không được làm, nêu gương',
  disciplines: 'kỷ luật',
  civilServiceLevel: 'xếp loại công chức, viên chức',
  sickLeaveMonths: 'số tháng nghỉ ốm',
  admittedOn: 'ngày kết nạp',
  exemptFromActivity: 'miễn công tác và sinh hoạt đảng',
  suspended: 'đình chỉ sinh hoạt đảng',
  leader: 'dữ kiện người lãnh đạo',
  members: 'xếp loại đảng viên',
  subUnits: 'xếp loại tổ chức trực thuộc',
  subUnitsDisciplined: 'số đơn vị trực thuộc bị kỷ luật',
  leadershipDisciplines: 'kỷ luật thành viên lãnh đạo',
  disunityConcluded: 'kết luận mất đoàn kết',
  'leader.unitTasks': 'nhiệm vụ của đơn vị do mình lãnh đạo',
};

/** A missing fact's path in Vietnamese: "kỷ luật thứ 1: có liên quan đến công vụ không", else the path. */
function factNameVi(path: string): string {
  const named = FACT_NAMES_VI[path];
  if (named !== undefined) return named;
  const m = /^(disciplines|leadershipDisciplines)\[(\d+)\]\.relatedToOfficialDuty$/.exec(path);
  if (m) return `${FACT_NAMES_VI[m[1] as string]} thứ ${Number(m[2]) + 1} có liên quan đến công vụ không`;
  return path;
}

/** What every rating result (member or organization) writes beyond its rule set's own texts (`_result.ts`). */
export const RESULT_MESSAGES = {
  /** Outcome `notRated`. */
  notRated: { vi: 'Không xếp loại', en: 'Not rated' },
  /** Outcome `unclassified`. */
  unclassified: { vi: 'Không xác định được mức (khoảng trống quy tắc)', en: 'Unclassified (a gap in the rules)' },
  /** Outcome `range`: the levels (and "not rated") still possible. */
  range: (possible: readonly Label[]): Label => ({
    vi: `Chưa xác định được một mức; kết quả còn có thể là: ${possible.map((l) => l.vi).join('; ')}`,
    en: `No single level yet; still possible: ${possible.map((l) => l.en).join('; ')}`,
  }),
  /** An item of the range: a missing admission date, exemption or suspension adds only "not rated". */
  notRatedPossible: { vi: 'không xếp loại (nếu thuộc trường hợp không xếp loại)', en: 'not rated (if a not-rated case applies)' },
  /** Reason `discretion`. */
  discretion: {
    vi: 'Có trường hợp "không hoàn thành nhiệm vụ" nhưng thuộc trường hợp được cấp có thẩm quyền xem xét, quyết định.',
    en: 'An "unsatisfactory" case applies, but it is one the competent body may weigh and decide otherwise.',
  },
  /** Caveat: level names the version is not known to use (their `status` is not `quoted`). */
  unquoted: (unsure: readonly Label[]): Label => ({
    vi: `Tên mức ${unsure.map((u) => `"${u.vi}"`).join(', ')} chưa thấy trong văn bản này; lấy theo cách gọi ở nguồn khác.`,
    en: `Level names not seen in this text, taken from other sources: ${unsure.map((u) => `"${u.en}"`).join(', ')}.`,
  }),
  /** Caveat: a level the rule set cannot rule on, and why. */
  unverified: (level: Label, reason: Label): Label => ({ vi: `Không xác định được mức "${level.vi}": ${reason.vi}`, en: `Cannot rule on "${level.en}": ${reason.en}` }),
  /** Caveat: the facts still missing, by path. */
  missing: (paths: readonly string[]): Label => ({
    vi: `Còn thiếu dữ kiện: ${paths.map(factNameVi).join('; ')}.`,
    en: `Facts still missing: ${paths.join(', ')}.`,
  }),
  /** Caveat of a `notRated` result whose rule is `notRatedBasis: 'paraphrased'`. */
  paraphrased: {
    vi: 'Quy tắc "không xếp loại" này chỉ biết qua lời diễn giải của nguồn thứ cấp, không phải nguyên văn văn bản; cấp có thẩm quyền xác định.',
    en: 'This "not rated" rule is known only from a secondary source’s paraphrase, not the text’s wording; the competent body decides.',
  },
  /** Caveat of a `notRated` result whose rule is `notRatedBasis: 'inferred'`. */
  inferred: {
    vi: 'Quy tắc "không xếp loại" này là suy luận (văn bản không nói nguyên văn như vậy); cấp có thẩm quyền xác định.',
    en: 'This "not rated" rule is an inference (the text does not say it in so many words); the competent body decides.',
  },
  /** The reason of a proposal check (`result.proposal.reason`), by case; `l` is the proposed level's name. */
  proposal: {
    notRated: { vi: 'Đối tượng không được xếp loại.', en: 'The subject is not rated.' },
    unclassified: { vi: 'Không mức nào khớp với các dữ kiện; cấp có thẩm quyền xem xét.', en: 'No level matches the facts; the competent body decides.' },
    /** Ruled out by a condition under `blockedBy`. */
    blocked: (l: Label): Label => ({ vi: `Mức "${l.vi}" bị loại bởi các điều kiện nêu ở phần "Lý do không đạt mức cao hơn".`, en: `"${l.en}" is ruled out by the conditions under "Why not a higher outcome".` }),
    /** The level decided. */
    decided: (l: Label): Label => ({ vi: `Mức "${l.vi}" đúng với kết quả tính.`, en: `"${l.en}" matches the computed level.` }),
    /** `allowed: 'unknown'`: in range, but facts are missing or the level is unverified. */
    unknown: (l: Label): Label => ({ vi: `Mức "${l.vi}" còn nằm trong phạm vi, nhưng còn thiếu dữ kiện hoặc tiêu chuẩn chưa xác minh.`, en: `"${l.en}" is still in range, but facts are missing or its criteria are unverified.` }),
    /** In the allowed range, for the competent body to decide. */
    allowed: (l: Label): Label => ({ vi: `Mức "${l.vi}" nằm trong phạm vi cho phép; cấp có thẩm quyền quyết định.`, en: `"${l.en}" is within the allowed range; the competent body decides.` }),
  },
} as const;

/** The effect of the options that pick another rule set than the year's (`_call.ts`), by option name. */
export const CHOICE_MESSAGES = {
  ruleSet: (ruleSet: Label): Label => ({ vi: `Dùng bộ quy tắc ${ruleSet.vi} theo lựa chọn, thay cho bộ quy tắc của năm.`, en: `Rule set ${ruleSet.en} used by choice instead of the year's.` }),
  ruleSetBy: { vi: 'Bộ quy tắc chọn theo ngày 01/01 của năm xếp loại.', en: 'Rule set chosen as of 1 January of the rating year.' },
} as const;

/** The errors of the rule-set lookup (`registry.ts`), by issue code; never echoing the input. */
export const RULE_SET_MESSAGES = {
  unknown_id: (ids: string): Label => ({ vi: `Không có bộ quy tắc xếp loại này; có: ${ids}.`, en: `No such rating rule set; known: ${ids}.` }),
  no_rule_set: { vi: 'Không có bộ quy tắc xếp loại nào áp dụng cho năm này.', en: 'No rating rule set covers this year.' },
  /** Added to `no_rule_set`: the nearest earlier rule set. */
  before: (ruleSet: Label, validTo: IsoDate | undefined): Label => ({
    vi: `Bộ quy tắc gần nhất trước đó (${ruleSet.vi}) áp dụng đến ${validTo ? formatDateVi(validTo) : '—'}.`,
    en: `The nearest earlier one (${ruleSet.en}) applies until ${validTo ? formatDateEn(validTo) : '—'}.`,
  }),
  /** Added to `no_rule_set`: the nearest later rule set. */
  after: (ruleSet: Label, validFrom: IsoDate): Label => ({
    vi: `Bộ quy tắc gần nhất sau đó (${ruleSet.vi}) áp dụng từ ${formatDateVi(validFrom)}.`,
    en: `The nearest later one (${ruleSet.en}) applies from ${formatDateEn(validFrom)}.`,
  }),
} as const;

/** The errors of `createMemberRater` (`rateMembers.ts`). */
export const RATER_MESSAGES = {
  /** `invalid_type` at `ruleSetId`: the deprecated positional id is not a string. */
  ruleSetIdType: { vi: 'Mã bộ quy tắc phải là chuỗi (ví dụ "qd366").', en: 'The rule-set id must be a string (e.g. "qd366").' },
  /** `missing` at `options.ruleSet`: the options name no rule set. */
  ruleSetMissing: { vi: 'Cần mã bộ quy tắc (ví dụ "qd366").', en: 'A rule-set id is required (e.g. "qd366").' },
} as const;

/** Every text of `checkQuota` (`checkQuota.ts`): errors by issue code, outcomes by status, option effects by option name, caveats. */
export const QUOTA_MESSAGES = {
  missing: { vi: 'Cần năm xếp loại hoặc bộ quy tắc.', en: 'A rating year or a rule set is required.' },
  not_applicable: { vi: 'Bộ quy tắc này không có ngoại lệ 25%.', en: 'This rule set has no 25% exception.' },
  /** Outcome `unverified`, and its caveat. */
  unverified: { vi: 'Chưa xác minh được tỉ lệ', en: 'Quota unverified' },
  unverifiedCaveat: { vi: 'Tỉ lệ "hoàn thành xuất sắc" của bộ quy tắc này chưa thấy trong nguồn nào; thư viện không kiểm tra.', en: 'No source shows this rule set’s quota on "excellent"; the library does not check it.' },
  /** Option `formula`, by value. */
  formula: {
    literal: (percent: number, pool: number): Label => ({ vi: `Tính đúng theo câu chữ: số "hoàn thành xuất sắc" x không quá ${percent}% số "hoàn thành tốt" còn lại (${pool} − x).`, en: `Read literally: "excellent" x at most ${percent}% of the remaining "good" (${pool} − x).` }),
    pool: (percent: number, pool: number): Label => ({ vi: `Tính trên tổng số: x không quá ${percent}% của ${pool} người từ "hoàn thành tốt" trở lên.`, en: `Counted on the pool: x at most ${percent}% of the ${pool} rated "good" or better.` }),
  },
  /** Option `rounding`: the fraction `num/den`, how it is rounded, and whether at least 1. */
  rounding: (num: number, den: number, rounding: 'floor' | 'round' | 'ceil', minimumOne: boolean | undefined): Label => ({
    vi: `Làm tròn ${num}/${den} ${rounding === 'floor' ? 'xuống' : rounding === 'ceil' ? 'lên' : 'đến số gần nhất'}${minimumOne ? ', tối thiểu 1' : ''}.`,
    en: `${num}/${den} rounded ${rounding === 'floor' ? 'down' : rounding === 'ceil' ? 'up' : 'to the nearest'}${minimumOne ? ', at least 1' : ''}.`,
  }),
  minimumOne: { vi: 'Nhóm nhỏ được ít nhất 1.', en: 'Small groups get at least 1.' },
  outstandingUnitException: { vi: 'Áp dụng tỉ lệ ngoại lệ 25% cho đơn vị có thành tích xuất sắc, nổi trội.', en: 'The 25% exception for outstanding units applies.' },
  /** Caveats by the quota's basis. */
  secondaryPractice: (percent: number): Label => ({ vi: `Tỉ lệ ${percent}% chỉ thấy trong mẫu biểu của địa phương; câu quy định trong văn bản trung ương bị cắt, chưa đối chiếu được, nên vượt tỉ lệ chỉ là cảnh báo.`, en: `The ${percent}% share is seen only in a local form; the central text's sentence is cut off and could not be checked, so exceeding it is only a warning.` }),
  paraphrased: { vi: 'Tỉ lệ này chỉ thấy qua bản diễn giải, chưa thấy nguyên văn, nên vượt tỉ lệ chỉ là cảnh báo.', en: 'This quota is known only from a paraphrase, not the text’s wording, so exceeding it is only a warning.' },
  unquoted: { vi: 'Quy tắc tỉ lệ này không được trích nguyên văn đầy đủ trong nguồn; dùng thận trọng.', en: 'This quota rule is not fully quoted in the sources; use with care.' },
  capIsZero: { vi: 'Nhóm quá nhỏ: tỉ lệ cho phép 0 người "hoàn thành xuất sắc".', en: 'The group is too small: the quota allows 0 "excellent".' },
  roundingUnsaid: { vi: 'Văn bản không nói cách làm tròn, cũng không nói mẫu số tính trước hay sau khi chuyển người lên "xuất sắc".', en: 'No text says how to round, nor whether the denominator is counted before or after moving people up to "excellent".' },
  /** Outcome `within`. */
  within: (excellent: number, cap: number): Label => ({ vi: `Trong tỉ lệ: ${excellent}/${cap} "hoàn thành xuất sắc"`, en: `Within the quota: ${excellent} of ${cap} "excellent"` }),
  /** Outcome `exceeded`, severity `breach`. */
  breach: (excellent: number, cap: number): Label => ({ vi: `Vượt tỉ lệ: ${excellent} "hoàn thành xuất sắc", tối đa ${cap}`, en: `Quota exceeded: ${excellent} "excellent", at most ${cap}` }),
  /** Outcome `exceeded`, severity `advisory`. */
  advisory: (excellent: number, cap: number): Label => ({ vi: `Có thể vượt tỉ lệ (tỉ lệ chưa đối chiếu được với nguyên văn): ${excellent} "hoàn thành xuất sắc", tối đa ${cap}`, en: `Possibly over the quota (a quota not checked against the text): ${excellent} "excellent", at most ${cap}` }),
  /** Reason `quota`. */
  quota: (percent: number, group: Label): Label => ({ vi: `Tỉ lệ ${percent}% số "hoàn thành tốt nhiệm vụ"; nhóm tính tỉ lệ: ${group.vi}.`, en: `${percent}% of those rated "good"; the group it counts in: ${group.en}.` }),
} as const;

/**
 * The validation messages of a member's facts, and those an organization's share (`schemas.ts`),
 * keyed by the field the issue names.
 */
export const SCHEMA_MESSAGES = {
  completed: { vi: 'Số nhiệm vụ hoàn thành lớn hơn số được giao.', en: 'More tasks completed than assigned.' },
  onTime: { vi: 'Số nhiệm vụ đúng hạn lớn hơn số hoàn thành.', en: 'More tasks on time than completed.' },
  exceeded: { vi: 'Số nhiệm vụ vượt mức lớn hơn số hoàn thành.', en: 'More tasks exceeded than completed.' },
  /** A disciplinary form the Charter does not give for the subject (a member here, an organization below). */
  form: (subject: Label): Label => ({ vi: `Hình thức kỷ luật này không áp dụng cho ${subject.vi}.`, en: `This disciplinary form does not apply to ${subject.en}.` }),
  member: { vi: 'đảng viên', en: 'a member' },
  violationOn: { vi: 'Ngày vi phạm sau ngày quyết định kỷ luật.', en: 'The violation is dated after the decision.' },
  unitsLedUnsatisfactory: { vi: 'Lớn hơn tổng số đơn vị phụ trách.', en: 'More than the units led.' },
  reviewOn: { vi: 'Ngày kiểm điểm phải trong năm xếp loại hoặc trước ngày 15/01 năm sau.', en: 'The review date must be in the rating year or before 15 January of the next.' },
  admittedOn: { vi: 'Ngày kết nạp sau ngày 31 tháng 12 của năm xếp loại.', en: 'Admitted after 31 December of the rating year.' },
  admittedOnAfterReview: { vi: 'Ngày kết nạp sau ngày kiểm điểm.', en: 'Admitted after the review date.' },
  leader: { vi: 'Dữ kiện về người lãnh đạo chỉ dùng khi role là "leader".', en: 'Leader facts apply only when role is "leader".' },
} as const;

/** The validation messages only an organization's facts give (`schemas.ts`), by field: apart, so that rating a member leaves them out. */
export const ORGANIZATION_SCHEMA_MESSAGES = {
  organization: { vi: 'tổ chức đảng', en: 'a party organization' },
  subUnitsTotal: { vi: 'Ít hơn số tổ chức trực thuộc đã xếp loại.', en: 'Fewer than the rated sub-units.' },
  subUnitsDisciplined: { vi: 'Lớn hơn tổng số đơn vị trực thuộc.', en: 'More than the subordinate units.' },
  establishedOn: { vi: 'Ngày thành lập sau ngày kiểm điểm.', en: 'Founded after the review date.' },
} as const;
