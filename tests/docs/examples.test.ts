import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * One runner for every example a user reads: each `@example` in the JSDoc of `src/`, and each
 * ```ts block of README.md and of every guide under docs/ (English and Vietnamese). A block is
 * written verbatim to a scratch module, with only `from 'nq4'` pointed at `src/index.ts`, then
 * imported. A line `expr; // literal` becomes an assertion of the documented result: the
 * comment is read as a JavaScript expression (a string, number, boolean, null, an object or an
 * array) and compared with deep equality. A comment that starts with `→` is prose and is not
 * asserted.
 *
 * README and guides are held to more: every block imports from 'nq4', asserts at least one
 * result, and a comment after a statement is either an assertable literal or `→ prose`, so no
 * stated result goes unchecked by accident; and every block, exactly as printed, compiles with
 * the project's strict settings (a misspelt field in a guide fails here, as it would in an app).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = join(root, 'tests', '.examples');

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === join(root, 'docs', 'api') ? [] : filesUnder(path, ext);
    return path.endsWith(ext) ? [path] : [];
  });
}

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  /** README and guides: the stricter rules above. */
  readonly guide: boolean;
}

function jsdocExamples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  const re = /@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const code = (m[1] ?? '')
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n');
    out.push({ file: relative(root, file), line: text.slice(0, m.index).split('\n').length, code, guide: false });
  }
  return out;
}

/** Every ```ts block of a markdown file: what a new user copies first. */
function markdownExamples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  const re = /^```ts\n([\s\S]*?)\n```$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ file: relative(root, file), line: text.slice(0, m.index).split('\n').length + 1, code: m[1] ?? '', guide: true });
  }
  return out;
}

/** `expr; // comment` on one line. */
const COMMENTED = /^(\s*)(.+?);\s*\/\/\s*(.+?)\s*$/;
const SCALAR = /^(?:'(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|true|false|null|undefined)$/;
const STATEMENT = /^\s*(?:(?:const|let|var|import|export|if|for|while|return|throw|try|catch|await)\b|\}|console\.)/;

/** A statement that continues from earlier lines has unbalanced brackets: leave it as it is. */
function balanced(expr: string): boolean {
  let depth = 0;
  for (const ch of expr) {
    if ('([{'.includes(ch)) depth += 1;
    else if (')]}'.includes(ch)) depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** The documented value, when the comment is a literal: a scalar, or an object or array that parses. */
function literalOf(comment: string): { value: unknown } | undefined {
  if (!SCALAR.test(comment) && !/^[[{]/.test(comment)) return undefined;
  try {
    return { value: new Function(`return (${comment});`)() as unknown };
  } catch {
    return undefined;
  }
}

interface Rewritten {
  readonly module: string;
  readonly assertions: number;
  /** Comments that state a result the runner can not read (guides only). */
  readonly unreadable: string[];
}

function toModule(example: Example): Rewritten {
  let assertions = 0;
  const unreadable: string[] = [];
  const body = example.code
    .replace(/from 'nq4'/g, "from '../../src/index.js'")
    .split('\n')
    .map((l, i) => {
      const m = COMMENTED.exec(l);
      if (!m) return l;
      const [, indent = '', expr = '', comment = ''] = m;
      if (!balanced(expr) || STATEMENT.test(expr)) return l;
      if (comment.startsWith('→')) return l;
      const literal = literalOf(comment);
      if (literal === undefined) {
        unreadable.push(`line ${i + 1}: // ${comment}`);
        return l;
      }
      assertions += 1;
      return `${indent}__expectDocumented(${expr}, (${comment}), ${JSON.stringify(`${example.file}:${example.line + i}`)});`;
    })
    .join('\n');
  const header = 'const __expectDocumented = (globalThis as unknown as { __expectDocumented: (a: unknown, e: unknown, where: string) => void }).__expectDocumented;';
  return { module: `${header}\n${body}\n`, assertions, unreadable };
}

let checked = 0;
(globalThis as unknown as { __expectDocumented: (a: unknown, e: unknown, where: string) => void }).__expectDocumented = (actual, expected, where) => {
  checked += 1;
  expect(actual, `the result documented at ${where}`).toEqual(expected);
};

const guides = [join(root, 'README.md'), ...filesUnder(join(root, 'docs'), '.md')];
const examples = [...filesUnder(join(root, 'src'), '.ts').flatMap(jsdocExamples), ...guides.flatMap(markdownExamples)];
const rewritten = examples.map(toModule);
const stated = rewritten.reduce((n, r) => n + r.assertions, 0);
const statedInGuides = rewritten.reduce((n, r, i) => n + (examples[i]?.guide ? r.assertions : 0), 0);
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });

describe('examples of the JSDoc, the README and the guides', () => {
  it('finds examples in the sources, the README and every guide, most with documented results', () => {
    expect(examples.filter((e) => !e.guide).length).toBeGreaterThan(100);
    for (const file of guides.map((g) => relative(root, g))) {
      expect(examples.some((e) => e.file === file), `${file} has a ts block`).toBe(true);
    }
    // floors just under today's counts, so that the runner can not silently assert nothing
    expect(stated).toBeGreaterThanOrEqual(330);
    expect(statedInGuides).toBeGreaterThanOrEqual(140);
  });

  it.each(examples.map((e, i) => [`${e.file}:${e.line}`, i] as const))('%s runs and returns what it documents', async (_name, i) => {
    const example = examples[i] as Example;
    const { module, assertions, unreadable } = rewritten[i] as Rewritten;
    if (example.guide) {
      expect(example.code, 'a guide block imports what it uses from nq4').toContain("from 'nq4'");
      expect(example.code, 'a guide block is complete: no … outside strings and comments').not.toMatch(/^[^'/]*…/m);
      expect(unreadable, "a stated result is a literal the runner can read, or prose after '// →'").toEqual([]);
      expect(assertions, 'a guide block states at least one result that is checked').toBeGreaterThan(0);
    }
    const path = join(scratch, `example-${i}.ts`);
    writeFileSync(path, module);
    const before = checked;
    const logs: unknown[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => logs.push(args);
    try {
      await import(/* @vite-ignore */ path);
    } finally {
      console.log = original;
    }
    expect(checked - before, 'every documented result was checked').toBe(assertions);
  });

  it('every README and guide block compiles as printed (tsc, strict)', () => {
    const dir = join(scratch, 'types');
    mkdirSync(dir, { recursive: true });
    const blocks = examples.filter((e) => e.guide);
    blocks.forEach((e, i) => writeFileSync(join(dir, `block-${i}.ts`), `// ${e.file}:${e.line}\n${e.code}\nexport {};\n`));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: '../../../tsconfig.json', compilerOptions: { paths: { nq4: ['../../../src/index.ts'] } }, include: ['*.ts'] }),
    );
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', dir, '--pretty', 'false'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output, 'type errors in README or guide blocks (each scratch file names its block on line 1)').toBe('');
  }, 180_000);

  afterAll(() => {
    // Ran alone (a filter), fewer examples run; the full run checks every result it found.
    if (checked === stated) expect(checked).toBeGreaterThanOrEqual(330);
  });
});
