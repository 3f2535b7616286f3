/**
 * Rule set V0: Hướng dẫn 27-HD/BTCTW (25-9-2014), rating years 2014–2017 (for 2016 with
 * Công văn 1825-CV/BTCTW; for 2017 inferred) (rating.md §2). Only one rule is visible,
 * **quoted**, HD 27 Mục II [S4]:
 *
 * > "Đảng bộ (chi bộ) yếu kém: Không hoàn thành nhiều nhiệm vụ được giao, đạt dưới 50 điểm hoặc
 * > đạt từ 50 điểm trở lên và có một trong các khuyết điểm, hạn chế sau: - Nội bộ cấp ủy hoặc ban
 * > thường vụ mất đoàn kết. - Để xảy ra tham nhũng, tiêu cực, suy thoái … đến mức có đảng viên phải
 * > kỷ luật. - Chính quyền cùng cấp phân loại chất lượng mức thấp nhất. - Có từ 02 tổ chức … cùng
 * > cấp phân loại chất lượng mức thấp nhất. - Đảng bộ có trên 1/3 số tổ chức đảng trực thuộc xếp
 * > loại “Yếu kém”; chi bộ có trên 1/2 số đảng viên xếp loại “Không hoàn thành nhiệm vụ”."
 *
 * Read as the reference's worked example 1 reads it: under 50 points, or any one of the listed
 * shortcomings, makes the organization "yếu kém". Every other V0 rule (member criteria, the
 * other organization levels, the quota, exemptions) is **unverified**: results say so.
 */
import type { OrganizationEvaluator, RatingEngineModule, RatingRuleSetModule } from '../_ruleSets.js';
import { cite } from '../../legal/citation.js';
import { HD27_OF_2014 } from '../../legal/documents.js';
import type { Label } from '../../i18n/label.js';
import { HD27_WEAK_LABEL } from '../../i18n/vocabulary.js';
import { Acc, type TextAt, textAt, numVi, ALL_LEVELS, EXCELLENT, GOOD, SATISFACTORY, UNSATISFACTORY, effectiveScore, label, vlabel } from '../_engine.js';
import type { RatingEvaluation, MemberRatingFacts, OrganizationRatingFacts, RatingCriterion,  ResolvedRatingOptions, RatingTrace } from '../types.js';
import { needEvent, subUnitTotal, total } from './_common.js';

const HD = HD27_OF_2014;

/** The "yếu kém" clause of HD 27 Mục II. @internal */
export const HD27_WEAK = /* @__PURE__ */ cite(
  HD,
  {
    section: 'II',
    quoteVi:
      'Đảng bộ (chi bộ) yếu kém: Không hoàn thành nhiều nhiệm vụ được giao, đạt dưới 50 điểm hoặc đạt từ 50 điểm trở lên và có một trong các khuyết điểm, hạn chế sau: - Nội bộ cấp ủy hoặc ban thường vụ mất đoàn kết. - Để xảy ra tham nhũng, tiêu cực, suy thoái về tư tưởng chính trị, đạo đức, lối sống đến mức có đảng viên phải kỷ luật. - Chính quyền cùng cấp phân loại chất lượng mức thấp nhất. - Có từ 02 tổ chức (Mặt trận Tổ quốc, đoàn thể chính trị - xã hội) cùng cấp phân loại chất lượng mức thấp nhất. - Đảng bộ có trên 1/3 số tổ chức đảng trực thuộc xếp loại “Yếu kém”; chi bộ có trên 1/2 số đảng viên xếp loại “Không hoàn thành nhiệm vụ”.',
  },
  'quoted',
);

/** A number of the "yếu kém" clause, with it (the shape of `QD366_THRESHOLDS`). */
const w = <V>(value: V): { readonly value: V; readonly citation: typeof HD27_WEAK } => Object.freeze({ value, citation: HD27_WEAK });

/** HD 27 thresholds, each with the "yếu kém" clause that states it. @internal */
export const HD27_THRESHOLDS = /* @__PURE__ */ (() => Object.freeze({
  /** "đạt dưới 50 điểm". */
  minScore: w(50),
  /** "Có từ 02 tổ chức … mức thấp nhất". */
  massOrganizationsLowest: w(2),
  /** Đảng bộ: "trên 1/3 số tổ chức đảng trực thuộc" as numerator/denominator. */
  subUnitsWeakShare: w([1, 3] as const),
  /** Chi bộ: "trên 1/2 số đảng viên". */
  membersUnsatisfactoryShare: w([1, 2] as const),
}))();

/** A count as HD 27 writes it ("02"). */
const two = (n: number): string => String(n).padStart(2, '0');

const T = HD27_THRESHOLDS;

/** The text of HD 27's member rating (members are not rated: no criteria are seen). */
const MESSAGES = {
  memberCriteriaUnseen: { vi: 'Tiêu chuẩn xếp loại đảng viên của Hướng dẫn 27 chưa thấy trong nguồn nào: thư viện không xếp loại được đảng viên năm 2014–2017.', en: 'HD 27’s member criteria were not seen in any source: the library cannot rate members for 2014–2017.' },
};

/** The texts only the organization rating writes, apart so that a bundle that only rates members leaves them out. */
const ORGANIZATION_MESSAGES = {
  onlyWeakRuleSeen: { vi: 'Hướng dẫn 27 chỉ thấy quy tắc "yếu kém" của đảng bộ, chi bộ; các tập thể khác chưa xác minh.', en: 'Only HD 27’s "yếu kém" rule for đảng bộ and chi bộ is seen; other collectives are unverified.' },
  score: (min: number): Label => ({ vi: `Dưới ${min} điểm là "yếu kém".`, en: `Under ${min} points is "yếu kém".` }),
  scoreBelow50: (score: number, min: number): Label => ({ vi: `Đạt ${numVi(score)} điểm, dưới ${min} điểm.`, en: `${score} points, under ${min}.` }),
  disunity: { vi: 'Nội bộ cấp ủy hoặc ban thường vụ mất đoàn kết.', en: 'The committee or its standing board is disunited.' },
  disunityConcluded: { vi: 'Cấp ủy mất đoàn kết là khuyết điểm làm tổ chức "yếu kém".', en: 'A disunited committee makes the organization "yếu kém".' },
  corruptionDegradation: { vi: 'Để xảy ra tham nhũng, tiêu cực, suy thoái đến mức có đảng viên phải kỷ luật.', en: 'Corruption, negativity or degradation led to a member being disciplined.' },
  memberDisciplinedForCorruptionOrDegradation: { vi: 'Đảng viên bị kỷ luật do tham nhũng, suy thoái làm tổ chức "yếu kém".', en: 'A member disciplined for corruption or degradation makes it "yếu kém".' },
  governmentLowest: { vi: 'Chính quyền cùng cấp phân loại mức thấp nhất.', en: 'The same-level government was rated at the lowest level.' },
  governmentLowestLevel: { vi: 'Chính quyền cùng cấp ở mức thấp nhất làm tổ chức "yếu kém".', en: 'A lowest-rated same-level government makes it "yếu kém".' },
  massOrganizationsLowest: (massOrganizationsLowestLevel: number): Label => ({ vi: `${massOrganizationsLowestLevel} tổ chức (Mặt trận, đoàn thể) cùng cấp ở mức thấp nhất.`, en: `${massOrganizationsLowestLevel} same-level Front / mass organizations at the lowest level.` }),
  massOrganizationsLowestLevel: (massOrganizationsLowest: number): Label => ({ vi: `Từ ${two(massOrganizationsLowest)} đoàn thể cùng cấp ở mức thấp nhất làm tổ chức "yếu kém".`, en: 'Two or more lowest-rated mass organizations make it "yếu kém".' }),
  members: (num: number, den: number): Label => ({ vi: `Chi bộ có trên ${num}/${den} đảng viên "không hoàn thành nhiệm vụ" là "yếu kém".`, en: 'A chi bộ with over half its members "unsatisfactory" is "yếu kém".' }),
  membersOverHalf: (unsatisfactory: number, n: number, num: number, den: number): Label => ({ vi: `${unsatisfactory}/${n} đảng viên xếp loại "không hoàn thành nhiệm vụ", trên ${num}/${den}.`, en: `${unsatisfactory} of ${n} members rated "unsatisfactory", over half.` }),
  subUnits: (num: number, den: number): Label => ({ vi: `Đảng bộ có trên ${num}/${den} tổ chức trực thuộc "yếu kém" là "yếu kém".`, en: 'A đảng bộ with over a third of its sub-organizations "yếu kém" is "yếu kém".' }),
  subUnitsOverThird: (unsatisfactory: number, n: number, num: number, den: number): Label => ({ vi: `${unsatisfactory}/${n} tổ chức đảng trực thuộc "yếu kém", trên ${num}/${den}.`, en: `${unsatisfactory} of ${n} sub-organizations "yếu kém", over a third.` }),
  notWeak: { vi: 'Không thuộc trường hợp "yếu kém" của Hướng dẫn 27.', en: 'None of HD 27’s "yếu kém" cases applies.' },
  upperLevelsUnseen: { vi: 'Ngưỡng điểm và tiêu chuẩn các mức trên "yếu kém" của Hướng dẫn 27 chưa thấy.', en: 'HD 27’s point thresholds and criteria above "yếu kém" are unseen.' },
};

/** The texts of the criteria listed by `rulesFor`, keyed by criterion id, apart so that a bundle that only rates leaves them out. */
const CRITERIA_MESSAGES = {
  'hd27.org.weak': (minScore: number, massOrganizationsLowest: number, subUnitsWeakShare: readonly [1, 3], membersUnsatisfactoryShare: readonly [1, 2]): Label => ({ vi: `Đảng bộ, chi bộ "yếu kém": dưới ${minScore} điểm; cấp ủy mất đoàn kết; đảng viên bị kỷ luật do tham nhũng, suy thoái; chính quyền cùng cấp mức thấp nhất; từ ${two(massOrganizationsLowest)} đoàn thể mức thấp nhất; đảng bộ trên ${subUnitsWeakShare.join('/')} tổ chức trực thuộc "yếu kém"; chi bộ trên ${membersUnsatisfactoryShare.join('/')} đảng viên "không hoàn thành nhiệm vụ".`, en: `"Yếu kém" đảng bộ / chi bộ: under ${minScore} points; disunited committee; a member disciplined for corruption or degradation; lowest-rated same-level government; two or more lowest-rated mass organizations; over ${subUnitsWeakShare.join('/')} of sub-organizations weak; over ${membersUnsatisfactoryShare.join('/')} of members unsatisfactory.` }),
  'hd27.org.other': { vi: 'Các mức khác và thang điểm: chưa thấy.', en: 'Other levels and the point scale: unseen.' },
  'hd27.member': { vi: 'Tiêu chuẩn xếp loại đảng viên: chưa thấy.', en: 'Member criteria: unseen.' },
};


function evaluateMember(_f: MemberRatingFacts, _o: ResolvedRatingOptions, trace: RatingTrace | undefined): RatingEvaluation {
  const a = new Acc(trace);
  a.unverify(ALL_LEVELS, MESSAGES.memberCriteriaUnseen, []);
  return a.done();
}

function evaluateOrganization(f: OrganizationRatingFacts, o: ResolvedRatingOptions, trace: RatingTrace | undefined): RatingEvaluation {
  const a = new Acc(trace);
  if (f.kind === 'leadershipCollective' || f.kind === 'agency') {
    a.unverify(ALL_LEVELS, ORGANIZATION_MESSAGES.onlyWeakRuleSeen, [HD27_WEAK]);
    return a.done();
  }
  const weak = (code: string, text: Label): void => a.force(false, code, text, [HD27_WEAK]);
  const min = T.minScore.value;
  if (f.score === undefined) a.miss('score', ORGANIZATION_MESSAGES.score(min));
  else if (effectiveScore(f.score, o) < min) weak('scoreBelow50', ORGANIZATION_MESSAGES.scoreBelow50(f.score, min));
  if (f.disunityConcluded === true) weak('disunity', ORGANIZATION_MESSAGES.disunity);
  else needEvent(a, f.disunityConcluded, o, 'disunityConcluded', ORGANIZATION_MESSAGES);
  if (f.memberDisciplinedForCorruptionOrDegradation === true) weak('corruptionDegradation', ORGANIZATION_MESSAGES.corruptionDegradation);
  else needEvent(a, f.memberDisciplinedForCorruptionOrDegradation, o, 'memberDisciplinedForCorruptionOrDegradation', ORGANIZATION_MESSAGES);
  if (f.governmentLowestLevel === true) weak('governmentLowest', ORGANIZATION_MESSAGES.governmentLowest);
  else needEvent(a, f.governmentLowestLevel, o, 'governmentLowestLevel', ORGANIZATION_MESSAGES);
  if (f.massOrganizationsLowestLevel !== undefined && f.massOrganizationsLowestLevel >= T.massOrganizationsLowest.value) {
    weak('massOrganizationsLowest', ORGANIZATION_MESSAGES.massOrganizationsLowest(f.massOrganizationsLowestLevel));
  } else needEvent(a, f.massOrganizationsLowestLevel, o, 'massOrganizationsLowestLevel', ORGANIZATION_MESSAGES.massOrganizationsLowestLevel(T.massOrganizationsLowest.value));
  if (f.kind === 'partyCell') {
    const [num, den] = T.membersUnsatisfactoryShare.value;
    if (f.members === undefined) a.miss('members', ORGANIZATION_MESSAGES.members(num, den));
    else {
      const n = total(f.members);
      if (f.members.unsatisfactory * den > n * num) weak('membersOverHalf', ORGANIZATION_MESSAGES.membersOverHalf(f.members.unsatisfactory, n, num, den));
    }
  } else {
    const n = subUnitTotal(f);
    const [num, den] = T.subUnitsWeakShare.value;
    if (f.subUnits === undefined || n === undefined) a.miss('subUnits', ORGANIZATION_MESSAGES.subUnits(num, den));
    else {
      if (f.subUnits.unsatisfactory * den > n * num) weak('subUnitsOverThird', ORGANIZATION_MESSAGES.subUnitsOverThird(f.subUnits.unsatisfactory, n, num, den));
    }
  }
  if (!a.forced && a.missing === 0) {
    a.allowed &= ~UNSATISFACTORY;
    a.note('notWeak', ORGANIZATION_MESSAGES, [HD27_WEAK]);
  }
  a.unverify(EXCELLENT | GOOD | SATISFACTORY, ORGANIZATION_MESSAGES.upperLevelsUnseen, []);
  return a.done();
}

const crit = <K extends string>(id: K, subject: RatingCriterion['subject'], level: RatingCriterion['level'], text: TextAt<K>, use: RatingCriterion['use']): RatingCriterion =>
  ({ id, subject, level, text: textAt(text, id), use, citation: use === 'applied' ? HD27_WEAK : cite(HD, {}, 'unverified') });

/** HD 27's level names for members (only the lowest is quoted). */
const MEMBER_LEVEL_LABELS = /* @__PURE__ */ Object.freeze({
  excellent: /* @__PURE__ */ vlabel('Đủ tư cách, hoàn thành xuất sắc nhiệm vụ', 'Qualified, completed duties excellently', 'unverified'),
  good: /* @__PURE__ */ vlabel('Đủ tư cách, hoàn thành tốt nhiệm vụ', 'Qualified, completed duties well', 'unverified'),
  satisfactory: /* @__PURE__ */ vlabel('Đủ tư cách, hoàn thành nhiệm vụ', 'Qualified, completed duties', 'unverified'),
  unsatisfactory: /* @__PURE__ */ vlabel('Không hoàn thành nhiệm vụ', 'Did not complete duties', 'quoted'),
});
/** HD 27's level names for organizations (only the lowest is quoted). */
const ORGANIZATION_LEVEL_LABELS = /* @__PURE__ */ Object.freeze({
  excellent: /* @__PURE__ */ vlabel('Trong sạch, vững mạnh', 'Clean and strong', 'unverified'),
  good: /* @__PURE__ */ vlabel('Hoàn thành tốt nhiệm vụ', 'Completed duties well', 'unverified'),
  satisfactory: /* @__PURE__ */ vlabel('Hoàn thành nhiệm vụ', 'Completed duties', 'unverified'),
  unsatisfactory: /* @__PURE__ */ vlabel(HD27_WEAK_LABEL.vi, HD27_WEAK_LABEL.en, 'quoted'),
});

/** {@link hd27RuleSet} without its criteria: all that rating reads, so a bundle that only rates leaves the criteria texts out. @internal */
export const hd27Engine: RatingEngineModule<'hd27'> = /* @__PURE__ */ Object.freeze({
  id: 'hd27',
  area: 'rating' as const,
  label: label('Hướng dẫn 27-HD/BTCTW (2014–2017)', 'Guidance 27-HD/BTCTW (2014–2017)'),
  validFrom: '2014-09-25',
  sources: [HD27_WEAK],
  memberLevelLabels: MEMBER_LEVEL_LABELS,
  organizationLevelLabels: ORGANIZATION_LEVEL_LABELS,
  evaluateMember,
});

/** How {@link hd27RuleSet} rates an organization; apart from {@link hd27Engine} so that a bundle that only rates members leaves it out. @internal */
export const hd27Organization: OrganizationEvaluator = evaluateOrganization;

/** The criteria of {@link hd27RuleSet}, listed by {@link rulesFor}. Built in a call marked pure, so a bundle that never lists criteria drops their texts. @internal */
export const HD27_CRITERIA: readonly RatingCriterion[] = /* @__PURE__ */ (() => [
  crit(
    'hd27.org.weak',
    'organization',
    'unsatisfactory',
    CRITERIA_MESSAGES['hd27.org.weak'](T.minScore.value, T.massOrganizationsLowest.value, T.subUnitsWeakShare.value, T.membersUnsatisfactoryShare.value),
    'applied',
  ),
  crit('hd27.org.other', 'organization', 'excellent', CRITERIA_MESSAGES, 'unverified'),
  crit('hd27.member', 'member', 'excellent', CRITERIA_MESSAGES, 'unverified'),
])();

/** The whole module, registered by one line in `registry.ts`: its engine, its criteria and its organization rating. @internal */
export const hd27Module: RatingRuleSetModule<'hd27'> = { engine: hd27Engine, criteria: HD27_CRITERIA, evaluateOrganization: hd27Organization, thresholds: HD27_THRESHOLDS };
