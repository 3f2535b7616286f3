/**
 * Quy định 132-QĐ/TW (08-3-2018) Điều 12 khoản 4: the "không hoàn thành nhiệm vụ" cases that
 * govern rating years 2018–2022 under both HD 16 and HD 21 (rating.md §3.1, §3.1a).
 *
 * - general sentence, **quoted** [S61]: "Các tập thể, cá nhân mà các tiêu chí đánh giá ở mức "Kém"
 *   hoặc thuộc một trong các trường hợp sau";
 * - (a) "Đối với các tổ chức, cơ quan, đơn vị", **quoted** [S61]; whether it covers a đảng bộ /
 *   chi bộ is an inference (option `organizationTriggersApplyToPartyOrganizations`);
 * - (b) "Đối với tập thể lãnh đạo, quản lý", **quoted-partial**: only "Bị cấp có thẩm quyền đánh
 *   giá mất đoàn kết nội bộ; có thành viên suy thoái về[…]" is visible.
 * @internal
 */
import { cite, type Citation } from '../../legal/citation.js';
import { QD132_OF_2018 } from '../../legal/documents.js';
import type { Label } from '../../i18n/label.js';
import { Acc, UNSATISFACTORY, lessPercent, morePercent } from '../_engine.js';
import type { OrganizationRatingFacts, ResolvedRatingOptions } from '../types.js';
import { disciplinesInYear, isPartyOrganization, needEvent, poorCriteria, subUnitTotal } from './_common.js';

const QD = QD132_OF_2018;

/** QĐ 132 Đ12 k4, general sentence. */
export const QD132_GENERAL: Citation = /* @__PURE__ */ cite(QD, { article: 12, clause: 4, quoteVi: 'Các tập thể, cá nhân mà các tiêu chí đánh giá ở mức "Kém" hoặc thuộc một trong các trường hợp sau' }, 'quoted');
/** QĐ 132 Đ12 k4 (a), first item: a subordinate unit's corruption case handled. */
export const QD132_A_CORRUPTION: Citation = /* @__PURE__ */ cite(
  QD,
  { article: 12, clause: 4, point: 'a', quoteVi: 'Có đơn vị trực thuộc xảy ra các vụ, việc tham ô, tham nhũng và các vi phạm khác bị xử lý theo quy định của Đảng, pháp luật của Nhà nước (trừ trường hợp tự phát hiện và khắc phục xong hậu quả).' },
  'quoted',
);
/** QĐ 132 Đ12 k4 (a), under-50% item. */
export const QD132_A_TASKS: Citation = /* @__PURE__ */ cite(
  QD,
  { article: 12, clause: 4, point: 'a', quoteVi: 'Chỉ hoàn thành dưới 50% số chỉ tiêu, nhiệm vụ công tác được cấp có thẩm quyền giao, phê duyệt trong năm, các chỉ tiêu chủ yếu không đạt 100% (trừ trường hợp bất khả kháng).' },
  'quoted',
);
/** QĐ 132 Đ12 k4 (a), discipline item. */
export const QD132_A_DISCIPLINE: Citation = /* @__PURE__ */ cite(
  QD,
  { article: 12, clause: 4, point: 'a', quoteVi: 'Tập thể lãnh đạo, quản lý bị xử lý kỷ luật hoặc có trên 20% số đơn vị trực thuộc bị kỷ luật trong năm.' },
  'quoted',
);
/** QĐ 132 Đ12 k4 (b), visible start. */
export const QD132_B: Citation = /* @__PURE__ */ cite(
  QD,
  { article: 12, clause: 4, point: 'b', quoteVi: 'Bị cấp có thẩm quyền đánh giá mất đoàn kết nội bộ; có thành viên suy thoái về[…]' },
  'quotedPartial',
);
/** QĐ 132 Đ12 k4 (c), individuals. */
export const QD132_C: Citation = /* @__PURE__ */ cite(
  QD,
  { article: 12, clause: 4, point: 'c', quoteVi: 'Chỉ hoàn thành dưới 50% số chỉ tiêu, nhiệm vụ công tác được giao trong năm, không hoàn thành 100% chỉ tiêu quan trọng, nhiệm vụ trọng tâm. … Bị xử lý kỷ luật trong năm.' },
  'quoted',
);

/**
 * Reading a party organization's own discipline as "Tập thể lãnh đạo, quản lý bị xử lý kỷ luật"
 * is an inference, on top of applying (a) to party organizations at all (rating.md §3.1a).
 */
export const QD132_OWN_AS_LEADERSHIP: Citation = /* @__PURE__ */ cite(
  QD,
  { article: 12, clause: 4, point: 'a', note: { vi: 'Coi kỷ luật của tổ chức đảng là kỷ luật tập thể lãnh đạo, quản lý: suy luận.', en: 'The organization’s discipline read as the leadership collective’s: an inference.' } },
  'inferred',
);

/** Đ12 k4 (c), individuals: "Chỉ hoàn thành dưới 50% số chỉ tiêu, nhiệm vụ" (apart, so that member rating does not bundle the organization clauses). @internal */
export const QD132_INDIVIDUAL_MIN_COMPLETION = /* @__PURE__ */ Object.freeze({ value: 50, citation: QD132_C });

/**
 * QĐ 132's numbers, each with the clause that states it (the shape of `QD366_THRESHOLDS`): the rules
 * of HD 16 and HD 21 read them, and so do the texts below. @internal
 */
export const QD132_THRESHOLDS = /* @__PURE__ */ (() =>
  Object.freeze({
    /** "có trên 20% số đơn vị trực thuộc bị kỷ luật trong năm" (Đ12 k4 a). */
    subUnitsDisciplinedPercent: Object.freeze({ value: 20, citation: QD132_A_DISCIPLINE }),
    /** "Chỉ hoàn thành dưới 50% số chỉ tiêu, nhiệm vụ" (Đ12 k4 a). */
    minCompletionPercent: Object.freeze({ value: 50, citation: QD132_A_TASKS }),
    /** "Chỉ hoàn thành dưới 50% số chỉ tiêu, nhiệm vụ công tác được giao trong năm" (Đ12 k4 c, individuals). */
    individualMinCompletionPercent: QD132_INDIVIDUAL_MIN_COMPLETION,
  }))();

/** The texts of QĐ 132's organization triggers (read by HD 16, HD 21 and QĐ 124), keyed by reason code or missing-fact path; only the organization rating reads them. */
const MESSAGES = {
  organizationTriggersApplyToPartyOrganizationsFalse: { vi: 'Không áp dụng các trường hợp của "tổ chức, cơ quan, đơn vị" cho tổ chức đảng.', en: 'The "organization, agency, unit" cases are not applied to party organizations.' },
  unsatisfactoryCasesForOrganizations: { vi: 'Các trường hợp "không hoàn thành nhiệm vụ" của "tổ chức, cơ quan, đơn vị" được áp dụng cho tổ chức đảng theo suy luận (văn bản không nói rõ).', en: 'The "unsatisfactory" cases for "organizations, agencies, units" are applied to party organizations by inference (the text does not say so).' },
  partyOrganizationsOwnDiscipline: { vi: 'Tổ chức đảng bị kỷ luật trong năm chỉ là trường hợp "không hoàn thành nhiệm vụ" qua hai suy luận chồng nhau (áp dụng điểm a cho tổ chức đảng; coi kỷ luật tổ chức là kỷ luật tập thể lãnh đạo), nên không kết luận.', en: 'The party organization’s own discipline is an "unsatisfactory" case only through two stacked inferences ((a) applied to party organizations; its discipline read as the leadership collective’s), so it is not decided.' },
  collectiveDisciplined: (esc: boolean): Label => ({ vi: `Tập thể lãnh đạo, quản lý (tổ chức) bị xử lý kỷ luật trong năm${esc ? '; đã tự phát hiện và khắc phục xong hậu quả' : ''}.`, en: `The leadership collective (organization) was disciplined in the year${esc ? '; self-detected and remedied' : ''}.` }),
  disciplines: { vi: 'Tổ chức bị kỷ luật trong năm là trường hợp "không hoàn thành nhiệm vụ" (danh sách rỗng nếu không có).', en: 'A discipline of the organization forces "unsatisfactory" (empty list if none).' },
  subUnitsDisciplinedOver20: (subUnitsDisciplined: number, subTotal: number, pct: number): Label => ({ vi: `${subUnitsDisciplined}/${subTotal} đơn vị trực thuộc bị kỷ luật trong năm, trên ${pct}%.`, en: `${subUnitsDisciplined} of ${subTotal} subordinate units disciplined in the year, over ${pct}%.` }),
  subUnitsDisciplined: (subUnitsDisciplined: number, subTotal: number, pct: number): Label => ({ vi: `${subUnitsDisciplined}/${subTotal} đơn vị trực thuộc bị kỷ luật, không vượt quá ${pct}%.`, en: `${subUnitsDisciplined} of ${subTotal} subordinate units disciplined, not over ${pct}%.` }),
  subUnitsDisciplinedShare: (pct: number): Label => ({ vi: `Trên ${pct}% đơn vị trực thuộc bị kỷ luật là trường hợp "không hoàn thành nhiệm vụ" (cần cả tổng số đơn vị).`, en: `Over ${pct}% of subordinate units disciplined forces "unsatisfactory" (needs the unit total too).` }),
  tasks: (pct: number): Label => ({ vi: `Hoàn thành dưới ${pct}% nhiệm vụ là trường hợp "không hoàn thành nhiệm vụ".`, en: `Completing under ${pct}% of tasks forces "unsatisfactory".` }),
  mainTargetsMissed: (pct: number): Label => ({ vi: `Dưới ${pct}% nhiệm vụ kèm chỉ tiêu chủ yếu không đạt là trường hợp "không hoàn thành nhiệm vụ".`, en: `Under ${pct}% of tasks with main targets missed forces "unsatisfactory".` }),
  tasksUnder50: (completed: number, assigned: number, esc: boolean, pct: number): Label => ({ vi: `Chỉ hoàn thành ${completed}/${assigned} nhiệm vụ (dưới ${pct}%), chỉ tiêu chủ yếu không đạt${esc ? '; có lý do bất khả kháng' : ''}.`, en: `Only ${completed} of ${assigned} tasks completed (under ${pct}%), main targets missed${esc ? '; force majeure' : ''}.` }),
  subUnitCorruption: (esc: boolean): Label => ({ vi: `Có đơn vị trực thuộc xảy ra vụ, việc tham nhũng hoặc vi phạm khác bị xử lý${esc ? '; đã tự phát hiện và khắc phục xong hậu quả nên cấp có thẩm quyền xem xét, quyết định' : ''}.`, en: `A subordinate unit had a corruption case or another violation that was handled${esc ? '; self-detected and remedied, so the competent body may decide otherwise' : ''}.` }),
  subUnitCorruptionHandled: { vi: 'Đơn vị trực thuộc xảy ra vụ, việc tham ô, tham nhũng bị xử lý là trường hợp "không hoàn thành nhiệm vụ".', en: 'A corruption case handled in a subordinate unit forces "unsatisfactory".' },
};


/**
 * The organization triggers of QĐ 132 k4 (a) (also used, reworded, by QĐ 124: pass its citations).
 */
export function organizationTriggers(
  a: Acc,
  f: OrganizationRatingFacts,
  o: ResolvedRatingOptions,
  cites: {
    readonly general: readonly Citation[];
    readonly tasks: readonly Citation[];
    readonly discipline: readonly Citation[];
    readonly corruption: readonly Citation[];
    /** QĐ 132: a party organization's own discipline reaches (a) only through two inferences. */
    readonly ownDisciplineStacked?: boolean;
    /** QĐ 124: the item on a collective's own discipline, with its escape clause. */
    readonly ownDiscipline?: readonly Citation[];
  },
  subUnitsPercent: number,
  minCompletionPercent: number,
): void {
  poorCriteria(a, f.criteria, cites.general);
  if (isPartyOrganization(f)) {
    if (!o.organizationTriggersApplyToPartyOrganizations) {
      a.option('organizationTriggersApplyToPartyOrganizations', false, MESSAGES.organizationTriggersApplyToPartyOrganizationsFalse);
      return;
    }
    a.caveat(
      MESSAGES.unsatisfactoryCasesForOrganizations,
    );
  }
  subUnitCorruption(a, f, o, cites.corruption);
  const own = disciplinesInYear(f.disciplines, f.year, o);
  if (own !== undefined && own.length > 0 && cites.ownDisciplineStacked === true && isPartyOrganization(f)) {
    // Two inferences stacked (issue 13, item 6): given as a range, not decided.
    a.unverify(
      UNSATISFACTORY,
      MESSAGES.partyOrganizationsOwnDiscipline,
      [...cites.discipline, QD132_OWN_AS_LEADERSHIP],
    );
  } else if (own !== undefined && own.length > 0) {
    // QĐ 124 prints "Bị xử lý kỷ luật … trong năm (trừ trường hợp tự phát hiện và khắc phục xong
    // hậu quả)" without sub-headings: its escape clause is not withheld from an organization.
    const esc = cites.ownDiscipline !== undefined && own.every((d) => d.selfReportedAndRemedied === true);
    a.force(esc, 'collectiveDisciplined', MESSAGES.collectiveDisciplined(esc), [...cites.discipline, ...(cites.ownDiscipline ?? [])]);
  } else {
    needEvent(a, f.disciplines, o, 'disciplines', MESSAGES);
  }
  const subTotal = subUnitTotal(f);
  if (f.subUnitsDisciplined !== undefined && subTotal !== undefined && subTotal > 0) {
    if (morePercent(f.subUnitsDisciplined, subTotal, subUnitsPercent)) {
      a.force(false, 'subUnitsDisciplinedOver20', MESSAGES.subUnitsDisciplinedOver20(f.subUnitsDisciplined, subTotal, subUnitsPercent), cites.discipline);
    } else {
      a.note('subUnitsDisciplined', MESSAGES.subUnitsDisciplined(f.subUnitsDisciplined, subTotal, subUnitsPercent), cites.discipline);
    }
  } else if (f.kind !== 'partyCell' && !o.assumeNoEvents) {
    a.miss('subUnitsDisciplined', MESSAGES.subUnitsDisciplinedShare(subUnitsPercent));
  }
  tasksTrigger(a, f, cites.tasks, minCompletionPercent);
}

/** "Chỉ hoàn thành dưới 50% … [và] các chỉ tiêu chủ yếu không đạt …" with the force-majeure escape. */
export function tasksTrigger(a: Acc, f: OrganizationRatingFacts, cites: readonly Citation[], minCompletionPercent: number): void {
  if (f.tasks === undefined) {
    a.miss('tasks', MESSAGES.tasks(minCompletionPercent));
    return;
  }
  if (!lessPercent(f.tasks.completed, f.tasks.assigned, minCompletionPercent)) return;
  if (f.mainTargetsMissed === undefined) {
    a.miss('mainTargetsMissed', MESSAGES.mainTargetsMissed(minCompletionPercent));
  } else if (f.mainTargetsMissed) {
    const esc = f.forceMajeure === true;
    a.force(esc, 'tasksUnder50', MESSAGES.tasksUnder50(f.tasks.completed, f.tasks.assigned, esc, minCompletionPercent), cites);
  }
}

/** "Có đơn vị trực thuộc xảy ra các vụ, việc tham ô, tham nhũng … (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)". */
export function subUnitCorruption(a: Acc, f: OrganizationRatingFacts, o: ResolvedRatingOptions, cites: readonly Citation[]): void {
  if (f.subUnitCorruptionHandled === true) {
    const esc = f.subUnitCorruptionSelfDetectedAndRemedied === true;
    a.force(
      esc,
      'subUnitCorruption',
      MESSAGES.subUnitCorruption(esc),
      cites,
    );
  } else if (f.subUnitCorruptionHandled === undefined && f.kind !== 'partyCell') {
    needEvent(a, undefined, o, 'subUnitCorruptionHandled', MESSAGES);
  }
}

/** The criteria rows of QĐ 132's organization triggers, as HD 16 and HD 21 list them (`rulesFor`), keyed by the row's id after the rule set's prefix. @internal */
export const QD132_CRITERIA_MESSAGES = /* @__PURE__ */ (({ subUnitsDisciplinedPercent: sub, minCompletionPercent: min } = QD132_THRESHOLDS) => ({
  'org.unsatisfactory': { vi: `Quy định 132, điểm a khoản 4 Điều 12: tập thể lãnh đạo bị kỷ luật hoặc trên ${sub.value}% đơn vị trực thuộc bị kỷ luật; dưới ${min.value}% nhiệm vụ và chỉ tiêu chủ yếu không đạt.`, en: `QĐ 132 Art. 12(4)(a): leadership disciplined or over ${sub.value}% of sub-units disciplined; under ${min.value}% of tasks with main targets missed.` },
  'org.unsatisfactory.subUnitCorruption': { vi: 'Quy định 132, điểm a khoản 4 Điều 12: có đơn vị trực thuộc xảy ra vụ, việc tham ô, tham nhũng bị xử lý (trừ tự phát hiện và khắc phục xong hậu quả).', en: 'QĐ 132 Art. 12(4)(a): a subordinate unit had a corruption case that was handled (unless self-detected and remedied).' },
}))();
