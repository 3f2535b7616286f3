/**
 * A FICTIONAL 2027 rating rule set, for the contract test only: nothing here is law. It shows that
 * a new regulation is one module (this file) and one registry line (see contract.test.ts), and that
 * every threshold is data with its citation, read by the rule and by its messages.
 *
 * > Fictional "Quy định 999-QĐ/TW" Điều 1: "Cá nhân đạt từ 85 điểm trở lên: hoàn thành xuất sắc
 * > nhiệm vụ; từ 65 đến dưới 85 điểm: hoàn thành tốt nhiệm vụ; từ 45 đến dưới 65 điểm: hoàn thành
 * > nhiệm vụ; dưới 45 điểm: không hoàn thành nhiệm vụ."
 */
import { cite, type Citation } from '../../src/legal/citation.js';
import type { PartyDocument } from '../../src/legal/documents.js';
import { Acc, EXCELLENT, GOOD, SATISFACTORY, UNSATISFACTORY, effectiveScore, label, numVi } from '../../src/rating/_engine.js';
import type { MemberEvaluator, OrganizationEvaluator, RatingEngineModule, RatingRuleSetModule } from '../../src/rating/_ruleSets.js';
import { LEVEL_LABELS, crit } from '../../src/rating/ruleSets/_common.js';
import { defineDocument } from '../../src/legal/documents.js';
import type { Label } from '../../src/i18n/label.js';

const QD999: PartyDocument = defineDocument('999-QĐ/TW', {
  kind: Object.freeze({ vi: 'Quy định', en: 'Regulation' }),
  titleVi: 'quy định giả định dùng để kiểm thử (không phải văn bản thật)',
  signedOn: '2027-03-01',
  effectiveFrom: '2027-03-01',
});

const ART1 = cite(
  QD999,
  { article: 1, quoteVi: 'Cá nhân đạt từ 85 điểm trở lên: hoàn thành xuất sắc nhiệm vụ; từ 65 đến dưới 85 điểm: hoàn thành tốt nhiệm vụ; từ 45 đến dưới 65 điểm: hoàn thành nhiệm vụ; dưới 45 điểm: không hoàn thành nhiệm vụ.', effectiveFrom: '2027-03-01' },
  'quoted',
);

/** Each number with its citation, in the shape of QD366_THRESHOLDS. */
export const FY2027_THRESHOLDS = Object.freeze({
  excellentMinScore: Object.freeze({ value: 85, citation: ART1 }),
  goodMinScore: Object.freeze({ value: 65, citation: ART1 }),
  satisfactoryMinScore: Object.freeze({ value: 45, citation: ART1 }),
});
const T = FY2027_THRESHOLDS;

/** Every text the rule set writes, keyed by code or criterion id; the numbers come from the thresholds data. */
const MESSAGES = {
  below: (score: number, min: number): Label => ({ vi: `Đạt ${numVi(score)} điểm, dưới ${numVi(min)} điểm.`, en: `${score} points, under ${min}.` }),
  scoreMissing: { vi: 'Cần tổng điểm để xếp loại.', en: 'The total score decides the level.' },
  scoreBelowSatisfactory: (min: number): Label => ({ vi: `Dưới ${numVi(min)} điểm.`, en: `Under ${min} points.` }),
  noOrganizationCriteria: { vi: 'Quy định giả định không có tiêu chuẩn cho tổ chức.', en: 'The fictional regulation has no organization criteria.' },
  'fy2027.excellent.score': (min: number): Label => ({ vi: `Tổng điểm từ ${min} trở lên.`, en: `Total score ${min} or more.` }),
  'fy2027.good.score': (min: number, below: number): Label => ({ vi: `Tổng điểm từ ${min} đến dưới ${below}.`, en: `Total score from ${min} to under ${below}.` }),
  'fy2027.satisfactory.score': (min: number, below: number): Label => ({ vi: `Tổng điểm từ ${min} đến dưới ${below}.`, en: `Total score from ${min} to under ${below}.` }),
};

const band = (a: Acc, score: number, min: { readonly value: number; readonly citation: Citation }, level: 'excellent' | 'good' | 'satisfactory'): boolean => {
  if (score >= min.value) return true;
  // The message reads the number from the data, never a literal.
  a.block(level, `below_${level}`, MESSAGES.below(score, min.value), [min.citation]);
  return false;
};

const evaluateMember: MemberEvaluator = (f, o, trace) => {
  const a = new Acc(trace);
  if (f.score === undefined) {
    a.miss('score', MESSAGES.scoreMissing);
    return a.done();
  }
  const s = effectiveScore(f.score, o);
  if (!band(a, s, T.excellentMinScore, 'excellent') && !band(a, s, T.goodMinScore, 'good') && !band(a, s, T.satisfactoryMinScore, 'satisfactory')) {
    a.force(false, 'scoreBelowSatisfactory', MESSAGES.scoreBelowSatisfactory(T.satisfactoryMinScore.value), [T.satisfactoryMinScore.citation]);
  }
  // The level is exactly the band the score falls in.
  a.allowed &= s >= T.excellentMinScore.value ? EXCELLENT : s >= T.goodMinScore.value ? GOOD : s >= T.satisfactoryMinScore.value ? SATISFACTORY : UNSATISFACTORY;
  return a.done();
};

const evaluateOrganization: OrganizationEvaluator = (_f, _o, trace) => {
  const a = new Acc(trace);
  a.unverify(EXCELLENT | GOOD | SATISFACTORY | UNSATISFACTORY, MESSAGES.noOrganizationCriteria, []);
  return a.done();
};

/** The engine part: no validTo (the registry derives the end of QĐ 366 from this start). */
export const fy2027Engine: RatingEngineModule<'fy2027'> = Object.freeze({
  id: 'fy2027',
  area: 'rating' as const,
  label: label('Quy định giả định 999-QĐ/TW (kiểm thử, từ năm 2027)', 'Fictional Regulation 999-QĐ/TW (test only, 2027 on)'),
  validFrom: '2027-03-01',
  sources: [ART1],
  memberLevelLabels: LEVEL_LABELS,
  organizationLevelLabels: LEVEL_LABELS,
  evaluateMember,
});

/** The whole module: what one registry line adds. */
export const fy2027Module: RatingRuleSetModule<'fy2027'> = {
  engine: fy2027Engine,
  criteria: [
    crit('fy2027.excellent.score', 'member', 'excellent', MESSAGES['fy2027.excellent.score'](T.excellentMinScore.value), T.excellentMinScore.citation),
    crit('fy2027.good.score', 'member', 'good', MESSAGES['fy2027.good.score'](T.goodMinScore.value, T.excellentMinScore.value), T.goodMinScore.citation),
    crit('fy2027.satisfactory.score', 'member', 'satisfactory', MESSAGES['fy2027.satisfactory.score'](T.satisfactoryMinScore.value, T.goodMinScore.value), T.satisfactoryMinScore.citation),
  ],
  evaluateOrganization,
  thresholds: FY2027_THRESHOLDS,
};
