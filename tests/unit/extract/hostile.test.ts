import { describe, expect, it } from 'vitest';
import { companyFactsSchema } from '../../../lib/facts/schema';
import { extractFromHtml } from '../../../lib/extract/html';
import { parseJsonLdBlock } from '../../../lib/extract/structured/jsonld';

const URL_ = 'https://www.acme-hostile.example.com/';

function run(html: string, url = URL_) {
  const started = performance.now();
  const result = extractFromHtml(html, url);
  return { ...result, ms: performance.now() - started };
}

function ld(json: string): string {
  return `<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`;
}

describe('hostile pages', () => {
  it('gives the rest of the page when JSON-LD is malformed', () => {
    const { company } = run(
      `${ld('{"@type":"Organization","name":"Broken",,,')}<title>Acme Hostile | Home</title>`,
    );
    expect(company.facts.name?.value).toBe('Acme Hostile');
  });

  it('does not pollute prototypes with __proto__ or constructor keys', () => {
    const json =
      '{"@type":"Organization","name":"Acme Hostile","__proto__":{"polluted":"yes","name":"Evil"},"constructor":{"prototype":{"polluted":"yes"}},"address":{"__proto__":{"addressLocality":"Evil City"},"addressLocality":"Lyon"}}';
    const { company } = run(ld(json));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(company.facts.name?.value).toBe('Acme Hostile');
    expect(company.facts.city?.value).toBe('Lyon');
    const microdata =
      '<div itemscope itemtype="https://schema.org/Organization"><span itemprop="__proto__">x</span><span itemprop="name">Acme Hostile</span></div>';
    expect(run(`<body>${microdata}</body>`).company.facts.name?.value).toBe('Acme Hostile');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('keeps a script-like company name as literal text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const json = JSON.stringify({ '@type': 'Organization', name, url: URL_ });
    const { company } = run(ld(json.replace(/</g, '\\u003c')));
    expect(company.facts.name?.value).toBe(name);
    expect(companyFactsSchema.safeParse(company).success).toBe(true);
  });

  it('handles 10,000-deep JSON-LD nesting without a stack overflow', () => {
    const deep = `${'{"a":'.repeat(10_000)}{"@type":"Organization","name":"Deep"}${'}'.repeat(10_000)}`;
    expect(() => parseJsonLdBlock(deep)).not.toThrow();
    const { company, ms } = run(ld(`[{"@type":"Organization","name":"Acme Hostile"},${deep}]`));
    expect(company.facts.name?.value).toBe('Acme Hostile');
    expect(ms).toBeLessThan(2000);
  });

  it('handles 10,000-deep element nesting', () => {
    const html = `<body>${'<div>'.repeat(10_000)}© 2025 Acme Hostile${'</div>'.repeat(10_000)}</body>`;
    const { company } = run(html);
    expect(company.facts.domain?.value).toBe('example.com');
  });

  it('reads a 10,000-deep Wikipedia infobox cell', () => {
    const deep = `${'<span>'.repeat(10_000)}1975${'</span>'.repeat(10_000)}`;
    const html = `<table class="infobox"><caption>Deep Co</caption><tr><th>Industry</th><td>Retail</td></tr><tr><th>Founded</th><td>${deep}</td></tr></table>`;
    const { company } = run(`<body>${html}</body>`, 'https://en.wikipedia.org/wiki/Deep_Co');
    expect(company.facts.foundedYear?.value).toBe(1975);
  });

  it('extracts a 10 MB page in bounded time', () => {
    const filler =
      '<p>Lorem ipsum 12345 dolor sit amet +49 ( ( ( 1999 gegründet 00000 Aaaa</p>'.repeat(140_000);
    const html = `<html lang="de"><head><title>Acme Hostile | Start</title></head><body>${filler}<footer>© 2025 Acme Hostile GmbH</footer></body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const { company, extractMs } = run(html);
    expect(company.facts.name?.value).toMatch(/Acme Hostile/);
    expect(extractMs).toBeLessThan(3000);
  }, 60_000);

  it('survives pathological text for every pattern without slowing down', () => {
    const text = `${'© '.repeat(20_000)}${'1'.repeat(50_000)} ${'Aa-'.repeat(20_000)} ${'+'.repeat(20_000)}`;
    const { extractMs } = run(`<body><p>${text}</p></body>`);
    expect(extractMs).toBeLessThan(1000);
  });

  it('handles thousands of nested microdata scopes and JSON-LD blocks', () => {
    const scopes = `${'<div itemscope itemtype="https://schema.org/Organization" itemprop="subOrganization"><span itemprop="name">Nested</span>'.repeat(3000)}${'</div>'.repeat(3000)}`;
    const blocks =
      '<script type="application/ld+json">{"@type":"Organization","name":"Acme Hostile","url":"https://acme-hostile.example.com/"}</script>'.repeat(
        2000,
      );
    const { company, extractMs } = run(`<html><head>${blocks}</head><body>${scopes}</body></html>`);
    expect(company.facts.name?.value).toBe('Acme Hostile');
    expect(extractMs).toBeLessThan(3000);
  }, 30_000);

  it('gives a clear empty result for an empty or non-HTML page', () => {
    for (const html of ['', '\u0000\u0001', '{"not":"html"}', '<html>']) {
      const { company } = run(html, 'https://en.wikipedia.org/wiki/X');
      expect(company).toEqual({ url: 'https://en.wikipedia.org/wiki/X', facts: {} });
    }
  });
});
