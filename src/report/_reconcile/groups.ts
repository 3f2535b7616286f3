/**
 * The reading of a group: how its counted figures classify (Charter discipline, other outcomes,
 * pending, ratings, other: hierarchy-review-reports.md §5 decision 4) and the {@link Tally} they
 * amount to. Figures that cannot be placed (no category, negative, non-integer) are counted apart.
 * @module
 */
import type { Nq4Issue } from '../../errors.js';
import type { Tally } from '../../tally/tally.js';
import type { GroupClassification, GroupResult } from '../reconcileTypes.js';
import { EMPTY_TALLY, readTally } from '../_tallyFast.js';
import { INDIVIDUAL_SUBJECTS, type Figure, type Group, type Path } from './context.js';

/** The figures a group counts: its parts if any, else its total. */
export const countedFigures = (g: Group): readonly Figure[] => ((g.parts?.length ?? 0) > 0 ? (g.parts as readonly Figure[]) : g.total ? [g.total] : []);

/** Classify the counted figures of a group. */
export function classify(counted: readonly Figure[]): GroupClassification {
  const classification = { discipline: 0, nonDisciplinary: 0, pending: 0, rating: 0, other: 0 };
  for (const f of counted) {
    const v = f.value;
    if (f.measure === 'discipline') classification.discipline += v;
    else if (f.measure === 'nonDisciplinary') {
      if (f.category === 'pending') classification.pending += v;
      else classification.nonDisciplinary += v;
    } else if (f.measure === 'rating') classification.rating += v;
    else classification.other += v;
  }
  return classification;
}

/** The result of one group, frozen here so the final deep freeze of the result skips it. */
export function groupResult(g: Group, gp: Path, classification: GroupClassification, counted: readonly Figure[]): GroupResult {
  const { tally, unplaced } = toTally(counted);
  return Object.freeze({ path: gp, ...(g.id !== undefined ? { id: g.id } : {}), classification: Object.freeze(classification), tally, unplaced });
}

type TallyInput = Record<string, Record<string, unknown> | number>;

function bump(input: TallyInput, field: string, key: string | undefined, inner: string, v: number): void {
  const outer = (input[field] ??= {}) as Record<string, unknown>;
  if (key === undefined) {
    outer[inner] = ((outer[inner] as number | undefined) ?? 0) + v;
    return;
  }
  const rec = (outer[key] ??= {}) as Record<string, number>;
  rec[inner] = (rec[inner] ?? 0) + v;
}

/** Where a figure's measure goes in a tally when it is a plain count by kind. */
const COUNT_FIELDS: Partial<Record<Figure['measure'], string>> = {
  review: 'reviews',
  suggestedReview: 'suggestedReviews',
  degradationFound: 'degradationFound',
  disciplineProcedure: 'disciplineProcedures',
};

/** Place one figure into the tally input; false when it has no place. */
function place(input: TallyInput, f: Figure): boolean {
  const v = f.value;
  if (v < 0 || !Number.isInteger(v)) return false;
  const s = f.subject;
  const individual = s === undefined || INDIVIDUAL_SUBJECTS.has(s);
  const kind = individual ? 'individual' : 'collective';
  switch (f.measure) {
    case 'discipline': {
      if (f.category === undefined) return false;
      const subj = s === 'officialMember' || s === 'probationaryMember' ? s : individual ? 'member' : 'organization';
      bump(input, 'disciplines', subj, f.category, v);
      return true;
    }
    case 'nonDisciplinary':
      if (f.category === undefined) return false;
      bump(input, 'nonDisciplinary', kind, f.category, v);
      return true;
    case 'rating': {
      if (f.category === undefined || f.orBetter) return false;
      const subj = s === 'tccsd' || s === 'directBranch' || s === 'leadershipCollective' ? s : individual ? 'member' : 'organization';
      bump(input, 'ratings', subj, f.category, v);
      return true;
    }
    case 'commitment':
      input.commitments = ((input.commitments as number | undefined) ?? 0) + v;
      return true;
    default: {
      const field = COUNT_FIELDS[f.measure];
      if (field === undefined) return false;
      bump(input, field, undefined, kind, v);
      return true;
    }
  }
}

/** Place counted figures into a tally; figures without a place are counted as unplaced. */
function toTally(figures: readonly Figure[]): { tally: Tally; unplaced: number } {
  const input: TallyInput = {};
  let unplaced = 0;
  for (const f of figures) if (!place(input, f)) unplaced++;
  const issues: Nq4Issue[] = [];
  // readTally builds the frozen tally itself; an empty group shares the one empty tally.
  const t = readTally(input, [], issues);
  return { tally: t ?? EMPTY_TALLY, unplaced };
}
