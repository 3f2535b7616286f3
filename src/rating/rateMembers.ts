import * as z from 'zod/mini';
import { fail, Nq4Error, parseInput, type Nq4Issue } from '../errors.js';
import { fromZodIssues } from '../errors.js';
import { throwIssues } from '../_lib/schema.js';
import { RATER_MESSAGES } from './_messages.js';
import { ratingEngineFor } from './registry.js';
import { certainlyValidMemberFacts } from './_fastCheck.js';
import { ruleSetByOf } from './_call.js';
import { decidedLevel, resolveOptions } from './_result.js';
import { ISSUE_LIMIT, isRatingYear, memberFactsSchema, ratingOptionsSchema } from './schemas.js';
import type { RatingEvaluation, MemberRatingFacts, RatingOptions, RatingEngineRuleSet } from './types.js';
import type { RatingLevel } from '../i18n/vocabulary.js';

const arraySchema = /* @__PURE__ */ z.lazy(() => z.array(z.unknown()));

/**
 * The compact outcome of a batch rating: the decided level, `notRated`, `unclassified`, or
 * `undetermined` (the facts leave a range, miss something, or reach an unverified level: call
 * {@link rateMember} on that member for the full explanation).
 * @example
 * ```ts
 * import { rateMembers, type MemberRatingOutcome } from 'nq4';
 * const first: MemberRatingOutcome | undefined = rateMembers([{ year: 2025, role: 'nonLeader', score: 80 }]).outcomes[0];
 * first; // 'undetermined'
 * ```
 * @category Rating
 */
export type MemberRatingOutcome = RatingLevel | 'notRated' | 'unclassified' | 'undetermined';

/**
 * A rating function over trusted, already valid facts (no validation, no explanation), as
 * {@link createMemberRater} builds it.
 * @example
 * ```ts
 * import { createMemberRater, type MemberRater } from 'nq4';
 * const rate: MemberRater = createMemberRater({ ruleSet: 'qd366', assumeNoEvents: true });
 * rate({ year: 2025, role: 'nonLeader', score: 40, admittedOn: '2000-01-01', tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 0 } }); // 'unsatisfactory'
 * ```
 * @category Rating
 */
export type MemberRater = (facts: MemberRatingFacts) => MemberRatingOutcome;

/**
 * The result of {@link rateMembers}: one outcome per member, in order, and the totals.
 * @example
 * ```ts
 * import { rateMembers, type BatchRating } from 'nq4';
 * const batch: BatchRating = rateMembers([{ year: 2025, role: 'nonLeader', score: 40, admittedOn: '2000-01-01', tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 0 } }], { assumeNoEvents: true });
 * batch.counts.unsatisfactory; // 1
 * batch.counts.excellent; // 0
 * ```
 * @category Rating
 */
export interface BatchRating {
  /** Outcomes in input order. */
  readonly outcomes: readonly MemberRatingOutcome[];
  /** How many of each outcome. */
  readonly counts: Readonly<Record<MemberRatingOutcome, number>>;
}

function outcomeOf(ev: RatingEvaluation): MemberRatingOutcome {
  if (ev.status === 1) return 'notRated';
  if (ev.status === 2) return 'unclassified';
  return decidedLevel(ev) ?? 'undetermined';
}

/**
 * Build a fast rater for one rule set over facts that are already valid (for example, facts that
 * went through {@link rateMember} or {@link rateMembers} once, or come from a typed, trusted
 * store). `options.ruleSet` names the rule set (required: the rater ignores `facts.year` for the
 * choice of rule set); the other options are those of {@link rateMember}. It applies the same
 * rules as {@link rateMember}, skips validation and the explanation. Invalid facts give
 * unspecified outcomes.
 *
 * @example
 * ```ts
 * import { createMemberRater } from 'nq4';
 * const rate = createMemberRater({ ruleSet: 'qd366', assumeNoEvents: true });
 * const tasks = { assigned: 10, completed: 10, onTime: 9, exceeded: 0 };
 * rate({ year: 2025, role: 'nonLeader', score: 65, admittedOn: '2001-05-19', tasks }); // 'satisfactory'
 * ```
 * @throws {@link Nq4Error} for bad options: `missing` at `options.ruleSet` when no rule set is
 * named, `unknown_id` at `options.ruleSet` for an unknown id.
 * @category Rating
 */
export function createMemberRater(options: RatingOptions & { readonly ruleSet: string }): MemberRater;
/**
 * The former form of {@link createMemberRater}, with the rule-set id first: same rater, same errors
 * (`options.ruleSet`, if given, is ignored; the id wins).
 *
 * @deprecated Name the rule set in the options: `createMemberRater({ ruleSet: 'qd366', ...options })`.
 * Will be removed in the next minor.
 * @example
 * ```ts
 * import { createMemberRater } from 'nq4';
 * const rate = createMemberRater('qd366', { assumeNoEvents: true });
 * const tasks = { assigned: 10, completed: 10, onTime: 9, exceeded: 0 };
 * rate({ year: 2025, role: 'nonLeader', score: 65, admittedOn: '2001-05-19', tasks }); // 'satisfactory'
 * ```
 * @throws {@link Nq4Error} `invalid_type` at `ruleSetId` when the id is not a string,
 * `unknown_id` at `options.ruleSet` for an unknown id, or bad options.
 * @category Rating
 */
export function createMemberRater(ruleSetId: string, options?: RatingOptions): MemberRater;
export function createMemberRater(first: string | (RatingOptions & { readonly ruleSet: string }), second?: RatingOptions): MemberRater {
  // The options object, or (deprecated) the id first and the options second.
  const byOptions = typeof first === 'object' && first !== null && !Array.isArray(first);
  if (!byOptions && typeof first !== 'string') fail('invalid_type', ['ruleSetId'], RATER_MESSAGES.ruleSetIdType.vi, RATER_MESSAGES.ruleSetIdType.en);
  const raw = parseInput(ratingOptionsSchema, byOptions ? first : second, ['options']) as RatingOptions | undefined;
  const ruleSet = byOptions ? raw?.ruleSet : (first as string);
  if (ruleSet === undefined) fail('missing', ['options', 'ruleSet'], RATER_MESSAGES.ruleSetMissing.vi, RATER_MESSAGES.ruleSetMissing.en);
  const o = resolveOptions(raw);
  const evaluate = ratingEngineFor(0, { ruleSet }).evaluateMember;
  return (facts: MemberRatingFacts): MemberRatingOutcome => outcomeOf(evaluate(facts, o, undefined));
}

/**
 * Rate many members, validating each: the public batch path. Each member is rated under the rule
 * set of its own year (or `options.ruleSet`). Returns compact outcomes and totals; ask
 * {@link rateMember} for the explanation of any one member.
 *
 * @example
 * ```ts
 * import { rateMembers } from 'nq4';
 * const batch = rateMembers(
 *   [
 *     { year: 2025, role: 'nonLeader', score: 95, admittedOn: '2000-01-01', shortcomingsFixed: true,
 *       tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 4 } },
 *     { year: 2025, role: 'nonLeader', score: 40, admittedOn: '2000-01-01',
 *       tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 0 } },
 *   ],
 *   { assumeNoEvents: true },
 * );
 * batch.outcomes; // ['excellent', 'unsatisfactory']
 * ```
 * @throws {@link Nq4Error} listing the issues of the invalid members, with its index first in each path;
 * validation stops after the first 101 issues.
 * @category Rating
 */
export function rateMembers(facts: readonly MemberRatingFacts[], options?: RatingOptions): BatchRating {
  if (!Array.isArray(facts)) parseInput(arraySchema, facts, []);
  const list: readonly unknown[] = facts;
  const raw = parseInput(ratingOptionsSchema, options, ['options']) as RatingOptions | undefined;
  const o = resolveOptions(raw);
  const by = ruleSetByOf(raw);
  const fixed = raw?.ruleSet !== undefined ? ratingEngineFor(0, { ruleSet: raw.ruleSet }) : undefined;
  const byYear = new Map<number, RatingEngineRuleSet>();
  const outcomes: MemberRatingOutcome[] = new Array<MemberRatingOutcome>(list.length);
  const counts: Record<MemberRatingOutcome, number> = { excellent: 0, good: 0, satisfactory: 0, unsatisfactory: 0, notRated: 0, unclassified: 0, undetermined: 0 };
  const issues: Nq4Issue[] = [];
  const ruleSetOf = (year: number, i: number): RatingEngineRuleSet | undefined => {
    let rs = fixed ?? byYear.get(year);
    if (rs !== undefined) return rs;
    try {
      rs = ratingEngineFor(year, { ruleSetBy: by?.value });
    } catch (error) {
      if (error instanceof Nq4Error) {
        for (const x of error.issues) issues.push({ ...x, path: [i, ...x.path] });
        return undefined;
      }
      throw error;
    }
    byYear.set(year, rs);
    return rs;
  };
  // Stop once ISSUE_LIMIT issues are collected: the error shows the first 100 and says there are more.
  for (let i = 0; i < list.length && issues.length < ISSUE_LIMIT; i++) {
    const item = list[i];
    let f: MemberRatingFacts;
    if (certainlyValidMemberFacts(item)) f = item;
    else {
      // The year first: a year no rule set covers is reported alone, not through the date issues it causes.
      const year = typeof item === 'object' && item !== null ? (item as { readonly year?: unknown }).year : undefined;
      if (isRatingYear(year) && ruleSetOf(year, i) === undefined) continue;
      const parsed = z.safeParse(memberFactsSchema, item, { reportInput: true });
      if (!parsed.success) {
        for (const x of fromZodIssues(parsed.error.issues, [i], item)) issues.push(x);
        continue;
      }
      f = parsed.data as MemberRatingFacts;
    }
    const rs = ruleSetOf(f.year, i);
    if (rs === undefined) continue;
    const out = outcomeOf(rs.evaluateMember(f, o, undefined));
    outcomes[i] = out;
    counts[out]++;
  }
  throwIssues(issues);
  return Object.freeze({ outcomes: Object.freeze(outcomes), counts: Object.freeze(counts) });
}

