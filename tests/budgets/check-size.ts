/**
 * Size budget of the built extension (run after `npm run build`; `npm run size`):
 * - the content script, which runs on every page, stays under 15 KB gzipped, extraction included;
 * - it bundles no React, Dexie or zod (those belong to the background and the extension pages);
 * - no file of the package is over 1 MB.
 * Prints the sizes and, for the content script, its largest modules (an esbuild bundle of the same
 * entry with a metafile: minified bytes per module, close to what WXT's build emits).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, '.output/chrome-mv3');
const contentFile = join(outDir, 'content-scripts/content.js');

export const CONTENT_BUDGET = 15 * 1024;
export const FILE_LIMIT = 1024 * 1024;
const FORBIDDEN = ['react', 'react-dom', 'dexie', 'zod', '@wxt-dev/storage'];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Minified bytes per module of the content script, biggest first. */
async function contentModules(): Promise<{ module: string; bytes: number }[]> {
  const result = await build({
    entryPoints: [join(root, 'entrypoints/content/page-session.ts')],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'browser',
    alias: { '@': root },
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return Object.entries(output.inputs)
    .map(([module, info]) => ({ module, bytes: info.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
}

async function main(): Promise<number> {
  const problems: string[] = [];
  let content: Buffer;
  try {
    content = readFileSync(contentFile);
  } catch {
    console.error(`No ${relative(root, contentFile)}: run \`npm run build\` first.`);
    return 1;
  }
  const gzipped = gzipSync(content, { level: 9 }).length;
  const modules = await contentModules();
  const packages = new Set(
    modules
      .map(({ module }) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module)?.[1])
      .filter((name): name is string => !!name),
  );
  for (const name of FORBIDDEN)
    if (packages.has(name)) problems.push(`the content script bundles ${name}`);

  console.log(
    `Content script: ${kb(content.length)} minified, ${kb(gzipped)} gzipped ` +
      `(budget ${kb(CONTENT_BUDGET)}, ${Math.round((100 * gzipped) / CONTENT_BUDGET)}% used)`,
  );
  const total = modules.reduce((sum, entry) => sum + entry.bytes, 0);
  console.log('  largest modules (minified bytes, share):');
  for (const { module, bytes } of modules.slice(0, 12))
    console.log(
      `    ${String(bytes).padStart(6)}  ${((100 * bytes) / total).toFixed(0).padStart(2)}%  ${module}`,
    );
  const groups = new Map<string, number>();
  for (const { module, bytes } of modules) {
    const group =
      /^(lib\/[^/]+|entrypoints\/[^/]+|node_modules\/(?:@[^/]+\/)?[^/]+)/.exec(module)?.[1] ??
      module;
    groups.set(group, (groups.get(group) ?? 0) + bytes);
  }
  console.log('  by folder (minified bytes, share):');
  for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1]))
    console.log(
      `    ${String(bytes).padStart(6)}  ${((100 * bytes) / total).toFixed(0).padStart(2)}%  ${group}`,
    );
  if (gzipped > CONTENT_BUDGET)
    problems.push(`the content script is ${kb(gzipped)} gzipped, over ${kb(CONTENT_BUDGET)}`);

  const files = walk(outDir).map((path) => ({ path, bytes: statSync(path).size }));
  const packageBytes = files.reduce((sum, file) => sum + file.bytes, 0);
  console.log(`Package: ${files.length} files, ${kb(packageBytes)} (.output/chrome-mv3)`);
  for (const file of files.sort((a, b) => b.bytes - a.bytes).slice(0, 5))
    console.log(`    ${kb(file.bytes).padStart(9)}  ${relative(outDir, file.path)}`);
  for (const file of files)
    if (file.bytes > FILE_LIMIT)
      problems.push(`${relative(outDir, file.path)} is ${kb(file.bytes)}, over 1 MB`);

  for (const problem of problems) console.error(`✗ ${problem}`);
  if (!problems.length) console.log('✓ size budget met');
  return problems.length ? 1 : 0;
}

process.exitCode = await main();
