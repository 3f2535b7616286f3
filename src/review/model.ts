/**
 * The records of the review cycle (kiểm điểm): one review of one subject in one period, its
 * findings of the 27 manifestations, its remediation plan, and the yearly written commitment.
 *
 * The process these records follow is hierarchy-review-reports.md §2.2: preparation of the
 * collective and individual reports, the higher level's suggestion (gợi ý kiểm điểm, QĐ 124
 * Điều 7 k.1.3, quoted: "Cấp trên gợi ý kiểm điểm đối với tập thể, cá nhân theo phân cấp quản lý
 * khi cần thiết"), the places ("Đảng viên kiểm điểm ở chi bộ nơi sinh hoạt"; "Cán bộ lãnh đạo,
 * quản lý cơ bản thực hiện kiểm điểm ở 2 nơi", quoted), the meeting, rating, remediation ("Sau khi
 * kiểm điểm, tập thể và từng cá nhân xây dựng chương trình, kế hoạch sửa chữa, khắc phục", quoted)
 * and follow-up to discipline.
 * @module
 */
import type { IsoDate } from '../_lib/dates.js';
import type { ManifestationGroupNumber, ManifestationId } from '../catalog/manifestations.js';
import type { Label } from '../i18n/label.js';
import type { DisciplineForm, NonDisciplinaryMeasure, RatingLevel } from '../i18n/vocabulary.js';
import type { ReviewRuleSetId } from './ruleSetIds.js';

const f = (vi: string, en: string): Label => Object.freeze({ vi, en });

/**
 * The kinds of review:
 * - `annual` kiểm điểm hằng năm (or by quarter for leaders from 2025);
 * - `suggested` kiểm điểm theo gợi ý của cấp trên (the higher level named the issues to address);
 * - `deep` "kiểm điểm sâu", the 2016 NQ 04 practice: suggested by the standing committee, with a
 *   written explanation of the points raised (seed 002);
 * - `reReview` kiểm điểm lại, where a review already held was found wanting.
 * @example
 * ```ts
 * import { REVIEW_KINDS } from 'nq4';
 * REVIEW_KINDS[2]; // 'deep'
 * ```
 * @category Review
 */
export const REVIEW_KINDS = ['annual', 'suggested', 'deep', 'reReview'] as const;

/**
 * A review kind code.
 * @category Review
 */
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/**
 * Labels of the review kinds.
 * @example
 * ```ts
 * import { REVIEW_KIND_LABELS } from 'nq4';
 * REVIEW_KIND_LABELS.deep.vi; // 'kiểm điểm sâu'
 * ```
 * @category Review
 */
export const REVIEW_KIND_LABELS: Readonly<Record<ReviewKind, Label>> = /* @__PURE__ */ Object.freeze({
  annual: /* @__PURE__ */ f('kiểm điểm hằng năm', 'annual review'),
  suggested: /* @__PURE__ */ f('kiểm điểm theo gợi ý của cấp trên', 'review suggested by the higher level'),
  deep: /* @__PURE__ */ f('kiểm điểm sâu', 'in-depth review'),
  reReview: /* @__PURE__ */ f('kiểm điểm lại', 're-review'),
});

/**
 * Who is reviewed: a party member (đảng viên), a party organization (tổ chức đảng: its committee
 * or cell as a collective), or a leadership collective (tập thể lãnh đạo, quản lý).
 * @example
 * ```ts
 * import { REVIEW_SUBJECT_TYPES } from 'nq4';
 * REVIEW_SUBJECT_TYPES.length; // 3
 * ```
 * @category Review
 */
export const REVIEW_SUBJECT_TYPES = ['member', 'partyOrganization', 'leadershipCollective'] as const;

/**
 * A review subject type code.
 * @category Review
 */
export type ReviewSubjectType = (typeof REVIEW_SUBJECT_TYPES)[number];

/**
 * Labels of the review subject types.
 * @example
 * ```ts
 * import { REVIEW_SUBJECT_TYPE_LABELS } from 'nq4';
 * REVIEW_SUBJECT_TYPE_LABELS.leadershipCollective.en; // 'leadership collective'
 * ```
 * @category Review
 */
export const REVIEW_SUBJECT_TYPE_LABELS: Readonly<Record<ReviewSubjectType, Label>> = /* @__PURE__ */ Object.freeze({
  member: /* @__PURE__ */ f('đảng viên', 'party member'),
  partyOrganization: /* @__PURE__ */ f('tổ chức đảng', 'party organization'),
  leadershipCollective: /* @__PURE__ */ f('tập thể lãnh đạo, quản lý', 'leadership collective'),
});

/**
 * A member's party-activity status on the day of the review:
 * `active`; `exemptFromActivity` được miễn công tác và sinh hoạt đảng; `suspended` bị đình chỉ
 * sinh hoạt đảng. A committee member suspended only from committee activity (đình chỉ sinh hoạt
 * cấp ủy) is `active` here: "phải kiểm điểm … tại chi bộ nơi đang sinh hoạt" (HD 43 tiết 7.7, quoted).
 * @example
 * ```ts
 * import { MEMBER_ACTIVITY_STATUSES } from 'nq4';
 * MEMBER_ACTIVITY_STATUSES[0]; // 'active'
 * ```
 * @category Review
 */
export const MEMBER_ACTIVITY_STATUSES = ['active', 'exemptFromActivity', 'suspended'] as const;

/**
 * A member activity status code.
 * @category Review
 */
export type MemberActivityStatus = (typeof MEMBER_ACTIVITY_STATUSES)[number];

/**
 * What kind of party organization a collective subject is, as reports count them apart:
 * `tccsd` tổ chức cơ sở đảng; `directBranch` chi bộ trực thuộc; `other` any other or unstated.
 * @example
 * ```ts
 * import { REVIEW_ORGANIZATION_KINDS } from 'nq4';
 * REVIEW_ORGANIZATION_KINDS[0]; // 'tccsd'
 * ```
 * @category Review
 */
export const REVIEW_ORGANIZATION_KINDS = ['tccsd', 'directBranch', 'other'] as const;

/**
 * A review organization kind code.
 * @category Review
 */
export type ReviewOrganizationKind = (typeof REVIEW_ORGANIZATION_KINDS)[number];

/**
 * A party member under review.
 * @category Review
 */
export interface ReviewMemberSubject {
  /** Discriminator. */
  readonly type: 'member';
  /** The caller's identifier of the person (never printed in messages). */
  readonly id: string;
  /** True for a leader or manager (cán bộ lãnh đạo, quản lý), who reviews in two places. */
  readonly leader: boolean;
  /** Official or probationary member, when known. */
  readonly membership?: 'official' | 'probationary';
  /** Party-activity status on the day of the review, when known. */
  readonly activityStatus?: MemberActivityStatus;
  /** The day the member was admitted, when known (for the 6-month rule). */
  readonly admittedOn?: IsoDate;
}

/**
 * A party organization under review as a collective.
 * @category Review
 */
export interface ReviewOrganizationSubject {
  /** Discriminator. */
  readonly type: 'partyOrganization';
  /** The caller's identifier of the organization. */
  readonly id: string;
  /** Which kind, for report counts (`other` when not given). */
  readonly organizationKind: ReviewOrganizationKind;
}

/**
 * A leadership collective under review.
 * @category Review
 */
export interface ReviewLeadershipCollectiveSubject {
  /** Discriminator. */
  readonly type: 'leadershipCollective';
  /** The caller's identifier of the collective. */
  readonly id: string;
}

/**
 * The subject of a review.
 * @category Review
 */
export type ReviewSubject = ReviewMemberSubject | ReviewOrganizationSubject | ReviewLeadershipCollectiveSubject;

/**
 * The period a review covers: a year, or from 2025 a quarter of it for leaders.
 * @category Review
 */
export interface ReviewPeriod {
  /** The year reviewed. */
  readonly year: number;
  /** The quarter (1–4) for a quarterly evaluation, absent for the year. */
  readonly quarter?: 1 | 2 | 3 | 4;
}

/**
 * Where a review takes place:
 * - `branch` the chi bộ where the member is active ("chi bộ nơi sinh hoạt"). Named `branch`, not
 *   `partyCell`: in the report area the unit kind `partyCell` is the tổ đảng, a part of a chi bộ;
 * - `leadershipCollective` the leadership collective at the workplace ("tập thể lãnh đạo, quản lý
 *   nơi làm việc"), the second place of a leader;
 * - `ownLevel` a collective reviews at its own level ("ở cấp nào thì thực hiện … ở cấp đó").
 * @example
 * ```ts
 * import { REVIEW_PLACE_KINDS } from 'nq4';
 * REVIEW_PLACE_KINDS[0]; // 'branch'
 * ```
 * @category Review
 */
export const REVIEW_PLACE_KINDS = ['branch', 'leadershipCollective', 'ownLevel'] as const;

/**
 * A review place kind code.
 * @category Review
 */
export type ReviewPlaceKind = (typeof REVIEW_PLACE_KINDS)[number];

/**
 * Labels of the review places.
 * @example
 * ```ts
 * import { REVIEW_PLACE_KIND_LABELS } from 'nq4';
 * REVIEW_PLACE_KIND_LABELS.branch.vi; // 'chi bộ nơi sinh hoạt'
 * ```
 * @category Review
 */
export const REVIEW_PLACE_KIND_LABELS: Readonly<Record<ReviewPlaceKind, Label>> = /* @__PURE__ */ Object.freeze({
  branch: /* @__PURE__ */ f('chi bộ nơi sinh hoạt', 'party branch (chi bộ) where the member is active'),
  leadershipCollective: /* @__PURE__ */ f('tập thể lãnh đạo, quản lý nơi làm việc', 'leadership collective at the workplace'),
  ownLevel: /* @__PURE__ */ f('tại cấp của tập thể', "at the collective's own level"),
});

/**
 * The place of one review.
 * @category Review
 */
export interface ReviewPlace {
  /** Which kind of place. */
  readonly kind: ReviewPlaceKind;
  /** The caller's identifier of the unit where the meeting was held. */
  readonly unitId: string;
}

/**
 * Who identified a manifestation: the subject itself in its self-review (`self`), the collective
 * at the meeting (`collective`), or the higher level (`higherLevel`: its suggestion, working group
 * or inspection commission).
 * @example
 * ```ts
 * import { REVIEW_FINDING_SOURCES } from 'nq4';
 * REVIEW_FINDING_SOURCES[2]; // 'higherLevel'
 * ```
 * @category Review
 */
export const REVIEW_FINDING_SOURCES = ['self', 'collective', 'higherLevel'] as const;

/**
 * A finding source code.
 * @category Review
 */
export type ReviewFindingSource = (typeof REVIEW_FINDING_SOURCES)[number];

/**
 * Labels of the finding sources.
 * @example
 * ```ts
 * import { REVIEW_FINDING_SOURCE_LABELS } from 'nq4';
 * REVIEW_FINDING_SOURCE_LABELS.higherLevel.vi; // 'cấp trên chỉ ra'
 * ```
 * @category Review
 */
export const REVIEW_FINDING_SOURCE_LABELS: Readonly<Record<ReviewFindingSource, Label>> = /* @__PURE__ */ Object.freeze({
  self: /* @__PURE__ */ f('tự nhận', 'self-identified'),
  collective: /* @__PURE__ */ f('tập thể góp ý', 'raised by the collective'),
  higherLevel: /* @__PURE__ */ f('cấp trên chỉ ra', 'raised by the higher level'),
});

/**
 * What a finding points at: a catalog item, or only a group when the text names just the group.
 * @category Review
 */
export interface ReviewFindingTarget {
  /** The catalog item, absent for a group-only finding. */
  readonly manifestation?: ManifestationId;
  /** The group (derived from the item when there is one). */
  readonly group: ManifestationGroupNumber;
}

/**
 * One manifestation identified in one review. Within a review a target appears at most once:
 * duplicates are merged (see {@link parseReview}).
 * @category Review
 */
export interface ReviewFinding extends ReviewFindingTarget {
  /** Who identified it, without repeats, in the order `self`, `collective`, `higherLevel`. */
  readonly identifiedBy: readonly ReviewFindingSource[];
  /** True when the competent body has concluded it (cấp có thẩm quyền kết luận): only then is it a rating fact. */
  readonly concluded: boolean;
  /** The body that concluded it, when given. */
  readonly concludedBy?: string;
  /** The day it was concluded, when given. */
  readonly concludedOn?: IsoDate;
  /** Evidence as free text, without repeats, in the order given. */
  readonly evidence: readonly string[];
}

/**
 * The state of a remediation item.
 * @example
 * ```ts
 * import { REMEDIATION_STATUSES } from 'nq4';
 * REMEDIATION_STATUSES.length; // 4
 * ```
 * @category Review
 */
export const REMEDIATION_STATUSES = ['planned', 'inProgress', 'done', 'dropped'] as const;

/**
 * A remediation status code.
 * @category Review
 */
export type RemediationStatus = (typeof REMEDIATION_STATUSES)[number];

/**
 * Labels of the remediation statuses.
 * @example
 * ```ts
 * import { REMEDIATION_STATUS_LABELS } from 'nq4';
 * REMEDIATION_STATUS_LABELS.done.en; // 'done'
 * ```
 * @category Review
 */
export const REMEDIATION_STATUS_LABELS: Readonly<Record<RemediationStatus, Label>> = /* @__PURE__ */ Object.freeze({
  planned: /* @__PURE__ */ f('đã đề ra', 'planned'),
  inProgress: /* @__PURE__ */ f('đang khắc phục', 'in progress'),
  done: /* @__PURE__ */ f('đã khắc phục', 'done'),
  dropped: /* @__PURE__ */ f('không tiếp tục', 'dropped'),
});

/**
 * One item of the remediation plan (kế hoạch sửa chữa, khắc phục) that follows a review.
 * @category Review
 */
export interface RemediationItem {
  /** The caller's identifier of the item, when given. */
  readonly id?: string;
  /** What is to be done. */
  readonly action: string;
  /** The findings it remedies; empty for a shortcoming that is not one of the 27. */
  readonly addresses: readonly ReviewFindingTarget[];
  /** The day it is due, from the unit's plan. */
  readonly dueOn?: IsoDate;
  /** Where it stands. */
  readonly status: RemediationStatus;
  /** The day it was done. */
  readonly doneOn?: IsoDate;
}

/**
 * The higher level's suggestion (gợi ý kiểm điểm).
 * @category Review
 */
export interface ReviewSuggestion {
  /** The body that made the suggestion ("Ban Thường vụ Huyện ủy"); required for a suggested review. */
  readonly suggestedBy?: string;
  /** The issues the subject must address. */
  readonly issues: readonly string[];
  /** The day of the suggestion. */
  readonly on?: IsoDate;
}

/**
 * The subject's self-assessment (bản tự kiểm điểm / báo cáo kiểm điểm).
 * @category Review
 */
export interface ReviewSelfAssessment {
  /** A summary of the report. */
  readonly text?: string;
  /** The level the subject proposes for itself. */
  readonly selfRating?: RatingLevel;
  /** The self-score on the 100-point scale (QĐ 366 Điều 10), when used. */
  readonly score?: number;
}

/**
 * A referral to the discipline procedure after the review ("kiểm tra dấu hiệu vi phạm và thực
 * hiện quy trình xem xét thi hành kỷ luật", seed 001).
 * @category Review
 */
export interface ReviewDisciplineReferral {
  /** The body that takes it up ("Ủy ban Kiểm tra Huyện ủy"). */
  readonly by: string;
  /** The day of the referral. */
  readonly on?: IsoDate;
  /** A note on the grounds. */
  readonly note?: string;
}

/**
 * What came of the review.
 * @category Review
 */
export interface ReviewOutcome {
  /** The rating level decided by the competent level, when known. */
  readonly rating?: RatingLevel;
  /** The referral to the discipline procedure, when there was one. */
  readonly disciplineReferral?: ReviewDisciplineReferral;
  /** A discipline decided afterwards, when the report gives it (for report tallies only). */
  readonly discipline?: DisciplineForm;
  /** Non-disciplinary measures taken (nhắc nhở, phê bình, …): never counted as discipline. */
  readonly nonDisciplinary: readonly NonDisciplinaryMeasure[];
}

/**
 * One review of one subject in one period at one place, validated and normalized.
 * @category Review
 */
export interface Review {
  /** The caller's identifier of the review, when given. */
  readonly id?: string;
  /** The unit whose records these are (the chi bộ or đảng bộ that keeps them). */
  readonly unitId: string;
  /** Who is reviewed. */
  readonly subject: ReviewSubject;
  /** The period covered. */
  readonly period: ReviewPeriod;
  /** The kind of review. */
  readonly kind: ReviewKind;
  /** Where it took place. */
  readonly place: ReviewPlace;
  /** The guidance version followed, when the caller fixes it; otherwise it follows the period's year. */
  readonly ruleSetId?: ReviewRuleSetId;
  /** The day of the meeting. */
  readonly heldOn?: IsoDate;
  /** The higher level's suggestion. */
  readonly suggestion?: ReviewSuggestion;
  /** The self-assessment. */
  readonly selfAssessment?: ReviewSelfAssessment;
  /** The manifestations identified, one per target. */
  readonly findings: readonly ReviewFinding[];
  /** The remediation plan. */
  readonly remediation: readonly RemediationItem[];
  /** What came of it. */
  readonly outcome: ReviewOutcome;
}

/**
 * A yearly written commitment (bản cam kết không vi phạm 27 biểu hiện). **Practice, not a verified
 * rule:** the seeds show it (Krông Nô: "hàng năm … đều xây dựng bản cam kết không vi phạm 27 biểu
 * hiện suy thoái … và 85 biểu hiện", seed 001; Giang Thành: "có bản cam kết với chi bộ", seed 003),
 * but the regulation that makes it mandatory, its form and timing are unverified
 * (hierarchy-review-reports.md §2.2 and §6).
 * @category Review
 */
export interface ReviewCommitment {
  /** The caller's identifier of the person (or of the organization or its head). */
  readonly personId: string;
  /** The year committed for. */
  readonly year: number;
  /** The catalog items committed to, in catalog order, without repeats. */
  readonly items: readonly ManifestationId[];
  /** True when all 27 items are covered. */
  readonly coversAll27: boolean;
  /** Other commitments in free text (a local list such as the "85 biểu hiện" of seed 001). */
  readonly otherCommitments: readonly string[];
  /** The day it was signed. */
  readonly signedOn?: IsoDate;
  /** Where it was made public ("tại chi bộ"). */
  readonly publishedAt?: string;
}

/** Internal: the kind the tally uses for a subject. @internal */
export function subjectKindOf(subject: ReviewSubject): 'individual' | 'collective' {
  return subject.type === 'member' ? 'individual' : 'collective';
}

/** Internal: a stable key of a subject. @internal */
export function subjectKey(subject: ReviewSubject): string {
  return `${subject.type}\u0000${subject.id}`;
}

/** Internal: a stable key of a period. @internal */
export function periodKey(period: ReviewPeriod): string {
  return period.quarter === undefined ? `${period.year}` : `${period.year}-Q${period.quarter}`;
}

/** Internal: a stable key of a finding target. @internal */
export function targetKey(target: ReviewFindingTarget): string {
  return target.manifestation ?? `G${target.group}`;
}
