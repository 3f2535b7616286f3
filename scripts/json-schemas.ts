#!/usr/bin/env tsx
/**
 * JSON Schema (draft 2020-12) for every public input and result, generated from the zod schemas
 * the library validates with (`z.toJSONSchema`), into `schemas/`:
 *
 * - `schemas/input/<function>.<argument>.schema.json`: what a function accepts (`io: 'input'`);
 * - `schemas/output/<Type>.schema.json`: what it returns (`io: 'output'`);
 * - `schemas/index.json`: every file, and for each function its arguments in order and its result.
 *
 * Each area lists its schemas in `src/<area>/schemaCatalog.ts` (not part of the library's
 * bundle). Dates are ISO strings: the date schemas carry `format: "date"` and the `YYYY-MM-DD`
 * pattern. Refinements zod cannot express in JSON Schema (a real calendar day, `onTime ≤
 * completed`) are checked by the library, not by the schema.
 *
 * `tsx scripts/json-schemas.ts` writes the files; `--check` writes nothing and exits 1, naming
 * the files, when the committed ones are stale (run by .ci/run).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { isIsoDate } from '../src/_lib/dates.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'schemas');
const check = process.argv.includes('--check');

interface Catalog {
  readonly inputs: Readonly<Record<string, z.ZodMiniType>>;
  readonly outputs: Readonly<Record<string, z.ZodMiniType>>;
}

/**
 * The result type of each public function whose result has a schema (`Type[]`: a list of them,
 * written as `output/TypeList.schema.json`). A function missing here still gets its input files;
 * the index then names no result for it (the `safe*` variants return `{ success, data | error }`
 * around the plain function's result; `format*` return a string).
 */
const RESULTS: Readonly<Record<string, string>> = {
  rateMember: 'RatingResult',
  rateOrganization: 'RatingResult',
  rateMembers: 'BatchRating',
  checkQuota: 'RatingQuotaCheck',
  getRulesForYear: 'RatingRules',
  rulesFor: 'RatingRules',
  listDisciplineForms: 'AllowedDisciplineForms',
  disciplineForms: 'AllowedDisciplineForms',
  checkLimitation: 'LimitationResult',
  limitation: 'LimitationResult',
  checkDiscipline: 'DisciplineCheckResult',
  getDisciplineEffects: 'DisciplineEffectsResult',
  disciplineEffects: 'DisciplineEffectsResult',
  tallyDisciplines: 'DisciplineTallyResult',
  buildUnitTree: 'UnitTree',
  rollUp: 'RollUp',
  sealReport: 'SealedReport',
  verifySeal: 'VerifySealResult',
  reconcile: 'ReconcileResult',
  renderReport: 'RenderedReport',
  convertTallyToStatedGroups: 'StatedGroups',
  tallyToStatedGroups: 'StatedGroups',
  parseReview: 'Review',
  parseReviews: 'Review[]',
  validateReviews: 'Review[]',
  checkReviews: 'ReviewCheckResult',
  parseCommitment: 'ReviewCommitment',
  parseCommitments: 'ReviewCommitment[]',
  validateCommitments: 'ReviewCommitment[]',
  findReviewIssues: 'Nq4Issue[]',
  summarizeReviews: 'ReviewSummary',
  findOverdueRemediations: 'OverdueRemediation[]',
  overdueRemediations: 'OverdueRemediation[]',
  deriveRatingFactsFromReview: 'ReviewRatingFactsResult',
  ratingFactsFromReview: 'ReviewRatingFactsResult',
  deriveRatingFactsFromReviews: 'ReviewRatingFactsResult[]',
  ratingFactsFromReviews: 'ReviewRatingFactsResult[]',
  findDisciplineReferrals: 'ReviewDisciplineReferralRecord[]',
  disciplineReferrals: 'ReviewDisciplineReferralRecord[]',
  extractTallies: 'ExtractionResult',
  findManifestationMentions: 'ManifestationMentions',
  convertExtractionToTally: 'ExtractionTally',
  extractionToTally: 'ExtractionTally',
  checkStatedBreakdown: 'StatedBreakdownCheck',
  getManifestation: 'Manifestation',
  getManifestationGroup: 'ManifestationGroup',
  parseDocumentId: 'DocumentId',
  findPartyDocuments: 'PartyDocument[]',
  cite: 'Citation',
  explain: 'Explanation',
  tally: 'Tally',
  mergeTallies: 'Tally',
};

async function catalogs(): Promise<Map<string, Catalog>> {
  const found = new Map<string, Catalog>();
  for (const area of readdirSync(join(root, 'src')).sort()) {
    const file = join(root, 'src', area, 'schemaCatalog.ts');
    if (!existsSync(file)) continue;
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (name.endsWith('SchemaCatalog') && typeof value === 'object' && value !== null) found.set(area, value as Catalog);
    }
  }
  return found;
}

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

interface Def {
  readonly type?: string;
  readonly checks?: readonly { readonly _zod?: { readonly def?: { readonly fn?: unknown; readonly check?: string; readonly maximum?: number } } }[];
  readonly in?: { readonly _zod?: { readonly def?: Def } };
  readonly out?: z.ZodMiniType;
  readonly element?: { readonly _zod?: { readonly def?: Def } };
}
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } })._zod?.def;

/**
 * - Dates: a string schema refined by `isIsoDate` is written with `format: "date"` and its pattern.
 * - Length-first arrays (`boundedArray`: a pipe from "an array of at most N unknown items" to the
 *   real array, so a huge array is one issue): written as the real array with `maxItems`, not as
 *   the pipe's first stage, which JSON Schema would show as "items: anything".
 */
function override(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }, io: 'input' | 'output'): void {
  const def = defOf(ctx.zodSchema);
  if (def?.type === 'pipe' && io === 'input' && def.out !== undefined) {
    const first = def.in?._zod?.def;
    if (first?.type === 'array' && first.element?._zod?.def?.type === 'unknown') {
      const max = first.checks?.find((c) => c._zod?.def?.check === 'max_length')?._zod?.def?.maximum;
      const real = convert(def.out, io, '');
      delete real.$schema;
      delete real.title;
      for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
      Object.assign(ctx.jsonSchema, real, max === undefined ? {} : { maxItems: max });
    }
    return;
  }
  if (def?.type !== 'string') return;
  if (def.checks?.some((c) => c._zod?.def?.fn === isIsoDate)) {
    ctx.jsonSchema.format = 'date';
    ctx.jsonSchema.pattern ??= DATE_PATTERN;
  }
}

function convert(schema: z.ZodMiniType, io: 'input' | 'output', title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any', override: ((ctx: Parameters<typeof override>[0]) => override(ctx, io)) as never }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return title === '' ? rest : { $schema, title, ...rest };
}

const README = `# nq4 JSON Schemas

JSON Schema (draft 2020-12) for every argument nq4 validates and every result it returns, for apps
in other languages (Python, Java, Go, …) that exchange JSON with an nq4 service or check their own
data before sending it. Generated from the library's zod schemas by \`npm run schemas\`
(scripts/json-schemas.ts); CI fails when these files are stale. Do not edit them by hand.

- \`index.json\`: for each function, its arguments in order (\`arguments[i].schema\`) and its result
  (\`result\`); \`outputs\` lists the result types.
- \`input/<function>.<argument>.schema.json\`: what the function accepts. Unknown fields are refused
  (\`additionalProperties: false\`), as the library refuses them.
- \`output/<Type>.schema.json\`: what a function returns (\`<Type>List\`: a list of them).

Dates are ISO calendar dates, strings \`YYYY-MM-DD\` (\`format: "date"\`). Some rules cannot be
written in JSON Schema and are checked only by the library: a real calendar day (2025-02-30 has the
right pattern), counts that must agree (\`onTime ≤ completed ≤ assigned\`), a disciplinary form the
subject cannot receive, dates in an impossible order. A document valid under these schemas can
still be refused by nq4 with an \`Nq4Error\` naming the field.

From JavaScript: \`import schema from 'nq4/schemas/input/rateMember.facts.schema.json' with { type: 'json' }\`.
Python: \`jsonschema.Draft202012Validator(json.load(open(path))).validate(data)\`.
`;

const stable = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

async function main(): Promise<void> {
  const files = new Map<string, string>();
  const functions: Record<string, { arguments: { name: string; schema: string }[]; result?: string }> = {};
  const outputs: Record<string, string> = {};
  const outputSchemas = new Map<string, z.ZodMiniType>();
  for (const [area, catalog] of await catalogs()) {
    for (const [key, schema] of Object.entries(catalog.inputs)) {
      const [fn, arg] = key.split('.');
      if (fn === undefined || arg === undefined) throw new Error(`src/${area}/schemaCatalog.ts: input key "${key}" is not "function.argument"`);
      const path = `input/${key}.schema.json`;
      if (files.has(path)) throw new Error(`${path}: listed twice (second time by src/${area})`);
      files.set(path, stable(convert(schema, 'input', `nq4 ${fn}(): ${arg}`)));
      (functions[fn] ??= { arguments: [] }).arguments.push({ name: arg, schema: path });
    }
    for (const [type, schema] of Object.entries(catalog.outputs)) {
      const path = `output/${type}.schema.json`;
      if (files.has(path)) throw new Error(`${path}: listed twice (second time by src/${area})`);
      files.set(path, stable(convert(schema, 'output', `nq4 ${type}`)));
      outputs[type] = path;
      outputSchemas.set(type, schema);
    }
  }
  for (const [fn, result] of Object.entries(RESULTS)) {
    const entry = functions[fn];
    const type = result.replace(/\[\]$/, '');
    const schema = outputSchemas.get(type);
    if (entry === undefined || schema === undefined) throw new Error(`RESULTS names ${fn} → ${result}, but the catalogs lack one of them`);
    if (result.endsWith('[]')) {
      const path = `output/${type}List.schema.json`;
      if (!files.has(path)) files.set(path, stable(convert(z.array(schema), 'output', `nq4 list of ${type}`)));
      outputs[`${type}List`] = path;
      entry.result = path;
    } else entry.result = outputs[type];
  }
  const sortedFunctions = Object.fromEntries(Object.entries(functions).sort(([a], [b]) => a.localeCompare(b)));
  files.set('README.md', README);
  files.set('index.json', stable({ description: 'nq4 JSON Schemas (draft 2020-12), generated from the library\'s zod schemas by scripts/json-schemas.ts. Do not edit.', functions: sortedFunctions, outputs: Object.fromEntries(Object.entries(outputs).sort()) }));

  if (check) {
    const stale: string[] = [];
    for (const [path, text] of files) {
      const file = join(outDir, path);
      if (!existsSync(file) || readFileSync(file, 'utf8') !== text) stale.push(path);
    }
    const present = existsSync(outDir) ? walk(outDir).map((f) => relative(outDir, f)) : [];
    for (const path of present) if (!files.has(path)) stale.push(`${path} (no longer generated)`);
    if (stale.length > 0) {
      console.error(`schemas/ is stale; run \`npm run schemas\` and commit. Files:\n  ${stale.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`schemas/: ${files.size} files, up to date`);
    return;
  }
  rmSync(outDir, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), text);
  }
  console.log(`schemas/: wrote ${files.size} files`);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

await main();
