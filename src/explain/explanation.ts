import { deepFreeze } from '../_lib/freeze.js';
import type { Label, Language } from '../i18n/label.js';
import { formatCitation, type Citation, type SourceStatus } from '../legal/citation.js';

/**
 * One reason behind a result: what the rule says about these facts, and where the rule is written.
 * @category Explanation
 */
export interface Reason {
  /** A stable code for programs (`"disciplineInYear"`, `"scoreBand"`). */
  readonly code: string;
  /** The reason in both languages, naming the figures involved. */
  readonly text: Label;
  /** The legal sources of the rule, possibly empty for a pure arithmetic fact. */
  readonly citations: readonly Citation[];
}

/**
 * An option of the caller's that changed the result, so a reader can see the choice made.
 * @category Explanation
 */
export interface AppliedOption {
  /** The option's name as passed (`"assumeContinuity"`, `"D2"`). */
  readonly name: string;
  /** The value that was used. */
  readonly value: string | number | boolean;
  /** What it changed, in both languages. */
  readonly effect: Label;
}

/**
 * The one explanation shape shared by every result a person acts on (a rating, a limitation
 * date, a reconciliation failure, an overdue remediation): the outcome, the rule set, the reasons
 * with their citations, what blocked a better outcome, the options that mattered, caveats, and
 * the whole as readable text in Vietnamese and English.
 * @category Explanation
 */
export interface Explanation {
  /** The outcome: a code and its label. */
  readonly outcome: { readonly code: string; readonly label: Label };
  /** The rule set applied, when the result depends on one. */
  readonly ruleSet?: { readonly id: string; readonly label: Label };
  /** Why the outcome is what it is. */
  readonly reasons: readonly Reason[];
  /** Each condition that kept a better outcome out, with its citation. */
  readonly blockedBy: readonly Reason[];
  /** Options that changed the result. */
  readonly options: readonly AppliedOption[];
  /** What the reader must keep in mind (unverified rules, "not an official decision"). */
  readonly caveats: readonly Label[];
  /** The explanation as Vietnamese text. */
  readonly textVi: string;
  /** The explanation as English text. */
  readonly textEn: string;
}

/**
 * What {@link explain} needs: everything of an {@link Explanation} but the rendered texts.
 * @category Explanation
 */
export interface ExplanationInput {
  /** The outcome: a code and its label. */
  readonly outcome: { readonly code: string; readonly label: Label };
  /** The rule set applied, if any. */
  readonly ruleSet?: { readonly id: string; readonly label: Label };
  /** Why the outcome is what it is. */
  readonly reasons?: readonly Reason[];
  /** What kept a better outcome out. */
  readonly blockedBy?: readonly Reason[];
  /** Options that changed the result. */
  readonly options?: readonly AppliedOption[];
  /** Caveats for the reader. */
  readonly caveats?: readonly Label[];
  /**
   * The heading of `blockedBy` in the rendered texts, where "Lý do không đạt mức cao hơn" / "Why
   * not a higher outcome" does not fit (a check of a proposal lists the rules it breaks).
   */
  readonly blockedByHeading?: Label;
}

/**
 * The caveat every computed outcome that a competent body decides carries.
 * @example
 * ```ts
 * import { NOT_AN_OFFICIAL_DECISION } from 'nq4';
 * NOT_AN_OFFICIAL_DECISION.en.startsWith('Computed by nq4'); // true
 * ```
 * @category Explanation
 */
export const NOT_AN_OFFICIAL_DECISION: Label = /* @__PURE__ */ Object.freeze({
  vi: 'Kết quả do thư viện nq4 tính từ dữ kiện được cung cấp, chỉ để tham khảo; quyết định chính thức thuộc cấp có thẩm quyền.',
  en: 'Computed by nq4 from the facts given, for reference only; the official decision belongs to the competent body.',
});

const HEADINGS = {
  vi: {
    outcome: 'Kết quả',
    ruleSet: 'Áp dụng',
    reasons: 'Căn cứ',
    blockedBy: 'Lý do không đạt mức cao hơn',
    options: 'Lựa chọn đã dùng',
    caveats: 'Lưu ý',
  },
  en: {
    outcome: 'Outcome',
    ruleSet: 'Applied',
    reasons: 'Grounds',
    blockedBy: 'Why not a higher outcome',
    options: 'Choices made',
    caveats: 'Caveats',
  },
} as const;

/**
 * How firm each citation is, in the words an office uses, written before the citation so a
 * reader sees whether a reason rests on the text itself, a paraphrase or an inference.
 */
const FIRMNESS: Record<Language, Record<SourceStatus, string>> = {
  vi: {
    quoted: 'theo nguyên văn',
    quotedSecondHand: 'theo nguyên văn (trích lại)',
    quotedPartial: 'theo nguyên văn (trích một phần)',
    paraphrased: 'theo bản diễn giải',
    reported: 'theo tin về văn bản, chưa thấy nguyên văn:',
    secondaryPractice: 'theo biểu mẫu, thực tiễn địa phương về',
    inferred: 'suy ra từ',
    unverified: 'chưa kiểm chứng:',
  },
  en: {
    quoted: 'as worded in',
    quotedSecondHand: 'as worded (quoted second-hand) in',
    quotedPartial: 'as worded (quoted in part) in',
    paraphrased: 'as paraphrased from',
    reported: 'as reported, text not seen:',
    secondaryPractice: 'as seen in local forms and practice under',
    inferred: 'inferred from',
    unverified: 'unverified:',
  },
};

/** An option's name is written out only when it is one a caller passes, not a decision code ("D10", "O-17"). */
const DECISION_CODE = /^[A-Z]{1,2}-?\d+[a-z]?$/;

function renderReason(r: Reason, lang: Language): string {
  // A reason may cite one clause twice (two quotes of it): the text names it once.
  const cites = [...new Set(r.citations.map((c) => `${FIRMNESS[lang][c.status]} ${formatCitation(c, lang)}`))];
  return `- ${r.text[lang]}${cites.length > 0 ? ` (${cites.join('; ')})` : ''}`;
}

function renderOption(o: AppliedOption, lang: Language): string {
  const named = DECISION_CODE.test(o.name) ? '' : ` (${o.name}: ${String(o.value)})`;
  return `- ${o.effect[lang]}${named}`;
}

function render(e: Omit<Explanation, 'textVi' | 'textEn'>, lang: Language, blockedByHeading?: Label): string {
  const h = HEADINGS[lang];
  const lines: string[] = [`${h.outcome}: ${e.outcome.label[lang]}.`];
  if (e.ruleSet) lines.push(`${h.ruleSet}: ${e.ruleSet.label[lang]}.`);
  if (e.reasons.length > 0) lines.push(`${h.reasons}:`, ...e.reasons.map((r) => renderReason(r, lang)));
  if (e.blockedBy.length > 0) lines.push(`${blockedByHeading?.[lang] ?? h.blockedBy}:`, ...e.blockedBy.map((r) => renderReason(r, lang)));
  if (e.options.length > 0) lines.push(`${h.options}:`, ...e.options.map((o) => renderOption(o, lang)));
  if (e.caveats.length > 0) lines.push(`${h.caveats}:`, ...e.caveats.map((c) => `- ${c[lang]}`));
  return lines.join('\n');
}

/**
 * Build a deeply frozen {@link Explanation} and render its Vietnamese and English texts.
 *
 * @example
 * ```ts
 * import { explain } from 'nq4';
 * const e = explain({
 *   outcome: { code: 'unknown', label: { vi: 'Chưa xác định', en: 'Unknown' } },
 *   reasons: [{ code: 'noText', text: { vi: 'Chưa có văn bản.', en: 'No text seen.' }, citations: [] }],
 * });
 * e.textEn.split('\n')[0]; // 'Outcome: Unknown.'
 * ```
 * @category Explanation
 */
export function explain(input: ExplanationInput): Explanation {
  const base: Omit<Explanation, 'textVi' | 'textEn'> = {
    outcome: input.outcome,
    ...(input.ruleSet ? { ruleSet: input.ruleSet } : {}),
    reasons: input.reasons ?? [],
    blockedBy: input.blockedBy ?? [],
    options: input.options ?? [],
    caveats: input.caveats ?? [],
  };
  return deepFreeze({ ...copyShape(base), textVi: render(base, 'vi', input.blockedByHeading), textEn: render(base, 'en', input.blockedByHeading) });
}

/**
 * The documented fields only (a reason passed with extra keys does not carry them into the
 * result), each copied where the caller owns it (see {@link copyUnfrozen}).
 */
function copyShape(e: Omit<Explanation, 'textVi' | 'textEn'>): Omit<Explanation, 'textVi' | 'textEn'> {
  const copyReason = (r: Reason): Reason => ({ code: r.code, text: copyUnfrozen(r.text), citations: r.citations.map(copyUnfrozen) });
  return {
    outcome: { code: e.outcome.code, label: copyUnfrozen(e.outcome.label) },
    ...(e.ruleSet ? { ruleSet: { id: e.ruleSet.id, label: copyUnfrozen(e.ruleSet.label) } } : {}),
    reasons: e.reasons.map(copyReason),
    blockedBy: e.blockedBy.map(copyReason),
    options: e.options.map((o) => ({ name: o.name, value: o.value, effect: copyUnfrozen(o.effect) })),
    caveats: e.caveats.map(copyUnfrozen),
  };
}

/**
 * Copy what the caller owns, so that freezing the result never freezes the caller's objects:
 * frozen values (the library's own labels and citations) are shared as they are, anything else
 * (plain objects and arrays) is copied, iteratively so a deep input cannot exhaust the stack.
 */
function copyUnfrozen<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  const root: unknown = Array.isArray(value) ? [] : {};
  const stack: [source: object, target: Record<PropertyKey, unknown>][] = [[value as object, root as Record<PropertyKey, unknown>]];
  while (stack.length > 0) {
    const [source, target] = stack.pop()!;
    for (const key of Object.keys(source)) {
      const child = (source as Record<string, unknown>)[key];
      const shared = child === null || typeof child !== 'object' || Object.isFrozen(child);
      const copy: unknown = shared ? child : Array.isArray(child) ? [] : {};
      // defineProperty, not assignment: an own "__proto__" key (JSON.parse makes them) stays data.
      Object.defineProperty(target, key, { value: copy, enumerable: true, writable: true, configurable: true });
      if (!shared) stack.push([child as object, copy as Record<PropertyKey, unknown>]);
    }
  }
  return root as T;
}

/**
 * The text of an explanation in one language.
 *
 * @example
 * ```ts
 * import { explain, renderExplanation } from 'nq4';
 * const e = explain({ outcome: { code: 'ok', label: { vi: 'Khớp', en: 'Consistent' } } });
 * renderExplanation(e, 'vi'); // 'Kết quả: Khớp.'
 * ```
 * @category Explanation
 */
export function renderExplanation(explanation: Explanation, language: Language = 'vi'): string {
  return language === 'vi' ? explanation.textVi : explanation.textEn;
}
