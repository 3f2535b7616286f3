import { safeParse } from 'zod/mini';
import type { $ZodIssue, $ZodType, output } from 'zod/v4/core';
import type { Citation } from './legal/types.js';
import { INPUT_MESSAGES } from './_lib/messages.js';

/**
 * The codes an {@link Nq4Issue} can carry. Discriminate on `code` to react to a kind of problem.
 *
 * - `invalid_type`, `missing`, `unknown_key`, `too_small`, `too_big`, `not_integer`,
 *   `invalid_value`, `invalid_format`: shape problems found by the zod boundary schema;
 * - `invalid_date`: not a real calendar day written `YYYY-MM-DD`;
 * - `date_order`: two dates in an impossible order (a conclusion before the violation);
 * - `unknown_id`: an identifier (manifestation id, unit code, rule-set id) that does not exist;
 * - `no_rule_set`: no registered rule set covers the date or year asked about;
 * - `inconsistent`: values that contradict each other (`onTime > completed`);
 * - `rule_violation`: a domain rule, named in `source`, is broken by the input;
 * - `not_applicable`: a fact or flag that does not apply to this subject.
 * @category Errors
 */
export type Nq4IssueCode =
  | 'invalid_type'
  | 'missing'
  | 'unknown_key'
  | 'too_small'
  | 'too_big'
  | 'not_integer'
  | 'invalid_value'
  | 'invalid_format'
  | 'invalid_date'
  | 'date_order'
  | 'unknown_id'
  | 'no_rule_set'
  | 'inconsistent'
  | 'rule_violation'
  | 'not_applicable';

/** Every {@link Nq4IssueCode}, in the order documented above (checked both ways below). @internal */
export const NQ4_ISSUE_CODES = [
  'invalid_type',
  'missing',
  'unknown_key',
  'too_small',
  'too_big',
  'not_integer',
  'invalid_value',
  'invalid_format',
  'invalid_date',
  'date_order',
  'unknown_id',
  'no_rule_set',
  'inconsistent',
  'rule_violation',
  'not_applicable',
] as const satisfies readonly Nq4IssueCode[];
// Fails to compile when a code is added to Nq4IssueCode but not to the list.
const allIssueCodesListed: Exclude<Nq4IssueCode, (typeof NQ4_ISSUE_CODES)[number]> extends never ? true : never = true;

/**
 * One problem with an input. Messages name the field and the problem, never the value given,
 * so an error can be logged without leaking personal data.
 * @category Errors
 */
export interface Nq4Issue {
  /** What kind of problem this is. */
  readonly code: Nq4IssueCode;
  /** Where in the input: property names and array indexes from the argument root. */
  readonly path: readonly (string | number)[];
  /** The message in Vietnamese. */
  readonly messageVi: string;
  /** The message in English. */
  readonly messageEn: string;
  /** The legal source of the rule that the input breaks, for domain rules. */
  readonly source?: Citation;
}

/** The brand every {@link Nq4Error} carries, shared by all copies of nq4 through the global symbol registry. */
const NQ4_ERROR_BRAND: unique symbol = Symbol.for('nq4.Nq4Error') as never;

/**
 * Whether `value` is an {@link Nq4Error}, made by this copy of nq4 or by any other loaded in the
 * same process (the ESM build and the CJS build are two copies). Use it where the two builds may
 * meet; `instanceof Nq4Error` gives the same answer.
 *
 * @example
 * ```ts
 * import { getManifestation, isNq4Error } from 'nq4';
 * let caught: unknown;
 * try { getManifestation('G4-1'); } catch (error) { caught = error; }
 * isNq4Error(caught); // true
 * isNq4Error(new Error('x')); // false
 * ```
 * @category Errors
 */
export function isNq4Error(value: unknown): value is Nq4Error {
  return typeof value === 'object' && value !== null && (value as { [NQ4_ERROR_BRAND]?: unknown })[NQ4_ERROR_BRAND] === true;
}

/**
 * The single error type of nq4. It always carries at least one {@link Nq4Issue}; its `message`
 * is the English messages joined, prefixed with their paths.
 *
 * @example
 * ```ts
 * import { getManifestation, Nq4Error } from 'nq4';
 * try {
 *   getManifestation('G4-1');
 * } catch (error) {
 *   if (error instanceof Nq4Error) console.log(error.issues[0].code); // 'unknown_id'
 * }
 * ```
 * @category Errors
 */
export class Nq4Error extends Error {
  /** The problems found, never empty: the first 100 (see {@link Nq4Error.omittedIssues}). */
  readonly issues: readonly [Nq4Issue, ...Nq4Issue[]];
  /** How many more problems were found than `issues` lists (0 when it lists them all). */
  readonly omittedIssues: number;
  /**
   * True when validation stopped once 100 problems were found (a bad batch costs milliseconds):
   * the input may hold more problems than `issues.length + omittedIssues`.
   */
  readonly stoppedEarly: boolean;

  /**
   * `instanceof Nq4Error` holds for an error made by any copy of nq4 loaded in the process (the
   * ESM and the CJS build, two installed versions): it checks the brand, not the prototype.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isNq4Error(value);
  }

  /**
   * @param issues every problem found; the error keeps the first 100 and counts the rest.
   * @param stoppedEarly the validator stopped collecting at its cap, so more problems may exist.
   */
  constructor(issues: readonly [Nq4Issue, ...Nq4Issue[]], stoppedEarly = false) {
    const kept = issues.slice(0, MAX_LISTED_ISSUES);
    const omitted = issues.length - kept.length;
    super(messageOf(kept, omitted, stoppedEarly, 'en'));
    Object.defineProperty(this, NQ4_ERROR_BRAND, { value: true, enumerable: false });
    this.name = 'Nq4Error';
    this.issues = Object.freeze(kept.map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) }))) as unknown as readonly [Nq4Issue, ...Nq4Issue[]];
    this.omittedIssues = omitted;
    this.stoppedEarly = stoppedEarly;
  }

  /** The messages in Vietnamese, one line per issue, each prefixed with its path. */
  get messageVi(): string {
    return messageOf(this.issues, this.omittedIssues, this.stoppedEarly, 'vi');
  }
}

/** How many issues an {@link Nq4Error} keeps. @internal */
export const MAX_LISTED_ISSUES = 100;
/** The longest `message` / `messageVi`: issues that do not fit are counted, not printed. */
const MAX_MESSAGE = 9_000;
/** A path in a message keeps its first and last parts past this many (a 10,000-deep path prints in a line). */
const MAX_PATH_PARTS = 12;

const groupDigits = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** The bounded message: lines while they fit, then how many more there are. */
function messageOf(issues: readonly Nq4Issue[], omitted: number, stoppedEarly: boolean, lang: 'vi' | 'en'): string {
  const lines: string[] = [];
  let length = 0;
  let listed = 0;
  for (const i of issues) {
    let line = `${pathForMessage(i.path)}: ${lang === 'vi' ? i.messageVi : i.messageEn}`;
    if (line.length > 500) line = `${line.slice(0, 499)}…`;
    if (length + line.length > MAX_MESSAGE) break;
    lines.push(line);
    length += line.length + 2;
    listed++;
  }
  const rest = omitted + issues.length - listed;
  if (rest > 0) {
    lines.push(lang === 'vi' ? `… và ${groupDigits(rest, '.')} lỗi khác` : `… and ${groupDigits(rest, ',')} more`);
  }
  if (stoppedEarly) {
    lines.push(
      lang === 'vi'
        ? `đã dừng kiểm tra sau ${MAX_LISTED_ISSUES} lỗi đầu, phần còn lại chưa được kiểm tra`
        : `checking stopped after the first ${MAX_LISTED_ISSUES} problems; the rest was not checked`,
    );
  }
  return lines.join('; ');
}

function pathForMessage(path: readonly (string | number)[]): string {
  if (path.length <= MAX_PATH_PARTS) return formatParts(path);
  const head = formatParts(path.slice(0, 6));
  const tail = formatParts(path.slice(-4)).replace(/^(?!\[)/, '.');
  return `${head}…(${path.length - 10})…${tail}`;
}

function formatParts(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(input)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const p = part.length > 64 ? `${part.slice(0, 63)}…` : part;
      out += out === '' ? p : `.${p}`;
    }
  }
  return out;
}

/**
 * The result of a `safe*` function: the value, or the error it would have thrown.
 * @category Errors
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: Nq4Error };

/**
 * Format an issue path the way messages print it: `disciplines[0].form`, or `(input)` for the root.
 * @example
 * ```ts
 * import { formatPath } from 'nq4';
 * formatPath(['disciplines', 0, 'form']); // 'disciplines[0].form'
 * ```
 * @category Errors
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (!Array.isArray(path)) throw new Nq4Error([typeIssue([], 'array', path)]);
  if (path.length > 100_000) throw new Nq4Error([limitIssue('too_big', [], '100000', 'items')]);
  for (let i = 0; i < path.length; i++) {
    const part: unknown = path[i];
    if (typeof part !== 'string' && !(typeof part === 'number' && Number.isSafeInteger(part) && part >= 0)) {
      throw new Nq4Error([issue('invalid_type', [i], 'Cần tên trường hoặc chỉ số (số nguyên không âm).', 'Expected a field name or an index (a whole number, 0 or more).')]);
    }
  }
  return formatParts(path);
}

/**
 * How a caller's key appears in an issue path: itself when it reads as a field name (ASCII
 * letters, digits, `_`, `$`, `-`, at most 64), else its position among the object's keys (`#3`), so a
 * key that is a person's name or any other free text never reaches a path or a message.
 * @internal
 */
export function pathKey(key: string, owner?: unknown, index?: number): string {
  if (/^[A-Za-z_$][A-Za-z0-9_$-]{0,63}$/.test(key)) return key;
  // A loop over Object.keys(owner) passes its index: looking the key up again for every key of a
  // large object would make the walk quadratic (100,000 keys "001", "002", … took seconds).
  if (index !== undefined) return `#${index}`;
  const keys = owner !== null && typeof owner === 'object' ? Object.keys(owner) : [];
  const at = keys.indexOf(key);
  return at < 0 ? '#?' : `#${at}`;
}

/** `missing` at `path`, with the one message every boundary gives. @internal */
export const missingFieldIssue = (path: readonly (string | number)[]): Nq4Issue => issue('missing', path, INPUT_MESSAGES.missing.vi, INPUT_MESSAGES.missing.en);

/** `unknown_key` at `path`, with the one message every boundary gives. @internal */
export const unknownFieldIssue = (path: readonly (string | number)[]): Nq4Issue => issue('unknown_key', path, INPUT_MESSAGES.unknownField.vi, INPUT_MESSAGES.unknownField.en);

/** Build one issue. @internal */
export function issue(
  code: Nq4IssueCode,
  path: readonly (string | number)[],
  messageVi: string,
  messageEn: string,
  source?: Citation,
): Nq4Issue {
  return source === undefined ? { code, path, messageVi, messageEn } : { code, path, messageVi, messageEn, source };
}

/** Throw an {@link Nq4Error} with one issue. @internal */
export function fail(
  code: Nq4IssueCode,
  path: readonly (string | number)[],
  messageVi: string,
  messageEn: string,
  source?: Citation,
): never {
  throw new Nq4Error([issue(code, path, messageVi, messageEn, source)]);
}

/**
 * Parameters that a domain refinement puts in a zod `custom` issue (`params`) so that the issue
 * becomes a bilingual {@link Nq4Issue} with its own code and source.
 * @internal
 */
export interface Nq4CustomParams {
  readonly nq4Code: Nq4IssueCode;
  readonly messageVi: string;
  readonly messageEn: string;
  readonly source?: Citation;
}

const TYPE_EN: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
};

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'giá trị đúng/sai',
  array: 'danh sách',
  object: 'đối tượng',
  date: 'ngày',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at = root;
  for (const p of path) at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[p] : undefined;
  return at;
}

function toPath(path: readonly PropertyKey[], prefix: readonly (string | number)[], root?: unknown): (string | number)[] {
  const out = [...prefix];
  let at: unknown = root;
  for (const p of path) {
    out.push(typeof p === 'number' ? p : pathKey(String(p), at));
    at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[p] : undefined;
  }
  return out;
}

/**
 * The issue for a value of the wrong type (`expected` is a zod type name such as `"string"`), or
 * for a missing one when `input` is `undefined`. The value itself is never copied.
 * @internal
 */
export function typeIssue(path: readonly (string | number)[], expected: string, input: unknown): Nq4Issue {
  if (input === undefined) return missingFieldIssue(path);
  return issue('invalid_type', path, `Sai kiểu dữ liệu: cần ${TYPE_VI[expected] ?? 'kiểu khác'}.`, `Wrong type: expected ${TYPE_EN[expected] ?? 'another type'}.`);
}

/**
 * The issue for a value past a limit: a size (characters, items) when `sizeLike`, else a number.
 * @internal
 */
export function limitIssue(
  code: 'too_small' | 'too_big',
  path: readonly (string | number)[],
  limit: string,
  sizeLike: boolean | 'items' | 'characters',
  inclusive = true,
): Nq4Issue {
  const vi = sizeLike === 'items' ? 'phần tử' : sizeLike === 'characters' ? 'ký tự' : 'phần tử/ký tự';
  const en = sizeLike === 'items' ? 'items' : sizeLike === 'characters' ? 'characters' : 'items or characters';
  if (code === 'too_small') {
    return sizeLike
      ? issue(code, path, `Cần ít nhất ${limit} ${vi}.`, `Needs at least ${limit} ${en}.`)
      : issue(code, path, `Giá trị phải ${inclusive ? '≥' : '>'} ${limit}.`, `Value must be ${inclusive ? '≥' : '>'} ${limit}.`);
  }
  return sizeLike
    ? issue(code, path, `Tối đa ${limit} ${vi}.`, `At most ${limit} ${en}.`)
    : issue(code, path, `Giá trị phải ${inclusive ? '≤' : '<'} ${limit}.`, `Value must be ${inclusive ? '≤' : '<'} ${limit}.`);
}

/**
 * A text argument of at most `max` characters, checked without zod: the lookups that need nothing
 * more (a catalog id) stay small in a bundle. Throws the {@link Nq4Error} zod's
 * `z.string().check(z.maxLength(max))` would give through {@link parseInput}.
 * @internal
 */
export function textInput(value: unknown, max: number, path: readonly (string | number)[] = []): string {
  if (typeof value !== 'string') throw new Nq4Error([typeIssue(path, 'string', value)]);
  if (value.length > max) throw new Nq4Error([limitIssue('too_big', path, String(max), 'characters')]);
  return value;
}

/**
 * Turn zod issues into bilingual nq4 issues. The input value is never copied into a message.
 * @internal
 */
export function fromZodIssues(zodIssues: readonly $ZodIssue[], prefix: readonly (string | number)[] = [], root?: unknown): Nq4Issue[] {
  const out: Nq4Issue[] = [];
  for (const zi of zodIssues) {
    const path = toPath(zi.path, prefix, root);
    switch (zi.code) {
      case 'invalid_type':
        out.push(typeIssue(path, String(zi.expected), zi.input));
        break;
      case 'unrecognized_keys':
        for (const key of zi.keys) {
          out.push(unknownFieldIssue([...path, pathKey(key, zi.input)]));
        }
        break;
      case 'too_small':
      case 'too_big': {
        const limit = zi.code === 'too_small' ? zi.minimum : zi.maximum;
        const sizeLike = zi.origin === 'string' ? 'characters' : zi.origin === 'array' || zi.origin === 'set' ? 'items' : false;
        out.push(limitIssue(zi.code, path, String(limit), sizeLike, Boolean(zi.inclusive)));
        break;
      }
      case 'not_multiple_of':
        out.push(issue('not_integer', path, 'Phải là số nguyên.', 'Must be a whole number.'));
        break;
      case 'invalid_value': {
        // An absent required enum or literal is missing, not a wrong value (zod reports it as a value).
        if (zi.input === undefined) {
          out.push(typeIssue(path, 'string', undefined));
          break;
        }
        const allowed = zi.values.map((v) => JSON.stringify(v)).join(', ');
        out.push(
          issue('invalid_value', path, `Giá trị không hợp lệ; chấp nhận: ${allowed}.`, `Invalid value; expected one of: ${allowed}.`),
        );
        break;
      }
      case 'invalid_format':
        out.push(
          issue(
            'invalid_format',
            path,
            `Sai định dạng (${zi.format}).`,
            `Invalid format (${zi.format}).`,
          ),
        );
        break;
      case 'invalid_union':
        if (zi.errors.length > 0 && zi.errors.every((branch) => branch.length > 0)) {
          // Report the branch that got furthest (fewest issues): the most useful message.
          const best = [...zi.errors].sort((a, b) => a.length - b.length)[0] ?? [];
          out.push(...fromZodIssues(best, path, valueAt(root, zi.path)));
        } else {
          out.push(issue('invalid_value', path, 'Giá trị không khớp dạng nào được chấp nhận.', 'Value matches none of the accepted shapes.'));
        }
        break;
      case 'invalid_key':
        out.push(issue('invalid_value', path, 'Khóa không hợp lệ.', 'Invalid key.'));
        break;
      case 'invalid_element':
        out.push(...fromZodIssues(zi.issues, path, valueAt(root, zi.path)));
        break;
      case 'custom': {
        const params = zi.params as Partial<Nq4CustomParams> | undefined;
        if (params?.nq4Code && params.messageVi && params.messageEn) {
          out.push(issue(params.nq4Code, path, params.messageVi, params.messageEn, params.source));
        } else {
          out.push(issue('invalid_value', path, 'Giá trị không hợp lệ.', 'Invalid value.'));
        }
        break;
      }
      default:
        out.push(issue('invalid_value', path, 'Giá trị không hợp lệ.', 'Invalid value.'));
    }
  }
  return out;
}

/**
 * Parse `input` with a zod schema at the public boundary; throw an {@link Nq4Error} listing every
 * issue otherwise. `path` prefixes the issue paths (for the second argument of a function, say).
 * @internal
 */
export function parseInput<S extends $ZodType>(schema: S, input: unknown, path: readonly (string | number)[] = []): output<S> {
  // `reportInput` lets the mapper tell a missing field from a wrong one; the value itself is
  // never copied into an Nq4Issue.
  // `safeParse` from zod/mini takes any zod 4 schema (classic or mini) without pulling in the
  // classic API's methods.
  const result = safeParse(schema, input, { reportInput: true });
  if (result.success) return result.data;
  const issues = fromZodIssues(result.error.issues, path, input);
  if (issues.length === 0) issues.push(issue('invalid_value', [...path], 'Giá trị không hợp lệ.', 'Invalid value.'));
  throw new Nq4Error(issues as [Nq4Issue, ...Nq4Issue[]]);
}

/**
 * Call any throwing nq4 function without a `try`: `safe(fn, ...args)` returns
 * `{ success: true, data }` with what `fn(...args)` returns, or `{ success: false, error }` with
 * the {@link Nq4Error} it threw. It is the non-throwing form of every public function (the older
 * `safeRateMember`, `safeLimitation`, … mean the same). The arguments are type-checked against
 * `fn`'s parameters. An error that is not an `Nq4Error` is a defect, not bad input: it is re-thrown.
 * @example
 * ```ts
 * import { getManifestation, safe } from 'nq4';
 * const ok = safe(getManifestation, 'G3-8');
 * ok.success && ok.data.id; // 'G3-8'
 * const bad = safe(getManifestation, 'G9-9' as never);
 * bad.success; // false
 * !bad.success && bad.error.issues[0]?.code; // 'unknown_id'
 * ```
 * @category Errors
 */
export function safe<A extends readonly unknown[], R>(fn: (...args: A) => R, ...args: A): SafeResult<R> {
  if (typeof fn !== 'function') {
    return { success: false, error: new Nq4Error([issue('invalid_type', ['fn'], 'Cần một hàm của nq4.', 'Expected an nq4 function.')]) };
  }
  return toSafe(() => fn(...args));
}

/**
 * Run a throwing function and return a {@link SafeResult} instead. Errors other than
 * {@link Nq4Error} are programming errors and are re-thrown.
 * @internal
 */
export function toSafe<T>(run: () => T): SafeResult<T> {
  try {
    return { success: true, data: run() };
  } catch (error) {
    if (error instanceof Nq4Error) return { success: false, error };
    throw error;
  }
}
