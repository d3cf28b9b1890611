import { describe, expect, it, vi } from 'vitest';
import { companyFactsSchema } from '../../../lib/facts/schema';
import { extractFromHtml } from '../../../lib/extract/html';
import { parseJsonLdBlock } from '../../../lib/extract/structured/jsonld';
import { SITE_COLLECTORS } from '../../../lib/extract/collectors';
import { collectPage, readPage, readPageInTurns } from '../../../lib/extract/core';
import { parsePage } from '../../../lib/extract/html';
import { EXTRACTORS } from '../../../lib/extract/readers';
import { textExtractor } from '../../../lib/extract/text';
import type { Reader } from '../../../lib/extract/types';

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

describe('a page built to be slow to read (issue 11)', () => {
  // 190,000 spaces between a digit and a control character: the headcount and copyright patterns
  // once backtracked quadratically over them (78 s in the background reader).
  const SPACES = ' '.repeat(190_000);
  const html = `<html><body><div>0${SPACES}&#1;</div><footer>© 2025 Acme Hostile SAS</footer></body></html>`;
  const url = new URL(URL_);

  it('collects its text with the run of spaces collapsed', () => {
    const { signals } = collectPage(SITE_COLLECTORS, parsePage(html), url);
    const text = signals.text as { body: string; contact: string };
    expect(text.body.length).toBeLessThan(100);
    expect(text.body).toContain('0 \u0001');
    expect(text.body).toContain('© 2025 Acme Hostile SAS');
  });

  it('reads even the raw text (as a compromised content script would send it) at once', () => {
    const started = performance.now();
    const candidates = textExtractor.read({ contact: '', body: `0${SPACES}\u0001` }, url);
    expect(candidates.filter((c) => c.field === 'employees')).toEqual([]);
    // Linear patterns: a few milliseconds; the quadratic ones took over a minute.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reads a page full of every pattern-hostile string at once', () => {
    const body = [
      `0${' 000'.repeat(30_000)}\u0000`,
      `©${'\t\n'.repeat(30_000)}©`,
      `Acme${' '.repeat(50_000)}\u0000`,
      `${'ROVH'.repeat(20_000)}\n`,
      `${'('.repeat(30_000)}x`,
    ].join(' ');
    const started = performance.now();
    textExtractor.read({ contact: body.slice(0, 5000), body }, url);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('reading in turns, within a time budget', () => {
  const url = 'https://www.acme-hostile.example.com/';
  const reader = (name: string, cost: number, value: string): Reader & { cost: number } => ({
    name,
    cost,
    read: () => [{ field: 'name', value, source: 'text', confidence: 0.5 }],
  });

  /** A clock the readers advance by their cost, and a log of the pauses between them. */
  function clocked(readers: (Reader & { cost: number })[]) {
    let time = 0;
    const log: string[] = [];
    const timed = readers.map((r) => ({
      name: r.name,
      read: (...args: Parameters<Reader['read']>) => {
        time += r.cost;
        log.push(r.name);
        return r.read(...args);
      },
    }));
    return {
      timed,
      log,
      options: {
        budget: { readerMs: 100, pageMs: 250 },
        now: () => time,
        pause: async () => void log.push('pause'),
      },
    };
  }

  it('drops the output of a reader over its budget, logged once, and keeps the others', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { timed, log, options } = clocked([
      reader('slow', 150, 'Crafted Name'),
      reader('fast', 10, 'Acme Hostile'),
    ]);
    const signals = { slow: {}, fast: {} };
    const company = await readPageInTurns(timed, signals, url, options);
    expect(company.facts.name?.value).toBe('Acme Hostile');
    expect(log).toEqual(['pause', 'slow', 'pause', 'fast']);
    await readPageInTurns(timed, signals, url, options);
    expect(warn.mock.calls.filter((call) => String(call[0]).includes('reader slow'))).toHaveLength(
      1,
    );
    warn.mockRestore();
  });

  it('skips the readers left once the page has used its budget', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { timed, log, options } = clocked([
      reader('first', 90, 'First'),
      reader('second', 90, 'Second'),
      reader('third', 90, 'Third'),
      reader('fourth', 10, 'Fourth'),
    ]);
    const signals = { first: {}, second: {}, third: {}, fourth: {} };
    await readPageInTurns(timed, signals, url, options);
    expect(log.filter((entry) => entry !== 'pause')).toEqual(['first', 'second', 'third']);
    vi.restoreAllMocks();
  });

  it('gives the same facts as reading in one go on a normal page', async () => {
    const document = parsePage(
      '<html><head><title>Acme Hostile | Home</title></head><body><footer>© 2025 Acme Hostile SAS, 12 rue de la Paix, 75002 Paris</footer></body></html>',
    );
    const { signals } = collectPage(SITE_COLLECTORS, document, url);
    const inTurns = await readPageInTurns(EXTRACTORS, signals, url);
    expect(inTurns.facts.name?.value).toBe('Acme Hostile');
    expect(inTurns).toEqual(readPage(EXTRACTORS, signals, url));
  });
});
