import { describe, expect, it } from 'vitest';
import { wikipediaExtractor } from '../../../lib/extract/wikipedia';
import { extractFixture, page, values } from './pages';

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
      wikipediaExtractor
        .extract(document, new URL('https://fr.wikipedia.org/wiki/Exemple'))
        .map((c) => [c.field, c.value]),
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

  it('reads nothing outside Wikipedia', () => {
    expect(
      wikipediaExtractor.extract(
        page('<table class="infobox"><caption>X</caption></table>'),
        new URL('https://acme.example/'),
      ),
    ).toEqual([]);
  });
});
