import { describe, expect, it } from 'vitest';
import { extractCompany } from '../../../lib/extract/index';
import { jsonLdExtractor, parseJsonLdBlock } from '../../../lib/extract/structured/jsonld';
import { metaExtractor, nameFromTitle } from '../../../lib/extract/structured/meta';
import { microdataExtractor } from '../../../lib/extract/structured/microdata';
import { extractFixture, page, values } from './pages';
import { runExtractor } from '../../../lib/extract/core';

describe('JSON-LD blocks', () => {
  it('reads a block wrapped in CDATA markers, with escaped slashes', () => {
    const [value] = parseJsonLdBlock(
      '\n  <![CDATA[\n {"url":"https:\\/\\/acme.example\\/"}\n ]]>\n',
    );
    expect(value).toEqual({ url: 'https://acme.example/' });
  });

  it('reads blocks inside HTML comments and with trailing junk', () => {
    expect(parseJsonLdBlock('<!-- {"name":"Acme"} -->')).toEqual([{ name: 'Acme' }]);
    expect(parseJsonLdBlock('{"name":"Acme"};\nwindow.x = 1;')).toEqual([{ name: 'Acme' }]);
  });

  it('reads several values in a row and raw line breaks inside strings', () => {
    expect(parseJsonLdBlock('{"a":1}\n{"b":"two\nlines"}')).toEqual([{ a: 1 }, { b: 'two lines' }]);
  });

  it('gives nothing for malformed JSON instead of throwing', () => {
    expect(parseJsonLdBlock('{"name": "Acme", ')).toEqual([]);
    expect(parseJsonLdBlock('not json at all')).toEqual([]);
    expect(parseJsonLdBlock('')).toEqual([]);
  });

  it('reads the organisation from a CDATA-wrapped block and ignores the blog author', () => {
    const { facts } = extractFixture(
      'blog-jsonld-cdata.html',
      'https://about.nordlicht-analytics.com/blog/five-lessons/',
    );
    expect(values(facts)).toMatchObject({
      name: 'Nordlicht Analytics',
      legalName: 'Nordlicht Analytics Inc.',
      domain: 'nordlicht-analytics.com',
      city: 'Portland',
      region: 'OR',
      country: 'US',
      foundedYear: 2014,
      linkedinUrl: 'https://www.linkedin.com/company/nordlicht-analytics',
    });
    expect(facts.name?.source).toBe('jsonld');
    expect(facts.city?.evidence).toContain('Portland');
  });

  it('merges an organisation split across two blocks (name in one, phone in the other)', () => {
    const document = page(
      '',
      `<script type="application/ld+json">{"@type":"Organization","url":"https://www.kite.example.de/","name":"Kite Works"}</script>
       <script type="application/ld+json">{"@type":"Organization","url":"https://www.kite.example.de/","contactPoint":{"telephone":"+43 1 555 0101"}}</script>`,
    );
    const candidates = runExtractor(
      jsonLdExtractor,
      document,
      new URL('https://www.kite.example.de/'),
    );
    const country = candidates.find((c) => c.field === 'country');
    expect(candidates.find((c) => c.field === 'name')?.value).toBe('Kite Works');
    expect(country?.value).toBe('AT');
  });

  it('prefers the organisation that owns the page domain over partners and the parent company', () => {
    const { facts } = extractFixture('home-graph-jsonld.html', 'https://bramblefinch.co.uk/');
    expect(values(facts)).toMatchObject({
      name: 'Bramble & Finch Ltd',
      city: 'Leeds',
      country: 'GB',
      employees: { min: 11, max: 50 },
      domain: 'bramblefinch.co.uk',
    });
    // The parent's founding year must not become the company's.
    expect(facts.foundedYear).toBeUndefined();
  });

  it('ignores Wikipedia JSON-LD, which describes the article and its publisher', () => {
    const document = page(
      '',
      '<script type="application/ld+json">{"@type":"Article","publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."}}</script>',
    );
    expect(
      runExtractor(jsonLdExtractor, document, new URL('https://en.wikipedia.org/wiki/Acme')),
    ).toEqual([]);
  });

  it('never takes a platform URL as the company domain (public LinkedIn page JSON-LD)', () => {
    const document = page(
      '',
      '<script type="application/ld+json">{"@type":"Organization","name":"Acme","url":"https://fr.linkedin.com/company/acme","numberOfEmployees":{"value":42}}</script>',
    );
    const candidates = runExtractor(
      jsonLdExtractor,
      document,
      new URL('https://fr.linkedin.com/company/acme'),
    );
    expect(candidates.find((c) => c.field === 'name')?.value).toBe('Acme');
    expect(candidates.find((c) => c.field === 'domain')).toBeUndefined();
  });
});

describe('JSON-LD shapes', () => {
  const at = new URL('https://www.orbit-tools.example.de/');
  const found = (json: string): Record<string, unknown> =>
    Object.fromEntries(
      runExtractor(
        jsonLdExtractor,
        page('', `<script type="application/ld+json">${json}</script>`),
        at,
      ).map((c) => [c.field, c.value]),
    );

  it('reads a top-level array, a @type list, a band as text and a country object', () => {
    expect(
      found(
        '[{"@type":"BreadcrumbList"},{"@type":["Organization","Corporation"],"name":"Orbit Tools","numberOfEmployees":"51-200","address":{"addressLocality":"Graz","addressCountry":{"@type":"Country","name":"Austria"}}}]',
      ),
    ).toMatchObject({
      name: 'Orbit Tools',
      employees: { min: 51, max: 200 },
      city: 'Graz',
      country: 'AT',
    });
  });

  it('reads an address written as one string and an @graph inside an array', () => {
    expect(
      found(
        '[{"@graph":[{"@type":"LocalBusiness","name":"Orbit Tools","address":"Ringstraße 1, 8010 Graz"}]}]',
      ),
    ).toMatchObject({ name: 'Orbit Tools', address: 'Ringstraße 1, 8010 Graz' });
  });

  it('takes the seller of a product page when it owns the domain', () => {
    expect(
      found(
        '{"@type":"Product","name":"Widget","brand":{"@type":"Brand","name":"Widgy"},"offers":{"@type":"Offer","seller":{"@type":"Organization","name":"Orbit Tools","url":"https://orbit-tools.example.de"}}}',
      ).name,
    ).toBe('Orbit Tools');
  });

  it('gives a list of partner organisations only a weak candidate', () => {
    const candidates = runExtractor(
      jsonLdExtractor,
      page(
        '',
        '<script type="application/ld+json">[{"@type":"Organization","name":"Partner One","url":"https://partner-one.example"},{"@type":"Organization","name":"Partner Two","url":"https://partner-two.example"}]</script>',
      ),
      at,
    );
    expect(candidates.find((c) => c.field === 'name')?.confidence ?? 0).toBeLessThan(0.4);
  });
});

describe('microdata', () => {
  it('reads a LocalBusiness with its PostalAddress from a German footer', () => {
    const { facts } = extractFixture(
      'home-microdata-impressum.html',
      'https://www.talweg-druck.de/',
    );
    expect(values(facts)).toMatchObject({
      name: 'TALWEG DRUCKTECHNIK AG',
      city: 'Gilching',
      address: 'Talweg 7, 82205 Gilching',
      country: 'DE',
      legalForm: 'AG',
      foundedYear: 1991,
      employees: { min: 85, max: 85 },
    });
  });

  it('keeps only the scope’s own properties, not those of nested items', () => {
    const document =
      page(`<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Orbit Tools</span>
      <div itemprop="member" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jo Doe</span></div>
      <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="addressLocality">Ghent</span><meta itemprop="addressCountry" content="BE"></div></div>`);
    const found = Object.fromEntries(
      runExtractor(microdataExtractor, document, new URL('https://orbit.example/')).map((c) => [
        c.field,
        c.value,
      ]),
    );
    expect(found).toMatchObject({ name: 'Orbit Tools', city: 'Ghent', country: 'BE' });
  });
});

describe('OpenGraph and meta', () => {
  it('names an OG-only single-page app from the title part that fits the domain, not an SVG title', () => {
    const { facts } = extractFixture('home-og-only-spa.html', 'https://quillmark.io/');
    expect(facts.name?.value).toBe('Quillmark');
    expect(facts.description?.value).toContain('invoices');
    expect(facts.country).toBeUndefined();
  });

  it('strips title suffixes such as " - Accueil" and " | Home"', () => {
    expect(nameFromTitle('Lumière Conseil - Accueil', 'lumiere-conseil.fr')?.name).toBe(
      'Lumière Conseil',
    );
    expect(nameFromTitle('Home | Orbit Tools', 'orbittools.com')?.name).toBe('Orbit Tools');
    expect(nameFromTitle('Pricing | Orbit', 'unrelated.com')?.name).toBe('Orbit');
    expect(nameFromTitle('Orbit Tools | Careers', 'unrelated.com')?.name).toBe('Orbit Tools');
    expect(nameFromTitle('Impressum - Orbit GmbH', 'orbit.de')).toEqual({
      name: 'Orbit GmbH',
      fits: true,
    });
    expect(nameFromTitle('A long article title without any site name', 'x.com')).toBeUndefined();
  });

  it('reads og:site_name and the canonical URL, but not on LinkedIn', () => {
    const head =
      '<meta property="og:site_name" content="LinkedIn"><title>Acme | LinkedIn</title><link rel="canonical" href="https://www.linkedin.com/company/acme">';
    expect(
      runExtractor(
        metaExtractor,
        page('', head),
        new URL('https://www.linkedin.com/company/acme/'),
      ),
    ).toEqual([]);
    const own = runExtractor(
      metaExtractor,
      page(
        '',
        '<meta property="og:site_name" content="Acme"><link rel="canonical" href="https://acme.example.com/x">',
      ),
      new URL('https://acme.example.com/x?utm=1'),
    );
    expect(own.map((c) => [c.field, c.value])).toEqual([
      ['name', 'Acme'],
      ['domain', 'example.com'],
    ]);
  });

  it('reads the tags afresh after a single-page app changed them in the same document', () => {
    const document = page('', '<meta property="og:site_name" content="First Co">');
    const url = new URL('https://example.com/');
    expect(extractCompany(document, url).facts.name?.value).toBe('First Co');
    document.querySelector('meta')!.setAttribute('content', 'Second Co');
    expect(extractCompany(document, url).facts.name?.value).toBe('Second Co');
  });

  it('prefers the company name on the page over a generic title', () => {
    const facts = extractCompany(
      page('<footer>© 2025 Orbit Tools GmbH</footer>', '<title>Startseite</title>'),
      'https://www.orbit-tools.de/',
    ).facts;
    expect(facts.name?.value).toBe('Orbit Tools GmbH');
  });
});
