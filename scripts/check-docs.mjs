// Completes `npm run docs`: typedoc already fails on undocumented exports and broken links
// (warnings are errors); this checks what typedoc can not:
// - every exported value, function and class has an `@example` (they are executed by
//   tests/docs/examples.test.ts) and a `@category` (the navigation goes by category, i.e. by area);
// - every guide of docs/en/ has its Vietnamese counterpart in docs/vi/ and the other way round,
//   and each is a document of the site, filed under an area that has API entries;
// - the front page (README.md) links every guide, in both languages;
// - every function links its input and result types: each type named by a parameter or a return
//   type is an export of nq4 (so its page is linked) or a TypeScript built-in.
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const api = JSON.parse(readFileSync(new URL('docs/api/api.json', root), 'utf8'));
const VALUE_KINDS = new Set([32, 64, 128]); // Variable, Function, Class
const FUNCTION = 64;
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
  if (g.title === 'Other') problems.push(...g.children.map((id) => `${byId.get(id) ?? id}: no @category`));
}

// Guides: both languages, all in the site, each under an area with API entries.
const guides = (lang) => readdirSync(new URL(`docs/${lang}/`, root)).filter((f) => f.endsWith('.md')).sort();
const en = guides('en');
const vi = guides('vi');
for (const f of en) if (!vi.includes(f)) problems.push(`docs/en/${f}: no Vietnamese counterpart docs/vi/${f}`);
for (const f of vi) if (!en.includes(f)) problems.push(`docs/vi/${f}: no English counterpart docs/en/${f}`);
for (const f of ['getting-started.md', 'rating.md', 'discipline.md', 'review.md', 'reports.md', 'reading-reports.md']) {
  if (!en.includes(f)) problems.push(`docs/en/${f}: missing (one guide per area)`);
}
const files = api.files?.entries ?? {};
// files.reflections maps a file's entry id to the reflection it became
const fileOf = new Map(Object.entries(api.files?.reflections ?? {}).map(([file, id]) => [id, files[file]]));
const documents = new Map((api.documents ?? []).map((d) => [fileOf.get(d.id), d]));
const categoryOf = new Map();
for (const c of api.categories ?? []) for (const id of c.children) categoryOf.set(id, c.title);
const areasWithApi = new Set((api.categories ?? []).filter((c) => c.children.some((id) => byId.has(id))).map((c) => c.title));
const readme = readFileSync(new URL('README.md', root), 'utf8');
for (const path of [...en.map((f) => `docs/en/${f}`), ...vi.map((f) => `docs/vi/${f}`)]) {
  const doc = documents.get(path);
  if (doc === undefined) {
    problems.push(`${path}: not a document of the site (typedoc.json projectDocuments)`);
    continue;
  }
  const area = categoryOf.get(doc.id);
  if (area === undefined) problems.push(`${path}: no category in its front matter`);
  else if (!areasWithApi.has(area) && !path.endsWith('getting-started.md')) problems.push(`${path}: category "${area}" has no API entries`);
  if (!readme.includes(`](${path})`)) problems.push(`${path}: not linked from README.md, the site's front page`);
}

// Functions link their input and result types.
const exported = new Set((api.children ?? []).map((r) => r.id));
const unlinked = (t, out) => {
  if (t === null || typeof t !== 'object') return out;
  if (t.type === 'reference' && !t.refersToTypeParameter) {
    if (typeof t.target === 'number' ? !exported.has(t.target) : t.package !== 'typescript') out.push(t.name);
  }
  for (const [k, v] of Object.entries(t)) {
    if (k === 'target' && typeof v !== 'object') continue;
    if (Array.isArray(v)) v.forEach((x) => unlinked(x, out));
    else if (v && typeof v === 'object' && k !== 'target') unlinked(v, out);
  }
  return out;
};
let signatures = 0;
for (const r of api.children ?? []) {
  if (r.kind !== FUNCTION) continue;
  for (const s of r.signatures ?? []) {
    signatures += 1;
    const names = [...(s.parameters ?? []).flatMap((p) => unlinked(p.type, [])), ...unlinked(s.type, [])];
    if (names.length > 0) problems.push(`${r.name}: its signature names types that are not exported: ${[...new Set(names)].join(', ')}`);
  }
}

if (problems.length > 0) {
  console.error(`Docs incomplete (${problems.length}):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `API reference: ${api.children.length} exports, each with a category; every value and function has an example; ` +
    `${signatures} function signatures link their input and result types. Guides: ${en.length} in English, ${vi.length} in Vietnamese, all in the site by area and linked from the front page.`,
);
