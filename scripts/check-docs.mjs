// Completes `npm run docs`: typedoc already fails on undocumented exports and broken links
// (warnings are errors); this checks what typedoc can not: every exported value, function and
// class has an `@example` (they are executed by tests/docs/examples.test.ts) and a `@category`.
import { readFileSync } from 'node:fs';

const api = JSON.parse(readFileSync(new URL('../docs/api/api.json', import.meta.url), 'utf8'));
const VALUE_KINDS = new Set([32, 64, 128]); // Variable, Function, Class
const tagsOf = (r) => [
  ...((r.comment?.blockTags ?? []).map((t) => t.tag)),
  ...((r.signatures ?? []).flatMap((s) => (s.comment?.blockTags ?? []).map((t) => t.tag))),
];
const problems = [];
for (const r of api.children ?? []) {
  const tags = tagsOf(r);
  if (VALUE_KINDS.has(r.kind) && !tags.includes('@example')) problems.push(`${r.name}: no @example`);
}
const byId = new Map((api.children ?? []).map((r) => [r.id, r.name]));
for (const g of api.categories ?? []) {
  if (g.title === 'Other') problems.push(...g.children.map((id) => `${byId.get(id)}: no @category`));
}
if (problems.length > 0) {
  console.error(`API reference incomplete (${problems.length}):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`API reference: ${api.children.length} exports, each with a category; every value and function has an example.`);
