import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import * as nq4 from '../../src/index.js';

/**
 * The JSON Schema files of `schemas/` are what an app in another language relies on, so they are
 * checked with a real validator (ajv, draft 2020-12, formats on), not with zod: every file
 * compiles; the README's examples, run for real, pass their inputs and results through them;
 * a misspelt field and a wrong enum value are rejected.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const schemasDir = join(root, 'schemas');
interface Index {
  readonly functions: Readonly<Record<string, { readonly arguments: readonly { name: string; schema: string }[]; readonly result?: string }>>;
  readonly outputs: Readonly<Record<string, string>>;
}
const index = JSON.parse(readFileSync(join(schemasDir, 'index.json'), 'utf8')) as Index;

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const files = [...Object.values(index.functions).flatMap((f) => f.arguments.map((a) => a.schema)), ...Object.values(index.outputs)];
const validator = (path: string) => {
  const found = ajv.getSchema(path);
  if (found) return found;
  ajv.addSchema(JSON.parse(readFileSync(join(schemasDir, path), 'utf8')) as object, path);
  return ajv.getSchema(path)!;
};

describe('schemas/ (JSON Schema draft 2020-12)', () => {
  it('lists every file it holds, and each compiles under ajv strict mode (strictRequired off: zod lists the keys of an enum-keyed record as required without naming them in properties)', () => {
    const onDisk = ['input', 'output'].flatMap((d) => readdirSync(join(schemasDir, d)).map((f) => `${d}/${f}`)).sort();
    expect([...new Set(files)].sort()).toEqual(onDisk);
    for (const f of files) expect(typeof validator(f), f).toBe('function');
  });

  it('covers the main functions of every area, each with its result', () => {
    for (const fn of ['rateMember', 'rateOrganization', 'limitation', 'checkDiscipline', 'disciplineEffects', 'extractTallies', 'rollUp', 'reconcile', 'summarizeReviews']) {
      expect(index.functions[fn], fn).toBeDefined();
    }
    expect(index.functions.rateMember?.result).toBe('output/RatingResult.schema.json');
  });

  it('dates are ISO strings with format "date"', () => {
    const facts = JSON.parse(readFileSync(join(schemasDir, index.functions.rateMember!.arguments[0]!.schema), 'utf8')) as { properties: Record<string, { format?: string; pattern?: string }> };
    expect(facts.properties.admittedOn).toMatchObject({ type: 'string', format: 'date' });
    const check = validator(index.functions.rateMember!.arguments[0]!.schema);
    expect(check({ year: 2025, admittedOn: '2010-03-02' })).toBe(true);
    expect(check({ year: 2025, admittedOn: '02/03/2010' })).toBe(false);
  });

  it('rejects a misspelt field and a wrong enum value, as the library does', () => {
    const check = validator(index.functions.rateMember!.arguments[0]!.schema);
    expect(check({ year: 2025, role: 'nonLeader' })).toBe(true);
    expect(check({ yaer: 2025, role: 'nonLeader' })).toBe(false);
    expect(check({ year: 2025, role: 'boss' })).toBe(false);
    expect(() => nq4.rateMember({ yaer: 2025 } as never)).toThrow(nq4.Nq4Error);
  });
});

/** The README's ```ts blocks, run with every nq4 function wrapped to record its arguments and result. */
const scratch = join(root, 'tests', '.examples-schemas');
const calls: { fn: string; args: unknown[]; result: unknown }[] = [];
(globalThis as { __nq4Calls?: typeof calls }).__nq4Calls = calls;

function recorderModule(): string {
  const lines = ["import * as nq4 from '../../src/index.js';", "export * from '../../src/index.js';", 'const calls = (globalThis as { __nq4Calls?: unknown[] }).__nq4Calls!;'];
  for (const [name, value] of Object.entries(nq4)) {
    if (typeof value !== 'function' || /^[A-Z]/.test(name)) continue;
    lines.push(`export const ${name} = (...args: unknown[]) => { const result = (nq4.${name} as (...a: unknown[]) => unknown)(...args); calls.push({ fn: '${name}', args, result }); return result; };`);
  }
  return `${lines.join('\n')}\n`;
}

function readmeBlocks(): string[] {
  const text = readFileSync(join(root, 'README.md'), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)\n```/g)].map((m) => m[1] ?? '').filter((code) => code.includes("from 'nq4'"));
}

describe("the README's examples against the JSON Schemas", () => {
  it('every input and every result of a README example is valid', async () => {
    mkdirSync(scratch, { recursive: true });
    writeFileSync(join(scratch, 'nq4-recorder.ts'), recorderModule());
    const blocks = readmeBlocks();
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const [i, code] of blocks.entries()) {
      const path = join(scratch, `readme-schema-${i}.ts`);
      writeFileSync(path, code.replace(/from 'nq4'/g, "from './nq4-recorder.js'").replace(/console\.log\(/g, 'void ('));
      await import(/* @vite-ignore */ path);
    }
    let checked = 0;
    for (const call of calls) {
      const entry = index.functions[call.fn];
      if (entry === undefined) continue;
      entry.arguments.forEach((arg, i) => {
        if (call.args[i] === undefined) return;
        const check = validator(arg.schema);
        expect(check(call.args[i]), `${call.fn}(${arg.name}): ${JSON.stringify(check.errors)}`).toBe(true);
        checked += 1;
      });
      if (entry.result !== undefined) {
        const check = validator(entry.result);
        expect(check(JSON.parse(JSON.stringify(call.result))), `${call.fn} result: ${JSON.stringify(check.errors?.slice(0, 3))}`).toBe(true);
        checked += 1;
      }
    }
    const called = new Set(calls.map((c) => c.fn));
    for (const fn of ['rateMember', 'checkLimitation', 'renderReport', 'extractTallies']) expect(called.has(fn), fn).toBe(true);
    expect(checked).toBeGreaterThanOrEqual(6);
  });
});

/** Every valid case of the conformance corpus: its arguments and the library's result, through ajv. */
function conformanceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? conformanceFiles(join(dir, d.name)) : d.name.endsWith('.json') ? [join(dir, d.name)] : []));
}
interface ConformanceCase {
  readonly id: string;
  readonly args: readonly unknown[];
  readonly expect?: unknown;
  readonly expectError?: unknown;
}
const hasCall = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (Object.hasOwn(value, '$call') || Object.values(value).some(hasCall));

describe('the conformance corpus against the JSON Schemas', () => {
  const cases = conformanceFiles(join(root, 'conformance')).flatMap((file) => {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { function: string; cases: ConformanceCase[] };
    return doc.cases.filter((c) => c.expectError === undefined && !hasCall(c.args)).map((c) => ({ fn: doc.function, c }));
  });

  it('checks hundreds of valid cases, for every function whose schemas exist', () => {
    expect(cases.length).toBeGreaterThan(500);
    for (const { fn } of cases) expect(index.functions[fn], fn).toBeDefined();
  });

  it('every argument of a valid case is valid under its input schema, and so is the result', () => {
    let checked = 0;
    for (const { fn, c } of cases) {
      const entry = index.functions[fn]!;
      entry.arguments.forEach((arg, i) => {
        if (c.args[i] === undefined) return;
        const check = validator(arg.schema);
        expect(check(c.args[i]), `${c.id}: ${fn}(${arg.name}) ${JSON.stringify(check.errors?.slice(0, 2))}`).toBe(true);
        checked += 1;
      });
      if (entry.result !== undefined) {
        const result = (nq4 as unknown as Record<string, (...a: unknown[]) => unknown>)[fn]!(...c.args);
        const check = validator(entry.result);
        expect(check(JSON.parse(JSON.stringify(result))), `${c.id}: result ${JSON.stringify(check.errors?.slice(0, 2))}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
