/**
 * The pages a benchmark run measures: every directory holding a truth.json (the format of
 * `icp-lens eval`), by default each fixture directory of the project that has one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { truthSchema, type TruthPage } from '../../lib/extract/eval';

export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

/** One page to measure: its truth entry, HTML and the set (directory) it belongs to. */
export type BenchPage = { set: string; dir: string; truth: TruthPage; html: string; bytes: number };

/** Directories with a truth.json: `dir` itself, else its direct subdirectories that have one. */
export function truthDirs(dir: string): string[] {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory())
    throw new Error(`${dir}: no such directory`);
  if (existsSync(join(root, 'truth.json'))) return [root];
  const found = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'truth.json')))
    .map((entry) => join(root, entry.name))
    .sort();
  if (found.length === 0)
    throw new Error(`${dir}: no truth.json in it or in its subdirectories (see icp-lens eval)`);
  return found;
}

/** Reads every page listed in the truth.json of each directory; unreadable pages are skipped with a warning. */
export function loadPages(dirs: readonly string[]): BenchPage[] {
  const pages: BenchPage[] = [];
  for (const dir of dirs) {
    const parsed = truthSchema.safeParse(JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')));
    if (!parsed.success)
      throw new Error(`${join(dir, 'truth.json')}: not a truth file (${parsed.error.message})`);
    const set = setName(dir);
    for (const truth of parsed.data.pages) {
      const file = join(dir, truth.file);
      if (!existsSync(file)) {
        console.warn(`bench: ${relative(process.cwd(), file)} is listed in truth.json but missing`);
        continue;
      }
      const html = readFileSync(file, 'utf8');
      pages.push({ set, dir, truth, html, bytes: Buffer.byteLength(html) });
    }
  }
  return pages;
}

/**
 * Every .html file of a directory without a truth.json (the technology fixtures): they only
 * serve comparisons that need no truth, under a placeholder address.
 */
export function loadUntruthedPages(dir: string): BenchPage[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(dir, file), 'utf8');
      return {
        set: setName(dir),
        dir,
        truth: { file, url: 'https://www.example.com/', expect: {} },
        html,
        bytes: Buffer.byteLength(html),
      };
    });
}

/** A short label for a directory: fixtures/pages, corpus… */
function setName(dir: string): string {
  const rel = relative(FIXTURES, dir);
  return rel && !rel.startsWith('..') ? `fixtures/${rel}` : basename(dir);
}
