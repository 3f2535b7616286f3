/**
 * Turns an engine evaluation and its trace into the public, frozen {@link RatingResult}.
 * @internal
 */
import { deepFreeze } from '../_lib/freeze.js';
import { explain, NOT_AN_OFFICIAL_DECISION, type AppliedOption, type Reason } from '../explain/explanation.js';
import type { Label } from '../i18n/label.js';
import type { RatingLevel } from '../i18n/vocabulary.js';
import { bitOf, levelsOf, singleLevel } from './_engine.js';
import type { RatingEvaluation, RatingProposalCheck, RatingResult, RatingEngineRuleSet, ResolvedRatingOptions, RatingTrace, VersionLevelLabel } from './types.js';
import type { RatingOptions } from './types.js';

/** What an office calls the facts a result may ask for (the path stays in `missing` for forms). */
const FACT_NAMES_VI: Readonly<Record<string, string>> = {
  role: 'chức vụ',
  score: 'tổng điểm',
  tasks: 'số nhiệm vụ',
  criteria: 'cấp độ các tiêu chí',
  shortcomingsFixed: 'khắc phục khuyết điểm kỳ trước',
  degradationConcluded: 'kết luận suy thoái',
  prohibitedConductConcluded: 'kết luận vi phạm điều đảng viên không được làm, nêu gương',
  disciplines: 'kỷ luật',
  civilServiceLevel: 'xếp loại công chức, viên chức',
  sickLeaveMonths: 'số tháng nghỉ ốm',
  admittedOn: 'ngày kết nạp',
  exemptFromActivity: 'miễn công tác và sinh hoạt đảng',
  suspended: 'đình chỉ sinh hoạt đảng',
  leader: 'dữ kiện người lãnh đạo',
  members: 'xếp loại đảng viên',
  subUnits: 'xếp loại tổ chức trực thuộc',
  subUnitsDisciplined: 'số đơn vị trực thuộc bị kỷ luật',
  leadershipDisciplines: 'kỷ luật thành viên lãnh đạo',
  disunityConcluded: 'kết luận mất đoàn kết',
  'leader.unitTasks': 'nhiệm vụ của đơn vị do mình lãnh đạo',
};

/** A missing fact's path in Vietnamese: "kỷ luật thứ 1: có liên quan đến công vụ không", else the path. */
function factNameVi(path: string): string {
  const named = FACT_NAMES_VI[path];
  if (named !== undefined) return named;
  const m = /^(disciplines|leadershipDisciplines)\[(\d+)\]\.relatedToOfficialDuty$/.exec(path);
  if (m) return `${FACT_NAMES_VI[m[1] as string]} thứ ${Number(m[2]) + 1} có liên quan đến công vụ không`;
  return path;
}

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
  if (ev.status === 1) return { level, allowed: false, reason: { vi: 'Đối tượng không được xếp loại.', en: 'The subject is not rated.' } };
  if (ev.status === 2) return { level, allowed: 'unknown', reason: { vi: 'Không mức nào khớp với các dữ kiện; cấp có thẩm quyền xem xét.', en: 'No level matches the facts; the competent body decides.' } };
  if ((ev.allowed & bitOf(level)) === 0) {
    return { level, allowed: false, reason: { vi: `Mức "${l.vi}" bị loại bởi các điều kiện nêu ở phần "Lý do không đạt mức cao hơn".`, en: `"${l.en}" is ruled out by the conditions under "Why not a higher outcome".` } };
  }
  if (decided === level) return { level, allowed: true, reason: { vi: `Mức "${l.vi}" đúng với kết quả tính.`, en: `"${l.en}" matches the computed level.` } };
  if (ev.missing > 0 || ev.notRatedPossible || (ev.unverified & bitOf(level)) !== 0) {
    return { level, allowed: 'unknown', reason: { vi: `Mức "${l.vi}" còn nằm trong phạm vi, nhưng còn thiếu dữ kiện hoặc tiêu chuẩn chưa xác minh.`, en: `"${l.en}" is still in range, but facts are missing or its criteria are unverified.` } };
  }
  return { level, allowed: true, reason: { vi: `Mức "${l.vi}" nằm trong phạm vi cho phép; cấp có thẩm quyền quyết định.`, en: `"${l.en}" is within the allowed range; the competent body decides.` } };
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
  if (status === 'notRated') outcome = { code: 'notRated', label: { vi: 'Không xếp loại', en: 'Not rated' } };
  else if (status === 'unclassified') outcome = { code: 'unclassified', label: { vi: 'Không xác định được mức (khoảng trống quy tắc)', en: 'Unclassified (a gap in the rules)' } };
  else if (level !== undefined) outcome = { code: level, label: { vi: labels[level].vi, en: labels[level].en } };
  else {
    const vi = allowedLevels.map((l) => labels[l].vi);
    const en = allowedLevels.map((l) => labels[l].en);
    // A missing admission date, exemption or suspension adds only "not rated" to the range (issue 13, item 10).
    if (ev.notRatedPossible) {
      vi.push('không xếp loại (nếu thuộc trường hợp không xếp loại)');
      en.push('not rated (if a not-rated case applies)');
    }
    outcome = {
      code: 'range',
      label: {
        vi: `Chưa xác định được một mức; kết quả còn có thể là: ${vi.join('; ')}`,
        en: `No single level yet; still possible: ${en.join('; ')}`,
      },
    };
  }
  const reasons: Reason[] = trace.notRatedReason ? [trace.notRatedReason, ...trace.reasons] : [...trace.reasons];
  if (ev.forced && ev.discretion) {
    reasons.push({
      code: 'discretion',
      text: {
        vi: 'Có trường hợp "không hoàn thành nhiệm vụ" nhưng thuộc trường hợp được cấp có thẩm quyền xem xét, quyết định.',
        en: 'An "unsatisfactory" case applies, but it is one the competent body may weigh and decide otherwise.',
      },
      citations: [],
    });
  }
  const caveats: Label[] = [...trace.caveats];
  // Level names the version is not known to use (HD 27: only "yếu kém" and "không hoàn thành
  // nhiệm vụ" are quoted; the others come from earlier reporting, rating.md §1.3): say so.
  const shown = level !== undefined ? [level] : status === 'rated' ? allowedLevels : [];
  const unsure = shown.filter((l) => labels[l].status !== 'quoted').map((l) => labels[l]);
  if (unsure.length > 0) {
    caveats.push({
      vi: `Tên mức ${unsure.map((u) => `"${u.vi}"`).join(', ')} chưa thấy trong văn bản này; lấy theo cách gọi ở nguồn khác.`,
      en: `Level names not seen in this text, taken from other sources: ${unsure.map((u) => `"${u.en}"`).join(', ')}.`,
    });
  }
  for (const u of unverified) caveats.push({ vi: `Không xác định được mức "${labels[u.level].vi}": ${u.reason.vi}`, en: `Cannot rule on "${labels[u.level].en}": ${u.reason.en}` });
  if (trace.missing.length > 0) {
    caveats.push({
      vi: `Còn thiếu dữ kiện: ${trace.missing.map((m) => factNameVi(m.path)).join('; ')}.`,
      en: `Facts still missing: ${trace.missing.map((m) => m.path).join(', ')}.`,
    });
  }
  const basis = status === 'notRated' ? trace.notRatedBasis : undefined;
  if (basis === 'paraphrased') {
    caveats.push({
      vi: 'Quy tắc "không xếp loại" này chỉ biết qua lời diễn giải của nguồn thứ cấp, không phải nguyên văn văn bản; cấp có thẩm quyền xác định.',
      en: 'This "not rated" rule is known only from a secondary source’s paraphrase, not the text’s wording; the competent body decides.',
    });
  } else if (basis === 'inferred') {
    caveats.push({
      vi: 'Quy tắc "không xếp loại" này là suy luận (văn bản không nói nguyên văn như vậy); cấp có thẩm quyền xác định.',
      en: 'This "not rated" rule is an inference (the text does not say it in so many words); the competent body decides.',
    });
  }
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
