/**
 * `npm run test:firefox`: builds the Firefox extension and runs the Firefox smoke test, or says
 * it is skipped when no Firefox is installed. CI sets ICP_LENS_REQUIRE_FIREFOX=1 so a missing
 * Firefox fails there instead of passing silently.
 */
import { spawnSync } from 'node:child_process';
import { FIREFOX_CANDIDATES, findFirefox } from './firefox-path';

const firefox = findFirefox();
if (!firefox) {
  const message = `Firefox smoke test SKIPPED: no Firefox at ${FIREFOX_CANDIDATES.join(', ')} (apt-get install firefox-esr, or set FIREFOX_PATH).`;
  if (process.env.ICP_LENS_REQUIRE_FIREFOX) {
    console.error(`${message} ICP_LENS_REQUIRE_FIREFOX is set: failing.`);
    process.exit(1);
  }
  console.warn(message);
  process.exit(0);
}

const started = performance.now();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
for (const args of [
  ['run', 'build:firefox', '--silent'],
  ['exec', '--', 'vitest', 'run', '-c', '.config/vitest.firefox.config.ts'],
]) {
  const { status } = spawnSync(npm, args, {
    stdio: 'inherit',
    env: { ...process.env, FIREFOX_PATH: firefox },
  });
  if (status !== 0) process.exit(status ?? 1);
}
console.log(
  `Firefox smoke test: ${((performance.now() - started) / 1000).toFixed(1)} s with ${firefox}`,
);
