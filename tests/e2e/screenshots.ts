/**
 * `npm run screenshots`: retakes the screenshots the README and the docs show and copies them into
 * tests/e2e/screenshots/ (committed). The demo (headless) and the French end-to-end pass write
 * them to .output/screenshots/ as usual; only this command touches the committed copies, so
 * `npm test` leaves the working tree clean. Run it after `wxt build` (the npm script does).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMMITTED, COMMITTED_SCREENSHOTS, SCREENSHOTS } from './support/screenshots';

const root = fileURLToPath(new URL('../..', import.meta.url));

function run(command: string, args: string[]): void {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed; the committed screenshots are unchanged.`);
    process.exit(result.status ?? 1);
  }
}

run('npx', ['tsx', 'tests/e2e/demo.ts', '--headless']);
run('npx', [
  'vitest',
  'run',
  '-c',
  '.config/vitest.e2e.config.ts',
  'tests/e2e/options-french.test.ts',
]);

mkdirSync(COMMITTED_SCREENSHOTS, { recursive: true });
const missing: string[] = [];
for (const file of Object.values(COMMITTED).flat()) {
  if (!existsSync(`${SCREENSHOTS}${file}`)) missing.push(file);
  else copyFileSync(`${SCREENSHOTS}${file}`, `${COMMITTED_SCREENSHOTS}${file}`);
}
if (missing.length) {
  console.error(`Not taken: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`Updated ${COMMITTED_SCREENSHOTS} (review with git diff --stat before committing).`);
