import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { extractTallies } from '../../src/extract/index.js';
import { cycles, importGraph } from '../conventions/_imports.js';

// Issue 14, "a reader a newcomer can follow": no import cycle among the extract modules (type
// imports included), and the reading's phases each do their part.
describe('src/extract structure', () => {
  it('has no import cycle, type imports included (extractTallies, checkStatedBreakdown and reconcileExtraction share _checkBreakdowns and types)', () => {
    // The walk of the whole of src/ (tests/conventions), read for the extract area.
    const graph = importGraph();
    const area = new Map([...graph].filter(([f]) => f.startsWith('extract/')));
    expect(area.size).toBeGreaterThan(8);
    expect(cycles(area)).toEqual([]);
    expect(graph.get('extract/checkStatedBreakdown.ts')).not.toContain('extract/reconcileExtraction.ts');
    expect(graph.get('extract/extractTallies.ts')).not.toContain('extract/reconcileExtraction.ts');
  });

  it('has no function over 150 lines (each phase of a reading split into named steps)', () => {
    const dir = new URL('../../src/extract/', import.meta.url);
    const long: string[] = [];
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      const sf = ts.createSourceFile(f, readFileSync(new URL(f, dir), 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node)) {
          const lines = sf.getLineAndCharacterOfPosition(node.getEnd()).line - sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          const name = ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) ? node.name?.getText(sf) : undefined;
          if (lines > 150) long.push(`${f} ${name ?? '(anonymous)'}: ${lines} lines`);
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    expect(long).toEqual([]);
  });
});

describe('the phases of a reading', () => {
  const run = (text: string) => extractTallies(text).tallies.map((t) => `${t.measure}/${t.category}/${t.count}/${t.role}`);
  it('segmentation: a blank line ends a sentence, a wrapped line does not, and a cut-off last sentence is truncated', () => {
    expect(run('Huyện đã khiển trách 3\nđảng viên.')).toEqual(['discipline/reprimand/3/standalone']);
    const r = extractTallies('Khiển trách 3 đảng viên.\n\nCảnh cáo 2 đảng viên');
    expect(r.tallies.map((t) => t.count)).toEqual([3]);
    expect(r.unclassified.map((u) => u.reason)).toEqual(['truncated']);
  });
  it('mentions: digits, words, multipliers and zero by negation; a year is no mention', () => {
    const r = extractTallies('Năm 2024, khiển trách hai đảng viên, cảnh cáo 3 nghìn cán bộ; không có tổ chức đảng nào bị giải tán.');
    expect(r.tallies.map((t) => t.count)).toEqual([2, 3000, 0]);
  });
  it('cues and resolution: a cue is shared along a list and the specific form after the noun wins', () => {
    expect(run('Đã thi hành kỷ luật 3 tổ chức đảng, 27 đảng viên.')).toEqual(['discipline/total/3/standalone', 'discipline/total/27/standalone']);
    expect(run('Thi hành kỷ luật 2 chi bộ với hình thức cảnh cáo.')).toEqual(['discipline/warning/2/standalone']);
  });
  it('breakdowns: "trong đó" parts are linked to their total and checked', () => {
    const r = extractTallies('Xử lý kỷ luật 5 đảng viên, trong đó khiển trách 3 đảng viên, cảnh cáo 2 đảng viên.');
    expect(r.tallies.map((t) => t.role)).toEqual(['total', 'part', 'part']);
    expect(r.breakdowns.map((b) => b.check.status)).toEqual(['addsUp']);
  });
});
