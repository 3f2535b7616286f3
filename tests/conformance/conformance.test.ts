/**
 * Runs the conformance corpus (conformance/**\/*.json) against nq4's public surface.
 *
 * The files are the contract another implementation tests itself against (format in
 * conformance/README.md). This runner is the reference reading of that format: it checks the shape
 * of every file, resolves nested `$call` arguments, calls the function by name, and compares the
 * outcome fields named in `expect`, `expectContains` and `expectExcludes`, or the issues named in
 * `expectError`. One test per case, plus one for the total count and the uniqueness of ids.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as nq4 from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../../conformance/', import.meta.url));
const MIN_CASES = 300;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

interface ExpectedIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
}
interface ExpectedError {
  readonly code?: string;
  readonly path?: readonly (string | number)[];
  readonly issues?: readonly ExpectedIssue[];
}
interface Case {
  readonly id: string;
  readonly description: string;
  readonly source: string;
  readonly function?: string;
  readonly args: readonly Json[];
  readonly expect?: JsonObject;
  readonly expectContains?: { readonly [path: string]: Json[] };
  readonly expectExcludes?: { readonly [path: string]: Json[] };
  readonly expectError?: ExpectedError;
}
interface CorpusFile {
  readonly file: string;
  readonly function: string;
  readonly description?: string;
  readonly cases: readonly Case[];
}

// ---------------------------------------------------------------------------------------------
// Loading and the format check (a hand check: the format is small and must stay language-neutral)
// ---------------------------------------------------------------------------------------------

function listJson(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listJson(p));
    else if (name.endsWith('.json')) out.push(p);
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const FILE_KEYS = new Set(['$schema', 'function', 'description', 'cases']);
const CASE_KEYS = new Set(['id', 'description', 'source', 'function', 'args', 'expect', 'expectContains', 'expectExcludes', 'expectError', 'note']);

/** Problems with one file's shape; empty when the file follows conformance/README.md. */
function formatProblems(file: string, raw: string, data: unknown): string[] {
  const p: string[] = [];
  if (raw.normalize('NFC') !== raw) p.push('text is not NFC');
  if (raw.charCodeAt(0) === 0xfeff) p.push('starts with a byte-order mark');
  if (!isObject(data)) return [...p, 'top level is not an object'];
  for (const k of Object.keys(data)) if (!FILE_KEYS.has(k)) p.push(`unknown top-level key ${k}`);
  if (typeof data.function !== 'string') p.push('"function" must be a string');
  if (!Array.isArray(data.cases) || data.cases.length === 0) return [...p, '"cases" must be a non-empty array'];
  data.cases.forEach((c: unknown, i: number) => {
    const at = `cases[${i}]`;
    if (!isObject(c)) return void p.push(`${at} is not an object`);
    for (const k of Object.keys(c)) if (!CASE_KEYS.has(k)) p.push(`${at}: unknown key ${k}`);
    if (typeof c.id !== 'string' || !ID.test(c.id)) p.push(`${at}: id must be lower-case words joined by - or .`);
    if (typeof c.description !== 'string' || c.description.length === 0) p.push(`${at}: description is required`);
    if (typeof c.source !== 'string' || c.source.length === 0) p.push(`${at}: source is required`);
    if (c.function !== undefined && typeof c.function !== 'string') p.push(`${at}: function must be a string`);
    if (!Array.isArray(c.args)) p.push(`${at}: args must be an array`);
    const outcomes = ['expect', 'expectContains', 'expectExcludes'].filter((k) => c[k] !== undefined);
    if (c.expectError !== undefined && outcomes.length > 0) p.push(`${at}: expectError excludes ${outcomes.join(', ')}`);
    if (c.expectError === undefined && outcomes.length === 0) p.push(`${at}: needs expect, expectContains, expectExcludes or expectError`);
    for (const k of outcomes) {
      if (!isObject(c[k]) || Object.keys(c[k] as object).length === 0) p.push(`${at}: ${k} must be a non-empty object`);
      else if (k !== 'expect') for (const [path, v] of Object.entries(c[k] as object)) if (!Array.isArray(v)) p.push(`${at}: ${k}["${path}"] must be an array`);
    }
    if (c.expectError !== undefined) {
      const e = c.expectError;
      if (!isObject(e)) p.push(`${at}: expectError must be an object`);
      else if (e.issues !== undefined) {
        if (!Array.isArray(e.issues) || e.issues.length === 0 || !e.issues.every((x) => isObject(x) && typeof x.code === 'string' && Array.isArray(x.path))) p.push(`${at}: expectError.issues must list {code, path}`);
        if (e.code !== undefined || e.path !== undefined) p.push(`${at}: expectError takes either issues or code/path`);
      } else if (typeof e.code !== 'string') p.push(`${at}: expectError.code is required`);
      else if (e.path !== undefined && !Array.isArray(e.path)) p.push(`${at}: expectError.path must be an array`);
    }
  });
  void file;
  return p;
}

const files: CorpusFile[] = listJson(ROOT).map((path) => {
  const raw = readFileSync(path, 'utf8');
  const data = JSON.parse(raw) as Omit<CorpusFile, 'file'>;
  const file = relative(ROOT, path);
  const problems = formatProblems(file, raw, data);
  if (problems.length > 0) throw new Error(`conformance/${file} does not follow conformance/README.md:\n  ${problems.join('\n  ')}`);
  return { file, ...data };
});

// ---------------------------------------------------------------------------------------------
// Calling and comparing
// ---------------------------------------------------------------------------------------------

const surface = nq4 as unknown as Record<string, unknown>;

function fn(name: string): (...a: unknown[]) => unknown {
  const f = surface[name];
  if (typeof f !== 'function') throw new Error(`"${name}" is not a function of nq4's public surface`);
  return f as (...a: unknown[]) => unknown;
}

/** Resolves `{ "$call": name, "args": [...] }` objects (depth first) into the call's result. */
function resolve(value: Json): unknown {
  if (Array.isArray(value)) return value.map(resolve);
  if (isObject(value)) {
    if (typeof value.$call === 'string') return fn(value.$call)(...((value.args as Json[] | undefined) ?? []).map(resolve));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v as Json)]));
  }
  return value;
}

/** The path language of README §4: `a.b`, `a[2]`, `a[]` (each element), `a[*]` (each, flattened), `{x,y}` (pick), `a[?k=v]` (filter). */
function select(value: unknown, path: string): unknown {
  const tokens = path.match(/\{[^}]*\}|\[\?[^\]]*\]|\[\*\]|\[\d*\]|[^.[{]+/g) ?? [];
  const walk = (v: unknown, i: number): unknown => {
    if (i === tokens.length) return v;
    const t = tokens[i]!;
    if (v === undefined || v === null) return undefined;
    if (t === '[]' || t === '[*]') {
      if (!Array.isArray(v)) throw new Error(`"${path}": ${tokens.slice(0, i).join('')} is not an array`);
      const each = v.map((x) => walk(x, i + 1));
      return t === '[]' ? each : each.flatMap((x) => (Array.isArray(x) ? x : [x]));
    }
    if (t.startsWith('[?')) {
      if (!Array.isArray(v)) throw new Error(`"${path}": ${tokens.slice(0, i).join('')} is not an array`);
      const [key, lit] = t.slice(2, -1).split('=') as [string, string];
      const want = JSON.parse(lit) as Json;
      return walk(v.filter((x) => same(isObject(x) ? x[key] : undefined, want)), i + 1);
    }
    if (t.startsWith('[')) return walk(Array.isArray(v) ? v[Number(t.slice(1, -1))] : undefined, i + 1);
    if (t.startsWith('{')) {
      const keys = t.slice(1, -1).split(',').map((k) => k.trim());
      return walk(Object.fromEntries(keys.map((k) => [k, isObject(v) ? v[k] : undefined])), i + 1);
    }
    return walk(isObject(v) ? v[t] : undefined, i + 1);
  };
  return walk(value, 0);
}

/** JSON view of a result: undefined and absent are both null; object keys with undefined dropped. */
function plain(v: unknown): Json {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.map(plain);
  if (isObject(v)) {
    const o: JsonObject = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined && x !== null) o[k] = plain(x);
    return o;
  }
  return v as Json;
}

function dropNulls(v: Json): Json {
  if (Array.isArray(v)) return v.map(dropNulls);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null).map(([k, x]) => [k, dropNulls(x as Json)]));
  return v;
}

const same = (actual: unknown, expected: Json): boolean => JSON.stringify(canon(plain(actual))) === JSON.stringify(canon(dropNulls(expected)));
function canon(v: Json): Json {
  if (Array.isArray(v)) return v.map(canon);
  if (isObject(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon(v[k] as Json)]));
  return v;
}

function issuesOf(error: unknown): ExpectedIssue[] {
  if (!nq4.isNq4Error(error)) throw error;
  return error.issues.map((i) => ({ code: i.code, path: [...i.path] }));
}

function runCase(f: CorpusFile, c: Case): void {
  const name = c.function ?? f.function;
  const call = (): unknown => fn(name)(...c.args.map(resolve));
  if (c.expectError !== undefined) {
    let issues: ExpectedIssue[] | undefined;
    try {
      call();
    } catch (error) {
      issues = issuesOf(error);
    }
    expect(issues, `${c.id}: expected an Nq4Error`).toBeDefined();
    const e = c.expectError;
    if (e.issues !== undefined) {
      const key = (i: ExpectedIssue): string => `${i.code}@${JSON.stringify(i.path)}`;
      expect(issues!.map(key).sort(), `${c.id}: the set of issues`).toEqual(e.issues.map(key).sort());
    } else {
      expect(issues![0]?.code, `${c.id}: code of the first issue`).toBe(e.code);
      if (e.path !== undefined) expect(issues![0]?.path, `${c.id}: path of the first issue`).toEqual(e.path);
    }
    return;
  }
  const result = call();
  for (const [path, want] of Object.entries(c.expect ?? {})) {
    expect(canon(plain(select(result, path))), `${c.id}: ${path}`).toEqual(canon(dropNulls(want)));
  }
  for (const [path, wants] of Object.entries(c.expectContains ?? {})) {
    const got = select(result, path);
    expect(Array.isArray(got), `${c.id}: ${path} is an array`).toBe(true);
    const pool = (got as unknown[]).map((x) => JSON.stringify(canon(plain(x))));
    const missing: Json[] = [];
    for (const w of wants) {
      const i = pool.indexOf(JSON.stringify(canon(dropNulls(w))));
      if (i < 0) missing.push(w);
      else pool.splice(i, 1); // a multiset: each expected element takes one actual element
    }
    expect(missing, `${c.id}: ${path} lacks`).toEqual([]);
  }
  for (const [path, unwanted] of Object.entries(c.expectExcludes ?? {})) {
    const got = select(result, path);
    const have = new Set((Array.isArray(got) ? got : []).map((x) => JSON.stringify(canon(plain(x)))));
    const present = unwanted.filter((w) => have.has(JSON.stringify(canon(dropNulls(w)))));
    expect(present, `${c.id}: ${path} must not hold`).toEqual([]);
  }
}

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

describe('conformance corpus', () => {
  it(`holds at least ${MIN_CASES} cases with unique ids, each naming a public function`, () => {
    const ids = files.flatMap((f) => f.cases.map((c) => c.id));
    expect(ids.length).toBeGreaterThanOrEqual(MIN_CASES);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
    for (const f of files) for (const c of f.cases) expect(typeof surface[c.function ?? f.function], `${f.file} ${c.id}`).toBe('function');
  });

  it('the path language reads what the README says', () => {
    const v = { a: [{ b: 1, c: 'x' }, { b: 2 }], d: { e: null } };
    expect(select(v, 'a[].b')).toEqual([1, 2]);
    expect(select(v, 'a[1].b')).toBe(2);
    expect(plain(select(v, 'a[]{b,c}'))).toEqual([{ b: 1, c: 'x' }, { b: 2 }]);
    expect(select(v, 'a[?b=2][].b')).toEqual([2]);
    expect(select(v, 'a[?c=null][].b')).toEqual([2]);
    expect(select({ m: [{ ids: ['a', 'b'] }, { ids: ['c'] }] }, 'm[*].ids')).toEqual(['a', 'b', 'c']);
    expect(select(v, 'd.e.f')).toBeUndefined();
    expect(same(undefined, null)).toBe(true);
    expect(same({ x: 1, y: undefined }, { x: 1, y: null })).toBe(true);
    expect(same([1, 2], [2, 1])).toBe(false);
  });
});

for (const f of files) {
  describe(`conformance/${f.file} (${f.function})`, () => {
    it.each(f.cases.map((c) => [c.id, c] as const))('%s', (_id, c) => runCase(f, c));
  });
}
