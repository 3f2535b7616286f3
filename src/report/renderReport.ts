/**
 * Render a tally as the sentences a district office writes, in Vietnamese and English.
 *
 * Follows the phrasing observed in the seeds (hierarchy-review-reports.md §3.5, quoted): total
 * then breakdown with "trong đó" ("xử lý kỷ luật 50 cán bộ, đảng viên, trong đó …"), a single form
 * written form-first ("khiển trách 15 đồng chí": "đã xử lý kỷ luật khiển trách 2 đảng viên"), cumulative
 * rating levels "hoàn thành tốt nhiệm vụ trở lên" ("2.447 đảng viên xếp loại hoàn thành tốt nhiệm
 * vụ trở lên; 220 đảng viên hoàn thành nhiệm vụ"), collective + individual pairs ("6 tập thể và
 * 32 cá nhân"), count + percent "(chiếm 45%)"; numbers and dates as in §3.6 through
 * {@link formatNumberVi} and {@link formatDateVi}. Options are those of §5: cumulative or
 * exclusive levels (6), order of forms (15, ascending severity by default), rounding (8),
 * zero-padding (9). Non-disciplinary outcomes are never written as discipline (§3.3).
 * Each sentence is built from a fixed template so that the text can be read back; the templates
 * are in `RENDER_MESSAGES` (`_messages.ts`), Vietnamese and English side by side.
 * @module
 */
import * as z from 'zod/mini';
import { daysInMonth, isIsoDate, partsOf } from '../_lib/dates.js';
import { deepFreeze } from '../_lib/freeze.js';
import { issue, parseInput, type Nq4Issue, Nq4Error } from '../errors.js';
import { formatDateEn, formatDateVi, formatNumberEn, formatNumberVi } from '../i18n/format.js';
import type { Label } from '../i18n/label.js';
import {
  HD27_WEAK_LABEL,
  DISCIPLINE_FORM_LABELS,
  DISCIPLINE_FORM_SEVERITY,
  DISCIPLINE_FORMS,
  NON_DISCIPLINARY_MEASURE_LABELS,
  NON_DISCIPLINARY_MEASURES,
  type DisciplineForm,
} from '../i18n/vocabulary.js';
import { getManifestation } from '../catalog/manifestations.js';
import type { Tally, TallyInput } from '../tally/tally.js';
import { formAllowedFor, formListSource } from './_formRules.js';
import { readTally } from './_tallyFast.js';
import { REPORT_PERIOD_KINDS, type ReportPeriod } from './seal.js';
import type { Agrees, Assert } from './_schemaTypes.js';
import { nonEmpty } from './_schemas.js';
import { issueParams, isoDate } from '../_lib/schema.js';
import { PERIOD_MESSAGES, RENDER_MESSAGES as M, type SentenceTemplate } from './_messages.js';

/**
 * How {@link renderReport} adds percentages: "(chiếm X%)" of the total a figure belongs to (the
 * discipline total, everyone rated), with these decimals
 * and rounding (§3.6, §5 decision 8).
 * @category Report
 */
export interface RenderPercentages {
  /** Decimals printed, 0–3. */
  readonly decimals: number;
  /** `halfUp` (default) or `truncate`. */
  readonly rounding?: 'halfUp' | 'truncate';
}

/**
 * Options of {@link renderReport}. Each is a choice seen in the seeds (hierarchy-review-reports.md
 * §3.5, §5 decisions 6, 8, 9, 15).
 *
 * @example
 * ```ts
 * import { renderReport, type RenderReportOptions } from 'nq4';
 * const options: RenderReportOptions = { period: { from: '2020-01-01', to: '2020-12-31' }, padSmallCounts: true };
 * renderReport({ disciplines: { member: { reprimand: 2 } } }, options).vi.startsWith('Năm 2020'); // true
 * ```
 * @category Report
 */
export interface RenderReportOptions {
  /** The unit as subject of the first sentence, in both languages (non-empty). */
  readonly unitName?: Label;
  /**
   * The period, phrased from its `kind` when the dates fit it (the reporting periods of QĐ
   * 885-QĐ/UBKTTW "hằng tháng, Quý I, 6 tháng, 9 tháng, năm và nhiệm kỳ", hierarchy-review-reports.md
   * §3.2, §3.6, §5 decision 12): "Tháng 2-2017", "Quý III năm 2025", "6 tháng đầu năm 2024" (1-1 to
   * 30-6), "9 tháng năm 2025" (1-1 to 30-9), "Năm 2024" (also without a kind), "Nhiệm kỳ
   * 2020-2025"; otherwise "Từ ngày 1-1-2020 đến ngày 30-6-2020". A period ending before it starts
   * is refused (`date_order`).
   */
  readonly period?: ReportPeriod;
  /**
   * Rating levels as cumulative ("hoàn thành tốt nhiệm vụ trở lên, trong đó … xuất sắc",
   * `cumulative`, default: the seeds' usual phrasing) or one count per level (`exclusive`) (§5 decision 6).
   */
  readonly ratingPhrasing?: 'cumulative' | 'exclusive';
  /**
   * The order of discipline forms: from khiển trách up (`ascending`, default) or from the most
   * severe down (`descending`) (§5 decision 15).
   */
  readonly formOrder?: 'ascending' | 'descending';
  /** Add "(chiếm X%)" with these decimals and rounding. Default: no percentages. */
  readonly percentages?: RenderPercentages;
  /** Write counts under 10 as "02", as some texts do (§5 decision 9). Default false. Vietnamese only. */
  readonly padSmallCounts?: boolean;
}

/** The schema of {@link RenderReportOptions}. @internal */
export const renderReportOptionsSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    unitName: z.optional(z.strictObject({ vi: nonEmpty(), en: nonEmpty() })),
    period: z.optional(
      z.strictObject({ from: isoDate(), to: isoDate(), kind: z.optional(z.enum(REPORT_PERIOD_KINDS)) }).check(
        z.refine((p) => !isIsoDate(p.from) || !isIsoDate(p.to) || p.from <= p.to, {
          params: issueParams('date_order', PERIOD_MESSAGES.dateOrder.vi, PERIOD_MESSAGES.dateOrder.en),
          path: ['to'],
        }),
      ),
    ),
    ratingPhrasing: z.optional(z.enum(['cumulative', 'exclusive'])),
    formOrder: z.optional(z.enum(['ascending', 'descending'])),
    percentages: z.optional(z.strictObject({ decimals: z.number().check(z.int(), z.gte(0), z.lte(3)), rounding: z.optional(z.enum(['halfUp', 'truncate'])) })),
    padSmallCounts: z.optional(z.boolean()),
  }) satisfies z.ZodMiniType<RenderReportOptions, RenderReportOptions>,
);
type _OptionsKeys = Assert<Agrees<RenderReportOptions, z.input<typeof renderReportOptionsSchema>>>;

/**
 * One rendered sentence with a stable code (`disciplineMembers`, `ratingsTccsd`, …).
 * @category Report
 */
export interface RenderedSentence {
  /** What the sentence reports. */
  readonly code: string;
  /** Vietnamese. */
  readonly vi: string;
  /** English. */
  readonly en: string;
}

/**
 * A rendered report: the sentences, and the whole text in each language.
 * @category Report
 */
export interface RenderedReport {
  /** Vietnamese text. */
  readonly vi: string;
  /** English text. */
  readonly en: string;
  /** The sentences in order. */
  readonly sentences: readonly RenderedSentence[];
}

type Opts = z.output<typeof renderReportOptionsSchema>;

/** The nouns of the subjects counted, as the sentences write them (English plural). */
const SUBJECT_LABELS = {
  member: { vi: 'đảng viên', en: 'members' },
  officialMember: { vi: 'đảng viên chính thức', en: 'official members' },
  probationaryMember: { vi: 'đảng viên dự bị', en: 'probationary members' },
  organization: { vi: 'tổ chức đảng', en: 'party organizations' },
  tccsd: { vi: 'tổ chức cơ sở đảng', en: 'grassroots party organizations' },
  directBranch: { vi: 'chi bộ trực thuộc', en: 'subordinate branches' },
  leadershipCollective: { vi: 'tập thể lãnh đạo, quản lý', en: 'leadership collectives' },
} as const;
const DISCIPLINE_SUBJECT_ORDER = [
  ['member', SUBJECT_LABELS.member],
  ['officialMember', SUBJECT_LABELS.officialMember],
  ['probationaryMember', SUBJECT_LABELS.probationaryMember],
  ['organization', SUBJECT_LABELS.organization],
] as const;
const RATED_SUBJECT_ORDER = [
  ['member', SUBJECT_LABELS.member, 'Members'],
  ['tccsd', SUBJECT_LABELS.tccsd, 'Tccsd'],
  ['directBranch', SUBJECT_LABELS.directBranch, 'DirectBranches'],
  ['organization', SUBJECT_LABELS.organization, 'Organizations'],
  ['leadershipCollective', SUBJECT_LABELS.leadershipCollective, 'LeadershipCollectives'],
] as const;
const KIND_LABELS = { individual: { vi: 'cá nhân', en: 'individuals' }, collective: { vi: 'tập thể', en: 'collectives' } } as const;

const SINGULAR_EN: Readonly<Record<string, string>> = {
  members: 'member',
  'official members': 'official member',
  'probationary members': 'probationary member',
  'party organizations': 'party organization',
  'grassroots party organizations': 'grassroots party organization',
  'subordinate branches': 'subordinate branch',
  'leadership collectives': 'leadership collective',
  individuals: 'individual',
  collectives: 'collective',
};
/** The English noun for a count: singular for exactly one. */
const nounEn = (n: number, plural: string): string => (n === 1 ? (SINGULAR_EN[plural] ?? plural) : plural);

/** A subject's noun for a count: the English singular for exactly one. */
const nounFor = (n: number, label: Label): Label => ({ vi: label.vi, en: nounEn(n, label.en) });

const capitalize = (s: string): string => (s.length === 0 ? s : s.charAt(0).toLocaleUpperCase('vi-VN') + s.slice(1));

/**
 * The named phrasing of a period when its kind and dates agree ("Quý III năm 2025"), else
 * undefined (the caller writes "Từ ngày … đến ngày …"). A calendar year is named without a kind.
 */
function periodLead(period: { readonly from: string; readonly to: string; readonly kind?: string | undefined }): Label | undefined {
  const from = partsOf(period.from);
  const to = partsOf(period.to);
  const kind = period.kind;
  const lastDay = to.day === daysInMonth(to.year, to.month);
  const sameYear = from.year === to.year;
  if (kind === 'term') return from.year < to.year ? M.periodTerm(from.year, to.year) : undefined;
  if (from.day !== 1 || !lastDay || !sameYear) return undefined;
  if ((kind === undefined || kind === 'year') && from.month === 1 && to.month === 12) return M.periodYear(from.year);
  if (kind === 'month' && from.month === to.month) return M.periodMonth(from.month, from.year);
  if (kind === 'quarter' && from.month % 3 === 1 && to.month === from.month + 2) return M.periodQuarter((from.month - 1) / 3, from.year);
  if (kind === 'halfYear' && from.month === 1 && to.month === 6) return M.periodHalfYear(from.year);
  if (kind === 'nineMonths' && from.month === 1 && to.month === 9) return M.periodNineMonths(from.year);
  return undefined;
}

/**
 * Render a tally as report sentences in Vietnamese and English.
 *
 * @example
 * ```ts
 * import { renderReport } from 'nq4';
 * const r = renderReport(
 *   // Illustrative figures, not a seed's. `excellent` and `good` are exclusive counts; the
 *   // default ratingPhrasing 'cumulative' writes their sum as "… hoàn thành tốt nhiệm vụ trở lên".
 *   { disciplines: { member: { reprimand: 30, warning: 12, removalFromPost: 5, expulsion: 3 } }, ratings: { member: { excellent: 20, good: 100, satisfactory: 15 } } },
 *   { unitName: { vi: 'Đảng bộ huyện A', en: 'The district A party organization' } },
 * );
 * r.sentences[0]?.vi; // 'Đảng bộ huyện A đã xử lý kỷ luật 50 đảng viên, trong đó khiển trách 30, cảnh cáo 12, cách chức 5, khai trừ 3.'
 * r.sentences[1]?.vi; // 'Có 120 đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên, trong đó 20 đảng viên hoàn thành xuất sắc nhiệm vụ; 15 đảng viên hoàn thành nhiệm vụ.'
 * ```
 * @throws {@link Nq4Error} naming each bad field of the tally or the options; `rule_violation` for a
 *   form outside the subject's closed list (Điều lệ Điều 35 khoản 2: no cách chức or khai trừ for a
 *   probationary member or an organization, no giải tán for a member).
 * @category Report
 */
export function renderReport(tally: Tally | TallyInput, options?: RenderReportOptions): RenderedReport {
  const { t, o } = readArguments(tally, options);
  const w = new Writer(o);
  writeDiscipline(w, t);
  writeNonDisciplinary(w, t);
  writeRatings(w, t);
  writePairs(w, t);
  writeFindings(w, t);
  if (t.commitments > 0) w.push('commitments', M.commitments(w.n(t.commitments)));
  if (w.sentences.length === 0) w.push('empty', M.empty);
  const sentences = w.sentences;
  return deepFreeze({ vi: sentences.map((s) => s.vi).join(' '), en: sentences.map((s) => s.en).join(' '), sentences });
}

/** The tally and the options, checked together; forms outside the subject's closed list are refused. */
function readArguments(tally: Tally | TallyInput, options: RenderReportOptions | undefined): { t: Tally; o: Opts } {
  const issues: Nq4Issue[] = [];
  const t = readTally(tally, ['tally'], issues);
  let parsed: Opts | undefined;
  try {
    parsed = options === undefined ? {} : parseInput(renderReportOptionsSchema, options, ['options']);
  } catch (error) {
    if (!(error instanceof Nq4Error)) throw error;
    issues.push(...error.issues);
  }
  if (t) checkForms(t, issues);
  if (!t || !parsed || issues.length > 0) throw new Nq4Error(issues as [Nq4Issue, ...Nq4Issue[]]);
  return { t, o: parsed };
}

/** Forms outside the subject's closed list (Điều lệ Điều 35 khoản 2) cannot be written. */
function checkForms(t: Tally, issues: Nq4Issue[]): void {
  for (const [subject, label] of DISCIPLINE_SUBJECT_ORDER) {
    const counts = t.disciplines[subject];
    if (!counts) continue;
    const listSubject = subject === 'member' ? 'anyMember' : subject;
    for (const f of DISCIPLINE_FORMS) {
      if ((counts[f] ?? 0) > 0 && !formAllowedFor(listSubject, f)) {
        const m = M.formNotForSubject(DISCIPLINE_FORM_LABELS[f], label);
        issues.push(issue('rule_violation', ['tally', 'disciplines', subject, f], m.vi, m.en, formListSource(listSubject)));
      }
    }
  }
}

/** The sentences written so far, and how numbers, percentages and the lead are written. */
class Writer {
  readonly sentences: RenderedSentence[] = [];
  readonly cumulative: boolean;
  readonly forms: readonly DisciplineForm[];
  private readonly pad: boolean;
  private readonly leadVi: string = '';
  private readonly leadEn: string = '';

  constructor(readonly o: Opts) {
    this.cumulative = (o.ratingPhrasing ?? 'cumulative') === 'cumulative';
    this.pad = o.padSmallCounts ?? false;
    this.forms = [...DISCIPLINE_FORMS].sort((a, b) => {
      const s = DISCIPLINE_FORM_SEVERITY[a] - DISCIPLINE_FORM_SEVERITY[b] || DISCIPLINE_FORMS.indexOf(a) - DISCIPLINE_FORMS.indexOf(b);
      return o.formOrder === 'descending' ? -s : s;
    });
    let leadVi = '';
    let leadEn = '';
    if (o.period) {
      const { from, to } = o.period;
      const lead = periodLead(o.period) ?? M.periodRange({ vi: formatDateVi(from), en: formatDateEn(from) }, { vi: formatDateVi(to), en: formatDateEn(to) });
      leadVi = `${lead.vi}, `;
      leadEn = `${lead.en}, `;
    }
    if (o.unitName) {
      leadVi += `${o.unitName.vi} `;
      leadEn += `${o.unitName.en} `;
    }
    this.leadVi = leadVi;
    this.leadEn = leadEn;
  }

  readonly nVi = (n: number): string => (this.pad && n < 10 ? `0${n}` : formatNumberVi(n));
  readonly nEn = (n: number): string => formatNumberEn(n);
  /** A count as each language writes it. */
  readonly n = (n: number): Label => ({ vi: this.nVi(n), en: this.nEn(n) });

  /** " (chiếm 45,5%)", when percentages are asked for and the whole is not 0. */
  readonly pct = (part: number, whole: number): Label | undefined => {
    const p = this.o.percentages;
    if (!p || whole === 0) return undefined;
    const d = p.decimals;
    const f = 10 ** d;
    const raw = (part / whole) * 100 * f;
    const v = (p.rounding === 'truncate' ? Math.floor(raw + 1e-9) : Math.floor(raw + 0.5 + 1e-9)) / f;
    return M.percent({ vi: formatNumberVi(v, d), en: formatNumberEn(v, d) });
  };

  /** Add a sentence: the lead (period, unit) on the first sentence only. */
  push(code: string, s: SentenceTemplate): void {
    if (this.sentences.length === 0 && (this.leadVi !== '' || this.leadEn !== '')) {
      this.sentences.push({ code, vi: capitalize(`${this.leadVi}${s.withLead.vi}`), en: capitalize(`${this.leadEn}${s.withLead.en}`) });
    } else {
      this.sentences.push({ code, vi: capitalize(s.alone.vi), en: capitalize(s.alone.en) });
    }
  }
}

/** Discipline, one sentence per subject. */
function writeDiscipline(w: Writer, t: Tally): void {
  const { n, pct } = w;
  for (const [subject, label] of DISCIPLINE_SUBJECT_ORDER) {
    const counts = t.disciplines[subject];
    if (!counts) continue;
    const present = w.forms.filter((f) => (counts[f] ?? 0) > 0) as DisciplineForm[];
    const total = present.reduce((a, f) => a + (counts[f] ?? 0), 0);
    if (total === 0) continue;
    const who = nounFor(total, label);
    // One form: the form-first phrasing of §3.5 ("khiển trách 15 đồng chí"), no "trong đó".
    const single = present.length === 1 ? present[0] : undefined;
    const code = `discipline${subject.charAt(0).toUpperCase()}${subject.slice(1)}`;
    if (single) {
      w.push(code, M.disciplineSingle(DISCIPLINE_FORM_LABELS[single], n(total), who, total === 1));
      continue;
    }
    const parts = present.map((f) => M.disciplinePart(DISCIPLINE_FORM_LABELS[f], n(counts[f] ?? 0), pct(counts[f] ?? 0, total)));
    w.push(code, M.discipline(n(total), who, joined(parts, ', '), total === 1));
  }
}

/** Labels joined, each language apart. */
const joined = (parts: readonly Label[], sep: string): Label => ({ vi: parts.map((p) => p.vi).join(sep), en: parts.map((p) => p.en).join(sep) });

/** Non-disciplinary outcomes, kept apart in one sentence. */
function writeNonDisciplinary(w: Writer, t: Tally): void {
  const parts: Label[] = [];
  for (const kind of ['individual', 'collective'] as const) {
    const counts = t.nonDisciplinary[kind];
    if (!counts) continue;
    for (const m of NON_DISCIPLINARY_MEASURES) {
      const n = counts[m] ?? 0;
      if (n === 0) continue;
      // Xóa tên strikes a member off the rolls (§3.3): its subject is "đảng viên", not "cá nhân".
      const who = kind === 'individual' && m === 'removalFromRolls' ? SUBJECT_LABELS.member : KIND_LABELS[kind];
      parts.push(M.nonDisciplinaryPart(NON_DISCIPLINARY_MEASURE_LABELS[m], w.n(n), nounFor(n, who)));
    }
  }
  if (parts.length === 0) return;
  w.push('nonDisciplinary', M.nonDisciplinary(joined(parts, '; ')));
}

/**
 * Ratings, one sentence per rated subject. For rating years 2014–2017 (HD 27) the lowest level
 * of a party organization is named as HD 27 Mục II prints it, "yếu kém" (quoted, rating.md §3);
 * HD 27's names of the other levels were not seen, so the later names stay.
 */
function writeRatings(w: Writer, t: Tally): void {
  const ratedYear = w.o.period ? Number(w.o.period.to.slice(0, 4)) : undefined;
  const hd27Year = ratedYear !== undefined && ratedYear >= 2014 && ratedYear <= 2017;
  for (const [subject, label, suffix] of RATED_SUBJECT_ORDER) {
    const weak = hd27Year && subject !== 'member';
    const unsat: Label = weak ? { vi: HD27_WEAK_LABEL.vi.toLowerCase(), en: HD27_WEAK_LABEL.en.toLowerCase() } : M.levels.unsatisfactory;
    const c = t.ratings[subject];
    if (!c) continue;
    const counts = { ex: c.excellent ?? 0, good: c.good ?? 0, sat: c.satisfactory ?? 0, unsat: c.unsatisfactory ?? 0 };
    if (counts.ex + counts.good + counts.sat + counts.unsat === 0) continue;
    w.push(`ratings${suffix}`, M.ratings(joined(ratingClauses(w, label, counts, unsat), w.cumulative ? '; ' : ', ')));
  }
}

/** The clauses of one rated subject's sentence, best level first. */
function ratingClauses(w: Writer, label: Label, counts: { ex: number; good: number; sat: number; unsat: number }, unsatLabel: Label): Label[] {
  const { n, pct } = w;
  const { ex, good, sat, unsat } = counts;
  const all = ex + good + sat + unsat;
  const { levels } = M;
  const clauses: Label[] = [];
  const rated = (count: number, level: Label, first: boolean): Label => M.rated(n(count), nounFor(count, label), level, first, pct(count, all));
  if (w.cumulative) {
    if (ex + good > 0) {
      const s = rated(ex + good, levels.goodOrBetter, true);
      clauses.push(ex > 0 ? joined([s, M.ofWhichExcellent(n(ex), label, pct(ex, all))], '') : s);
    }
  } else {
    if (ex > 0) clauses.push(rated(ex, levels.excellent, true));
    if (good > 0) clauses.push(rated(good, levels.good, ex === 0));
  }
  const first = clauses.length === 0;
  if (sat > 0) clauses.push(rated(sat, levels.satisfactory, first));
  if (unsat > 0) clauses.push(rated(unsat, unsatLabel, clauses.length === 0));
  return clauses;
}

/** Reviews, suggested reviews, degradation found and discipline procedures: pairs of collectives and individuals. */
function writePairs(w: Writer, t: Tally): void {
  const { n } = w;
  const pair = (c: Readonly<Record<string, number | undefined>>): Label | undefined => {
    const col = c.collective ?? 0;
    const ind = c.individual ?? 0;
    if (col + ind === 0) return undefined;
    const parts: Label[] = [];
    if (col > 0) parts.push(M.counted(n(col), nounFor(col, KIND_LABELS.collective)));
    if (ind > 0) parts.push(M.counted(n(ind), nounFor(ind, KIND_LABELS.individual)));
    return parts.length === 1 ? (parts[0] as Label) : { vi: parts.map((p) => p.vi).join(M.and.vi), en: parts.map((p) => p.en).join(M.and.en) };
  };
  const reviews = pair(t.reviews);
  if (reviews) w.push('reviews', M.reviews(reviews));
  const suggested = pair(t.suggestedReviews);
  if (suggested) w.push('suggestedReviews', M.suggestedReviews(suggested));
  const found = pair(t.degradationFound);
  if (found) w.push('degradationFound', M.degradationFound(found));
  const procedures = pair(t.disciplineProcedures);
  if (procedures) w.push('disciplineProcedures', M.disciplineProcedures(procedures));
}

/** Findings by manifestation (catalog order), then by group where no item was named. */
function writeFindings(w: Writer, t: Tally): void {
  const { n } = w;
  const itemIds = Object.keys(t.findingsByItem).filter((k) => (t.findingsByItem[k as keyof typeof t.findingsByItem] ?? 0) > 0);
  const groupIds = (['1', '2', '3'] as const).filter((g) => (t.findingsByGroupOnly[g] ?? 0) > 0);
  if (itemIds.length + groupIds.length === 0) return;
  const items = itemIds
    .map((id) => getManifestation(id))
    .sort((a, b) => a.group - b.group || a.number - b.number)
    .map((m) => M.findingItem(m.number, m.group, n(t.findingsByItem[m.id] ?? 0)));
  const groups = groupIds.map((g) => M.findingGroup(g, n(t.findingsByGroupOnly[g] ?? 0)));
  w.push('findings', M.findings(joined([...items, ...groups], '; ')));
}
