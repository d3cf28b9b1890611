import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Where the end-to-end tests and the demo write their screenshots: under .output/, which git
 * ignores, so running the tests never changes tracked files.
 */
export const SCREENSHOTS = `${root}.output/screenshots/`;

/** The screenshots the README and the docs show, committed; `npm run screenshots` updates them. */
export const COMMITTED_SCREENSHOTS = `${root}tests/e2e/screenshots/`;

/** Which screenshots are committed, each taken by the demo or by the French end-to-end pass. */
export const COMMITTED = {
  demo: ['badge-expanded.png', 'badge-on-page.png', 'popup.png'],
  'tests/e2e/options-french.test.ts': [
    'popup-fr.png',
    'options-icp-fr.png',
    'options-accounts-fr.png',
    'options-derive-fr.png',
    'options-settings-fr.png',
  ],
} as const;
