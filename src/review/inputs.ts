/**
 * What callers write: the input shapes of the review records, before validation and
 * normalization (see `schemas.ts` for the rules applied).
 * @module
 */
import type { IsoDate } from '../_lib/dates.js';
import type { ManifestationGroupNumber, ManifestationId } from '../catalog/manifestations.js';
import type { DisciplineForm, NonDisciplinaryMeasure, RatingLevel } from '../i18n/vocabulary.js';
import type {
  ReviewDisciplineReferral,
  ReviewFindingSource,
  ReviewLeadershipCollectiveSubject,
  MemberActivityStatus,
  RemediationStatus,
  ReviewKind,
  ReviewOrganizationKind,
  ReviewPeriod,
  ReviewPlace,
  ReviewSelfAssessment,
} from './model.js';
import type { ReviewRuleSetId } from './ruleSetIds.js';

/**
 * A member under review, as written by the caller.
 * @category Review
 */
export interface ReviewMemberSubjectInput {
  /** Discriminator. */
  readonly type: 'member';
  /** The caller's identifier of the person. */
  readonly id: string;
  /** True for a leader or manager; default `false`. */
  readonly leader?: boolean;
  /** Official or probationary member. */
  readonly membership?: 'official' | 'probationary';
  /** Party-activity status on the day of the review. */
  readonly activityStatus?: MemberActivityStatus;
  /** The day of admission (`YYYY-MM-DD`). */
  readonly admittedOn?: IsoDate;
}

/**
 * A party organization under review, as written by the caller.
 * @category Review
 */
export interface ReviewOrganizationSubjectInput {
  /** Discriminator. */
  readonly type: 'partyOrganization';
  /** The caller's identifier of the organization. */
  readonly id: string;
  /** Which kind; default `"other"`. */
  readonly organizationKind?: ReviewOrganizationKind;
}

/**
 * The subject of a review, as written by the caller.
 * @category Review
 */
export type ReviewSubjectInput = ReviewMemberSubjectInput | ReviewOrganizationSubjectInput | ReviewLeadershipCollectiveSubject;

/**
 * What a finding or a remediation item points at: a catalog id (any case: `"g1-4"` is read as
 * `"G1-4"`), or only a group. Give one; if both are given they must agree.
 * @category Review
 */
export interface ReviewFindingTargetInput {
  /** A catalog id, `"G1-1"` … `"G3-9"`. */
  readonly manifestation?: ManifestationId | (string & Record<never, never>);
  /** A group, 1–3, for a finding that names only the group. */
  readonly group?: ManifestationGroupNumber;
}

/**
 * One finding as written by the caller.
 * @category Review
 */
export interface ReviewFindingInput extends ReviewFindingTargetInput {
  /** Who identified it: one source or several. */
  readonly identifiedBy: ReviewFindingSource | readonly ReviewFindingSource[];
  /** True when the competent body has concluded it; default `false`. */
  readonly concluded?: boolean;
  /** The body that concluded it (requires `concluded: true`). */
  readonly concludedBy?: string;
  /** The day it was concluded (requires `concluded: true`). */
  readonly concludedOn?: IsoDate;
  /** Evidence: one text or several. */
  readonly evidence?: string | readonly string[];
}

/**
 * One remediation item as written by the caller.
 * @category Review
 */
export interface RemediationItemInput {
  /** The caller's identifier of the item. */
  readonly id?: string;
  /** What is to be done. */
  readonly action: string;
  /** The findings of the same review it remedies. */
  readonly addresses?: readonly ReviewFindingTargetInput[];
  /** The day it is due. */
  readonly dueOn?: IsoDate;
  /** Where it stands. */
  readonly status: RemediationStatus;
  /** The day it was done (requires `status: "done"`). */
  readonly doneOn?: IsoDate;
}

/**
 * The higher level's suggestion as written by the caller.
 * @category Review
 */
export interface ReviewSuggestionInput {
  /** The body that made the suggestion; required for kinds `suggested` and `deep`. */
  readonly suggestedBy?: string;
  /** The issues raised; default none. */
  readonly issues?: readonly string[];
  /** The day of the suggestion. */
  readonly on?: IsoDate;
}

/**
 * The outcome as written by the caller.
 * @category Review
 */
export interface ReviewOutcomeInput {
  /** The rating level decided. */
  readonly rating?: RatingLevel;
  /** The referral to the discipline procedure. */
  readonly disciplineReferral?: ReviewDisciplineReferral;
  /** A discipline decided afterwards, as the report gives it. */
  readonly discipline?: DisciplineForm;
  /** Non-disciplinary measures taken. */
  readonly nonDisciplinary?: readonly NonDisciplinaryMeasure[];
}

/**
 * One review as written by the caller: the input of {@link parseReview} and of every function
 * that takes reviews.
 * @category Review
 */
export interface ReviewInput {
  /** The caller's identifier of the review. */
  readonly id?: string;
  /** The unit whose records these are. */
  readonly unitId: string;
  /** Who is reviewed. */
  readonly subject: ReviewSubjectInput;
  /** The period covered. */
  readonly period: ReviewPeriod;
  /** The kind of review. */
  readonly kind: ReviewKind;
  /** Where it took place. */
  readonly place: ReviewPlace;
  /** The guidance version followed; default: the one governing the period's year. */
  readonly ruleSetId?: ReviewRuleSetId;
  /** The day of the meeting. */
  readonly heldOn?: IsoDate;
  /** The higher level's suggestion. */
  readonly suggestion?: ReviewSuggestionInput;
  /** The self-assessment. */
  readonly selfAssessment?: ReviewSelfAssessment;
  /** The manifestations identified; duplicates are merged. */
  readonly findings?: readonly ReviewFindingInput[];
  /** The remediation plan. */
  readonly remediation?: readonly RemediationItemInput[];
  /** What came of it. */
  readonly outcome?: ReviewOutcomeInput;
}

/**
 * A yearly commitment as written by the caller.
 * @category Review
 */
export interface ReviewCommitmentInput {
  /** The caller's identifier of the person. */
  readonly personId: string;
  /** The year committed for. */
  readonly year: number;
  /** `"all27"` or the catalog ids committed to. */
  readonly items: 'all27' | readonly (ManifestationId | (string & Record<never, never>))[];
  /** Other commitments in free text. */
  readonly otherCommitments?: readonly string[];
  /** The day it was signed. */
  readonly signedOn?: IsoDate;
  /** Where it was made public. */
  readonly publishedAt?: string;
}
