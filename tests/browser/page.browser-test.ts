/**
 * The browser proof: examples/browser/ in headless Chromium, against the ESM build in dist/.
 *
 * Run: bash scripts/setup-browser.sh && npm run build && npx vitest run --config vitest.browser.config.ts
 *
 * The page is served over http from the repository root by a tiny static server (node:http), so it
 * loads /dist/index.js and zod from /node_modules through its import map, exactly as a user who
 * serves the repository would. What the page shows is compared with what the library returns in
 * Node for the same input (computed from src/ here), so the test holds while the rules evolve.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extractTallies,
  findManifestationMentions,
  isNq4Error,
  formatPath,
  rateMember,
  rulesFor,
  type MemberRatingFacts,
  type Nq4Issue,
} from '../../src/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const distEntry = join(root, 'dist', 'index.js');
const pagePath = '/examples/browser/index.html';
const chromiumPath = process.env.NQ4_CHROMIUM ?? '/usr/bin/chromium';
const STALE_HINT = 'the page shows dist/, the expectation comes from src/: is dist/ older than src/? Run `npm run build`.';

/**
 * Seed 004 (Cần Thơ, 2017), the paragraph of its findings and outcomes, copied verbatim so that the
 * test runs without ../shared. tests/extract/seeds.test.ts holds its golden tallies.
 */
const PARAGRAPH =
  'Qua kiểm điểm tự phê bình và phê bình, có 6 tập thể và 32 cá nhân được xác định có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống. ' +
  'Các cấp ủy đảng đã tiến hành xử lý kỷ luật: khiển trách 1 tập thể, nhắc nhở 5 tập thể; cảnh cáo 2 cá nhân, khiển trách 9 cá nhân; ' +
  'xếp loại đảng viên không hoàn thành nhiệm vụ đối với 4 cá nhân và nhắc nhở 17 cá nhân. ' +
  'Có 22 đảng viên vi phạm Quy định số 03-QĐ/TU, ngày 06-6-2016, của Ban Thường vụ Thành ủy về trách nhiệm và xử lý trách nhiệm của người đứng đầu, ' +
  'cấp phó người đứng đầu cấp ủy, tổ chức đảng, cơ quan, đơn vị trong thực hiện chức trách, nhiệm vụ được giao (trong đó có 7 cán bộ thuộc diện Thành ủy quản lý). ' +
  'Các cấp ủy đảng đã tiến hành xử lý kỷ luật: khiển trách 15 đồng chí; cảnh cáo 5 đồng chí; cách chức 1 đồng chí; đang xem xét xử lý 1 đồng chí.';

/** The member of README.md, rated for 2025 (QĐ 366 + HD 43): "hoàn thành tốt nhiệm vụ". */
const MEMBER_2025 = {
  year: 2025,
  role: 'nonLeader',
  score: 85,
  admittedOn: '2010-03-02',
  tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 1 },
  disciplines: [],
  degradationConcluded: false,
  prohibitedConductConcluded: false,
  exemptFromActivity: false,
  suspended: false,
} as const satisfies MemberRatingFacts;

// ---------------------------------------------------------------------------------------------
// A static server for the repository root, on 127.0.0.1 and an ephemeral port.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function startServer(notFound: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root) && `${file}${sep}` !== root) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      notFound.push(url.pathname);
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// ---------------------------------------------------------------------------------------------

/** The bare specifiers an ES module imports or re-exports ("zod/mini", …), not the relative ones. */
function bareImports(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/(?:^|[\n;])\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g)) {
    const spec = m[1] ?? '';
    if (!spec.startsWith('.') && !spec.startsWith('/')) found.add(spec);
  }
  for (const m of source.matchAll(/(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]/g)) {
    const spec = m[1] ?? '';
    if (!spec.startsWith('.') && !spec.startsWith('/')) found.add(spec);
  }
  return [...found].sort();
}

function importMapOf(html: string): Record<string, string> {
  const m = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html);
  if (!m?.[1]) throw new Error('examples/browser/index.html has no <script type="importmap">');
  return (JSON.parse(m[1]) as { imports: Record<string, string> }).imports;
}

function issuesOf(run: () => unknown): readonly Nq4Issue[] {
  try {
    run();
  } catch (error) {
    if (isNq4Error(error)) return error.issues;
    throw error;
  }
  throw new Error('expected an Nq4Error');
}

describe('examples/browser in headless Chromium', () => {
  const notFound: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let base = '';
  let userDataDir = '';
  let screenshotDir = '';

  beforeAll(async () => {
    if (!existsSync(distEntry)) {
      throw new Error('dist/index.js is missing: the browser test opens the ESM build and does not build it. Run `npm run build` first.');
    }
    if (!existsSync(chromiumPath)) {
      throw new Error(`${chromiumPath} is missing: install Debian's chromium with \`bash scripts/setup-browser.sh\` (as root), or set NQ4_CHROMIUM.`);
    }
    server = await startServer(notFound);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    userDataDir = mkdtempSync(join(tmpdir(), 'nq4-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('requestfailed', (request) => failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
    await page.goto(`${base}${pagePath}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 }).catch(async (error: unknown) => {
      const shown = await page.getByTestId('load-error').textContent();
      throw new Error(`the page did not start: ${shown ?? ''} ${pageErrors.join(' ')} ${consoleErrors.join(' ')} 404: ${notFound.join(', ')}`, {
        cause: error,
      });
    });
  });

  afterAll(async () => {
    await context?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('resolves every bare import of the ESM build (one module per file) through the import map of the page', () => {
    const modules = (readdirSync(join(root, 'dist'), { recursive: true }) as string[]).filter((f) => f.endsWith('.js') && !f.startsWith('cli') && !f.startsWith('node'));
    expect(modules.length).toBeGreaterThan(50);
    const imports = [...new Set(modules.flatMap((f) => bareImports(readFileSync(join(root, 'dist', f), 'utf8'))))];
    const map = importMapOf(readFileSync(join(root, 'examples', 'browser', 'index.html'), 'utf8'));
    expect(imports.length).toBeGreaterThan(0);
    for (const spec of imports) {
      expect(map, `dist/ imports "${spec}": add it to the import map of examples/browser/index.html`).toHaveProperty([spec]);
    }
    for (const target of Object.values(map)) expect(existsSync(join(root, target)), `import map target ${target}`).toBe(true);
  });

  it('shows the rule set of the year picked', async () => {
    await page.getByTestId('year').selectOption('2025');
    await expect.poll(() => page.getByTestId('ruleset').textContent()).toBe(rulesFor(2025).ruleSet.label.vi);
    await page.getByTestId('year').selectOption('2020');
    await expect.poll(() => page.getByTestId('ruleset').textContent()).toBe(rulesFor(2020).ruleSet.label.vi);
  });

  it('rates a member filled in for 2025 as rateMember does in Node, with both explanations', async () => {
    await page.getByTestId('year').selectOption(String(MEMBER_2025.year));
    await page.getByTestId('role').selectOption(MEMBER_2025.role);
    await page.getByTestId('score').fill(String(MEMBER_2025.score));
    await page.getByTestId('admittedOn').fill(MEMBER_2025.admittedOn);
    for (const [key, value] of Object.entries(MEMBER_2025.tasks)) await page.getByTestId(`tasks-${key}`).fill(String(value));
    await page.getByTestId('disciplines').selectOption('none');
    for (const key of ['degradationConcluded', 'prohibitedConductConcluded', 'exemptFromActivity', 'suspended'] as const) {
      await page.getByTestId(key).selectOption(String(MEMBER_2025[key]));
    }
    await page.getByTestId('rate').click();

    const expected = rateMember(MEMBER_2025);
    const level = page.getByTestId('rating-level');
    await level.waitFor();
    // A stable fact of QĐ 366: 85 points, all tasks on time, 1 of 10 exceeded → "hoàn thành tốt nhiệm vụ".
    expect(expected.level).toBe('good');
    expect(await level.getAttribute('data-level'), STALE_HINT).toBe(expected.level);
    expect(await level.textContent()).toContain(expected.levelLabel?.vi);
    expect(await level.textContent()).toContain(expected.levelLabel?.en);
    expect(await page.getByTestId('rating-status').textContent()).toBe(expected.status);

    const vi = await page.getByTestId('explanation-vi').textContent();
    const en = await page.getByTestId('explanation-en').textContent();
    expect(vi).toContain('Hoàn thành tốt nhiệm vụ');
    expect(en).toContain('Good');
    expect(vi, STALE_HINT).toBe(expected.explanation.textVi);
    expect(en, STALE_HINT).toBe(expected.explanation.textEn);

    const blocked = page.getByTestId('blocked-item');
    expect(await blocked.count(), STALE_HINT).toBe(expected.blockedBy.length);
    for (const [i, b] of expected.blockedBy.entries()) {
      expect(await blocked.nth(i).textContent()).toContain(b.text.vi);
      expect(await blocked.nth(i).textContent()).toContain(b.text.en);
    }
    expect(await page.getByTestId('missing-item').count()).toBe(expected.missing.length);
    expect(await page.getByTestId('rating-error').isHidden()).toBe(true);
  });

  it('lists the facts still missing, as the rule set of the year asks for them', async () => {
    await page.getByRole('button', { name: 'Xóa / Clear' }).click();
    await page.getByTestId('year').selectOption('2020');
    await page.getByTestId('role').selectOption('nonLeader');
    await page.getByTestId('rate').click();
    const expected = rateMember({ year: 2020, role: 'nonLeader' });
    expect(expected.missing.length).toBeGreaterThan(0);
    await page.getByTestId('rating-result').waitFor();
    const items = page.getByTestId('missing-item');
    const paths = await Promise.all(expected.missing.map((_, i) => items.nth(i).getAttribute('data-path')));
    expect(await items.count(), STALE_HINT).toBe(expected.missing.length);
    expect(paths, STALE_HINT).toEqual(expected.missing.map((m) => m.path));
    expect(await items.first().textContent()).toContain(expected.missing[0]?.reason.vi);
    expect(await page.getByTestId('explanation-vi').textContent(), STALE_HINT).toBe(expected.explanation.textVi);
  });

  it('shows an invalid score as an error naming the field, in Vietnamese and English', async () => {
    await page.getByRole('button', { name: 'Xóa / Clear' }).click();
    await page.getByTestId('fill-example').click();
    await page.getByTestId('score').fill('150');
    await page.getByTestId('rate').click();
    const error = page.getByTestId('rating-error');
    await error.waitFor();
    const issues = issuesOf(() => rateMember({ ...MEMBER_2025, score: 150 }));
    const shown = page.getByTestId('error-issue');
    expect(await shown.count(), STALE_HINT).toBe(issues.length);
    expect(await shown.first().getAttribute('data-path')).toBe('score');
    for (const [i, issue] of issues.entries()) {
      expect(await shown.nth(i).getAttribute('data-path')).toBe(formatPath(issue.path));
      expect(await shown.nth(i).textContent()).toContain(issue.messageVi);
      expect(await shown.nth(i).textContent()).toContain(issue.messageEn);
    }
    expect(await page.getByTestId('rating-result').isHidden()).toBe(true);
  });

  it('reads the tallies and manifestation mentions of a pasted paragraph as the library does in Node', async () => {
    await page.getByTestId('report-text').fill(PARAGRAPH);
    await page.getByTestId('read').click();
    await page.getByTestId('extract-result').waitFor();

    const reading = extractTallies(PARAGRAPH);
    // Stable facts of this paragraph (seed 004): 6 collectives and 32 individuals with degradation found, …
    expect(reading.tallies.map((t) => t.count)).toEqual(expect.arrayContaining([6, 32, 22, 7, 15]));
    const rows = page.getByTestId('tally-row');
    expect(await rows.count(), STALE_HINT).toBe(reading.tallies.length);
    const fields = ['measure', 'category', 'subject', 'count', 'role', 'quote'] as const;
    const shownTallies = await Promise.all(
      reading.tallies.map((_, i) => Promise.all(fields.map((f) => rows.nth(i).locator(`[data-field="${f}"]`).getAttribute('data-value')))),
    );
    expect(shownTallies, STALE_HINT).toEqual(reading.tallies.map((t) => [t.measure, t.category, t.subject, String(t.count), t.role, t.quote]));
    expect(await rows.nth(0).locator('[data-field="quote"]').textContent()).toBe(reading.tallies[0]?.quote);
    expect(await page.getByTestId('breakdown-item').count()).toBe(reading.breakdowns.length);
    expect(await page.getByTestId('unclassified-item').count()).toBe(reading.unclassified.length);

    const mentions = findManifestationMentions(PARAGRAPH);
    expect(mentions.length).toBeGreaterThan(0);
    const mentionRows = page.getByTestId('mention-row');
    expect(await mentionRows.count(), STALE_HINT).toBe(mentions.length);
    const mentionFields = ['kind', 'ids', 'groups', 'score', 'quote'] as const;
    const shownMentions = await Promise.all(
      mentions.map((_, i) => Promise.all(mentionFields.map((f) => mentionRows.nth(i).locator(`[data-field="${f}"]`).getAttribute('data-value')))),
    );
    expect(shownMentions, STALE_HINT).toEqual(mentions.map((m) => [m.kind, m.ids.join(','), m.groups.join(','), m.score.toFixed(2), m.quote]));
    expect(await page.getByTestId('extract-error').isHidden()).toBe(true);
  });

  it('leaves a readable screenshot for a person to look at', async () => {
    // Rate the example again so that the screenshot shows a rating and a reading together.
    await page.getByTestId('score').fill(String(MEMBER_2025.score));
    await page.getByTestId('rate').click();
    await page.getByTestId('rating-result').waitFor();
    screenshotDir = process.env.NQ4_SCREENSHOT_DIR ?? mkdtempSync(join(tmpdir(), 'nq4-browser-'));
    const file = join(screenshotDir, 'examples-browser.png');
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(10_000);
    console.info(`screenshot: ${file}`);
  });

  it('raised no page error, logged no console error and requested nothing missing', () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(notFound).toEqual([]);
  });
});
