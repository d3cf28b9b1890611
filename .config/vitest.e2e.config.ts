import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// End-to-end tests drive the built extension in Chromium: one browser per file, files one at a
// time (2 CPU cores), long timeouts. Run by `npm run test:e2e` after `npm run build`.
export default defineConfig({
  root,
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
