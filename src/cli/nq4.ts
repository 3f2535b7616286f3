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

const USAGE = `Usage: nq4 extract [--json] FILE...
       nq4 extract [--json] -          read the report from standard input
       nq4 --help | --version

Reads Vietnamese narrative reports and prints every tally they state (measure,
category, subject, count, quote), the breakdown checks and the mentions of the
27 manifestations of NQ 04-NQ/TW.

Files are text in UTF-8 (with or without a byte-order mark) or UTF-16 LE/BE
with a byte-order mark. Anything else is an error naming the file.

  --json         print one JSON document instead of tables
  -h, --help     print this help
  -V, --version  print the version
  --             end of options (for a FILE whose name starts with -)

Exit status:
  0  every file was read (a text that states no tallies is not an error)
  1  a file could not be read: missing, unreadable, or not text in a known encoding
  2  usage error: unknown command or option, or no FILE
`;

/** A file that could not be turned into text; the message names the problem, not the content. */
class NotText extends Error {}

/**
 * The bytes of a report file as text: UTF-8 (a byte-order mark is dropped), or UTF-16 LE / BE
 * when the file starts with the matching byte-order mark. Invalid sequences, and NUL characters
 * (binary data, or UTF-16 without a byte-order mark), are errors, never an empty reading.
 * @internal
 */
export function decodeReport(bytes: Uint8Array): string {
  let text: string;
  const has = (...bom: number[]) => bom.every((b, i) => bytes[i] === b);
  try {
    if (has(0xff, 0xfe)) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (has(0xfe, 0xff)) {
      const swapped = new Uint8Array(bytes.length - 2);
      for (let i = 2; i + 1 < bytes.length; i += 2) {
        swapped[i - 2] = bytes[i + 1] ?? 0;
        swapped[i - 1] = bytes[i] ?? 0;
      }
      if (bytes.length % 2 !== 0) throw new NotText('not valid UTF-16 BE text (odd number of bytes)');
      text = new TextDecoder('utf-16le', { fatal: true }).decode(swapped);
    } else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    if (error instanceof NotText) throw error;
    const encoding = has(0xff, 0xfe) ? 'UTF-16 LE' : has(0xfe, 0xff) ? 'UTF-16 BE' : 'UTF-8';
    throw new NotText(
      `not valid ${encoding} text${encoding === 'UTF-8' ? ' (UTF-16 needs a byte-order mark; other encodings such as TCVN3 or Windows-1258 must be converted to UTF-8 first)' : ''}`,
    );
  }
  if (text.includes('\u0000')) {
    throw new NotText('contains NUL characters: not a text file, or UTF-16 without a byte-order mark');
  }
  return text;
}

/** The package version, read from the package.json next to dist/ or src/. */
function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

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
  const lines: string[] = [`== ${r.file === '-' ? '- (standard input)' : r.file}`];
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

/** How the command line reads a file (`-` is standard input). @internal */
export type ReadFile = (file: string) => Uint8Array;

const readFromDisk: ReadFile = (file) => readFileSync(file === '-' ? 0 : file);

/**
 * Run the command line with the given arguments (without `node` and the script path).
 * Returns the exit code: 0 done, 1 a file could not be read as text, 2 usage error.
 * @internal
 */
export function main(
  args: readonly string[],
  out: (s: string) => void,
  err: (s: string) => void,
  read: ReadFile = readFromDisk,
): number {
  const [command, ...rest] = args;
  const usageError = (message: string): number => {
    err(`${message}\n\n${USAGE}`);
    return 2;
  };
  if (command === undefined) return usageError('nq4: no command given');
  if (command === '--help' || command === '-h' || command === 'help') {
    out(USAGE);
    return 0;
  }
  if (command === '--version' || command === '-V') {
    out(`${version()}\n`);
    return 0;
  }
  if (command !== 'extract') {
    return usageError(command.startsWith('-') ? `nq4: unknown option '${command}'` : `nq4: unknown command '${command}'`);
  }
  let json = false;
  const files: string[] = [];
  let optionsEnded = false;
  for (const a of rest) {
    if (optionsEnded || a === '-' || !a.startsWith('-')) files.push(a);
    else if (a === '--') optionsEnded = true;
    else if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') {
      out(USAGE);
      return 0;
    } else return usageError(`nq4 extract: unknown option '${a}'`);
  }
  if (files.length === 0) return usageError('nq4 extract: no FILE given (use - for standard input)');

  const readings: FileReading[] = [];
  const cache = new Map<string, string>();
  let code = 0;
  for (const file of files) {
    const name = file === '-' ? 'standard input' : file;
    let text = cache.get(file);
    if (text === undefined) {
      let bytes: Uint8Array;
      try {
        bytes = read(file);
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        err(`nq4 extract: cannot read ${name}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.message}\n`);
        code = 1;
        continue;
      }
      try {
        text = decodeReport(bytes);
      } catch (error) {
        if (!(error instanceof NotText)) throw error;
        err(`nq4 extract: ${name}: ${error.message}\n`);
        code = 1;
        continue;
      }
      cache.set(file, text);
    }
    try {
      readings.push({ file, result: extractTallies(text), mentions: findManifestationMentions(text) });
    } catch (error) {
      if (!(error instanceof Nq4Error)) throw error;
      err(`nq4 extract: ${name}: ${error.message}\n`);
      code = 1;
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
    if (readings.length > 0) out(`${readings.map(table).join('\n\n')}\n`);
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
