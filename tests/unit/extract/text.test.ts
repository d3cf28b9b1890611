import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/extract/dom';
import { textExtractor } from '../../../lib/extract/text';
import { domainOf, nameFitsDomain } from '../../../lib/company/domain';
import { isPlatform } from '../../../lib/company/platforms';
import { urlExtractor } from '../../../lib/extract/url';
import { extractFixture, page, values } from './pages';
import { runExtractor } from '../../../lib/extract/core';

function signals(
  body: string,
  url = 'https://acme.example.com/',
  lang = '',
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // First candidate per field, as the extractor ranks them.
  for (const candidate of runExtractor(textExtractor, page(body, '', lang), new URL(url)))
    if (!(candidate.field in out)) out[candidate.field] = candidate.value;
  return out;
}

describe('text signals', () => {
  it('reads founding years in English, French and German', () => {
    expect(signals('<p>Founded in 2012 by two engineers.</p>').foundedYear).toBe(2012);
    expect(signals('<p>Société créée en 2007 à Nantes.</p>').foundedYear).toBe(2007);
    expect(signals('<p>Die Firma wurde 1995 gegründet.</p>').foundedYear).toBe(1995);
    expect(signals('<p>Gegründet 1988 in Köln.</p>').foundedYear).toBe(1988);
    expect(signals('<p>We have 2012 customers.</p>').foundedYear).toBeUndefined();
    expect(signals('<dl><dt>Founded:</dt> <dd>2012</dd></dl>').foundedYear).toBe(2012);
    expect(signals('<p>Année de création : 2007</p>').foundedYear).toBe(2007);
    expect(signals('<p>Gründungsjahr: 1995</p>').foundedYear).toBe(1995);
  });

  it('reads headcounts: exact, open-ended and in French and German', () => {
    expect(signals('<p>Our 40 collaborateurs work in Lyon.</p>').employees).toEqual({
      min: 40,
      max: 40,
    });
    expect(signals('<p>200+ employees worldwide</p>').employees).toEqual({ min: 200, max: null });
    expect(signals('<p>Plus de 1 200 salariés en France</p>').employees).toEqual({
      min: 1200,
      max: null,
    });
    expect(signals('<p>mit 85 Mitarbeitern</p>').employees).toEqual({ min: 85, max: 85 });
    expect(signals('<p>Employees: 250</p>').employees).toEqual({ min: 250, max: 250 });
    expect(signals('<p>Mitarbeiterzahl: 50-99</p>').employees).toEqual({ min: 50, max: 99 });
    expect(signals('<p>Effectif : 1 000+</p>').employees).toEqual({ min: 1000, max: null });
  });

  it('reads the copyright holder, preferring the part that fits the domain', () => {
    expect(
      signals('<footer>© 2024 Acme SAS. All rights reserved.</footer>', 'https://acme.fr/').name,
    ).toBe('Acme SAS');
    expect(
      signals('<footer>©2020 - Jo Falk - KITE WORKS®</footer>', 'https://kite-works.eu/').name,
    ).toBe('KITE WORKS®');
    expect(
      signals('<footer>© Quillmark <a>Terms</a> <a>Privacy</a></footer>', 'https://quillmark.io/')
        .name,
    ).toBe('Quillmark');
  });

  it('reads a French address with CEDEX and skips the hosting provider’s', () => {
    const { facts } = extractFixture('accueil-fr.html', 'https://www.lumiere-conseil.fr/');
    expect(values(facts)).toMatchObject({
      name: 'Lumière Conseil',
      city: 'Lyon',
      country: 'FR',
      foundedYear: 2007,
      employees: { min: 40, max: 40 },
    });
    expect(facts.city?.evidence).toContain('69003 Lyon');
  });

  it('reads a German street address with the country written after it', () => {
    const found = signals(
      '<div>Kite Works, Lindenstraße 12, 71634 Ludwigsburg, Baden-Württemberg, Germany</div>',
    );
    expect(found).toMatchObject({ city: 'Ludwigsburg', country: 'DE' });
  });

  it.each([
    ['Neubaugasse 12/3, 1070 Wien, Österreich', 'Wien', 'AT'],
    ['Bahnhofstrasse 10, 8001 Zürich, Schweiz', 'Zürich', 'CH'],
    ['Keizersgracht 123, 1015 CJ Amsterdam, Netherlands', 'Amsterdam', 'NL'],
    ['Avenue Louise 54, 1050 Bruxelles, Belgique', 'Bruxelles', 'BE'],
    ['5 place Bellecour - 69002 LYON - France', 'LYON', 'FR'],
    ['Hauptstr. 5 · D-80331 München · Deutschland', 'München', 'DE'],
    ['Calle Mayor 5, 28013 Madrid, España', 'Madrid', 'ES'],
    ['Lindenweg 3, 1010 Wien Österreich', 'Wien', 'AT'],
    ['Talhofstraße 32<br>82205 Gilching Telefon: 08105 1234', 'Gilching', undefined],
    ['54 rue Gustave Eiffel 33610 Canéjan. Le standard', 'Canéjan', undefined],
  ])('reads the city (and country) of "%s"', (address, city, country) => {
    const found = runExtractor(
      textExtractor,
      page(`<p>Acme, ${address}</p>`),
      new URL('https://acme.example.com/'),
    );
    expect(found.find((c) => c.field === 'city')?.value).toBe(city);
    expect(found.find((c) => c.field === 'country')?.value).toBe(country);
  });

  it('reads a US address with its state and an Indian PIN code address', () => {
    expect(signals('<p>900 Congress Avenue, Austin, TX 78701</p>')).toMatchObject({
      city: 'Austin',
      country: 'US',
    });
    expect(
      signals('<p>Shop no.9, SV Road, Jogeshwari (W), Mumbai 400102. T: +91 90294 69931</p>'),
    ).toMatchObject({ city: 'Mumbai', country: 'IN' });
  });

  it('takes phone prefixes, country mentions and the page language as weak country hints', () => {
    const byPhone = runExtractor(
      textExtractor,
      page('<p>Tel. +43 1 555 0101</p>'),
      new URL('https://acme.example/'),
    );
    expect(byPhone.find((c) => c.field === 'country')).toMatchObject({
      value: 'AT',
      confidence: 0.35,
    });
    const notPhones = runExtractor(
      textExtractor,
      page('<p>Revenue +100% and +30 % in 2024, call 0049</p>'),
      new URL('https://acme.example/'),
    );
    expect(notPhones.find((c) => c.field === 'country')).toBeUndefined();
    const byLanguage = runExtractor(
      textExtractor,
      page('<p>Hallo</p>', '', 'de'),
      new URL('https://acme.example/'),
    );
    expect(byLanguage.find((c) => c.field === 'country')).toMatchObject({
      value: 'DE',
      confidence: 0.15,
    });
    expect(
      signals('<p>Wir sind in Österreich aktiv. Creative Commons Österreich.</p>').country,
    ).toBe('AT');
  });

  it('reads nothing on platform pages, whose footer is the platform’s', () => {
    expect(
      runExtractor(
        textExtractor,
        page('<footer>© 2025 LinkedIn Corporation, Sunnyvale, CA 94085</footer>'),
        new URL('https://www.linkedin.com/company/acme/'),
      ),
    ).toEqual([]);
  });

  it('reads text without scripts and styles, with breaks between blocks', () => {
    const text = readText(
      page('<div>Acme</div><div>Lyon</div><script>var x="secret"</script><style>p{}</style>').body,
    );
    expect(text).toContain('Acme');
    expect(text).not.toContain('secret');
    expect(/Acme\s+Lyon/.test(text)).toBe(true);
  });
});

describe('domain from the URL', () => {
  it('drops www. and subdomains, keeps two-label public suffixes', () => {
    expect(domainOf('https://www.acme.de/impressum')).toBe('acme.de');
    expect(domainOf('https://about.gitlab.example.com/blog/')).toBe('example.com');
    expect(domainOf('https://shop.acme.co.uk/')).toBe('acme.co.uk');
    expect(domainOf('acme.fr')).toBe('acme.fr');
    expect(domainOf('https://acme.github.io/docs')).toBe('acme.github.io');
    expect(domainOf('https://shop.acme.myshopify.com/')).toBe('acme.myshopify.com');
    expect(domainOf('mailto:x@acme.fr')).toBeUndefined();
    expect(domainOf('http://127.0.0.1/')).toBeUndefined();
  });

  it('gives no domain on LinkedIn or Wikipedia pages', () => {
    expect(isPlatform('https://fr.linkedin.com/company/acme')).toBe(true);
    expect(
      runExtractor(urlExtractor, page(''), new URL('https://en.wikipedia.org/wiki/Acme')),
    ).toEqual([]);
    const own = runExtractor(urlExtractor, page(''), new URL('https://www.acme.de/'));
    expect(own.map((c) => [c.field, c.value])).toEqual([
      ['domain', 'acme.de'],
      ['country', 'DE'],
    ]);
    expect(
      runExtractor(urlExtractor, page(''), new URL('https://acme.io/')).some(
        (c) => c.field === 'country',
      ),
    ).toBe(false);
  });

  it('matches names to domains', () => {
    expect(nameFitsDomain('RENT A SALESMAN®', 'rent-a-salesman.eu')).toBe(true);
    expect(nameFitsDomain('Chowhan & Sons', 'chowhanandsons.com')).toBe(true);
    expect(nameFitsDomain('GitHub', 'acme.com')).toBe(false);
  });
});
