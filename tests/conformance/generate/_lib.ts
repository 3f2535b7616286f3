/**
 * Helpers for the scripts that wrote the conformance corpus (conformance/**\/*.json).
 *
 * The JSON files are the corpus; these scripts are how its first version was written and how the
 * systematic cases were derived from the reference's thresholds. They never call nq4: every
 * expected value is written here from the reference (or copied from a golden test), so the corpus
 * can catch the library. Run one with `npx tsx tests/conformance/generate/<area>.ts`; review the
 * diff of conformance/ before committing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export interface Case {
  id: string;
  description: string;
  source: string;
  function?: string;
  args: Json[];
  expect?: Record<string, Json>;
  expectContains?: Record<string, Json[]>;
  expectExcludes?: Record<string, Json[]>;
  expectError?: { code: string; path?: (string | number)[] } | { issues: { code: string; path: (string | number)[] }[] };
  note?: string;
}

export interface CorpusFile {
  function: string;
  description: string;
  cases: Case[];
}

const ROOT = fileURLToPath(new URL('../../../conformance/', import.meta.url));

function nfc(v: unknown): unknown {
  if (typeof v === 'string') return v.normalize('NFC');
  if (Array.isArray(v)) return v.map(nfc);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k.normalize('NFC'), nfc(x)]));
  return v;
}

export function write(relPath: string, file: CorpusFile): void {
  const path = `${ROOT}${relPath}`;
  mkdirSync(dirname(path), { recursive: true });
  const ids = new Set<string>();
  for (const c of file.cases) {
    if (ids.has(c.id)) throw new Error(`duplicate id ${c.id} in ${relPath}`);
    ids.add(c.id);
  }
  writeFileSync(path, `${JSON.stringify(nfc(file), null, 2)}\n`, 'utf8');
  console.log(`${relPath}: ${file.cases.length} cases`);
}

/** An ISO date `days` after `iso` (UTC arithmetic, no time zone). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Calendar months with the end-of-month clamp (discipline.md O-1). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
