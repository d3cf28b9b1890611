import { existsSync } from 'node:fs';

/** Where Firefox is looked for: `FIREFOX_PATH` alone when set, else Debian's ESR, then `firefox`. */
export const FIREFOX_CANDIDATES = process.env.FIREFOX_PATH
  ? [process.env.FIREFOX_PATH]
  : ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox binary the smoke test drives, or undefined when none is installed. */
export function findFirefox(): string | undefined {
  return FIREFOX_CANDIDATES.find((path) => existsSync(path));
}
