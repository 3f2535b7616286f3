/**
 * The HTXSNV quota of the year's rating rule set (rating.md §7.2, D1–D5), read from the rating
 * area (`memberQuota` / `organizationQuota`) and decided by the one quota engine of
 * `src/rating/_quota.ts` that {@link checkQuota} uses too. A quota seen only in local practice is
 * not used to flag a report; one seen only as a paraphrase gives a warning, never an error.
 *
 * Rounding: a report's figures are compared exactly (`exact`: the share against the percentage),
 * because a stated figure may be fractional or negative and is reported, never rounded. For whole,
 * non-negative counts this decides as checkQuota's default `floor` cap.
 * @module
 */
import { Nq4Error } from '../../errors.js';
import type { Label } from '../../i18n/label.js';
import type { RatingQuotaRule, RatingRuleSet } from '../../rating/types.js';
import { exceedsQuota, quotaBase, quotaHardPercent, quotaPercent, quotaRuleOf, quotaShare, type QuotaRounding } from '../../rating/_quota.js';
import type { FigureSubject, ReconcileReportInput } from '../reconcileTypes.js';
import { INDIVIDUAL_SUBJECTS, num, numFixed, type Figure, type FindingSink, type Located, type Path, type ResolvedOptions } from './context.js';
import { OUTCOMES, QUOTA_MESSAGES, SUBJECT_LABELS } from './messages.js';

/**
 * The rating rule set in force for a rating year (as `findRatingRuleSet`); throws an
 * {@link Nq4Error} when none covers it. @internal
 */
export type QuotaRuleSetLookup = (year: number) => RatingRuleSet;

/** How reconcile rounds the quota: the share itself, no whole-number cap (see the module note). */
export const RECONCILE_QUOTA_ROUNDING: QuotaRounding = 'exact';

/** Citation statuses firm enough for a breach to be an error. */
const QUOTED = /* @__PURE__ */ new Set<string>(['quoted', 'quotedSecondHand', 'quotedPartial']);

type At = { f: Figure; path: Path };
type Slot = { excellent?: At; good?: At; goodOrBetter?: At };

/** The first "excellent", "good" and "good or better" figure of each subject. */
function slotsBySubject(all: readonly Located[]): Map<string, Slot> {
  const bySubject = new Map<string, Slot>();
  for (const x of all) {
    if (x.f.measure !== 'rating' || x.f.subset !== undefined || x.f.category === undefined) continue;
    const s = x.f.subject ?? 'member';
    const slot = bySubject.get(s) ?? {};
    if (x.f.category === 'excellent' && !x.f.orBetter) slot.excellent ??= x;
    if (x.f.category === 'good' && !x.f.orBetter) slot.good ??= x;
    if (x.f.category === 'good' && x.f.orBetter) slot.goodOrBetter ??= x;
    bySubject.set(s, slot);
  }
  return bySubject;
}

/**
 * The rating rule set of a year, chosen as the rating area chooses it (D1: the one in force on
 * 31 December), or why there is none.
 */
function quotaRuleSetFor(year: number, ruleSetFor: QuotaRuleSetLookup | undefined): RatingRuleSet | { readonly reason: Label } {
  if (ruleSetFor === undefined) return { reason: QUOTA_MESSAGES.noRuleSetLookup };
  try {
    return ruleSetFor(year);
  } catch (error) {
    const first = error instanceof Nq4Error ? error.issues[0] : undefined;
    if (first === undefined) throw error;
    return { reason: { vi: first.messageVi, en: first.messageEn } };
  }
}

/** Check the HTXSNV quota of a report's rating figures, subject by subject. */
export function checkQuota(r: ReconcileReportInput, path: Path, all: readonly Located[], opts: ResolvedOptions, ruleSetFor: QuotaRuleSetLookup | undefined, sink: FindingSink): void {
  const notChecked = (figs: { path: Path; value: number }[], code: string, text: Label, citations: RatingQuotaRule['citation'][] = [], ruleSet?: { id: string; label: Label }): void =>
    sink.add('quotaNotChecked', 'note', path, figs, OUTCOMES.quotaNotChecked, [{ code, text, citations }], ruleSet ? { ruleSet } : {});
  for (const [subject, slot] of slotsBySubject(all)) {
    if (!slot.excellent) continue;
    if (!slot.good && !slot.goodOrBetter) {
      // The quota is a share of those rated "good": without that figure it cannot be checked, and
      // the report says so instead of passing silently (issue 15).
      notChecked([{ path: slot.excellent.path, value: slot.excellent.f.value }], 'noGoodFigure', QUOTA_MESSAGES.noGoodFigure);
      continue;
    }
    const goodAt = (slot.good ?? slot.goodOrBetter) as At;
    const figs = [slot.excellent, goodAt].map((x) => ({ path: x.path, value: x.f.value }));
    if (r.ratingYear === undefined) {
      notChecked(figs, 'noRatingYear', QUOTA_MESSAGES.noRatingYear);
      continue;
    }
    const rs = quotaRuleSetFor(r.ratingYear, ruleSetFor);
    if ('reason' in rs) {
      notChecked(figs, 'noRuleSet', rs.reason);
      continue;
    }
    const individual = INDIVIDUAL_SUBJECTS.has(subject as FigureSubject);
    const quota = quotaRuleOf(rs, individual ? 'member' : 'organization');
    const ruleSet = { id: rs.id, label: rs.label };
    if (quota === undefined || quota.basis === 'secondaryPractice') {
      const whose = individual ? QUOTA_MESSAGES.individuals : QUOTA_MESSAGES.collectives;
      const reason = quota === undefined ? QUOTA_MESSAGES.quotaUnseen(whose, rs.label) : QUOTA_MESSAGES.quotaLocalOnly(quota.percent, whose, rs.label);
      notChecked(figs, 'quotaUnverified', reason, quota ? [quota.citation] : [], ruleSet);
      continue;
    }
    const excellent = slot.excellent.f.value;
    const good = slot.good ? slot.good.f.value : goodAt.f.value - excellent;
    checkShare(excellent, good, quota, subject as FigureSubject, path, figs, ruleSet, opts, sink);
  }
}

/** The share of "excellent" against the quota: a breach, an exception needed, or nothing. */
function checkShare(
  excellent: number,
  good: number,
  quota: RatingQuotaRule,
  subject: FigureSubject,
  path: Path,
  figs: { path: Path; value: number }[],
  ruleSet: { id: string; label: Label },
  opts: ResolvedOptions,
  sink: FindingSink,
): void {
  const formula = opts.quotaFormula;
  const ceiling = quotaPercent(quota, opts.outstandingUnitException);
  if (!exceedsQuota(excellent, good, ceiling, formula, RECONCILE_QUOTA_ROUNDING)) return;
  const hardCeiling = quotaHardPercent(quota);
  // A quota seen only as a paraphrase (QĐ 124 for collectives: LawNet's English; rating.md §7)
  // may not decide as firmly as a quoted one: its breach is a warning with a caveat, never an error.
  const quoted = QUOTED.has(quota.citation.status);
  const severity = exceedsQuota(excellent, good, hardCeiling, formula, RECONCILE_QUOTA_ROUNDING) && quoted ? 'error' : 'warning';
  const exceptionCase = quoted && severity === 'warning';
  const share = quotaShare(excellent, good, formula);
  const base = QUOTA_MESSAGES.base(num(quotaBase(excellent, good, formula)), formula === 'pool');
  const text = QUOTA_MESSAGES.exceeded(num(excellent), SUBJECT_LABELS[subject], base, QUOTA_MESSAGES.share(Number.isFinite(share) ? numFixed(share, 2) : undefined), ceiling, quota.group, exceptionCase ? hardCeiling : undefined);
  const code = severity === 'error' || !quoted ? 'quotaExceeded' : 'quotaExceptionNeeded';
  const citations = exceptionCase && quota.exceptionCitation ? [quota.citation, quota.exceptionCitation] : [quota.citation];
  sink.add(code, severity, path, figs, OUTCOMES[code], [{ code: 'quota', text, citations }], { ruleSet, caveats: quoted ? [] : [QUOTA_MESSAGES.paraphraseCaveat] });
}
