// Messages of each area in one place, keyed by code, Vietnamese and English side by side
// (docs/conventions.md, "Messages"). The texts a rule writes into a result (reasons, caveats,
// missing facts, warnings, validation messages) live in the area's `_messages.ts` (or
// `messages.ts`), or, for the texts of one regulation, in a top-level `MESSAGES` table of that
// regulation's module, so that adding a regulation stays one module. This test walks the source
// with the TypeScript parser and lists every bilingual text written anywhere else: an object
// literal `{ vi: '…', en: '…' }` with literal text, or a call passing a Vietnamese text and the
// next text side by side (`reason(code, 'vi', 'en')`).
//
// Not messages, and so allowed where they are: citation data (arguments of `cite(…)`: a note, an
// item), vocabulary tables (top-level `*_LABELS` / `*_LABEL` constants), and the `label` of a
// rule set or a record (its name).
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SRC } from './_imports.js';

/** Letters only Vietnamese uses among the two languages: a text holding one is Vietnamese. */
const VIETNAMESE = /[ăâđêôơưạảãàáậầấẩẫắằặẳẵềếểễệồốổỗộờớởỡợừứửữựìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;
const MESSAGE_FILE = /^_?messages\.ts$/;
const STRING_METHODS = new Set(['replace', 'replaceAll', 'split', 'includes', 'startsWith', 'endsWith', 'indexOf', 'padStart', 'padEnd']);
const TABLE = /^(MESSAGES|[A-Z0-9_]+_MESSAGES|[A-Z0-9_]+_LABELS?)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const isText = (n: ts.Node | undefined): boolean =>
  n !== undefined && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateExpression(n));

/** Whether a bilingual text at `node` is in a place the convention allows. */
function allowed(node: ts.Node, sf: ts.SourceFile): boolean {
  const parent = node.parent;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name) && parent.name.text === 'label') return true;
  for (let p: ts.Node | undefined = parent; p; p = p.parent) {
    if (ts.isCallExpression(p) && /(^|\.)(checkedCite|cite)$/.test(p.expression.getText(sf))) return true;
    if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name) && TABLE.test(p.name.text) && ts.isSourceFile(p.parent.parent.parent)) return true;
  }
  return false;
}

/** Every bilingual text outside a message module or table, as `file:line`. */
function strayMessages(dir: string): string[] {
  const found: string[] = [];
  for (const file of files(dir)) {
    if (MESSAGE_FILE.test(basename(file))) continue;
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const at = (n: ts.Node): string => `${relative(dir, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (ts.isObjectLiteralExpression(n)) {
        const props = new Map<string, ts.Node>();
        for (const p of n.properties) if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name)) props.set(p.name.text, p.initializer);
        if (props.has('vi') && props.has('en') && (isText(props.get('vi')) || isText(props.get('en'))) && !allowed(n, sf)) found.push(at(n));
      }
      // Two Vietnamese texts side by side in a string method (`p.replaceAll('kỷ', 'kỉ')`) are not a pair.
      if (ts.isCallExpression(n) && !(ts.isPropertyAccessExpression(n.expression) && STRING_METHODS.has(n.expression.name.text))) {
        const args = n.arguments;
        for (let i = 0; i + 1 < args.length; i++) {
          if (isText(args[i]) && isText(args[i + 1]) && VIETNAMESE.test(args[i]!.getText(sf)) && !allowed(n, sf)) {
            found.push(at(n));
            break;
          }
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return found;
}

describe('messages are in one module per area, keyed by code', () => {
  for (const area of ['catalog', 'tally', 'rating', 'review', 'discipline', 'report', 'extract']) {
    it(`${area}: no bilingual text outside its messages module and MESSAGES tables`, () => {
      expect(strayMessages(join(SRC, area)).map((f) => `${area}/${f}`)).toEqual([]);
    });
  }

  it('finds stray messages and accepts the allowed places (the walk can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nq4-messages-'));
    try {
      mkdirSync(join(dir, 'ruleSets'));
      writeFileSync(
        join(dir, 'stray.ts'),
        [
          "const a = { code: 'x', text: { vi: 'Đảng viên', en: 'Member' } };",
          "a.block('good', 'x', 'Không đạt', 'Not met', []);",
          'const b = { vi: `Số ${1}`, en: `No. ${1}` };',
          "const c = p.replaceAll('kỷ', 'kỉ');",
        ].join('\n'),
      );
      writeFileSync(
        join(dir, 'ruleSets', 'allowed.ts'),
        [
          "const MESSAGES = { x: { vi: 'Đảng viên', en: 'Member' }, y: (n: number) => ({ vi: `Số ${n}`, en: `No. ${n}` }) };",
          "const LEVEL_LABELS = { good: { vi: 'Tốt', en: 'Good' } };",
          "const set = { label: { vi: 'Quy định 366', en: 'Regulation 366' }, name: label('Tên', 'Name') };",
          "const c = cite(QD, { note: { vi: 'Chưa thấy nguyên văn', en: 'Wording unseen' }, item: label('điểm a', 'point a') });",
          "a.block('good', 'x', MESSAGES.x, []);",
        ].join('\n'),
      );
      writeFileSync(join(dir, '_messages.ts'), "export const M = { x: { vi: 'Đảng viên', en: 'Member' } };\n");
      expect(strayMessages(dir)).toEqual(['ruleSets/allowed.ts:3', 'stray.ts:1', 'stray.ts:2', 'stray.ts:3']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
