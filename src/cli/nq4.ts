#!/usr/bin/env node
/**
 * The nq4 command line: `nq4 extract FILE… [--json] [--lang vi|en]` reads Vietnamese narrative
 * reports and prints the tallies they state, the breakdown checks and the manifestation mentions,
 * as a readable table or as JSON. This module is the only place of nq4 that does I/O; it is not
 * part of the library's exports.
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

/** The languages of the command line's messages. @internal */
export type Lang = 'vi' | 'en';

/** Why a file is not text, independent of the language it is told in. */
type NotTextReason =
  | { readonly kind: 'invalid'; readonly encoding: 'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE' }
  | { readonly kind: 'oddLength' }
  | { readonly kind: 'nul' };

/**
 * Every text the command line prints, in both languages. Values of the data (measure, category,
 * subject, unit and role codes, issue codes) are the library's codes and stay as they are, like
 * the keys of the JSON output.
 */
const MESSAGES = {
  en: {
    usage: `Usage: nq4 extract [--json] [--lang vi|en] FILE...
       nq4 extract [--json] [--lang vi|en] -   read the report from standard input
       nq4 --help | --version

Reads Vietnamese narrative reports and prints every tally they state (measure,
category, subject, count, quote), the breakdown checks and the mentions of the
27 manifestations of NQ 04-NQ/TW.

Files are text in UTF-8 (with or without a byte-order mark) or UTF-16 LE/BE
with a byte-order mark. Anything else is an error naming the file.

  --json          print one JSON document instead of tables
  --lang vi|en    language of the tables, messages and this help; the default
                  comes from the environment: LC_ALL, else LC_MESSAGES, else
                  LANG; a value starting with "vi" (vi_VN.UTF-8) is Vietnamese,
                  anything else English. The JSON output is the same in both.
  -h, --help      print this help
  -V, --version   print the version
  --              end of options (for a FILE whose name starts with -)

The tables fit the terminal's width (else COLUMNS, else 120 columns); long
quotes are cut with "…". Reading more than 5 files or more than 5 MB shows
progress on standard error when it is a terminal.

Exit status:
  0  every file was read (a text that states no tallies is not an error)
  1  a file could not be read: missing, unreadable, or not text in a known encoding
  2  usage error: unknown command, option or language, or no FILE
`,
    noCommand: 'nq4: no command given',
    unknownOption: (prefix: string, option: string) => `${prefix}: unknown option '${option}'`,
    unknownCommand: (command: string) => `nq4: unknown command '${command}'`,
    noFile: 'nq4 extract: no FILE given (use - for standard input)',
    standardInput: 'standard input',
    cannotRead: (name: string, reason: string) => `nq4 extract: cannot read ${name}: ${reason}`,
    noSuchFile: 'no such file',
    isDirectory: 'is a directory',
    permissionDenied: 'permission denied',
    notText: (reason: NotTextReason): string =>
      reason.kind === 'nul'
        ? 'contains NUL characters: not a text file, or UTF-16 without a byte-order mark'
        : reason.kind === 'oddLength'
          ? 'not valid UTF-16 BE text (odd number of bytes)'
          : `not valid ${reason.encoding} text${
              reason.encoding === 'UTF-8'
                ? ' (UTF-16 needs a byte-order mark; other encodings such as TCVN3 or Windows-1258 must be converted to UTF-8 first)'
                : ''
            }`,
    fileHeading: (file: string) => `== ${file === '-' ? '- (standard input)' : file}`,
    noTallies: '(no tallies)',
    columns: ['#', 'measure', 'category', 'subject', 'unit', 'count', 'role', 'quote'],
    breakdown: (total: number, kind: string, status: string) => `Breakdown #${total} (${kind}): ${status}`,
    inconsistent: (codes: string) => `, inconsistent (${codes})`,
    unclassified: (n: number) => `Unclassified counts: ${n}`,
    unclassifiedColumns: ['count', 'reason', 'quote'],
    mentions: 'Manifestation mentions:',
    mentionColumns: ['ids', 'score', 'item', 'quote'],
  },
  vi: {
    usage: `Cách dùng: nq4 extract [--json] [--lang vi|en] TỆP...
           nq4 extract [--json] [--lang vi|en] -   đọc báo cáo từ đầu vào chuẩn
           nq4 --help | --version

Đọc báo cáo tường thuật tiếng Việt, in mọi con số báo cáo nêu (biện pháp, loại,
đối tượng, số lượng, trích dẫn), kết quả kiểm tra các phép chia nhỏ một tổng
số và những chỗ nhắc đến 27 biểu hiện của Nghị quyết 04-NQ/TW.

Tệp là văn bản UTF-8 (có hoặc không có dấu thứ tự byte, BOM) hoặc UTF-16 LE/BE
có BOM. Mọi dạng khác là lỗi, có nêu tên tệp.

  --json          in một tài liệu JSON thay cho các bảng
  --lang vi|en    ngôn ngữ của bảng, thông báo và trợ giúp này; mặc định lấy
                  từ môi trường: LC_ALL, nếu không có thì LC_MESSAGES, rồi
                  LANG; giá trị bắt đầu bằng "vi" (vi_VN.UTF-8) là tiếng Việt,
                  còn lại là tiếng Anh. Đầu ra JSON như nhau ở cả hai.
  -h, --help      in trợ giúp này
  -V, --version   in phiên bản
  --              hết phần tùy chọn (cho TỆP có tên bắt đầu bằng -)

Bảng vừa với chiều rộng của cửa sổ dòng lệnh (nếu không biết thì theo COLUMNS,
hoặc 120 cột); trích dẫn dài được cắt bằng "…". Khi đọc quá 5 tệp hoặc quá
5 MB, tiến độ được in ra đầu ra lỗi chuẩn nếu đó là cửa sổ dòng lệnh.

Mã thoát:
  0  đã đọc mọi tệp (văn bản không nêu con số nào không phải là lỗi)
  1  có tệp không đọc được: không có, không được phép đọc, hoặc không phải văn
     bản theo bảng mã đã biết
  2  dùng sai: lệnh, tùy chọn hoặc ngôn ngữ không hợp lệ, hoặc thiếu TỆP
`,
    noCommand: 'nq4: chưa nêu lệnh',
    unknownOption: (prefix: string, option: string) => `${prefix}: tùy chọn không hợp lệ '${option}'`,
    unknownCommand: (command: string) => `nq4: lệnh không hợp lệ '${command}'`,
    noFile: 'nq4 extract: chưa nêu TỆP (dùng - để đọc từ đầu vào chuẩn)',
    standardInput: 'đầu vào chuẩn',
    cannotRead: (name: string, reason: string) => `nq4 extract: không đọc được ${name}: ${reason}`,
    noSuchFile: 'không có tệp này',
    isDirectory: 'là thư mục',
    permissionDenied: 'không được phép đọc',
    notText: (reason: NotTextReason): string =>
      reason.kind === 'nul'
        ? 'chứa ký tự NUL: không phải tệp văn bản, hoặc là UTF-16 không có BOM'
        : reason.kind === 'oddLength'
          ? 'không phải văn bản UTF-16 BE hợp lệ (số byte lẻ)'
          : `không phải văn bản ${reason.encoding} hợp lệ${
              reason.encoding === 'UTF-8'
                ? ' (UTF-16 phải có BOM; bảng mã khác như TCVN3 hay Windows-1258 cần chuyển sang UTF-8 trước)'
                : ''
            }`,
    fileHeading: (file: string) => `== ${file === '-' ? '- (đầu vào chuẩn)' : file}`,
    noTallies: '(không có con số nào)',
    columns: ['#', 'biện pháp', 'loại', 'đối tượng', 'đơn vị', 'số lượng', 'vai trò', 'trích dẫn'],
    breakdown: (total: number, kind: string, status: string) => `Chia nhỏ tổng số #${total} (${kind}): ${status}`,
    inconsistent: (codes: string) => `, không nhất quán (${codes})`,
    unclassified: (n: number) => `Con số chưa phân loại: ${n}`,
    unclassifiedColumns: ['số lượng', 'lý do', 'trích dẫn'],
    mentions: 'Chỗ nhắc đến biểu hiện:',
    mentionColumns: ['mã', 'điểm', 'mục', 'trích dẫn'],
  },
} as const satisfies Record<Lang, unknown>;

type Messages = (typeof MESSAGES)[Lang];

/** Said in both languages: the language is not known yet. */
const badLang = (value: string | undefined): string =>
  value === undefined
    ? "nq4: --lang needs a value: vi or en\nnq4: --lang cần một giá trị: vi hoặc en"
    : `nq4: unknown language '${value}' for --lang (use vi or en)\nnq4: không có ngôn ngữ '${value}' cho --lang (dùng vi hoặc en)`;

/**
 * The language of the messages from the environment, as POSIX locales are chosen: the first
 * non-empty of LC_ALL, LC_MESSAGES and LANG; `vi…` is Vietnamese, anything else (or nothing)
 * English.
 * @internal
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '') ?? '';
  return /^vi(?:[_.@-]|$)/i.test(locale) ? 'vi' : 'en';
}

/** A file that could not be turned into text; the reason names the problem, not the content. */
class NotText extends Error {
  constructor(readonly reason: NotTextReason) {
    super(MESSAGES.en.notText(reason));
  }
}

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
      if (bytes.length % 2 !== 0) throw new NotText({ kind: 'oddLength' });
      text = new TextDecoder('utf-16le', { fatal: true }).decode(swapped);
    } else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    if (error instanceof NotText) throw error;
    throw new NotText({ kind: 'invalid', encoding: has(0xff, 0xfe) ? 'UTF-16 LE' : has(0xfe, 0xff) ? 'UTF-16 BE' : 'UTF-8' });
  }
  if (text.includes('\u0000')) throw new NotText({ kind: 'nul' });
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

// ---------------------------------------------------------------------------------------------
// Display width and tables

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Marks, format characters (ZWJ, …) and variation selectors take no column. */
const ZERO_WIDTH = /[\p{M}\p{Cf}\uFE00-\uFE0F]/gu;

/** East Asian Wide and Fullwidth code points, and emoji shown as pictures: two columns. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** The columns one grapheme takes in a terminal: 0, 1 or 2. */
function graphemeWidth(g: string): number {
  const base = g.replace(ZERO_WIDTH, '');
  if (base === '') return 0;
  const cp = base.codePointAt(0) ?? 0;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  return isWide(cp) || g.includes('\uFE0F') ? 2 : 1;
}

/**
 * The columns a text takes in a terminal: per grapheme, so that Vietnamese letters with their
 * tone marks count one column whether written precomposed (NFC) or decomposed (NFD).
 * @internal
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(text)) width += graphemeWidth(segment);
  return width;
}

/** A cell's text on one line: NFC, runs of white space and control characters as one space. */
function flat(text: string): string {
  return text.normalize('NFC').replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

/**
 * The text cut to at most `width` columns, with "…" in place of what is left out; it is cut
 * between graphemes, never inside a letter and its marks.
 * @internal
 */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = graphemeWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** Columns between two cells. */
const GAP = 2;
/** The width of the tables when standard output is not a terminal and COLUMNS is not set. */
const DEFAULT_WIDTH = 120;
/** The quote keeps this many columns while the other columns can still give way. */
const QUOTE_KEEP = 24;

/**
 * A table with a header, its columns as wide as their widest cell and two spaces apart, fitted to
 * `maxWidth` columns (with the indent): the last column (the quote) gives way first, down to 24
 * columns, then the widest of the others, then the quote again; no column goes below the width of
 * its heading or 6 columns (on a very narrow terminal a row is then wider than the terminal). A
 * cut cell ends with "…"; every row's cells start at the same columns as the header's.
 * @internal
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], maxWidth: number, indent = ''): string[] {
  const cells = [header, ...rows].map((row) => header.map((_, i) => flat(row[i] ?? '')));
  const natural = header.map((_, i) => Math.max(...cells.map((row) => displayWidth(row[i] ?? ''))));
  const least = natural.map((n, i) => Math.min(n, Math.max(displayWidth(flat(header[i] ?? '')), 6)));
  const widths = [...natural];
  const total = () => displayWidth(indent) + widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1);
  const last = widths.length - 1;
  let excess = total() - maxWidth;
  /** The last column gives way, down to `floor` columns. */
  const shrinkLast = (floor: number): void => {
    const give = Math.max(Math.min(excess, (widths[last] ?? 0) - floor), 0);
    widths[last] = (widths[last] ?? 0) - give;
    excess -= give;
  };
  shrinkLast(Math.max(least[last] ?? 0, Math.min(natural[last] ?? 0, QUOTE_KEEP)));
  while (excess > 0) {
    let widest = -1;
    for (let i = 0; i < last; i++) {
      if ((widths[i] ?? 0) > (least[i] ?? 0) && (widest < 0 || (widths[i] ?? 0) > (widths[widest] ?? 0))) widest = i;
    }
    if (widest < 0) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    excess--;
  }
  shrinkLast(least[last] ?? 0);
  return cells.map((row) => {
    const line = row
      .map((c, i) => {
        const w = widths[i] ?? 0;
        const cut = truncate(c, w);
        return i === last ? cut : cut + ' '.repeat(w - displayWidth(cut) + GAP);
      })
      .join('');
    return `${indent}${line}`.trimEnd();
  });
}

// ---------------------------------------------------------------------------------------------
// Progress

/**
 * One progress line: `[i/n] file`, cut to the terminal's width (one column is kept free so the
 * cursor does not wrap).
 * @internal
 */
export function formatProgress(done: number, total: number, file: string, columns: number): string {
  const head = `[${done}/${total}] `;
  return head + truncate(flat(file), Math.max(columns - 1 - displayWidth(head), 0));
}

/** Progress is shown past this many files … */
const PROGRESS_FILES = 5;
/** … or past this many bytes read. */
const PROGRESS_BYTES = 5 * 1024 * 1024;

/** Where progress goes: shown only when `isTTY` (standard error is a terminal). @internal */
export interface ProgressSink {
  readonly isTTY: boolean;
  readonly columns?: number | undefined;
  write(s: string): void;
}

/**
 * The progress of a run over `total` files, on a terminal only: each `show` overwrites the line
 * (`\r` … clear to end of line), `clear` erases it before any other message and at the end.
 * @internal
 */
export function progress(sink: ProgressSink, total: number) {
  let bytes = 0;
  let shown = false;
  return {
    show(done: number, file: string, size: number): void {
      bytes += size;
      if (!sink.isTTY || (total <= PROGRESS_FILES && bytes <= PROGRESS_BYTES)) return;
      const columns = sink.columns !== undefined && sink.columns > 0 ? sink.columns : 80;
      sink.write(`\r${formatProgress(done, total, file, columns)}\x1b[K`);
      shown = true;
    },
    clear(): void {
      if (shown) sink.write('\r\x1b[K');
      shown = false;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Output

interface FileReading {
  readonly file: string;
  readonly result: ExtractionResult;
  readonly mentions: readonly ManifestationMention[];
}

function table(r: FileReading, m: Messages, lang: Lang, width: number): string {
  const lines: string[] = [m.fileHeading(r.file)];
  const { tallies, breakdowns, unclassified } = r.result;
  if (tallies.length === 0) lines.push(m.noTallies);
  else {
    const rows = tallies.map((t) => [
      String(t.index),
      t.measure,
      t.category,
      t.subject,
      t.unitKind ?? '-',
      `${t.approx ? '~' : ''}${t.count}${t.of !== undefined ? `/${t.of}` : ''}`,
      t.repeatOf !== undefined ? `repeat#${t.repeatOf}` : t.partOf !== undefined ? `${t.role}#${t.partOf}` : t.role,
      t.quote,
    ]);
    lines.push(...renderTable(m.columns, rows, width));
  }
  for (const b of breakdowns) {
    const errors = b.check.findings.filter((f) => f.severity === 'error').map((f) => f.code);
    lines.push(`${m.breakdown(b.total, b.kind, b.check.status)}${errors.length > 0 ? m.inconsistent(errors.join(', ')) : ''}`);
    const explanation = lang === 'vi' ? b.check.explanation.textVi : b.check.explanation.textEn;
    lines.push(...explanation.split('\n').map((l) => `  ${l}`));
  }
  if (unclassified.length > 0) {
    lines.push(m.unclassified(unclassified.length));
    const rows = unclassified.map((u) => [String(u.count), `${u.reason}${u.hint ? `: ${u.hint}` : ''}`, u.quote]);
    lines.push(...renderTable(m.unclassifiedColumns, rows, width, '  '));
  }
  const items = r.mentions.filter((x) => x.kind === 'item');
  if (items.length > 0) {
    lines.push(m.mentions);
    const rows = items.map((x) => [x.ids.join(', '), x.score.toFixed(2), x.listItem !== undefined ? `(${x.listItem})` : '', x.quote]);
    lines.push(...renderTable(m.mentionColumns, rows, width, '  '));
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

/** How the command line reads a file (`-` is standard input). @internal */
export type ReadFile = (file: string) => Uint8Array;

const readFromDisk: ReadFile = (file) => readFileSync(file === '-' ? 0 : file);

/** What the command line learns from its surroundings; every field can be given by a test. @internal */
export interface CliContext {
  /** The environment: LC_ALL, LC_MESSAGES, LANG for the language, COLUMNS for the width. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The width of standard output when it is a terminal. */
  readonly columns?: number | undefined;
  /** Where progress goes (standard error); nothing is shown unless it is a terminal. */
  readonly progress?: ProgressSink;
}

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
  context: CliContext = {},
): number {
  const env = context.env ?? {};
  // --lang is read first, wherever it is (before `--`), so that every message is in its language.
  let lang = langFromEnv(env);
  const argv: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--') {
      argv.push(...args.slice(i));
      break;
    }
    if (a !== '--lang' && !a.startsWith('--lang=')) {
      argv.push(a);
      continue;
    }
    const value = a === '--lang' ? args[++i] : a.slice('--lang='.length);
    if (value !== 'vi' && value !== 'en') {
      err(`${badLang(value)}\n\n${MESSAGES[lang].usage}`);
      return 2;
    }
    lang = value;
  }
  const m: Messages = MESSAGES[lang];

  const [command, ...rest] = argv;
  const usageError = (message: string): number => {
    err(`${message}\n\n${m.usage}`);
    return 2;
  };
  if (command === undefined) return usageError(m.noCommand);
  if (command === '--help' || command === '-h' || command === 'help') {
    out(m.usage);
    return 0;
  }
  if (command === '--version' || command === '-V') {
    out(`${version()}\n`);
    return 0;
  }
  if (command !== 'extract') {
    return usageError(command.startsWith('-') ? m.unknownOption('nq4', command) : m.unknownCommand(command));
  }
  let json = false;
  const files: string[] = [];
  let optionsEnded = false;
  for (const a of rest) {
    if (optionsEnded || a === '-' || !a.startsWith('-')) files.push(a);
    else if (a === '--') optionsEnded = true;
    else if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') {
      out(m.usage);
      return 0;
    } else return usageError(m.unknownOption('nq4 extract', a));
  }
  if (files.length === 0) return usageError(m.noFile);

  const shown = progress(context.progress ?? { isTTY: false, write: () => {} }, files.length);
  const fail = (message: string): void => {
    shown.clear();
    err(`${message}\n`);
  };
  const readings: FileReading[] = [];
  const cache = new Map<string, string>();
  let code = 0;
  for (const [i, file] of files.entries()) {
    const name = file === '-' ? m.standardInput : file;
    let text = cache.get(file);
    if (text === undefined) {
      let bytes: Uint8Array;
      try {
        bytes = read(file);
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        const reason = e.code === 'ENOENT' ? m.noSuchFile : e.code === 'EISDIR' ? m.isDirectory : e.code === 'EACCES' ? m.permissionDenied : e.message;
        fail(m.cannotRead(name, reason));
        code = 1;
        continue;
      }
      shown.show(i + 1, file, bytes.length);
      try {
        text = decodeReport(bytes);
      } catch (error) {
        if (!(error instanceof NotText)) throw error;
        fail(`nq4 extract: ${name}: ${m.notText(error.reason)}`);
        code = 1;
        continue;
      }
      cache.set(file, text);
    }
    try {
      readings.push({ file, result: extractTallies(text), mentions: findManifestationMentions(text) });
    } catch (error) {
      if (!(error instanceof Nq4Error)) throw error;
      fail(`nq4 extract: ${name}: ${lang === 'vi' ? error.messageVi : error.message}`);
      code = 1;
    }
  }
  shown.clear();
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
        reconcileStatus: b.check.reconcileStatus,
        consistent: b.check.consistent,
        findings: b.check.findings.map((f) => ({ code: f.code, severity: f.severity })),
        textVi: b.check.explanation.textVi,
        textEn: b.check.explanation.textEn,
      })),
      unclassified: r.result.unclassified,
      mentions: r.mentions,
    }));
    out(`${JSON.stringify(doc, null, 2)}\n`);
  } else if (readings.length > 0) {
    const fromEnv = Number.parseInt(env['COLUMNS'] ?? '', 10);
    const width = context.columns !== undefined && context.columns > 0 ? context.columns : fromEnv > 0 ? fromEnv : DEFAULT_WIDTH;
    out(`${readings.map((r) => table(r, m, lang, width)).join('\n\n')}\n`);
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
    readFromDisk,
    {
      env: process.env,
      columns: process.stdout.isTTY ? process.stdout.columns : undefined,
      progress: {
        isTTY: process.stderr.isTTY === true,
        get columns() {
          return process.stderr.columns;
        },
        write: (s) => process.stderr.write(s),
      },
    },
  );
}
