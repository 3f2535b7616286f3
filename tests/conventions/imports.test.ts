import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph, SRC } from './_imports.js';

// Issue 16: "the import graph of src/ has no cycle (type imports included)", and internal files
// (a name or folder starting with `_`) are never part of the public surface.
describe('the import graph of src/', () => {
  const graph = importGraph();

  it('reads every module (the walk finds the imports it should)', () => {
    expect(graph.size).toBeGreaterThan(90);
    // errors.ts names a Citation through the type-only module of legal/, not through citation.ts,
    // and reads the generic input messages from _lib/messages.ts.
    expect(graph.get('errors.ts')).toEqual(['_lib/messages.ts', 'legal/types.ts']);
    expect(graph.get('legal/citation.ts')).toContain('errors.ts');
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const g = new Map([...graph, ['legal/types.ts', ['errors.ts']]]);
    expect(cycles(g)).toContain('errors.ts → legal/types.ts → errors.ts');
  });

  it('has no cycle, type imports included', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('exports nothing from an internal file from the package entry or an area index', () => {
    const entries = ['index.ts', ...[...graph.keys()].filter((f) => /^[a-z]+\/index\.ts$/.test(f))];
    const leaks: string[] = [];
    for (const entry of entries) {
      const text = readFileSync(join(SRC, entry), 'utf8');
      for (const m of text.matchAll(/^export\s+(?:type\s+)?(?:\*|\{[^}]*\})\s+from\s+'([^']+)'/gm)) {
        if (/(^|\/)_/.test(m[1]!.replace(/^\.\.?\//, ''))) leaks.push(`${entry}: ${m[1]}`);
      }
    }
    expect(entries.length).toBeGreaterThan(5);
    expect(leaks).toEqual([]);
  });
});
