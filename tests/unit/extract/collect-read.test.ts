import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_COLLECTORS } from '../../../lib/extract/collectors';
import { LINKEDIN_COLLECTORS } from '../../../lib/extract/collectors-linkedin';
import { parsePage } from '../../../lib/extract/html';
import { collectPage, extractCompany, readCollected } from '../../../lib/extract/index';
import { isBoundedJson, pageSignalsSchema } from '../../../lib/messaging/validate';

/**
 * The extension runs extraction in two places: the content script collects (only its collectors),
 * the message carries the data as JSON, the background reads. Together they must give exactly what
 * extractCompany gives in one place.
 */
function truthPages(dir: string): { file: string; url: string }[] {
  const truth = JSON.parse(
    readFileSync(new URL(`../../fixtures/${dir}/truth.json`, import.meta.url), 'utf8'),
  ) as {
    pages: { file: string; url: string }[];
  };
  return truth.pages.map((page) => ({ ...page, file: `${dir}/${page.file}` }));
}

const pages = [...truthPages('pages'), ...truthPages('linkedin')];

describe('collect in the page, read in the background', () => {
  it.each(pages)('gives the same facts as extractCompany on $file', ({ file, url }) => {
    const document = parsePage(
      readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8'),
    );
    const collectors = new URL(url).hostname.endsWith('linkedin.com')
      ? LINKEDIN_COLLECTORS
      : SITE_COLLECTORS;
    const sent = JSON.parse(JSON.stringify(collectPage(collectors, document, url))) as {
      signals: Record<string, unknown>;
    };
    const report = { pageUrl: url, kind: 'company-site' as const, signals: sent.signals };
    expect(pageSignalsSchema.safeParse(report).success).toBe(true);
    const facts = readCollected(sent.signals, url);
    expect(facts).toEqual(extractCompany(document, url));
    expect(Object.keys(facts.facts).length).toBeGreaterThan(2);
  });

  it('reads nothing from a collector whose data has the wrong shape, and keeps the others', () => {
    const url = 'https://www.kite-example.de/';
    const facts = readCollected(
      { jsonld: 'not a list', meta: { title: 'Kite GmbH' }, url: null },
      url,
    );
    expect(facts.facts.domain?.value).toBe('kite-example.de');
  });
});

describe('signals on arrival', () => {
  it('stay within the limits the background checks, even from a huge hostile page', () => {
    const long = 'Lorem ipsum '.repeat(1000);
    const scopes = Array.from(
      { length: 60 },
      () =>
        `<div itemscope itemtype="https://schema.org/Organization">${Array.from(
          { length: 300 },
          (_, i) => `<span itemprop="p${i}">${long}</span>`,
        ).join('')}</div>`,
    ).join('');
    const metas = Array.from({ length: 600 }, (_, i) => `<meta name="m${i}" content="${long}">`);
    const jsonLd = Array.from(
      { length: 60 },
      () => `<script type="application/ld+json">{"name":"${'x'.repeat(900_000)}"}</script>`,
    ).join('');
    const document = parsePage(
      `<html><head>${metas.join('')}${jsonLd}</head><body><footer>${long}</footer>${scopes}<p>${long.repeat(50)}</p></body></html>`,
    );
    const { signals } = collectPage(SITE_COLLECTORS, document, 'https://huge.example/');
    expect(isBoundedJson(signals)).toBe(true);
  });

  it('accepts plain JSON and refuses deep, huge or non-plain data', () => {
    expect(isBoundedJson({ a: ['x', 1, true, null, { b: 'c' }] })).toBe(true);
    let deep: unknown = 'x';
    for (let i = 0; i < 50; i++) deep = [deep];
    expect(isBoundedJson({ deep })).toBe(false);
    expect(isBoundedJson({ big: 'x'.repeat(7_000_000) })).toBe(false);
    expect(isBoundedJson({ date: new Date() })).toBe(false);
    expect(isBoundedJson({ n: Number.NaN })).toBe(false);
    expect(isBoundedJson(JSON.parse('{"__proto__": {"polluted": true}}'))).toBe(false);
    const report = { pageUrl: 'https://acme.example/', kind: 'company-site', signals: { deep } };
    expect(pageSignalsSchema.safeParse(report).success).toBe(false);
  });
});
