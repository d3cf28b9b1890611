import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// The Firefox smoke test: the built Firefox extension in firefox-esr (puppeteer-core, WebDriver
// BiDi). Run by `npm run test:firefox`, which builds it first and skips when Firefox is missing.
export default defineConfig({
  root,
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
