import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every `@example` in the JSDoc of `src/`, and every ```ts block of README.md, runs: each fenced block is written to a scratch module
 * with `from 'nq4'` pointed at `src/index.ts`, then imported. A line `expr; // literal` where the
 * comment is a string, number or boolean literal becomes an assertion, so the documented result
 * is checked too.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = join(root, 'tests', '.examples');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Example {
  file: string;
  line: number;
  code: string;
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  const re = /@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const code = (m[1] ?? '')
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n');
    out.push({ file: relative(root, file), line: text.slice(0, m.index).split('\n').length, code });
  }
  return out;
}

const ASSERTABLE = /^(\s*)(.+?);\s*\/\/\s*('(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|true|false)\s*$/;

let asserted = 0;

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

function toModule(code: string): string {
  const body = code
    .replace(/from 'nq4'/g, "from '../../src/index.js'")
    .split('\n')
    .map((l) => {
      const m = ASSERTABLE.exec(l);
      if (!m || !balanced(m[2] ?? '') || /^\s*(?:(?:const|let|var|import|export|if|for|while|return|throw|try|catch)\b|\}|console\.)/.test(m[2] ?? '')) return l;
      asserted += 1;
      return `${m[1]}__expect(${m[2]}, ${m[3]});`;
    })
    .join('\n');
  return `const __expect = (actual: unknown, expected: unknown) => { if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error('example result ' + JSON.stringify(actual) + ' !== documented ' + JSON.stringify(expected)); };\n${body}\n`;
}

/** The README's ```ts blocks: what a new user copies first. */
function readmeExamples(): Example[] {
  const text = readFileSync(join(root, 'README.md'), 'utf8');
  const out: Example[] = [];
  const re = /```ts\n([\s\S]*?)\n```/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!(m[1] ?? '').includes("from 'nq4'")) continue;
    out.push({ file: 'README.md', line: text.slice(0, m.index).split('\n').length, code: m[1] ?? '' });
  }
  return out;
}

const examples = [...sourceFiles(join(root, 'src')).flatMap(examplesOf), ...readmeExamples()];
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });

describe('JSDoc @example blocks', () => {
  it('finds examples in the sources, most with documented results', () => {
    expect(examples.length).toBeGreaterThan(20);
    examples.forEach((e) => toModule(e.code));
    expect(asserted).toBeGreaterThan(10);
  });

  it.each(examples.map((e, i) => [`${e.file}:${e.line}`, i] as const))('%s runs and returns what it documents', async (_name, i) => {
    const example = examples[i] as Example;
    const path = join(scratch, `example-${i}.ts`);
    writeFileSync(path, toModule(example.code));
    const logs: unknown[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => logs.push(args);
    try {
      await import(/* @vite-ignore */ path);
    } finally {
      console.log = original;
    }
  });
});
