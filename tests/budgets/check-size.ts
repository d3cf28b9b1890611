/**
 * Size budget of the built extension (run after `npm run build`; `npm run size`):
 * - every content script (content-scripts/*.js: the general one and LinkedIn's), which runs on
 *   every page, stays under 15 KB gzipped, its collectors included;
 * - none bundles React, Dexie, zod or WXT's storage module (those belong to the background and the
 *   extension pages);
 * - no file of the package is over 1 MB.
 * Prints the sizes and, for each content script, its largest modules (an esbuild bundle of the
 * same entry with a metafile: minified bytes per module, close to what WXT's build emits).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, '.output/chrome-mv3');
const contentDir = join(outDir, 'content-scripts');

/**
 * How each built content script is put together, for the module breakdown: its page session and
 * the collector set its entrypoint passes (entrypoints/content, entrypoints/linkedin.content).
 */
const ENTRIES: Record<string, { collectors: string; from: string }> = {
  'content.js': { collectors: 'SITE_COLLECTORS', from: './lib/extract/collectors' },
  'linkedin.js': { collectors: 'LINKEDIN_COLLECTORS', from: './lib/extract/collectors-linkedin' },
};

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

/** Minified bytes per module of a content script, biggest first. */
async function contentModules({
  collectors,
  from,
}: {
  collectors: string;
  from: string;
}): Promise<{ module: string; bytes: number }[]> {
  const result = await build({
    stdin: {
      contents:
        `import { startPageSession } from './lib/session/page-session';\n` +
        `import { ${collectors} } from '${from}';\n` +
        `(globalThis as any).main = (ctx: any) => startPageSession(ctx, ${collectors});\n`,
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'content-entry.ts',
    },
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

/** Checks one content script; returns its problems. */
async function checkContentScript(file: string): Promise<string[]> {
  const problems: string[] = [];
  const name = relative(contentDir, file);
  const content = readFileSync(file);
  const gzipped = gzipSync(content, { level: 9 }).length;
  console.log(
    `Content script ${name}: ${kb(content.length)} minified, ${kb(gzipped)} gzipped ` +
      `(budget ${kb(CONTENT_BUDGET)}, ${Math.round((100 * gzipped) / CONTENT_BUDGET)}% used)`,
  );
  if (gzipped > CONTENT_BUDGET)
    problems.push(
      `the content script ${name} is ${kb(gzipped)} gzipped, over ${kb(CONTENT_BUDGET)}`,
    );
  // Which packages are bundled: by name in the built file's module markers and in the esbuild
  // breakdown of the same entry.
  const entry = ENTRIES[name];
  if (!entry) {
    problems.push(`no module breakdown for ${name}: add its entry to ENTRIES in check-size.ts`);
    return problems;
  }
  const modules = await contentModules(entry);
  const packages = new Set(
    modules
      .map(({ module }) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module)?.[1])
      .filter((name): name is string => !!name),
  );
  for (const forbidden of FORBIDDEN)
    if (packages.has(forbidden)) problems.push(`the content script ${name} bundles ${forbidden}`);
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
  return problems;
}

async function main(): Promise<number> {
  const problems: string[] = [];
  let scripts: string[];
  try {
    scripts = readdirSync(contentDir)
      .filter((name) => name.endsWith('.js'))
      .map((name) => join(contentDir, name));
  } catch {
    scripts = [];
  }
  if (!scripts.length) {
    console.error(
      `No content scripts in ${relative(root, contentDir)}: run \`npm run build\` first.`,
    );
    return 1;
  }
  for (const name of Object.keys(ENTRIES))
    if (!scripts.some((file) => file.endsWith(`/${name}`)))
      problems.push(`content-scripts/${name} was not built`);
  for (const file of scripts.sort()) problems.push(...(await checkContentScript(file)));

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
