// The import graph of src/: every relative import and re-export, type-only ones included
// (`import type`, `export type … from`, and `import('…')` types), resolved to files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const COMMENT = /\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm;
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Each src file (relative to src/) and the src files it imports. */
export function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8').replace(COMMENT, '');
    const deps = new Set<string>();
    for (const m of text.matchAll(SPECIFIER)) {
      const target = resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts'));
      deps.add(relative(SRC, target));
    }
    graph.set(relative(SRC, file), [...deps].sort());
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each written `a → b → a`. */
export function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const state = new Map<string, 1 | 2>();
  const walk = (f: string, path: string[]): void => {
    if (state.get(f) === 2) return;
    if (state.get(f) === 1) {
      found.push([...path.slice(path.indexOf(f)), f].join(' → '));
      return;
    }
    state.set(f, 1);
    for (const d of graph.get(f) ?? []) walk(d, [...path, f]);
    state.set(f, 2);
  };
  for (const f of [...graph.keys()].sort()) walk(f, []);
  return found;
}
