/**
 * Turn a tally into stated figures, so that a tally (typed in, rolled up, or read from prose) can
 * be checked by {@link reconcile} against other reports — typically a parent's stated figures
 * against its children's tallies. Discipline becomes one group per subject (total and forms);
 * the other counts become groups of parts without a total. Findings by manifestation have no
 * figure measure and are not converted.
 * @module
 */
import { DISCIPLINE_FORMS, NON_DISCIPLINARY_MEASURES, RATING_LEVELS, SUBJECT_KINDS } from '../i18n/vocabulary.js';
import { Nq4Error, type Nq4Issue } from '../errors.js';
import { RATED_SUBJECTS, TALLY_DISCIPLINE_SUBJECTS, type Tally, type TallyInput } from '../tally/tally.js';
import { deepFreeze } from '../_lib/freeze.js';
import type { StatedFigure, StatedGroup } from './reconcile.js';
import { readTally } from './_tallyFast.js';

type Measure = StatedFigure['measure'];

/**
 * The stated figures a tally amounts to, as {@link reconcile} groups.
 *
 * @example
 * ```ts
 * import { convertTallyToStatedGroups, reconcile } from 'nq4';
 * const parent = convertTallyToStatedGroups({ disciplines: { member: { reprimand: 3 } } });
 * const r = reconcile({
 *   groups: parent,
 *   children: [{ groups: convertTallyToStatedGroups({ disciplines: { member: { reprimand: 1 } } }) }, { groups: convertTallyToStatedGroups({ disciplines: { member: { reprimand: 1 } } }) }],
 * });
 * r.findings.map((f) => f.code); // ['childrenNotEqualParent', 'childrenNotEqualParent']
 * ```
 * @throws {@link Nq4Error} naming each bad field of the tally.
 * @category Report
 */
export function convertTallyToStatedGroups(tally: Tally | TallyInput): readonly StatedGroup[] {
  const issues: Nq4Issue[] = [];
  const t = readTally(tally, [], issues);
  if (!t) throw new Nq4Error(issues as [Nq4Issue, ...Nq4Issue[]]);
  const groups: StatedGroup[] = [];
  for (const subject of TALLY_DISCIPLINE_SUBJECTS) {
    const c = t.disciplines[subject];
    if (!c) continue;
    const parts: StatedFigure[] = [];
    for (const form of DISCIPLINE_FORMS) {
      const n = c[form] ?? 0;
      if (n > 0) parts.push({ measure: 'discipline', subject, category: form, value: n });
    }
    if (parts.length > 0) groups.push({ total: { measure: 'discipline', subject, value: parts.reduce((a, p) => a + p.value, 0) }, parts });
  }
  const nd: StatedFigure[] = [];
  for (const kind of SUBJECT_KINDS) {
    const c = t.nonDisciplinary[kind];
    if (!c) continue;
    for (const m of NON_DISCIPLINARY_MEASURES) {
      const n = c[m] ?? 0;
      if (n > 0) nd.push({ measure: 'nonDisciplinary', subject: kind, category: m, value: n });
    }
  }
  if (nd.length > 0) groups.push({ parts: nd });
  for (const subject of RATED_SUBJECTS) {
    const c = t.ratings[subject];
    if (!c) continue;
    const parts: StatedFigure[] = [];
    for (const level of RATING_LEVELS) {
      const n = c[level] ?? 0;
      if (n > 0) parts.push({ measure: 'rating', subject, category: level, value: n });
    }
    if (parts.length > 0) groups.push({ parts });
  }
  const pairs: [Measure, Readonly<Record<string, number | undefined>>][] = [
    ['review', t.reviews],
    ['suggestedReview', t.suggestedReviews],
    ['degradationFound', t.degradationFound],
    ['disciplineProcedure', t.disciplineProcedures],
  ];
  for (const [measure, counts] of pairs) {
    const parts: StatedFigure[] = [];
    for (const kind of SUBJECT_KINDS) {
      const n = counts[kind] ?? 0;
      if (n > 0) parts.push({ measure, subject: kind, value: n });
    }
    if (parts.length > 0) groups.push({ parts });
  }
  if (t.commitments > 0) groups.push({ parts: [{ measure: 'commitment', value: t.commitments }] });
  return deepFreeze(groups);
}

/**
 * The stated figures a tally amounts to, as {@link reconcile} groups.
 * @deprecated Use {@link convertTallyToStatedGroups}. Will be removed in the next minor.
 * @example
 * ```ts
 * import { tallyToStatedGroups, convertTallyToStatedGroups } from 'nq4';
 * tallyToStatedGroups === convertTallyToStatedGroups; // true
 * ```
 * @category Report
 */
export const tallyToStatedGroups: typeof convertTallyToStatedGroups = convertTallyToStatedGroups;
