import type { Label } from './label.js';

/**
 * The Charter's disciplinary forms, shared by discipline, rating, reports and the narrative reader.
 * Listed from the lightest to the most severe; `dissolution` (giải tán) applies to organizations only.
 * The closed lists per subject, with their citations, are in the discipline area.
 * @example
 * ```ts
 * import { DISCIPLINE_FORMS } from 'nq4';
 * DISCIPLINE_FORMS.length; // 5
 * DISCIPLINE_FORMS[0]; // 'reprimand'
 * ```
 * @see ../shared/domain/discipline.md §2.1 (Điều lệ Đảng 2011, Điều 35)
 * @category Vocabulary
 */
export const DISCIPLINE_FORMS = ['reprimand', 'warning', 'removalFromPost', 'expulsion', 'dissolution'] as const;

/**
 * A disciplinary form code.
 * @category Vocabulary
 */
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];

/**
 * Labels of the disciplinary forms, as Vietnamese reports and the Charter write them.
 * @example
 * ```ts
 * import { DISCIPLINE_FORM_LABELS } from 'nq4';
 * DISCIPLINE_FORM_LABELS.removalFromPost.vi; // 'cách chức'
 * ```
 * @category Vocabulary
 */
export const DISCIPLINE_FORM_LABELS: Readonly<Record<DisciplineForm, Label>> = /* @__PURE__ */ Object.freeze({
  reprimand: /* @__PURE__ */ Object.freeze({ vi: 'khiển trách', en: 'reprimand' }),
  warning: /* @__PURE__ */ Object.freeze({ vi: 'cảnh cáo', en: 'warning' }),
  removalFromPost: /* @__PURE__ */ Object.freeze({ vi: 'cách chức', en: 'removal from post' }),
  expulsion: /* @__PURE__ */ Object.freeze({ vi: 'khai trừ', en: 'expulsion' }),
  dissolution: /* @__PURE__ */ Object.freeze({ vi: 'giải tán', en: 'dissolution' }),
});

/**
 * Severity rank of a disciplinary form within its subject's list: higher is more severe.
 * The ranks follow discipline.md §2.1: khiển trách 1 < cảnh cáo 2 < cách chức 3 < khai trừ 4 for
 * members; for organizations khiển trách 1 < cảnh cáo 2 < giải tán 3 (the numbers are a library
 * choice, O-16; only the order within one subject's list is meaningful).
 * @example
 * ```ts
 * import { DISCIPLINE_FORM_SEVERITY } from 'nq4';
 * DISCIPLINE_FORM_SEVERITY.warning > DISCIPLINE_FORM_SEVERITY.reprimand; // true
 * ```
 * @category Vocabulary
 */
export const DISCIPLINE_FORM_SEVERITY: Readonly<Record<DisciplineForm, number>> = /* @__PURE__ */ Object.freeze({
  reprimand: 1,
  warning: 2,
  removalFromPost: 3,
  expulsion: 4,
  dissolution: 3,
});

/**
 * Outcomes that reports often list next to discipline but that are **not** disciplinary forms
 * (discipline.md §2.3): they must never be counted or processed as discipline.
 * - `removalFromRolls` xóa tên; `reminder` nhắc nhở; `lessonsLearnedReview` kiểm điểm rút kinh nghiệm;
 * - `criticism` phê bình; `unsatisfactoryRating` xếp loại "không hoàn thành nhiệm vụ";
 * - `suspensionOfActivity` đình chỉ sinh hoạt đảng; `relievedOfPost` cho thôi giữ chức, miễn nhiệm, từ chức;
 * - `pending` đang xem xét xử lý (outcome not decided yet).
 * @example
 * ```ts
 * import { NON_DISCIPLINARY_MEASURES } from 'nq4';
 * NON_DISCIPLINARY_MEASURES.includes('reminder'); // true
 * ```
 * @category Vocabulary
 */
export const NON_DISCIPLINARY_MEASURES = [
  'removalFromRolls',
  'reminder',
  'lessonsLearnedReview',
  'criticism',
  'unsatisfactoryRating',
  'suspensionOfActivity',
  'relievedOfPost',
  'pending',
] as const;

/**
 * A non-disciplinary measure code.
 * @category Vocabulary
 */
export type NonDisciplinaryMeasure = (typeof NON_DISCIPLINARY_MEASURES)[number];

/**
 * Labels of the non-disciplinary measures.
 * @example
 * ```ts
 * import { NON_DISCIPLINARY_MEASURE_LABELS } from 'nq4';
 * NON_DISCIPLINARY_MEASURE_LABELS.reminder.vi; // 'nhắc nhở'
 * ```
 * @category Vocabulary
 */
export const NON_DISCIPLINARY_MEASURE_LABELS: Readonly<Record<NonDisciplinaryMeasure, Label>> = /* @__PURE__ */ Object.freeze({
  removalFromRolls: /* @__PURE__ */ Object.freeze({ vi: 'xóa tên', en: 'removal from the party rolls' }),
  reminder: /* @__PURE__ */ Object.freeze({ vi: 'nhắc nhở', en: 'reminder' }),
  lessonsLearnedReview: /* @__PURE__ */ Object.freeze({ vi: 'kiểm điểm rút kinh nghiệm', en: 'review to draw lessons' }),
  criticism: /* @__PURE__ */ Object.freeze({ vi: 'phê bình', en: 'criticism' }),
  unsatisfactoryRating: /* @__PURE__ */ Object.freeze({ vi: 'xếp loại không hoàn thành nhiệm vụ', en: 'rated as not completing duties' }),
  suspensionOfActivity: /* @__PURE__ */ Object.freeze({ vi: 'đình chỉ sinh hoạt đảng', en: 'suspension of party activity' }),
  relievedOfPost: /* @__PURE__ */ Object.freeze({ vi: 'cho thôi giữ chức vụ, miễn nhiệm, từ chức', en: 'relieved of post, dismissal or resignation' }),
  pending: /* @__PURE__ */ Object.freeze({ vi: 'đang xem xét xử lý', en: 'under consideration' }),
});

/**
 * The four rating levels used from 2018 on, best first (rating.md §1.3).
 * @example
 * ```ts
 * import { RATING_LEVELS } from 'nq4';
 * RATING_LEVELS[0]; // 'excellent'
 * ```
 * @category Vocabulary
 */
export const RATING_LEVELS = ['excellent', 'good', 'satisfactory', 'unsatisfactory'] as const;

/**
 * A rating level code.
 * @category Vocabulary
 */
export type RatingLevel = (typeof RATING_LEVELS)[number];

/**
 * The lowest level of a party organization as HD 27-HD/BTCTW Mục II prints it for 2014–2017,
 * "Yếu kém" (quoted, rating.md §3); shared by the HD 27 rule set and rendered reports.
 * @internal
 */
export const HD27_WEAK_LABEL: Label = /* @__PURE__ */ Object.freeze({ vi: 'Yếu kém', en: 'Weak' });

/**
 * Labels of the rating levels, with the abbreviations reports use (HTXSNV, HTTNV, HTNV, KHTNV).
 * @example
 * ```ts
 * import { RATING_LEVEL_LABELS } from 'nq4';
 * RATING_LEVEL_LABELS.good.abbreviationVi; // 'HTTNV'
 * ```
 * @category Vocabulary
 */
export const RATING_LEVEL_LABELS: Readonly<Record<RatingLevel, Label & { readonly abbreviationVi: string }>> =
  /* @__PURE__ */ Object.freeze({
    excellent: /* @__PURE__ */ Object.freeze({ vi: 'hoàn thành xuất sắc nhiệm vụ', en: 'excellent (completed duties excellently)', abbreviationVi: 'HTXSNV' }),
    good: /* @__PURE__ */ Object.freeze({ vi: 'hoàn thành tốt nhiệm vụ', en: 'good (completed duties well)', abbreviationVi: 'HTTNV' }),
    satisfactory: /* @__PURE__ */ Object.freeze({ vi: 'hoàn thành nhiệm vụ', en: 'satisfactory (completed duties)', abbreviationVi: 'HTNV' }),
    unsatisfactory: /* @__PURE__ */ Object.freeze({ vi: 'không hoàn thành nhiệm vụ', en: 'unsatisfactory (did not complete duties)', abbreviationVi: 'KHTNV' }),
  });

/**
 * Who can be disciplined: a party organization, an official member or a probationary member.
 * @example
 * ```ts
 * import { DISCIPLINE_SUBJECTS } from 'nq4';
 * DISCIPLINE_SUBJECTS.length; // 3
 * ```
 * @category Vocabulary
 */
export const DISCIPLINE_SUBJECTS = ['organization', 'officialMember', 'probationaryMember'] as const;

/**
 * A discipline subject code.
 * @category Vocabulary
 */
export type DisciplineSubject = (typeof DISCIPLINE_SUBJECTS)[number];

/**
 * Labels of the discipline subjects.
 * @example
 * ```ts
 * import { DISCIPLINE_SUBJECT_LABELS } from 'nq4';
 * DISCIPLINE_SUBJECT_LABELS.probationaryMember.vi; // 'đảng viên dự bị'
 * ```
 * @category Vocabulary
 */
export const DISCIPLINE_SUBJECT_LABELS: Readonly<Record<DisciplineSubject, Label>> = /* @__PURE__ */ Object.freeze({
  organization: /* @__PURE__ */ Object.freeze({ vi: 'tổ chức đảng', en: 'party organization' }),
  officialMember: /* @__PURE__ */ Object.freeze({ vi: 'đảng viên chính thức', en: 'official member' }),
  probationaryMember: /* @__PURE__ */ Object.freeze({ vi: 'đảng viên dự bị', en: 'probationary member' }),
});

/**
 * Whether a tally or review is about individuals (đảng viên, cán bộ) or collectives (tổ chức đảng, tập thể).
 * @example
 * ```ts
 * import { SUBJECT_KINDS } from 'nq4';
 * SUBJECT_KINDS.join(', '); // 'individual, collective'
 * ```
 * @category Vocabulary
 */
export const SUBJECT_KINDS = ['individual', 'collective'] as const;

/**
 * An individual-or-collective code.
 * @category Vocabulary
 */
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/**
 * Labels of individual and collective subjects.
 * @example
 * ```ts
 * import { SUBJECT_KIND_LABELS } from 'nq4';
 * SUBJECT_KIND_LABELS.collective.vi; // 'tập thể'
 * ```
 * @category Vocabulary
 */
export const SUBJECT_KIND_LABELS: Readonly<Record<SubjectKind, Label>> = /* @__PURE__ */ Object.freeze({
  individual: /* @__PURE__ */ Object.freeze({ vi: 'cá nhân', en: 'individual' }),
  collective: /* @__PURE__ */ Object.freeze({ vi: 'tập thể', en: 'collective' }),
});

/**
 * How well the official wording of a text is known (manifestations.md §2).
 * @example
 * ```ts
 * import { TEXT_STATUSES } from 'nq4';
 * TEXT_STATUSES.join(', '); // 'verified, partial, unverified'
 * ```
 * @category Vocabulary
 */
export const TEXT_STATUSES = ['verified', 'partial', 'unverified'] as const;

/**
 * A text status code.
 * @category Vocabulary
 */
export type TextStatus = (typeof TEXT_STATUSES)[number];

/**
 * Labels of the text statuses.
 * @example
 * ```ts
 * import { TEXT_STATUS_LABELS } from 'nq4';
 * TEXT_STATUS_LABELS.unverified.en; // 'wording not verified'
 * ```
 * @category Vocabulary
 */
export const TEXT_STATUS_LABELS: Readonly<Record<TextStatus, Label>> = /* @__PURE__ */ Object.freeze({
  verified: /* @__PURE__ */ Object.freeze({ vi: 'đã đối chiếu nguyên văn', en: 'verified wording' }),
  partial: /* @__PURE__ */ Object.freeze({ vi: 'mới đối chiếu được một phần', en: 'partly verified wording' }),
  unverified: /* @__PURE__ */ Object.freeze({ vi: 'chưa đối chiếu được nguyên văn', en: 'wording not verified' }),
});
