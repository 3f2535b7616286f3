/**
 * Turns an engine evaluation and its trace into the public, frozen {@link RatingResult}.
 * @internal
 */
import { deepFreeze } from '../_lib/freeze.js';
import { explain, NOT_AN_OFFICIAL_DECISION, type AppliedOption, type Reason } from '../explain/explanation.js';
import type { Label } from '../i18n/label.js';
import type { RatingLevel } from '../i18n/vocabulary.js';
import { bitOf, levelsOf, singleLevel } from './_engine.js';
import { RESULT_MESSAGES } from './_messages.js';
import type { RatingEvaluation, RatingProposalCheck, RatingResult, RatingEngineRuleSet, ResolvedRatingOptions, RatingTrace, VersionLevelLabel } from './types.js';
import type { RatingOptions } from './types.js';

/** Defaults of the rating options (rating.md §9). */
export function resolveOptions(o: RatingOptions | undefined): ResolvedRatingOptions {
  return {
    bandReading: o?.bandReading ?? 'cascade',
    gapFallback: o?.gapFallback ?? 'unclassified',
    disciplineYearBy: o?.disciplineYearBy ?? 'decision',
    sixMonthsAt: o?.sixMonthsAt ?? 'reviewOn',
    sickLeaveV3: o?.sickLeaveV3,
    organizationTriggersApplyToPartyOrganizations: o?.organizationTriggersApplyToPartyOrganizations ?? true,
    assumeNoEvents: o?.assumeNoEvents ?? false,
    acceptParaphrasedCriteria: o?.acceptParaphrasedCriteria ?? false,
    scoreDecimals: o?.scoreDecimals,
  };
}

/** The decided level of an evaluation, if any. */
export function decidedLevel(ev: RatingEvaluation): RatingLevel | undefined {
  if (ev.status !== 0) return undefined;
  if (ev.forced) return ev.discretion ? undefined : 'unsatisfactory';
  const single = singleLevel(ev.allowed);
  if (single === undefined || ev.missing > 0 || ev.notRatedPossible || (ev.unverified & ev.allowed) !== 0) return undefined;
  return single;
}

function proposalCheck(level: RatingLevel, ev: RatingEvaluation, decided: RatingLevel | undefined, labels: Readonly<Record<RatingLevel, VersionLevelLabel>>): RatingProposalCheck {
  const l = labels[level];
  if (ev.status === 1) return { level, allowed: false, reason: RESULT_MESSAGES.proposal.notRated };
  if (ev.status === 2) return { level, allowed: 'unknown', reason: RESULT_MESSAGES.proposal.unclassified };
  if ((ev.allowed & bitOf(level)) === 0) return { level, allowed: false, reason: RESULT_MESSAGES.proposal.blocked(l) };
  if (decided === level) return { level, allowed: true, reason: RESULT_MESSAGES.proposal.decided(l) };
  if (ev.missing > 0 || ev.notRatedPossible || (ev.unverified & bitOf(level)) !== 0) return { level, allowed: 'unknown', reason: RESULT_MESSAGES.proposal.unknown(l) };
  return { level, allowed: true, reason: RESULT_MESSAGES.proposal.allowed(l) };
}

/** Build the frozen result. */
export function buildResult(
  subject: 'member' | 'organization',
  ruleSet: RatingEngineRuleSet,
  ev: RatingEvaluation,
  trace: RatingTrace,
  proposedLevel: RatingLevel | undefined,
  extraOptions: readonly AppliedOption[],
): RatingResult {
  const labels = subject === 'member' ? ruleSet.memberLevelLabels : ruleSet.organizationLevelLabels;
  const status = ev.status === 0 ? 'rated' : ev.status === 1 ? 'notRated' : 'unclassified';
  const allowedLevels = levelsOf(ev.allowed);
  const level = decidedLevel(ev);
  const hardForced = ev.forced && !ev.discretion;
  const unverified = hardForced ? [] : trace.unverified.filter((u) => (ev.allowed & bitOf(u.level)) !== 0);
  const options = [...extraOptions, ...trace.options];
  const ruleSetRef = { id: ruleSet.id, label: ruleSet.label };

  let outcome: { code: string; label: Label };
  if (status !== 'rated') outcome = { code: status, label: RESULT_MESSAGES[status] };
  else if (level !== undefined) outcome = { code: level, label: { vi: labels[level].vi, en: labels[level].en } };
  else {
    const possible: Label[] = allowedLevels.map((l) => labels[l]);
    // A missing admission date, exemption or suspension adds only "not rated" to the range (issue 13, item 10).
    if (ev.notRatedPossible) possible.push(RESULT_MESSAGES.notRatedPossible);
    outcome = { code: 'range', label: RESULT_MESSAGES.range(possible) };
  }
  const reasons: Reason[] = trace.notRatedReason ? [trace.notRatedReason, ...trace.reasons] : [...trace.reasons];
  if (ev.forced && ev.discretion) reasons.push({ code: 'discretion', text: RESULT_MESSAGES.discretion, citations: [] });
  const caveats: Label[] = [...trace.caveats];
  // Level names the version is not known to use (HD 27: only "yếu kém" and "không hoàn thành
  // nhiệm vụ" are quoted; the others come from earlier reporting, rating.md §1.3): say so.
  const shown = level !== undefined ? [level] : status === 'rated' ? allowedLevels : [];
  const unsure = shown.filter((l) => labels[l].status !== 'quoted').map((l) => labels[l]);
  if (unsure.length > 0) caveats.push(RESULT_MESSAGES.unquoted(unsure));
  for (const u of unverified) caveats.push(RESULT_MESSAGES.unverified(labels[u.level], u.reason));
  if (trace.missing.length > 0) caveats.push(RESULT_MESSAGES.missing(trace.missing.map((m) => m.path)));
  const basis = status === 'notRated' ? trace.notRatedBasis : undefined;
  if (basis === 'paraphrased') caveats.push(RESULT_MESSAGES.paraphrased);
  else if (basis === 'inferred') caveats.push(RESULT_MESSAGES.inferred);
  caveats.push(NOT_AN_OFFICIAL_DECISION);
  // The explanation's blockedBy are plain reasons: the level stays on the result's own blockedBy.
  const explanation = explain({ outcome, ruleSet: ruleSetRef, reasons, blockedBy: trace.blocked.map((b) => ({ code: b.code, text: b.text, citations: b.citations })), options, caveats });
  const maxLevel = allowedLevels[0];
  const result: RatingResult = {
    subject,
    status,
    ...(trace.notRatedReason ? { notRatedReason: trace.notRatedReason } : {}),
    ...(basis !== undefined ? { notRatedBasis: basis } : {}),
    ...(trace.reviewRequired !== undefined && status === 'notRated' ? { reviewRequired: trace.reviewRequired } : {}),
    ...(level !== undefined ? { level, levelLabel: labels[level] } : {}),
    ...(maxLevel !== undefined ? { maxLevel } : {}),
    allowedLevels,
    ...(ev.notRatedPossible ? { notRatedPossible: true as const } : {}),
    ...(ev.forced ? { forcedLevel: 'unsatisfactory' as const } : {}),
    discretionAvailable: ev.forced && ev.discretion,
    blockedBy: trace.blocked,
    missing: trace.missing,
    unverified,
    ...(proposedLevel !== undefined ? { proposal: proposalCheck(proposedLevel, ev, level, labels) } : {}),
    ruleSet: ruleSetRef,
    options,
    explanation,
  };
  return deepFreeze(result);
}
