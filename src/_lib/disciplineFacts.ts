/**
 * The one shape of a disciplinary decision as the rating rules read it, shared by the rating area
 * (`MemberRatingFacts.disciplines`, exported as `RatingDisciplineFact`) and the discipline area
 * (what a decision hands to rating). Type-only: this module has no runtime code.
 * @internal
 */
import type { IsoDate } from './dates.js';
import type { DisciplineForm } from '../i18n/vocabulary.js';

/**
 * One disciplinary decision against the person (or, in `leadershipDisciplines`, a member of a
 * leadership collective), as the rating rules read it.
 * @category Rating
 */
export interface DisciplineFact {
  /** The form, with the discipline area's codes. */
  readonly form: DisciplineForm;
  /** Date of the disciplinary decision. */
  readonly decidedOn: IsoDate;
  /** Date of the violation, where known (used by `disciplineYearBy: 'violation'`, decision D6). */
  readonly violationOn?: IsoDate;
  /** Whether the violation relates to official duty ("liên quan đến hoạt động công vụ"), decision D7. */
  readonly relatedToOfficialDuty?: boolean;
  /** Self-admitted or self-detected with consequences remedied: the escape clause of decision D8. */
  readonly selfReportedAndRemedied?: boolean;
  /** The rating year this discipline counts in, when the caller decides it ("chỉ tính một lần", D6). */
  readonly countedInYear?: number;
  /** The violation happened at a previous unit before a transfer (QĐ 366 Điều 11 k4, leadership collectives). */
  readonly atPreviousUnit?: boolean;
}
