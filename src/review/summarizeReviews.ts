/**
 * The figures a district office writes about a review round (hierarchy-review-reports.md §3.5,
 * §4): collectives and individuals reviewed, suggested for review ("giới thiệu / gợi ý kiểm điểm
 * đối với 8 tập thể và 13 cá nhân", seed 001), found with manifestations ("có 6 tập thể và 32 cá
 * nhân được xác định có biểu hiện suy thoái", seed 004), passed on to the discipline procedure
 * ("thực hiện quy trình xem xét thi hành kỷ luật đối với 2 tập thể và 5 cá nhân", seed 001),
 * rated, and remediation items still open; and the same as the shared {@link Tally}.
 *
 * Counting (decision of the library, the reports do not say): a leader reviewed in two places is
 * counted once (hierarchy-review-reports.md §5.13: "de-duplicate persons reviewed in several
 * places"). The unit counted is the subject in a **year** by default: a report on a year counts
 * people (§5.13), and from 2025 a leader's quarterly evaluations (Q1–Q3) are part of that year's
 * review, Q4 being merged into the year-end one (hierarchy-review-reports.md §2.2, paraphrased), so
 * a leader with three quarterly reviews and the annual one is one individual reviewed. The rating
 * counted for that year is the annual one, else the latest quarter's (library choice). Summaries
 * of disjoint years add up with `mergeTallies`. Option `countUnit: "subjectPeriod"` counts a
 * subject once per period (each quarter apart: the earlier default); `"subject"` counts each
 * subject once across periods.
 * @module
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import type { ManifestationGroupNumber, ManifestationId } from '../catalog/manifestations.js';
import { issue, Nq4Error, parseInput } from '../errors.js';
import type { Label } from '../i18n/label.js';
import { DISCIPLINE_FORM_SEVERITY, type DisciplineForm, type NonDisciplinaryMeasure, type RatingLevel } from '../i18n/vocabulary.js';
import { tally, type Counts, type RatedSubject, type Tally, type TallyDisciplineSubject, type TallyInput } from '../tally/tally.js';
import { SUMMARY_MESSAGES as M } from './_messages.js';
import { isSuggested, mergeSubjects } from './_resolve.js';
import { periodKey, subjectKey, subjectKindOf, type ReviewCommitment, type RemediationStatus, type Review, type ReviewSubject } from './model.js';
import { parseReviewList, reviewCommitmentListSchema, type ReviewCommitmentInput, type ReviewInput } from './schemas.js';

/**
 * Options of {@link summarizeReviews}.
 * @category Review
 */
export interface SummarizeReviewsOptions {
  /** The yearly commitments to count with the reviews. */
  readonly commitments?: readonly ReviewCommitmentInput[];
  /**
   * Which findings make a subject "found with manifestations": `"all"` (default: identified in the
   * review, as the seed reports count them) or `"concluded"` (only those the competent body concluded).
   */
  readonly findings?: 'all' | 'concluded';
  /**
   * What one count is: `"subjectYear"` (default: a subject in one year, its quarters included),
   * `"subjectPeriod"` (a subject in one period: each quarter counts apart from the year) or
   * `"subject"` (once across periods).
   */
  readonly countUnit?: 'subjectYear' | 'subjectPeriod' | 'subject';
}

/**
 * A count of individuals and collectives.
 * @category Review
 */
export interface ReviewSubjectCounts {
  /** Individuals (đảng viên, cá nhân). */
  readonly individual: number;
  /** Collectives (tổ chức đảng, tập thể lãnh đạo, quản lý). */
  readonly collective: number;
}

/**
 * The summary of a set of reviews.
 * @category Review
 */
export interface ReviewSummary {
  /** Subjects reviewed. */
  readonly reviewed: ReviewSubjectCounts;
  /** Subjects reviewed on the higher level's suggestion (kinds `suggested`, `deep`, or with a suggestion). */
  readonly suggested: ReviewSubjectCounts;
  /** Subjects found with at least one manifestation (see option `findings`). */
  readonly foundWithManifestations: ReviewSubjectCounts;
  /** Subjects with a finding in each group (item or group-only), keyed `"1"`–`"3"`; every group present. */
  readonly foundByGroup: Counts<'1' | '2' | '3'>;
  /** Subjects with a finding of each catalog item. */
  readonly foundByItem: Counts<ManifestationId>;
  /** Subjects with a finding that names only the group. */
  readonly foundByGroupOnly: Counts<'1' | '2' | '3'>;
  /** Subjects passed on to the discipline procedure. */
  readonly referredToDiscipline: ReviewSubjectCounts;
  /** Subjects with a rating recorded. */
  readonly rated: ReviewSubjectCounts;
  /** Remediation items by status (each review's plan counted as given); every status present. */
  readonly remediationItems: Counts<RemediationStatus>;
  /** Remediation items not done and not dropped. */
  readonly openRemediationItems: number;
  /** Commitments counted (one per person and year). */
  readonly commitments: number;
  /** The same counts as the shared report tally. */
  readonly tally: Tally;
  /** A one-paragraph summary in both languages, in the phrasing of the reports. */
  readonly text: Label;
}

/** {@link SummarizeReviewsOptions}, checked; absent is fine. @internal */
export const summarizeReviewsOptionsSchema = /* @__PURE__ */ z.lazy(() =>
  z.optional(
    z.strictObject({
      commitments: z.optional(reviewCommitmentListSchema),
      findings: z.optional(z.enum(['all', 'concluded'])),
      countUnit: z.optional(z.enum(['subjectYear', 'subjectPeriod', 'subject'])),
    }),
  ),
);

/**
 * The rating that stands for a subject's year: the annual one (period key `"YYYY"`), else the
 * latest quarter's. The map holds the periods of one year only. @internal
 */
function yearRating(ratings: ReadonlyMap<string, RatingLevel>): RatingLevel | undefined {
  let annual: RatingLevel | undefined;
  let latestKey: string | undefined;
  for (const [k, level] of ratings) {
    if (!k.includes('-Q')) annual = level;
    else if (latestKey === undefined || k > latestKey) latestKey = k;
  }
  return annual ?? (latestKey === undefined ? undefined : ratings.get(latestKey));
}

function ratedSubjectOf(s: ReviewSubject): RatedSubject {
  if (s.type === 'member') return 'member';
  if (s.type === 'leadershipCollective') return 'leadershipCollective';
  return s.organizationKind === 'tccsd' ? 'tccsd' : s.organizationKind === 'directBranch' ? 'directBranch' : 'organization';
}

function disciplineSubjectOf(s: ReviewSubject): TallyDisciplineSubject {
  if (s.type !== 'member') return 'organization';
  return s.membership === 'official' ? 'officialMember' : s.membership === 'probationary' ? 'probationaryMember' : 'member';
}

interface UnitAcc {
  subject: ReviewSubject;
  suggested: boolean;
  items: Set<ManifestationId>;
  groups: Set<ManifestationGroupNumber>;
  groupOnly: Set<ManifestationGroupNumber>;
  referred: boolean;
  ratings: Map<string, RatingLevel>;
  discipline?: DisciplineForm;
  nonDisciplinary: Set<NonDisciplinaryMeasure>;
}

const add = (m: Record<string, number>, k: string, n = 1): void => {
  m[k] = (m[k] ?? 0) + n;
};

/**
 * Summarize reviews the way a district office reports them, and as the shared {@link Tally}
 * (`reviews`, `suggestedReviews`, `degradationFound`, `findingsByItem`, `findingsByGroupOnly`,
 * `disciplineProcedures`, `ratings`, `disciplines`, `nonDisciplinary`, `commitments`).
 * The result does not depend on the order of the reviews; a subject reviewed in several places
 * counts once; non-disciplinary measures are never counted as discipline; when one subject has
 * several disciplines recorded for the period, the most severe is counted.
 *
 * @example
 * ```ts
 * import { summarizeReviews } from 'nq4';
 * const s = summarizeReviews([
 *   {
 *     unitId: 'huyen',
 *     subject: { type: 'leadershipCollective', id: 'dang-uy-xa' },
 *     period: { year: 2017 },
 *     kind: 'suggested',
 *     suggestion: { suggestedBy: 'Ban Thường vụ Huyện ủy', issues: [] },
 *     place: { kind: 'ownLevel', unitId: 'dang-uy-xa' },
 *     outcome: { disciplineReferral: { by: 'Ủy ban Kiểm tra Huyện ủy' } },
 *   },
 * ]);
 * s.suggested.collective; // 1
 * s.tally.disciplineProcedures.collective; // 1
 * ```
 * @throws {@link Nq4Error} for malformed records, or `inconsistent` when one subject has two
 * different ratings for the same period.
 * @category Review
 */
export function summarizeReviews(reviews: readonly ReviewInput[], options?: SummarizeReviewsOptions): ReviewSummary {
  const list: readonly Review[] = parseReviewList(reviews);
  const o = parseInput(summarizeReviewsOptionsSchema, options, ['options']);
  const onlyConcluded = (o?.findings ?? 'all') === 'concluded';
  const countUnit = o?.countUnit ?? 'subjectYear';

  const { units, remediationItems } = accumulate(list, onlyConcluded, countUnit);
  const c = countUnits(units, countUnit);
  const { reviewed, suggested, found, referred, rated, foundByGroup, foundByItem, foundByGroupOnly, ratings, disciplines, nonDisciplinary } = c;
  const commitmentKeys = new Set((o?.commitments ?? []).map((c: ReviewCommitment) => `${c.personId}\u0001${c.year}`));
  const openRemediationItems = remediationItems.planned + remediationItems.inProgress;

  const t: TallyInput = {
    ratings,
    disciplines,
    nonDisciplinary,
    disciplineProcedures: referred,
    reviews: reviewed,
    suggestedReviews: suggested,
    degradationFound: found,
    findingsByItem: foundByItem,
    findingsByGroupOnly: foundByGroupOnly,
    commitments: commitmentKeys.size,
  };

  const { vi, en } = summaryText(c, onlyConcluded, openRemediationItems, commitmentKeys.size);

  return deepFreeze({
    reviewed,
    suggested,
    foundWithManifestations: found,
    foundByGroup,
    foundByItem,
    foundByGroupOnly,
    referredToDiscipline: referred,
    rated,
    remediationItems,
    openRemediationItems,
    commitments: commitmentKeys.size,
    tally: tally(t),
    text: { vi, en },
  });
}

/** One accumulator per counted unit (subject, subject and year, or subject and period), and the remediation items by status. */
function accumulate(list: readonly Review[], onlyConcluded: boolean, countUnit: NonNullable<SummarizeReviewsOptions['countUnit']>): { units: Map<string, UnitAcc>; remediationItems: Record<RemediationStatus, number> } {
  const units = new Map<string, UnitAcc>();
  const remediationItems: Record<RemediationStatus, number> = { planned: 0, inProgress: 0, done: 0, dropped: 0 };
  list.forEach((r, index) => {
    const key =
      countUnit === 'subject'
        ? subjectKey(r.subject)
        : `${subjectKey(r.subject)}\u0001${countUnit === 'subjectYear' ? String(r.period.year) : periodKey(r.period)}`;
    let u = units.get(key);
    if (!u) {
      u = { subject: r.subject, suggested: false, items: new Set(), groups: new Set(), groupOnly: new Set(), referred: false, ratings: new Map(), nonDisciplinary: new Set() };
      units.set(key, u);
    } else u.subject = mergeSubjects(u.subject, r.subject);
    if (isSuggested(r)) u.suggested = true;
    for (const f of r.findings) {
      if (onlyConcluded && !f.concluded) continue;
      u.groups.add(f.group);
      if (f.manifestation !== undefined) u.items.add(f.manifestation);
      else u.groupOnly.add(f.group);
    }
    if (r.outcome.disciplineReferral !== undefined) u.referred = true;
    if (r.outcome.rating !== undefined) {
      const pk = periodKey(r.period);
      const prior = u.ratings.get(pk);
      if (prior !== undefined && prior !== r.outcome.rating) {
        throw new Nq4Error([issue('inconsistent', [index, 'outcome', 'rating'], M.ratingsDiffer.vi, M.ratingsDiffer.en)]);
      }
      u.ratings.set(pk, r.outcome.rating);
    }
    const d = r.outcome.discipline;
    if (d !== undefined && (u.discipline === undefined || DISCIPLINE_FORM_SEVERITY[d] > DISCIPLINE_FORM_SEVERITY[u.discipline])) u.discipline = d;
    for (const m of r.outcome.nonDisciplinary) u.nonDisciplinary.add(m);
    for (const item of r.remediation) remediationItems[item.status] += 1;
  });

  return { units, remediationItems };
}

/** The counts of the summary and of its tally, from the units. */
function countUnits(units: ReadonlyMap<string, UnitAcc>, countUnit: NonNullable<SummarizeReviewsOptions['countUnit']>) {
  const reviewed = { individual: 0, collective: 0 };
  const suggested = { individual: 0, collective: 0 };
  const found = { individual: 0, collective: 0 };
  const referred = { individual: 0, collective: 0 };
  const rated = { individual: 0, collective: 0 };
  const foundByGroup: Record<string, number> = { '1': 0, '2': 0, '3': 0 };
  const foundByItem: Record<string, number> = {};
  const foundByGroupOnly: Record<string, number> = {};
  const ratings: Record<string, Record<string, number>> = {};
  const disciplines: Record<string, Record<string, number>> = {};
  const nonDisciplinary: Record<string, Record<string, number>> = {};

  for (const u of units.values()) {
    const kind = subjectKindOf(u.subject);
    reviewed[kind] += 1;
    if (u.suggested) suggested[kind] += 1;
    if (u.groups.size > 0) found[kind] += 1;
    for (const g of u.groups) add(foundByGroup, String(g));
    for (const id of u.items) add(foundByItem, id);
    for (const g of u.groupOnly) add(foundByGroupOnly, String(g));
    if (u.referred) referred[kind] += 1;
    if (u.ratings.size > 0) {
      rated[kind] += 1;
      const rs = ratedSubjectOf(u.subject);
      const slot = (ratings[rs] ??= {});
      if (countUnit === 'subjectYear') {
        const level = yearRating(u.ratings);
        if (level !== undefined) add(slot, level);
      } else for (const level of u.ratings.values()) add(slot, level);
    }
    if (u.discipline !== undefined) add((disciplines[disciplineSubjectOf(u.subject)] ??= {}), u.discipline);
    for (const m of u.nonDisciplinary) add((nonDisciplinary[kind] ??= {}), m);
  }

  return { reviewed, suggested, found, referred, rated, foundByGroup, foundByItem, foundByGroupOnly, ratings, disciplines, nonDisciplinary };
}

/** The summary in both languages. */
function summaryText(c: ReturnType<typeof countUnits>, onlyConcluded: boolean, openRemediationItems: number, commitments: number): Label {
  const { reviewed, suggested, found, referred, rated } = c;
  // A report leaves out the clauses with nothing to count ("trong đó 0 tập thể và 0 cá nhân …").
  const some = (c: ReviewSubjectCounts) => c.collective + c.individual > 0;
  const clauses: Label[] = [M.reviewed(M.pair(reviewed))];
  if (some(suggested)) clauses.push(M.suggested(M.pair(suggested)));
  if (some(found)) clauses.push(M.found(M.pair(found), onlyConcluded));
  if (some(referred)) clauses.push(M.referred(M.pair(referred)));
  if (some(rated)) clauses.push(M.rated(M.pair(rated)));
  if (openRemediationItems > 0) clauses.push(M.openRemediationItems(openRemediationItems));
  if (commitments > 0) clauses.push(M.commitments(commitments));
  return M.sentence(clauses);
}
