import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

// Lives in .config/ so the top level keeps only the project's own folders.
export default defineConfig({
  root,
  plugins: [WxtVitest({ root })],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    setupFiles: ['tests/unit/setup.ts'],
    // A few tests spawn the CLI or parse multi-megabyte pages; a busy 2-core machine needs slack.
    testTimeout: 20_000,
  },
});
