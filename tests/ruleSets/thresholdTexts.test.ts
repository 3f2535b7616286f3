// A rule set's texts read its numbers from its cited data (issue 16: "messages that read the number
// from the data"): no message table of a rating rule-set module writes one of the module's
// threshold values as a literal ("dưới 50 điểm", "trên 20%"), so that a number changed in the
// thresholds cannot leave a text saying the old one. Checked on the source with the TypeScript
// parser: the literal parts of every `*MESSAGES` table of the module (not the `${…}` parts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SRC } from '../conventions/_imports.js';
import { RATING_RULE_SET_MODULES } from '../../src/rating/registry.js';
import { QD132_THRESHOLDS } from '../../src/rating/ruleSets/_qd132.js';

/** A count written as a percentage or as points, not part of a longer number, a ratio or a date. */
const NUMBER_IN_TEXT = /(?<![\d.,/-])(\d+)\s?(%|điểm|points)/g;

/** The literal text of every `*MESSAGES` table at the top of a module, piece by piece. */
function tableTexts(source: string): string[] {
  const sf = ts.createSourceFile('m.ts', source, ts.ScriptTarget.Latest, true);
  const texts: string[] = [];
  const collect = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) texts.push(n.text);
    else if (ts.isTemplateExpression(n)) {
      texts.push(n.head.text);
      for (const span of n.templateSpans) texts.push(span.literal.text);
    }
    ts.forEachChild(n, collect);
  };
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && /MESSAGES$/.test(d.name.text) && d.initializer) collect(d.initializer);
  }
  return texts;
}

/** The numbers written as literals in the module's tables that equal one of its thresholds. */
export function literalThresholds(source: string, thresholds: Readonly<Record<string, { readonly value: unknown }>>): string[] {
  const values = new Set(Object.values(thresholds).map((t) => t.value).filter((v): v is number => typeof v === 'number' && v !== 100));
  const found: string[] = [];
  for (const text of tableTexts(source)) for (const m of text.matchAll(NUMBER_IN_TEXT)) if (values.has(Number(m[1]))) found.push(`${m[0]} in "${text.slice(0, 60)}"`);
  return found;
}

const read = (file: string): string => readFileSync(join(SRC, 'rating/ruleSets', file), 'utf8');

describe('rating rule sets: texts read their numbers from the cited thresholds', () => {
  for (const m of RATING_RULE_SET_MODULES) {
    it(`${m.engine.id}: no threshold value written as a literal in its message tables`, () => {
      expect(m.thresholds, `${m.engine.id} declares its thresholds`).toBeDefined();
      expect(literalThresholds(read(`${m.engine.id}.ts`), m.thresholds ?? {})).toEqual([]);
    });
  }

  it('QĐ 132 (read by HD 16, HD 21 and QĐ 124): the same for its shared module', () => {
    expect(literalThresholds(read('_qd132.ts'), QD132_THRESHOLDS)).toEqual([]);
  });

  it('the check finds a threshold written as a literal (it can fail)', () => {
    const source = [
      "const MESSAGES = { below: (s: number) => ({ vi: `Tổng điểm ${s}, dưới 50 điểm.`, en: `Total ${s}, under ${T.min.value} points.` }) };",
      "const CRITERIA_MESSAGES = { late: { vi: 'Chậm tiến độ không quá 20%.', en: 'At most 20% late.' }, all: { vi: 'Hoàn thành 100% nhiệm vụ.', en: 'All tasks.' } };",
      "const OTHER = { vi: 'dưới 50 điểm', en: 'under 50 points' };",
    ].join('\n');
    expect(literalThresholds(source, { min: { value: 50 }, late: { value: 20 }, all: { value: 100 } })).toEqual([
      '50 điểm in ", dưới 50 điểm."',
      '20% in "Chậm tiến độ không quá 20%."',
      '20% in "At most 20% late."',
    ]);
  });
});
