import type { IsoDate } from '../_lib/dates.js';
import type { DisciplineFact } from '../_lib/disciplineFacts.js';

export type { DisciplineFact } from '../_lib/disciplineFacts.js';
import type { AppliedOption, Explanation, Reason } from '../explain/explanation.js';
import type { Label } from '../i18n/label.js';
import type { RatingLevel } from '../i18n/vocabulary.js';
import type { Citation } from '../legal/citation.js';
import type { RuleSetInfo } from '../legal/ruleSets.js';

/**
 * The subjects of QĐ 366-QĐ/TW Điều 11: a member holding a leadership or management post
 * (`leader`), one who does not (`nonLeader`), and a member who does not work in the political
 * system (`outsideSystem`: retired, students, private sector; Phụ lục 5).
 * @category Rating
 */
export type RatingRole = 'leader' | 'nonLeader' | 'outsideSystem';

/**
 * A grade of one evaluation criterion under QĐ 132 / HD 21 and QĐ 124 (Xuất sắc, Tốt,
 * Trung bình, Kém): `excellent`, `good`, `average`, `poor`.
 * @category Rating
 */
export type RatingCriterionGrade = 'excellent' | 'good' | 'average' | 'poor';

/**
 * The grades of the criteria groups, where a rule set states its levels over grades
 * (HD 21 Mục II.B, QĐ 124 Điều 11 khoản 1).
 * @category Rating
 */
export interface RatingCriteriaGrades {
  /** The lowest grade among the criteria on the results of the assigned (political) tasks. */
  readonly taskResults: RatingCriterionGrade;
  /** The lowest grade among the remaining criteria. */
  readonly other: RatingCriterionGrade;
}

/**
 * Task counts for the rating year. For a leader under QĐ 366 these are the tasks of the units
 * the leader directly leads (Điều 11 k1 1.2, k2, k3).
 * @category Rating
 */
export interface RatingTaskCounts {
  /** Tasks (chỉ tiêu, nhiệm vụ) assigned in the year. */
  readonly assigned: number;
  /** Tasks completed (≤ assigned). */
  readonly completed: number;
  /** Completed tasks completed on time (≤ completed). */
  readonly onTime: number;
  /** Completed tasks completed beyond the requirement, "vượt mức" (≤ completed). */
  readonly exceeded: number;
}

/**
 * One disciplinary decision against the person (or, in `leadershipDisciplines`, a member of a
 * leadership collective): the shared discipline fact (`src/_lib/disciplineFacts.ts`), one shape for
 * rating and discipline.
 * @category Rating
 */
export type RatingDisciplineFact = DisciplineFact;

/**
 * Facts only a leader's rating needs under QĐ 366 Điều 11 khoản 4 (4.2).
 * @category Rating
 */
export interface LeaderRatingFacts {
  /**
   * The tasks of the localities, fields, agencies, units or sections the leader directly leads
   * ("địa phương, lĩnh vực, cơ quan, đơn vị, bộ phận do cá nhân trực tiếp lãnh đạo, quản lý"): what
   * QĐ 366 Điều 11 reads for a leader (khoản 1 điểm 1.2, khoản 2, 3, and the "dưới 70%" case of
   * điểm 4.2). The leader's own tasks go in `tasks`, which no QĐ 366 rule for leaders reads.
   * Deprecated fallback: when this is absent, a leader's `tasks` is read as the units' tasks, as
   * before, and the result says so in a caveat; give `unitTasks` to keep the two apart.
   */
  readonly unitTasks?: RatingTaskCounts;
  /** Number of localities, units or fields the leader directly leads. */
  readonly unitsLed?: number;
  /** How many of those were rated "không hoàn thành nhiệm vụ". */
  readonly unitsLedUnsatisfactory?: number;
  /** Share of low-confidence votes at the year's confidence vote, in percent (0–100), if one was held. */
  readonly lowConfidenceVotePercent?: number;
  /** The 5 basic socio-economic targets assigned to the post were not met. */
  readonly basicTargetsMissed?: boolean;
  /** Corruption, waste or negativity occurred within direct management and was disciplined. */
  readonly corruptionInScopeDisciplined?: boolean;
  /** The leader proactively detected, reported and handled it, consequences remedied (escape clause). */
  readonly proactivelyHandled?: boolean;
}

/**
 * The facts about one party member for one rating year. Only `year` is required: the result
 * lists in `missing` the facts the rule set still needs.
 * @category Rating
 */
export interface MemberRatingFacts {
  /** The rating year. */
  readonly year: number;
  /** QĐ 366 subject (leader, non-leader, outside the political system). */
  readonly role?: RatingRole;
  /** Total score on the 100-point scale (QĐ 366 Điều 10). */
  readonly score?: number;
  /**
   * The member's own task counts. For a leader under QĐ 366 the rules read the tasks of the units
   * led, `leader.unitTasks`; without it, `tasks` is read as those (deprecated, with a caveat).
   */
  readonly tasks?: RatingTaskCounts;
  /** Criteria grades (HD 21, QĐ 124). */
  readonly criteria?: RatingCriteriaGrades;
  /** All shortcomings pointed out at the previous review were fixed (QĐ 366 Điều 11 k1 1.4). */
  readonly shortcomingsFixed?: boolean;
  /** The competent body concluded manifestations of degradation. */
  readonly degradationConcluded?: boolean;
  /**
   * QĐ 366 Điều 11 khoản 4, members without a leadership post (quoted): the competent body
   * concluded that the member committed a "vi phạm những điều đảng viên không được làm, vi phạm
   * quy định về trách nhiệm nêu gương, gây ảnh hưởng xấu đến uy tín của bản thân và tổ chức, cơ
   * quan, đơn vị" (violated what members must not do or the duty to set an example, harming the
   * reputation of the member and the unit). `true` forces "unsatisfactory"; asked for in `missing`
   * when absent (unless `assumeNoEvents`).
   */
  readonly prohibitedConductConcluded?: boolean;
  /**
   * The member admitted the violation of `prohibitedConductConcluded` of their own accord,
   * self-detected it and remedied the consequences: the escape clause of QĐ 366 Điều 11 khoản 4
   * for members without a leadership post (D8: `forcedLevel` with `discretionAvailable`).
   */
  readonly prohibitedConductSelfReportedAndRemedied?: boolean;
  /** Disciplinary decisions; an empty list means none. */
  readonly disciplines?: readonly RatingDisciplineFact[];
  /** The civil-service (CBCCVC) rating, or `notCivilServant`. */
  readonly civilServiceLevel?: RatingLevel | 'notCivilServant';
  /** Total months of sick leave in the year (0–12). */
  readonly sickLeaveMonths?: number;
  /** On maternity leave during the year. */
  readonly maternityLeave?: boolean;
  /** Date of admission to the Party. */
  readonly admittedOn?: IsoDate;
  /** Date of the year-end review meeting (the cut-off for "chưa đủ 6 tháng", decision D12). */
  readonly reviewOn?: IsoDate;
  /** Exempted from party work and activity ("miễn công tác và sinh hoạt đảng"). */
  readonly exemptFromActivity?: boolean;
  /** Suspended from party activity ("đình chỉ sinh hoạt đảng"). */
  readonly suspended?: boolean;
  /** Facts for leaders (QĐ 366 Điều 11 k4 4.2). */
  readonly leader?: LeaderRatingFacts;
  /** A level proposed by the person or the cell, checked against the allowed range. */
  readonly proposedLevel?: RatingLevel;
}

/**
 * Counts of ratings by level (members of a chi bộ, sub-organizations of a đảng bộ).
 * @category Rating
 */
export interface RatingLevelCounts {
  /** Rated "hoàn thành xuất sắc nhiệm vụ". */
  readonly excellent: number;
  /** Rated "hoàn thành tốt nhiệm vụ". */
  readonly good: number;
  /** Rated "hoàn thành nhiệm vụ". */
  readonly satisfactory: number;
  /** Rated "không hoàn thành nhiệm vụ" (HD 27: "yếu kém" for organizations). */
  readonly unsatisfactory: number;
}

/**
 * What kind of collective is rated: a chi bộ (`partyCell`), a đảng bộ (`partyCommittee`), a
 * leadership collective (`leadershipCollective`, tập thể lãnh đạo, quản lý) or another
 * organization, agency or unit (`agency`, tổ chức, cơ quan, đơn vị).
 *
 * **Not the report area's vocabulary.** Here `partyCell` is a **chi bộ** (cơ sở or trực thuộc:
 * the rating rules are the same for both); in the report area (`UnitKind`) `partyCell` is a
 * **tổ đảng**, which is not rated, and a chi bộ is `grassrootsBranch` or `directBranch`. The rating
 * word cannot be aliased to the report's without the same string meaning two things, so it stays;
 * map a report unit before rating it: `grassrootsBranch` / `directBranch` → `partyCell`,
 * `grassrootsCommittee` / `subCommittee` → `partyCommittee`; a tổ đảng is not rated.
 * @category Rating
 */
export type RatedOrganizationKind = 'partyCell' | 'partyCommittee' | 'leadershipCollective' | 'agency';

/**
 * The facts about one organization or collective for one rating year.
 * @category Rating
 */
export interface OrganizationRatingFacts {
  /** The rating year. */
  readonly year: number;
  /** Kind of collective. */
  readonly kind: RatedOrganizationKind;
  /** Total score on the 100-point scale (QĐ 366 Điều 10; HD 27 used points too). */
  readonly score?: number;
  /** Task counts. */
  readonly tasks?: RatingTaskCounts;
  /** Criteria grades (HD 21, QĐ 124). */
  readonly criteria?: RatingCriteriaGrades;
  /** All shortcomings pointed out at the previous review were fixed. */
  readonly shortcomingsFixed?: boolean;
  /** Ratings of the members (chi bộ). */
  readonly members?: RatingLevelCounts;
  /** Ratings of the directly subordinate organizations (đảng bộ). */
  readonly subUnits?: RatingLevelCounts;
  /** Number of directly subordinate units (defaults to the sum of `subUnits`). */
  readonly subUnitsTotal?: number;
  /** How many subordinate units were disciplined in the year. */
  readonly subUnitsDisciplined?: number;
  /**
   * QĐ 132 Điều 12 khoản 4 (a) / QĐ 124 Điều 12 khoản 4, first item (quoted): "Có đơn vị trực
   * thuộc xảy ra các vụ, việc tham ô, tham nhũng … bị xử lý …": a subordinate unit had a case of
   * embezzlement, corruption (QĐ 124: waste, negativity) or another violation that was handled
   * under Party rules or State law in the year. `true` forces "unsatisfactory"; asked for in
   * `missing` when absent (unless `assumeNoEvents`; never for a chi bộ, which has no subordinate units).
   */
  readonly subUnitCorruptionHandled?: boolean;
  /**
   * The case of `subUnitCorruptionHandled` was self-detected and its consequences remedied
   * ("trừ trường hợp tự phát hiện và khắc phục xong hậu quả"): the forced level stays, with
   * `discretionAvailable` (D8).
   */
  readonly subUnitCorruptionSelfDetectedAndRemedied?: boolean;
  /** Disciplines of the organization or collective itself. */
  readonly disciplines?: readonly RatingDisciplineFact[];
  /** Disciplines of members of its leadership collective. */
  readonly leadershipDisciplines?: readonly RatingDisciplineFact[];
  /** Concluded: disunity, factionalism, wrongdoing in cadre work (mất đoàn kết nội bộ …). */
  readonly disunityConcluded?: boolean;
  /** Concluded: a member of the leadership collective shows degradation. */
  readonly degradationConcluded?: boolean;
  /** Main targets (chỉ tiêu chủ yếu) were not met (QĐ 132 / QĐ 124 with the under-50% trigger). */
  readonly mainTargetsMissed?: boolean;
  /** The 5 basic socio-economic targets were not met (QĐ 366 k4, leadership collectives). */
  readonly basicTargetsMissed?: boolean;
  /** Force majeure explains the unmet tasks or targets (escape clause). */
  readonly forceMajeure?: boolean;
  /** Government, Fatherland Front and mass organizations at the same level rated "tốt" or better (HD 21 1.3). */
  readonly sameLevelBodiesGoodOrBetter?: boolean;
  /** HD 27: the same-level government was rated at the lowest level. */
  readonly governmentLowestLevel?: boolean;
  /** HD 27: how many same-level Fatherland Front / mass organizations were rated at the lowest level. */
  readonly massOrganizationsLowestLevel?: number;
  /** HD 27: corruption or degradation reached the point that a member had to be disciplined. */
  readonly memberDisciplinedForCorruptionOrDegradation?: boolean;
  /** Date the organization or collective was founded (the 6-month rule). */
  readonly establishedOn?: IsoDate;
  /** Date of the year-end review meeting. */
  readonly reviewOn?: IsoDate;
  /** A proposed level, checked against the allowed range. */
  readonly proposedLevel?: RatingLevel;
}

/**
 * Options of a rating call. Each corresponds to a decision of rating.md §9; the default is the
 * library's documented choice, and an option that changed the result is listed in the result.
 * @category Rating
 */
export interface RatingOptions {
  /** Force a rule set by id (`"hd27"`, `"hd16"`, `"hd21"`, `"qd124"`, `"qd366"`) instead of the year's (D1). */
  readonly ruleSet?: string;
  /** Which day of the year selects the rule set: `yearEnd` (default, rating.md §1.2) or `yearStart` (D1). */
  readonly ruleSetBy?: 'yearEnd' | 'yearStart';
  /**
   * The former name of `ruleSetBy`, still read (`ruleSetBy` wins when both are given); a result
   * names the option under the name given.
   * @deprecated Use `ruleSetBy`. Will be removed in the next minor.
   */
  readonly ruleSetAt?: 'yearEnd' | 'yearStart';
  /** QĐ 366 band gaps (D10): `cascade` (default) treats each band as a floor once a higher level fails; `strict` keeps bands literal. */
  readonly bandReading?: 'cascade' | 'strict';
  /** What a gap that no level covers becomes (D10): `unclassified` (default) or `unsatisfactory`. */
  readonly gapFallback?: 'unclassified' | 'unsatisfactory';
  /** Which year a discipline counts in, absent `countedInYear` (D6): the decision's (default) or the violation's. */
  readonly disciplineYearBy?: 'decision' | 'violation';
  /** The cut-off of "chưa đủ 6 tháng" (D12): the review meeting (default, falls back to 31 December) or 31 December. */
  readonly sixMonthsAt?: 'reviewOn' | 'yearEnd';
  /** QĐ 124 / HD 25 sick leave, unverified (D13): `hd21Cap`, `actualWork`, or unset (the result says it cannot rule). */
  readonly sickLeaveV3?: 'hd21Cap' | 'actualWork';
  /** Apply QĐ 132 Điều 12 k4 (a) / QĐ 124 organization triggers to party organizations (default true; an inference). */
  readonly organizationTriggersApplyToPartyOrganizations?: boolean;
  /** Treat absent event facts (exemption, suspension, degradation, disciplines, leave) as "none" instead of reporting them missing (default false). */
  readonly assumeNoEvents?: boolean;
  /**
   * QĐ 124 collective levels (rating.md §5.2) are known only from an English paraphrase (LawNet)
   * and the grouping of the "unsatisfactory" items is inferred. By default (`false`) the result
   * gives at most the allowed range, with each paraphrased level in `unverified`; `true` applies
   * the paraphrase and decides a level (named in the result's `options`). Either way the quoted
   * Điều 12 khoản 4 decides "unsatisfactory" ("trên 20%" of sub-units disciplined, the leadership
   * collective disciplined): the paraphrase only narrows the range from above and never decides
   * "unsatisfactory", so `true` is never milder than the default, only firmer inside its range.
   */
  readonly acceptParaphrasedCriteria?: boolean;
  /** Round the score to this many decimals before comparing with the bands (D11; default: exact). */
  readonly scoreDecimals?: number;
}

/**
 * A fact the rule set needs that was not given: a form can ask for exactly these.
 * @category Rating
 */
export interface RatingMissingFact {
  /** The fact's path in the facts object, e.g. `"score"` or `"disciplines[0].relatedToOfficialDuty"`. */
  readonly path: string;
  /** Why it is needed. */
  readonly reason: Label;
}

/**
 * A level the rule set cannot rule on, and why (the reference marks its criterion unverified).
 * @category Rating
 */
export interface RatingUnverifiedLevel {
  /** The level concerned. */
  readonly level: RatingLevel;
  /** Why the library cannot rule on it. */
  readonly reason: Label;
  /** What the reference knows, if anything. */
  readonly citations: readonly Citation[];
}

/**
 * A condition that kept a level out, with its citation.
 * @category Rating
 */
export interface RatingBlock extends Reason {
  /** The best level this condition keeps out (levels above it are out too). */
  readonly level: RatingLevel;
}

/**
 * A level label as a rule set writes it (HD 27 used other names for organizations), with how the
 * reference knows the label.
 * @category Rating
 */
export interface VersionLevelLabel extends Label {
  /** Whether the label itself is attested for this version. */
  readonly status: 'quoted' | 'secondaryPractice' | 'unverified';
}

/**
 * A reference to the rule set a result was computed under.
 * @category Rating
 */
export interface RatingRuleSetRef {
  /** The rule-set id (`"hd21"`, `"qd366"`, …). */
  readonly id: string;
  /** Its name in both languages. */
  readonly label: Label;
}

/**
 * The result of {@link rateMember} or {@link rateOrganization}. Never an official decision: the
 * competent body decides and may re-rate (QĐ 366 Điều 12 khoản 1, Điều 15 khoản 3; decision D15).
 * @category Rating
 */
export interface RatingResult {
  /** `member` or `organization`. */
  readonly subject: 'member' | 'organization';
  /** `rated`; `notRated` (exempt: see `notRatedReason`); `unclassified` (no level covers the facts, D10). */
  readonly status: 'rated' | 'notRated' | 'unclassified';
  /** Why the subject is not rated. */
  readonly notRatedReason?: Reason;
  /**
   * For `notRated`: how the reference knows that the subject is not rated: `quoted` (the text
   * says so), `paraphrased` (a secondary source's wording) or `inferred` (a reading, e.g. QĐ 366
   * Điều 5 khoản 2 says "not reviewed", and "not rated" is a source's interpretation). Anything
   * but `quoted` also adds a caveat to the explanation.
   */
  readonly notRatedBasis?: 'quoted' | 'paraphrased' | 'inferred';
  /** For `notRated`: whether the subject must still be reviewed (kiểm điểm). */
  readonly reviewRequired?: boolean;
  /** The level, when the rule set decides it from the facts given. */
  readonly level?: RatingLevel;
  /** The label of `level` in this rule set. */
  readonly levelLabel?: VersionLevelLabel;
  /** The best level the facts still allow. */
  readonly maxLevel?: RatingLevel;
  /** The levels the facts still allow, best first. */
  readonly allowedLevels: readonly RatingLevel[];
  /**
   * `true` when a missing fact (the admission date, an exemption, a suspension: see `missing`)
   * could still make the subject not rated. Such a fact widens the answer only by "not rated": it
   * never adds a level to `allowedLevels`.
   */
  readonly notRatedPossible?: true;
  /** A level forced by a hard trigger (e.g. a discipline in the year under HD 21). */
  readonly forcedLevel?: RatingLevel;
  /** An escape clause lets the competent body decide otherwise (D8). */
  readonly discretionAvailable: boolean;
  /** Each condition that kept a better level out, with its citation. */
  readonly blockedBy: readonly RatingBlock[];
  /** Facts needed but not given. */
  readonly missing: readonly RatingMissingFact[];
  /** Levels the rule set cannot rule on, and why. */
  readonly unverified: readonly RatingUnverifiedLevel[];
  /** The check of `proposedLevel`, when given. */
  readonly proposal?: RatingProposalCheck;
  /** The rule set used. */
  readonly ruleSet: RatingRuleSetRef;
  /** Options that changed the result. */
  readonly options: readonly AppliedOption[];
  /** The explanation in Vietnamese and English, with the not-an-official-decision caveat. */
  readonly explanation: Explanation;
}

/**
 * The check of a proposed level against the allowed range.
 * @category Rating
 */
export interface RatingProposalCheck {
  /** The level proposed. */
  readonly level: RatingLevel;
  /** `true` when allowed, `false` when a rule excludes it, `unknown` when facts are missing or the level is unverified. */
  readonly allowed: boolean | 'unknown';
  /** Why, in both languages. */
  readonly reason: Label;
}

/**
 * A criterion a rule set encodes or lists as unverified, for docs and forms ({@link rulesFor}).
 * @category Rating
 */
export interface RatingCriterion {
  /** Stable id, e.g. `"qd366.member.excellent.exceeded"`. */
  readonly id: string;
  /** `member` or `organization` (incl. collectives). */
  readonly subject: 'member' | 'organization';
  /** The level the criterion is about. */
  readonly level: RatingLevel | 'notRated' | 'quota';
  /** What the criterion says, in both languages. */
  readonly text: Label;
  /** Whether the library applies it (`applied`), only reports it (`informational`) or cannot (`unverified`). */
  readonly use: 'applied' | 'informational' | 'unverified';
  /** Where it is written. */
  readonly citation: Citation;
}

/**
 * The quota a rule set sets on "excellent" (rating.md §7.2).
 * @category Rating
 */
export interface RatingQuotaRule {
  /** The share of "good" that "excellent" may not exceed, in percent (20). */
  readonly percent: number;
  /** The exceptional share (QĐ 366: 25), where one exists. */
  readonly exceptionPercent?: number;
  /** The group the quota counts in, in both languages. */
  readonly group: Label;
  /** Where it is written. */
  readonly citation: Citation;
  /** Where the exceptional share is written (QĐ 366 Điều 11 khoản 1, 1.5), where one exists. */
  readonly exceptionCitation?: Citation;
  /**
   * Where `percent` comes from: the central text (`text`, also when absent) or only local
   * practice (`secondaryPractice`: rating.md status legend, "shows practice, not the central
   * rule"). HD 21 organizations: the central sentence is cut off ("Lưu ý: Cấp có thẩm quyền xem
   * xét, quyết định s[…]") and the 20% is seen only in a 2020 local form (rating.md §4.3, §7.2).
   * {@link checkQuota} applies such a quota with a caveat; `reconcile` does not flag reports on it.
   */
  readonly basis?: 'text' | 'secondaryPractice';
}

/**
 * A versioned rating rule set: its dates, labels, criteria, quotas and sources, each with its
 * citation. Data only: rating goes through {@link rateMember} / {@link rateOrganization}, which
 * validate their input. One module per version (`src/rating/ruleSets/`) declares it; all are
 * registered in {@link ratingRuleSets}, which derives each set's `validTo` from the next one's
 * `validFrom`.
 * @category Rating
 */
export interface RatingRuleSet extends RuleSetInfo {
  /** Always `"rating"`. */
  readonly area: 'rating';
  /** The level labels this version uses for members. */
  readonly memberLevelLabels: Readonly<Record<RatingLevel, VersionLevelLabel>>;
  /** The level labels this version uses for organizations. */
  readonly organizationLevelLabels: Readonly<Record<RatingLevel, VersionLevelLabel>>;
  /** The criteria encoded or listed, with citations. */
  readonly criteria: readonly RatingCriterion[];
  /** Quota on "excellent" members, where the reference attests one. */
  readonly memberQuota?: RatingQuotaRule;
  /** Quota on "excellent" collectives, where the reference attests one. */
  readonly organizationQuota?: RatingQuotaRule;
}

/**
 * A rating rule set as the engine reads it: the public data without its criteria list, plus the
 * member evaluation (organization rating finds its function by id, `rating/_organizationEngines.ts`).
 * Internal: the public rule sets carry data and citations only. @internal
 * @category Rating
 */
export type RatingEngineRuleSet = Omit<RatingRuleSet, 'criteria'> & {
  /** Evaluate a member (trusted facts: parsed at the boundary). */
  readonly evaluateMember: (facts: MemberRatingFacts, options: ResolvedRatingOptions, trace: RatingTrace | undefined) => RatingEvaluation;
};

/**
 * Rating options with their defaults filled in. @internal
 * @category Rating
 */
export interface ResolvedRatingOptions {
  /** See {@link RatingOptions.bandReading}. */
  readonly bandReading: 'cascade' | 'strict';
  /** See {@link RatingOptions.gapFallback}. */
  readonly gapFallback: 'unclassified' | 'unsatisfactory';
  /** See {@link RatingOptions.disciplineYearBy}. */
  readonly disciplineYearBy: 'decision' | 'violation';
  /** See {@link RatingOptions.sixMonthsAt}. */
  readonly sixMonthsAt: 'reviewOn' | 'yearEnd';
  /** See {@link RatingOptions.sickLeaveV3}. */
  readonly sickLeaveV3: 'hd21Cap' | 'actualWork' | undefined;
  /** See {@link RatingOptions.organizationTriggersApplyToPartyOrganizations}. */
  readonly organizationTriggersApplyToPartyOrganizations: boolean;
  /** See {@link RatingOptions.assumeNoEvents}. */
  readonly assumeNoEvents: boolean;
  /** See {@link RatingOptions.acceptParaphrasedCriteria}. */
  readonly acceptParaphrasedCriteria: boolean;
  /** See {@link RatingOptions.scoreDecimals}. */
  readonly scoreDecimals: number | undefined;
}

/**
 * The compact outcome of the engine. @internal
 * @category Rating
 */
export interface RatingEvaluation {
  /** 0 rated, 1 notRated, 2 unclassified. */
  readonly status: 0 | 1 | 2;
  /** Bit mask of allowed levels (1 excellent, 2 good, 4 satisfactory, 8 unsatisfactory). */
  readonly allowed: number;
  /** A hard trigger forced "unsatisfactory". */
  readonly forced: boolean;
  /** The forced level is open to the competent body's discretion. */
  readonly discretion: boolean;
  /** How many needed facts were missing (not counting those that only decide whether the subject is rated). */
  readonly missing: number;
  /** A missing fact (admission date, exemption, suspension) could still make the subject not rated. */
  readonly notRatedPossible: boolean;
  /** Bit mask of levels the rule set cannot rule on. */
  readonly unverified: number;
}

/**
 * The collector of reasons the engine fills when an explanation is wanted. @internal
 * @category Rating
 */
export interface RatingTrace {
  /** Reasons. */
  readonly reasons: Reason[];
  /** Blocks. */
  readonly blocked: RatingBlock[];
  /** Missing facts. */
  readonly missing: RatingMissingFact[];
  /** Unverified levels. */
  readonly unverified: RatingUnverifiedLevel[];
  /** Caveats. */
  readonly caveats: Label[];
  /** Options that mattered. */
  readonly options: AppliedOption[];
  /** Not-rated reason. */
  notRatedReason: Reason | undefined;
  /** Review still required when not rated. */
  reviewRequired: boolean | undefined;
  /** How the not-rated rule is known. */
  notRatedBasis: 'quoted' | 'paraphrased' | 'inferred' | undefined;
}
