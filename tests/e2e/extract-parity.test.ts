import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractCompany } from '../../lib/extract/index';
import { parsePage } from '../../lib/extract/html';
import { CHROMIUM, CHROMIUM_FLAGS } from './support/extension';

/*
 * The extension runs extraction on the live DOM, the CLI and the unit tests on linkedom's. This
 * checks that both give the same facts on every fixture page, so the unit tests speak for the
 * browser too.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const pagesDir = `${root}tests/fixtures/pages/`;
const truth = JSON.parse(readFileSync(`${pagesDir}truth.json`, 'utf8')) as {
  pages: { file: string; url: string }[];
};

let browser: Browser;
let bundle: string;
beforeAll(async () => {
  const result = await build({
    stdin: {
      contents: `import { extractCompany } from './lib/extract/index';\nglobalThis.__icpExtract = extractCompany;`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]!.text;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
});
afterAll(async () => {
  await browser?.close();
});

function plain(facts: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(facts).map(([field, fact]) => [field, (fact as { value: unknown }).value]),
  );
}

describe('extraction in Chromium', () => {
  it.each(truth.pages.map((page) => [page.file, page.url] as const))(
    'gives the same facts as linkedom on %s',
    async (file, url) => {
      const html = readFileSync(`${pagesDir}${file}`, 'utf8');
      // Page scripts off: the fixture's DOM as written, like linkedom's.
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.route('**/*', (route) =>
        route.request().url() === 'http://fixture.test/'
          ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
          : route.abort(),
      );
      await page.goto('http://fixture.test/', { waitUntil: 'domcontentloaded' });
      await page.evaluate(bundle);
      const inBrowser = await page.evaluate(
        (at) =>
          (globalThis as unknown as { __icpExtract: typeof extractCompany }).__icpExtract(
            document,
            at,
          ),
        url,
      );
      await context.close();
      const inNode = extractCompany(parsePage(html), url);
      expect(plain(inBrowser.facts)).toEqual(plain(inNode.facts));
      expect(Object.keys(inNode.facts).length).toBeGreaterThan(1);
    },
  );
});
