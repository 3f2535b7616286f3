import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import * as nq4 from '../../src/index.js';
import { isNq4Error, safe } from '../../src/index.js';
import { SRC } from './_imports.js';

// Issue 16: one API convention, written in docs/conventions.md and checked here by walking every
// export of the package entry with the TypeScript checker.

const CONVENTIONS = readFileSync(new URL('../../docs/conventions.md', import.meta.url), 'utf8');

/** The verbs a function name may start with (docs/conventions.md, "Names"). */
const VERBS = readVerbs();
function readVerbs(): readonly string[] {
  const line = /\*\*Functions start with a verb\*\*:([\s\S]*?)\n- \*\*/.exec(CONVENTIONS)?.[1] ?? '';
  return [...line.matchAll(/`(\w+)`/g)].map((m) => m[1]!);
}

/** Rows `old | new` of the renames table whose cells are single identifiers. */
function renamedFunctions(): [string, string][] {
  return [...CONVENTIONS.matchAll(/^\| `(\w+)` \| `(\w+)` \|$/gm)].map((m) => [m[1]!, m[2]!]);
}

/** Option and result-field names the conventions replace: allowed only when deprecated. */
const REPLACED_OPTIONS = ['today', 'asOf', 'at', 'versionBy', 'ruleSetAt', 'ruleSetId'];
const REPLACED_VERDICTS = ['ok', 'consistent', 'valid'];
/**
 * Options types shared by several functions (docs/conventions.md, "Names"): rating's one options
 * type and its rule-set choice, a registry's year lookup, and the review check's options, which
 * `checkReviews` and `findReviewIssues` take as `validateReviews` does, and the options of
 * `deriveRatingFactsFromReview`, which its batch form takes as they are.
 */
const SHARED_OPTIONS = ['RatingOptions', 'RatingRuleSetChoice', 'ForYearOptions', 'ValidateReviewsOptions', 'DeriveRatingFactsFromReviewOptions'];

interface ExportInfo {
  readonly name: string;
  readonly deprecated: boolean;
  readonly symbol: ts.Symbol;
}

let checker: ts.TypeChecker;
let exportsOf: ExportInfo[];

/**
 * Deprecated: the symbol's doc says so. An overloaded function merges the tags of all its
 * signatures, so it counts as deprecated only when every overload signature is (a deprecated old
 * form beside a current one leaves the function checked).
 */
const isDeprecated = (s: ts.Symbol): boolean => {
  const overloads = (s.declarations ?? []).filter((d): d is ts.FunctionDeclaration => ts.isFunctionDeclaration(d) && d.body === undefined);
  if (overloads.length > 1) return overloads.every((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === 'deprecated'));
  return s.getJsDocTags(checker).some((t) => t.name === 'deprecated');
};

beforeAll(() => {
  const program = ts.createProgram([join(SRC, 'index.ts')], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  checker = program.getTypeChecker();
  const entry = program.getSourceFile(join(SRC, 'index.ts'))!;
  const moduleSymbol = checker.getSymbolAtLocation(entry)!;
  exportsOf = checker.getExportsOfModule(moduleSymbol).map((s) => {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    return { name: s.name, deprecated: isDeprecated(s) || isDeprecated(target), symbol: target };
  });
}, 60_000);

const runtimeFunctions = (): string[] =>
  Object.keys(nq4).filter((k) => typeof (nq4 as Record<string, unknown>)[k] === 'function' && k !== 'Nq4Error');

describe('names', () => {
  it('reads the verbs and the renames from docs/conventions.md', () => {
    expect(VERBS).toContain('get');
    expect(VERBS).toContain('safe');
    expect(renamedFunctions()).toContainEqual(['limitation', 'checkLimitation']);
  });

  it('every public function that is not a deprecated alias starts with a verb', () => {
    const verbFirst = new RegExp(`^(${VERBS.join('|')})([A-Z0-9]|$)`);
    const offenders = exportsOf
      .filter((e) => runtimeFunctions().includes(e.name) && !e.deprecated)
      .map((e) => e.name)
      .filter((n) => !verbFirst.test(n));
    expect(offenders).toEqual([]);
    // The check can fail: a noun-first name is caught.
    expect(verbFirst.test('disciplineEffects')).toBe(false);
  });

  it('every rename of the table is exported under both names, the old one deprecated', () => {
    const byName = new Map(exportsOf.map((e) => [e.name, e]));
    const problems: string[] = [];
    for (const [oldName, newName] of renamedFunctions()) {
      const o = byName.get(oldName);
      const n = byName.get(newName);
      if (!n) problems.push(`${newName} is not exported`);
      else if (n.deprecated) problems.push(`${newName} is deprecated`);
      if (!o) problems.push(`${oldName} (deprecated alias of ${newName}) is not exported`);
      else if (!o.deprecated) problems.push(`${oldName} is not marked @deprecated`);
      if (o && n && typeof (nq4 as Record<string, unknown>)[oldName] !== typeof (nq4 as Record<string, unknown>)[newName]) {
        problems.push(`${oldName} and ${newName} are not the same kind of value`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('bilingual text is a Label: no inline { vi, en } string pair outside i18n/label.ts', () => {
    const inline = /\{\s*(?:readonly\s+)?vi\??:\s*string;?\s*(?:readonly\s+)?en\??:\s*string;?\s*\}/;
    const offenders = sourceFiles()
      .filter((f) => !f.endsWith(join('i18n', 'label.ts')))
      .filter((f) => inline.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
    expect(inline.test('x: { readonly vi: string; readonly en: string }')).toBe(true);
  });
});

describe('options and results', () => {
  /** The properties of a type, through unions and intersections (undefined dropped). */
  const propsOf = (type: ts.Type): ts.Symbol[] => {
    const t = checker.getNonNullableType(type);
    if (t.isUnion()) return t.types.flatMap(propsOf);
    // Only objects: not a string's or an array's methods (`at`), not a function's.
    if (!(t.flags & ts.TypeFlags.Object) || checker.isArrayType(t) || checker.isTupleType(t) || t.getCallSignatures().length > 0) return [];
    return t.getProperties();
  };

  const signatures = (e: ExportInfo): readonly ts.Signature[] => {
    const decl = e.symbol.valueDeclaration ?? e.symbol.declarations?.[0];
    if (!decl) return [];
    return checker.getTypeOfSymbolAtLocation(e.symbol, decl).getCallSignatures();
  };

  it('no option of a public function uses a replaced name unless it is marked deprecated', () => {
    const offenders: string[] = [];
    for (const e of exportsOf) {
      if (e.deprecated) continue;
      for (const sig of signatures(e)) {
        for (const param of sig.getParameters()) {
          const decl = param.valueDeclaration;
          // Options, not input records (a review record's own `ruleSetId` field is data).
          if (!decl || !/options|choice/i.test(param.name)) continue;
          for (const p of propsOf(checker.getTypeOfSymbolAtLocation(param, decl))) {
            if (REPLACED_OPTIONS.includes(p.name) && !isDeprecated(p)) offenders.push(`${e.name}(${param.name}.${p.name})`);
          }
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('an options parameter is typed `<Function>Options` or the shared type its area documents', () => {
    const offenders: string[] = [];
    for (const e of exportsOf) {
      if (e.deprecated || !runtimeFunctions().includes(e.name)) continue;
      // A `safe*` form takes the options of the function it wraps.
      const base = /^safe[A-Z]/.test(e.name) ? e.name.slice(4) : e.name;
      const own = `${base[0]!.toUpperCase()}${base.slice(1)}Options`;
      for (const sig of signatures(e)) {
        const decl = sig.getDeclaration() as ts.SignatureDeclaration | undefined;
        if (decl && ts.getJSDocTags(decl).some((t) => t.tagName.text === 'deprecated')) continue;
        for (const param of sig.getParameters()) {
          const node = param.valueDeclaration as ts.ParameterDeclaration | undefined;
          if (param.name !== 'options' || !node?.type) continue;
          const named = [...node.type.getText().matchAll(/\b([A-Z]\w*)\b/g)].map((m) => m[1]!);
          if (!named.some((n) => n === own || SHARED_OPTIONS.includes(n))) offenders.push(`${e.name}(options: ${node.type.getText()})`);
        }
      }
    }
    expect([...new Set(offenders)]).toEqual([]);
  });

  it('a verdict is `status`: a boolean ok / consistent / valid field on a result is deprecated and has a status beside it', () => {
    const offenders: string[] = [];
    for (const e of exportsOf) {
      if (e.deprecated) continue;
      for (const sig of signatures(e)) {
        const props = propsOf(sig.getReturnType());
        for (const p of props) {
          if (!REPLACED_VERDICTS.includes(p.name)) continue;
          if (!isDeprecated(p)) offenders.push(`${e.name}(): ${p.name} is not deprecated`);
          if (!props.some((q) => q.name === 'status')) offenders.push(`${e.name}(): no status beside ${p.name}`);
        }
      }
    }
    expect([...new Set(offenders)]).toEqual([]);
  });
});

describe('errors', () => {
  it('safe(fn, ...args) returns the value or the Nq4Error', () => {
    const ok = safe(nq4.getManifestation, 'G3-8');
    expect(ok.success && ok.data.id).toBe('G3-8');
    const bad = safe(nq4.getManifestation, 'G9-9' as never);
    expect(bad.success).toBe(false);
    expect(!bad.success && isNq4Error(bad.error) && bad.error.issues[0]?.code).toBe('unknown_id');
    expect(() => safe(() => { throw new TypeError('a defect'); })).toThrow(TypeError);
  });

  it('every public function has a non-throwing form: through safe, bad input is a failure, never a throw', () => {
    const thrown: string[] = [];
    for (const name of runtimeFunctions()) {
      const fn = (nq4 as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
      for (const args of [[], [Symbol('bad')], [{ __proto__: null, x: 1n }]] as unknown[][]) {
        try {
          const r = safe(fn, ...args);
          if (!r.success && !isNq4Error(r.error)) thrown.push(`${name}: not an Nq4Error`);
        } catch (e) {
          thrown.push(`${name}: ${(e as Error).name}`);
        }
      }
    }
    expect(thrown).toEqual([]);
  });
});

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('deprecated aliases still work', () => {
  it('emptyTally and sameDocumentId are the renamed functions', () => {
    expect(nq4.emptyTally()).toEqual(nq4.createEmptyTally());
    const id = nq4.parseDocumentId('132-QĐ/TW');
    expect(nq4.sameDocumentId(id, nq4.parseDocumentId('132 - QD/TW'))).toBe(true);
    expect(nq4.sameDocumentId).toBe(nq4.isSameDocumentId);
  });
});
