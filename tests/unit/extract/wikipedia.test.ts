import { describe, expect, it } from 'vitest';
import { wikipediaExtractor } from '../../../lib/extract/wikipedia';
import { extractFixture, page, values } from './pages';
import { runExtractor } from '../../../lib/extract/core';

describe('Wikipedia infobox', () => {
  it('reads name, website, headquarters, founding year, headcount, industry and revenue', () => {
    const { facts } = extractFixture(
      'wikipedia-infobox.html',
      'https://en.wikipedia.org/wiki/Brightwater_Systems',
    );
    expect(values(facts)).toMatchObject({
      name: 'Brightwater Systems Corporation',
      domain: 'brightwater-systems.com',
      city: 'Boulder',
      country: 'US',
      foundedYear: 1981,
      employees: { min: 38500, max: 38500 },
      revenue: { min: 12.4e9, max: 12.4e9, currency: 'USD' },
    });
    expect(facts.name?.source).toBe('wikipedia');
    expect(facts.employees?.evidence).toBe('Number of employees: 38,500 (2024)');
  });

  it('never takes products, subsidiaries or the publisher as the name', () => {
    const { facts } = extractFixture(
      'wikipedia-infobox.html',
      'https://en.wikipedia.org/wiki/Brightwater_Systems',
    );
    expect([
      'Glimmer Labs',
      'Harbor Analytics',
      'Brightwater OS',
      'Wikimedia Foundation, Inc.',
    ]).not.toContain(facts.name?.value);
    expect(facts.legalName?.value).not.toBe('Wikimedia Foundation, Inc.');
  });

  it('reads French labels and a malformed website link', () => {
    const document = page(`<table class="infobox"><caption>Société Exemple</caption>
      <tr><th>Siège</th><td>Lille, France</td></tr>
      <tr><th>Création</th><td>12 mai 1999</td></tr>
      <tr><th>Effectif</th><td>1 200 (2022)</td></tr>
      <tr><th>Site web</th><td><a href="http://exemple.fr/,%20https://www.exemple.fr/en/">exemple.fr</a></td></tr></table>`);
    const found = Object.fromEntries(
      runExtractor(
        wikipediaExtractor,
        document,
        new URL('https://fr.wikipedia.org/wiki/Exemple'),
      ).map((c) => [c.field, c.value]),
    );
    expect(found).toEqual({
      name: 'Société Exemple',
      city: 'Lille',
      country: 'FR',
      foundedYear: 1999,
      employees: { min: 1200, max: 1200 },
      domain: 'exemple.fr',
    });
  });

  it('reads a French infobox_v3 without a caption, naming the company from the title', () => {
    const document = page(
      `<div class="infobox_v3"><div class="entete">Société Exemple</div><table>
        <tr><th>Forme juridique</th><td>Société anonyme</td></tr>
        <tr><th>Siège</th><td>Nantes (France)</td></tr></table></div>`,
      '<title>Société Exemple — Wikipédia</title>',
    );
    const found = runExtractor(
      wikipediaExtractor,
      document,
      new URL('https://fr.wikipedia.org/wiki/X'),
    );
    expect(found.find((c) => c.field === 'name')?.value).toBe('Société Exemple');
    expect(found.find((c) => c.field === 'city')?.value).toBe('Nantes');
    expect(found.find((c) => c.field === 'country')?.value).toBe('FR');
    const bare = page(
      '<table class="infobox"><tr><th>Industry</th><td>Retail</td></tr></table>',
      '<title>Orbit Stores (company) — Wikipédia</title>',
    );
    expect(
      runExtractor(wikipediaExtractor, bare, new URL('https://fr.wikipedia.org/wiki/X'))[0],
    ).toMatchObject({
      field: 'name',
      value: 'Orbit Stores',
      confidence: 0.6,
    });
  });

  it('reads nothing from a person’s or a product’s infobox', () => {
    const person = page(`<table class="infobox"><caption>Ada Brook</caption>
      <tr><th>Born</th><td>1970, Leeds</td></tr><tr><th>Website</th><td><a href="https://adabrook.example">adabrook.example</a></td></tr></table>`);
    expect(
      runExtractor(wikipediaExtractor, person, new URL('https://en.wikipedia.org/wiki/Ada_Brook')),
    ).toEqual([]);
    const product = page(`<table class="infobox"><caption>Lantern Browser</caption>
      <tr><th>Type</th><td>Web browser</td></tr><tr><th>Developer(s)</th><td>Brightwater</td></tr></table>`);
    expect(
      runExtractor(wikipediaExtractor, product, new URL('https://en.wikipedia.org/wiki/Lantern')),
    ).toEqual([]);
  });

  it('reads nothing outside Wikipedia', () => {
    expect(
      runExtractor(
        wikipediaExtractor,
        page('<table class="infobox"><caption>X</caption></table>'),
        new URL('https://acme.example/'),
      ),
    ).toEqual([]);
  });
});
