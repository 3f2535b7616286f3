// The reader at a git ref and in the working tree, each bundled with esbuild into a temporary
// folder and imported into this process: what ab.ts (speed) and differential.ts (equality) compare.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** `extractTallies` as a bundle exports it. */
export type Read = (text: string, options?: object) => unknown;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The reader at `ref` (its src/ taken with git archive, so the working tree is left as it is) and
 * the working tree's; `cleanup` removes the temporary folder.
 */
export async function readersAt(ref: string, prefix: string): Promise<{ base: Read; next: Read; cleanup: () => void }> {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const cleanup = (): void => rmSync(work, { recursive: true, force: true });
  try {
    const tar = execFileSync('git', ['-C', root, 'archive', ref, 'src'], { maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', work], { input: tar });
    const bundle = async (srcDir: string, out: string): Promise<Read> => {
      await build({ entryPoints: [join(srcDir, 'extract', 'index.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error', nodePaths: [join(root, 'node_modules')] });
      return ((await import(pathToFileURL(out).href)) as { extractTallies: Read }).extractTallies;
    };
    return { base: await bundle(join(work, 'src'), join(work, 'base.mjs')), next: await bundle(join(root, 'src'), join(work, 'next.mjs')), cleanup };
  } catch (e) {
    cleanup();
    throw e;
  }
}
