/**
 * The checks of the public `explain` and `renderExplanation` (issue 15). The library builds its
 * explanations from its own literals and calls `explain` unchecked; a caller's input is checked
 * here first, by hand (small in a bundle), with every issue at its path and nothing echoed.
 * @internal
 */
import { issue, missingFieldIssue, Nq4Error, pathKey, unknownFieldIssue, type Nq4Issue } from '../errors.js';
import { explain as explainUnchecked, type Explanation, type ExplanationInput } from './explanation.js';
import type { Language } from '../i18n/label.js';
import { citationIssues } from '../legal/citation.js';
import { ISSUE_LIMIT } from '../_lib/schema.js';

type Path = (string | number)[];
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v);

function wrong(v: unknown, path: Path, vi: string, en: string, out: Nq4Issue[]): void {
  out.push(
    v === undefined
      ? missingFieldIssue(path)
      : issue('invalid_type', path, `Sai kiểu dữ liệu: cần ${vi}.`, `Wrong type: expected ${en}.`),
  );
}

function text(v: unknown, path: Path, max: number, out: Nq4Issue[]): void {
  if (typeof v !== 'string') wrong(v, path, 'chuỗi ký tự', 'text', out);
  else if (v.length > max) out.push(issue('too_big', path, `Tối đa ${max} ký tự.`, `At most ${max} characters.`));
}

function keys(v: Record<string, unknown>, allowed: readonly string[], path: Path, out: Nq4Issue[]): void {
  for (const k of Object.keys(v)) if (!allowed.includes(k)) out.push(unknownFieldIssue([...path, pathKey(k, v)]));
}

function label(v: unknown, path: Path, out: Nq4Issue[]): void {
  if (!isObject(v)) return wrong(v, path, 'đối tượng { vi, en }', 'an object { vi, en }', out);
  keys(v, ['vi', 'en'], path, out);
  text(v.vi, [...path, 'vi'], 10_000, out);
  text(v.en, [...path, 'en'], 10_000, out);
}

/** `v` is a list of at most `max` items, each checked by `item` until the issue cap. */
function list(v: unknown, path: Path, max: number, out: Nq4Issue[], item: (x: unknown, p: Path) => void): void {
  if (!Array.isArray(v)) return wrong(v, path, 'danh sách', 'a list', out);
  if (v.length > max) return void out.push(issue('too_big', path, `Tối đa ${max} phần tử.`, `At most ${max} items.`));
  for (let i = 0; i < v.length && out.length < ISSUE_LIMIT; i++) item(v[i], [...path, i]);
}

function coded(v: unknown, path: Path, out: Nq4Issue[], second: 'label' | 'text' | 'effect', allowed: readonly string[]): Record<string, unknown> | undefined {
  if (!isObject(v)) return void wrong(v, path, 'đối tượng', 'an object', out);
  keys(v, allowed, path, out);
  text(v[allowed[0] as string], [...path, allowed[0] as string], 200, out);
  label(v[second], [...path, second], out);
  return v;
}

const reason = (out: Nq4Issue[]) => (v: unknown, path: Path): void => {
  const r = coded(v, path, out, 'text', ['code', 'text', 'citations']);
  if (r) list(r.citations, [...path, 'citations'], 100, out, (c, p) => citationIssues(c, p, out));
};

const FIELDS = ['outcome', 'ruleSet', 'reasons', 'blockedBy', 'options', 'caveats'];

/** The issues of an {@link ExplanationInput} (or, with `rendered`, of an {@link Explanation}). */
function explanationIssues(v: unknown, rendered: boolean, out: Nq4Issue[]): void {
  if (!isObject(v)) return wrong(v, [], 'đối tượng', 'an object', out);
  keys(v, rendered ? [...FIELDS, 'textVi', 'textEn'] : [...FIELDS, 'blockedByHeading'], [], out);
  if (!rendered && v.blockedByHeading !== undefined) label(v.blockedByHeading, ['blockedByHeading'], out);
  coded(v.outcome, ['outcome'], out, 'label', ['code', 'label']);
  if (v.ruleSet !== undefined) coded(v.ruleSet, ['ruleSet'], out, 'label', ['id', 'label']);
  for (const field of ['reasons', 'blockedBy'] as const) {
    if (rendered || v[field] !== undefined) list(v[field], [field], 1000, out, reason(out));
  }
  if (rendered || v.options !== undefined) {
    list(v.options, ['options'], 100, out, (o, p) => {
      const opt = coded(o, p, out, 'effect', ['name', 'effect', 'value']);
      const value = opt?.value;
      if (opt && !(typeof value === 'string' ? value.length <= 200 : typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))) {
        wrong(value, [...p, 'value'], 'chuỗi, số hữu hạn hoặc đúng/sai', 'text, a finite number or true/false', out);
      }
    });
  }
  if (rendered || v.caveats !== undefined) list(v.caveats, ['caveats'], 100, out, (c, p) => label(c, p, out));
  if (rendered) {
    text(v.textVi, ['textVi'], 1_000_000, out);
    text(v.textEn, ['textEn'], 1_000_000, out);
  }
}

function throwIf(out: Nq4Issue[]): void {
  if (out.length > 0) throw new Nq4Error(out as [Nq4Issue, ...Nq4Issue[]], out.length >= ISSUE_LIMIT);
}

/** Throw an {@link Nq4Error} (paths from the input's root) unless `input` is a well-formed {@link ExplanationInput}. */
export function checkExplanationInput(input: unknown): asserts input is ExplanationInput {
  const out: Nq4Issue[] = [];
  explanationIssues(input, false, out);
  throwIf(out);
}

/** Throw an {@link Nq4Error} unless `explanation` is a well-formed {@link Explanation} and `language` is `vi` or `en`. */
export function checkExplanation(explanation: unknown, language: unknown = 'vi'): asserts explanation is Explanation {
  const out: Nq4Issue[] = [];
  explanationIssues(explanation, true, out);
  if (language !== 'vi' && language !== 'en') out.push(issue('invalid_value', ['language'], 'Giá trị không hợp lệ; chấp nhận: "vi", "en".', 'Invalid value; expected one of: "vi", "en".'));
  throwIf(out);
}

/**
 * Build an {@link Explanation}: the outcome, the rule set, the reasons with their citations, what
 * blocked a better outcome, the options that mattered and the caveats, rendered as text in
 * Vietnamese and English. The input is checked and copied; the caller's objects are not frozen.
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
 * @throws {@link Nq4Error} naming the field (`reasons[0].citations[1].status`) when the input is malformed.
 * @category Explanation
 */
export function explain(input: ExplanationInput): Explanation {
  checkExplanationInput(input);
  return explainUnchecked(input);
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
 * @throws {@link Nq4Error} when the explanation is malformed or the language is not `vi` or `en`.
 * @category Explanation
 */
export function renderExplanation(explanation: Explanation, language: Language = 'vi'): string {
  checkExplanation(explanation, language);
  return language === 'vi' ? explanation.textVi : explanation.textEn;
}
