#!/usr/bin/env node
/**
 * The nq4 command line: `nq4 extract FILE… [--json]` reads Vietnamese narrative reports and
 * prints the tallies they state, the breakdown checks and the manifestation mentions, as a
 * readable table or as JSON. This module is the only place of nq4 that does I/O; it is not part
 * of the library's exports.
 * @module
 */
import { readFileSync } from 'node:fs';
import { Nq4Error } from '../errors.js';
import {
  extractTallies,
  findManifestationMentions,
  type ExtractionResult,
  type ManifestationMention,
} from '../extract/index.js';

const USAGE = `Usage: nq4 extract FILE... [--json]

Reads Vietnamese narrative reports (UTF-8 text) and prints every tally they state
(measure, category, subject, count, quote), the breakdown checks and the mentions
of the 27 manifestations of NQ 04-NQ/TW.

  --json    print one JSON document instead of tables
  --help    print this help
`;

interface FileReading {
  readonly file: string;
  readonly result: ExtractionResult;
  readonly mentions: readonly ManifestationMention[];
}

function cell(value: string, width: number): string {
  const flat = value.replace(/\s+/g, ' ');
  const cut = flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
  return cut.padEnd(width);
}

function table(r: FileReading): string {
  const lines: string[] = [`== ${r.file}`];
  const { tallies, breakdowns, unclassified } = r.result;
  if (tallies.length === 0) lines.push('(no tallies)');
  else {
    lines.push(
      `${cell('#', 4)}${cell('measure', 20)}${cell('category', 17)}${cell('subject', 11)}${cell('unit', 18)}${cell('count', 8)}${cell('role', 11)}quote`,
    );
    for (const t of tallies) {
      const role = t.repeatOf !== undefined ? `repeat#${t.repeatOf}` : t.partOf !== undefined ? `${t.role}#${t.partOf}` : t.role;
      const count = `${t.approx ? '~' : ''}${t.count}${t.of !== undefined ? `/${t.of}` : ''}`;
      lines.push(
        `${cell(String(t.index), 4)}${cell(t.measure, 20)}${cell(t.category, 17)}${cell(t.subject, 11)}${cell(t.unitKind ?? '-', 18)}${cell(count, 8)}${cell(role, 11)}${cell(t.quote, 70)}`,
      );
    }
  }
  for (const b of breakdowns) {
    const errors = b.check.findings.filter((f) => f.severity === 'error').map((f) => f.code);
    lines.push(`Breakdown #${b.total} (${b.kind}): ${b.check.status}${errors.length > 0 ? `, inconsistent (${errors.join(', ')})` : ''}`);
    lines.push(...b.check.explanation.textVi.split('\n').map((l) => `  ${l}`));
    lines.push(...b.check.explanation.textEn.split('\n').map((l) => `  ${l}`));
  }
  if (unclassified.length > 0) {
    lines.push(`Unclassified counts: ${unclassified.length}`);
    for (const u of unclassified) lines.push(`  ${cell(`${u.count} (${u.reason}${u.hint ? `: ${u.hint}` : ''})`, 30)}${cell(u.quote, 70)}`);
  }
  const items = r.mentions.filter((m) => m.kind === 'item');
  if (items.length > 0) {
    lines.push('Manifestation mentions:');
    for (const m of items) {
      lines.push(`  ${cell(m.ids.join(', '), 16)}${cell(m.score.toFixed(2), 6)}${m.listItem !== undefined ? `(${m.listItem}) ` : ''}${cell(m.quote, 80)}`);
    }
  }
  return lines.join('\n');
}

/**
 * Run the command line with the given arguments (without `node` and the script path).
 * Returns the exit code.
 * @internal
 */
export function main(args: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    out(USAGE);
    return command === undefined ? 1 : 0;
  }
  if (command !== 'extract') {
    err(`nq4: unknown command '${command}'\n${USAGE}`);
    return 1;
  }
  const json = rest.includes('--json');
  const unknown = rest.filter((a) => a.startsWith('--') && a !== '--json');
  if (unknown.length > 0) {
    err(`nq4: unknown option ${unknown.join(', ')}\n${USAGE}`);
    return 1;
  }
  const files = rest.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    err(`nq4 extract: no FILE given\n${USAGE}`);
    return 1;
  }
  const readings: FileReading[] = [];
  let code = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      err(`nq4 extract: cannot read ${file}: ${(error as Error).message}\n`);
      code = 2;
      continue;
    }
    try {
      readings.push({ file, result: extractTallies(text), mentions: findManifestationMentions(text) });
    } catch (error) {
      if (!(error instanceof Nq4Error)) throw error;
      err(`nq4 extract: ${file}: ${error.message}\n`);
      code = 2;
    }
  }
  if (json) {
    const doc = readings.map((r) => ({
      file: r.file,
      tallies: r.result.tallies,
      breakdowns: r.result.breakdowns.map((b) => ({
        total: b.total,
        parts: b.parts,
        kind: b.kind,
        status: b.check.status,
        sum: b.check.sum,
        difference: b.check.difference,
        consistent: b.check.consistent,
        findings: b.check.findings.map((f) => ({ code: f.code, severity: f.severity })),
        textVi: b.check.explanation.textVi,
        textEn: b.check.explanation.textEn,
      })),
      unclassified: r.result.unclassified,
      mentions: r.mentions,
    }));
    out(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    out(`${readings.map(table).join('\n\n')}\n`);
  }
  return code;
}

const invokedDirectly = (() => {
  const entry = process.argv[1] ?? '';
  return /nq4(\.[cm]?[jt]s)?$/.test(entry);
})();

if (invokedDirectly) {
  process.exitCode = main(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  );
}
