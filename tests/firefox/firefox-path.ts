import { existsSync } from 'node:fs';

/** Where Firefox is looked for: `FIREFOX_PATH`, then Debian's ESR, then a plain `firefox`. */
export const FIREFOX_CANDIDATES = [
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
].filter((path): path is string => !!path);

/** The Firefox binary the smoke test drives, or undefined when none is installed. */
export function findFirefox(): string | undefined {
  return FIREFOX_CANDIDATES.find((path) => existsSync(path));
}
