import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluatePage, summarize, truthSchema } from '../../../lib/extract/eval';
import { extractFromHtml, parsePage } from '../../../lib/extract/html';
import { linkedinExtractor, linkedInSelfCheck } from '../../../lib/extract/linkedin';
import { REGISTRY } from '../../../lib/extract/linkedin/registry';
import { isSupportedSelector } from '../../../lib/extract/linkedin/select';
import type { Candidate } from '../../../lib/extract/types';
import { runExtractor } from '../../../lib/extract/core';

const DIR = fileURLToPath(new URL('../../fixtures/linkedin/', import.meta.url));

function read(file: string): string {
  return readFileSync(`${DIR}${file}`, 'utf8');
}

/** The LinkedIn extractor's own output, as field → value. */
function linkedin(html: string, url: string): Record<string, unknown> {
  const candidates = runExtractor(linkedinExtractor, parsePage(html), new URL(url));
  for (const candidate of candidates) expect(candidate.source).toBe('linkedin');
  return Object.fromEntries(candidates.map((c) => [c.field, c.value]));
}

function candidates(html: string, url: string): Candidate[] {
  return runExtractor(linkedinExtractor, parsePage(html), new URL(url));
}

const BRIGHTLANE = 'https://www.linkedin.com/company/brightlane-analytics/';

describe('LinkedIn 2025 logged-in pages', () => {
  it('reads the page company from the embedded JSON, not the similar company listed first', () => {
    const facts = linkedin(read('current-overview.html'), BRIGHTLANE);
    expect(facts).toMatchObject({
      name: 'Brightlane Analytics',
      website: 'https://www.brightlane.example/platform',
      domain: 'brightlane.example',
      industry: 'Data Infrastructure and Analytics',
      employees: { min: 51, max: 200 },
      city: 'Nantes',
      region: 'Pays de la Loire',
      country: 'FR',
      foundedYear: 2016,
      keywords: ['Data pipelines', 'Forecasting', 'Dashboards'],
      followers: 3120,
      linkedinUrl: BRIGHTLANE,
    });
    const all = JSON.stringify(candidates(read('current-overview.html'), BRIGHTLANE));
    for (const distractor of [
      'Northwind',
      'Hamburg',
      'Truck Transportation',
      '912345',
      'Kestrel',
      'Leeds',
    ])
      expect(all).not.toContain(distractor);
  });

  it('gives evidence a person can read and JSON-level confidence', () => {
    const size = candidates(read('current-overview.html'), BRIGHTLANE).find(
      (c) => c.field === 'employees',
    );
    expect(size?.evidence).toMatch(/^Company size: 51-200 employees/);
    expect(size?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('merges a company split across blocks and tolerates line breaks saved inside JSON strings', () => {
    const facts = linkedin(read('current-about.html'), `${BRIGHTLANE}about/`);
    expect(facts).toMatchObject({
      name: 'Brightlane Analytics',
      employees: { min: 51, max: 200 },
      city: 'Nantes',
      region: 'Pays de la Loire',
      country: 'FR',
      foundedYear: 2016,
    });
  });

  it('falls back to the top card when the JSON is about other companies only', () => {
    // The page company's own entity renamed away: only Northwind and Kestrel are left in the JSON.
    const html = read('current-overview.html').replace(/brightlane-analytics/g, 'brightlane-old');
    const facts = linkedin(html, BRIGHTLANE);
    expect(facts).toMatchObject({
      name: 'Brightlane Analytics',
      industry: 'Data Infrastructure and Analytics',
      employees: { min: 51, max: 200 },
      city: 'Nantes',
      // "3K followers" from the top card, not the 3,120 of the page data.
      followers: 3000,
    });
    expect(JSON.stringify(facts)).not.toMatch(/Northwind|Hamburg|Kestrel|Leeds|1961/);
  });

  it('names the company from the labelled <main> landmark when the top card is gone', () => {
    const html = read('current-overview.html')
      .replace(/<code[\s\S]*?<\/code>/g, '')
      .replace(/<section class="org-top-card[\s\S]*?<\/section>/, '')
      .replace(/<title>.*<\/title>/, '');
    const named = candidates(html, BRIGHTLANE).find((c) => c.field === 'name');
    expect(named).toMatchObject({ value: 'Brightlane Analytics', confidence: 0.92 });
  });

  it('reads labelled rows when there is no JSON, and never takes the member count as the size', () => {
    const html = read('current-about.html').replace(/<code[\s\S]*?<\/code>/g, '');
    const found = candidates(html, `${BRIGHTLANE}about/`);
    const facts = Object.fromEntries(found.map((c) => [c.field, c.value]));
    expect(facts).toMatchObject({
      domain: 'brightlane.example',
      industry: 'Data Infrastructure and Analytics',
      employees: { min: 51, max: 200 },
      city: 'Nantes',
      country: 'FR',
      address: '1 Quai de la Fosse, Nantes, Pays de la Loire 44000, FR',
      foundedYear: 2016,
    });
    expect(found.find((c) => c.field === 'employees')?.evidence).toBe(
      'Company size: 51-200 employees',
    );
    expect(JSON.stringify(found)).not.toContain('Manchester');
  });

  it('uses the member count only when no size band is shown, as a lower bound with low confidence', () => {
    const html = read('current-about.html')
      .replace(/<code[\s\S]*?<\/code>/g, '')
      .replace('<dd class="mb1">51-200 employees</dd>', '')
      .replace(/51-200 employees/g, '');
    const size = candidates(html, `${BRIGHTLANE}about/`).find((c) => c.field === 'employees');
    expect(size?.value).toEqual({ min: 87, max: null });
    expect(size?.confidence).toBeLessThan(0.5);
  });

  it('reads the French UI', () => {
    const facts = linkedin(
      read('current-about-fr.html'),
      'https://fr.linkedin.com/company/maison-caradec/about/',
    );
    expect(facts).toMatchObject({
      name: 'Maison Caradec',
      domain: 'caradec.example',
      industry: 'Développement de logiciels',
      employees: { min: 11, max: 50 },
      city: 'Brest',
      region: 'Bretagne',
      country: 'FR',
      foundedYear: 2009,
      keywords: ['Logiciel de planification', 'Logistique', 'Industrie agroalimentaire'],
      followers: 2480,
      linkedinUrl: 'https://www.linkedin.com/company/maison-caradec/',
    });
  });
});

describe('LinkedIn 2018 logged-in pages', () => {
  it('reads the May 2018 overview (top card module and company details)', () => {
    const facts = linkedin(
      read('legacy-2018-overview.html'),
      'https://www.linkedin.com/company/harbor-and-finch/',
    );
    expect(facts).toMatchObject({
      name: 'Harbor & Finch',
      website: 'http://www.harborfinch.example/careers',
      domain: 'harborfinch.example',
      industry: 'Marketing and Advertising',
      employees: { min: 1001, max: 5000 },
      city: 'Austin',
      region: 'TX',
      country: 'US',
      foundedYear: 1998,
      keywords: ['Brand strategy', 'Media buying', 'Creative production'],
      followers: 48210,
      description:
        'Harbor & Finch runs brand campaigns for consumer companies across North America.',
    });
  });

  it('reads the December 2018 about tab and the primary office, not the other locations', () => {
    const facts = linkedin(
      read('legacy-2018-about.html'),
      'https://www.linkedin.com/company/harbor-and-finch/about/',
    );
    expect(facts).toMatchObject({
      name: 'Harbor & Finch',
      industry: 'Marketing and Advertising',
      employees: { min: 1001, max: 5000 },
      city: 'Austin',
      country: 'US',
      address: '500 Congress Ave, Austin, TX 78701, US',
      foundedYear: 1998,
      followers: 52004,
    });
  });
});

describe('LinkedIn public pages', () => {
  const url = 'https://uk.linkedin.com/company/quillstone-labs';

  it('reads the about list and the JSON-LD, with the band rather than the JSON-LD member count', () => {
    const facts = linkedin(read('public.html'), url);
    expect(facts).toMatchObject({
      name: 'Quillstone Labs',
      website: 'http://www.quillstone.example/',
      domain: 'quillstone.example',
      industry: 'Market Research',
      employees: { min: 51, max: 200 },
      city: 'London',
      country: 'GB',
      foundedYear: 2012,
      followers: 5750,
      linkedinUrl: 'https://www.linkedin.com/company/quillstone-labs/',
    });
  });

  it('wins over the generic JSON-LD reading, and linkedin.com never becomes the domain', () => {
    const { facts } = extractFromHtml(read('public.html'), url).company;
    expect(facts.domain?.value).toBe('quillstone.example');
    expect(facts.employees?.value).toEqual({ min: 51, max: 200 });
    expect(facts.employees?.source).toBe('linkedin');
    expect(facts.name?.value).toBe('Quillstone Labs');
    expect(facts.city?.value).toBe('London');
    expect(JSON.stringify(facts)).not.toMatch(/Northwind|Hamburg|Madrid/);
  });

  it('keeps the website when the page has no JSON-LD', () => {
    const html = read('public.html').replace(
      /<script type="application\/ld\+json">[\s\S]*?<\/script>/,
      '',
    );
    const facts = linkedin(html, url);
    expect(facts).toMatchObject({
      name: 'Quillstone Labs',
      domain: 'quillstone.example',
      country: 'GB',
    });
  });
});

describe('LinkedIn extractor scope and bad input', () => {
  it('does nothing off company pages', () => {
    const html = read('current-overview.html');
    expect(linkedin(html, 'https://www.brightlane.example/')).toEqual({});
    expect(linkedin(html, 'https://www.linkedin.com/in/jane-doe/')).toEqual({});
  });

  it('survives malformed JSON, __proto__ keys and markup in names', () => {
    const html = `<html><head><title>x</title></head><body>
      <h1 class="org-top-card-summary__title">&lt;img src=x onerror=alert(1)&gt;</h1>
      <code id="bpr-guid-1">{"included": [{"entityUrn": "urn:li:fsd_company:1", "universalName": "acme", </code>
      <code id="bpr-guid-2">{"included":[{"__proto__":{"polluted":true},"entityUrn":"urn:li:fsd_company:2","universalName":"acme","name":"Acme","$type":"x.Company","foundedOn":{"year":"2001"},"employeeCountRange":{"start":-5}}]}</code>
      </body></html>`;
    const facts = linkedin(html, 'https://www.linkedin.com/company/acme/');
    expect(facts.name).toBe('Acme');
    expect(facts.foundedYear).toBeUndefined();
    // Without the JSON, the top card's markup-looking name is kept as plain text.
    const plain = linkedin(
      html.replace(/<code[\s\S]*?<\/code>/g, ''),
      'https://www.linkedin.com/company/acme/',
    );
    expect(plain.name).toBe('<img src=x onerror=alert(1)>');
    expect(facts.employees).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a deep, large page without throwing', () => {
    const deep = '<div>'.repeat(10_000) + 'x' + '</div>'.repeat(10_000);
    const big = `<code id="bpr-guid-9">{"included":[${'{"entityUrn":"urn:li:fsd_company:9","universalName":"zz"},'.repeat(40_000)}{}]}</code>`;
    const document = parsePage(`<html><body>${deep}${big}</body></html>`);
    expect(() => runExtractor(linkedinExtractor, document, new URL(BRIGHTLANE))).not.toThrow();
  });

  it('reads the 2019-2022 Voyager shapes (staffCountRange, companyIndustries, followingInfo)', () => {
    const entity = {
      $type: 'com.linkedin.voyager.organization.Company',
      entityUrn: 'urn:li:fs_normalized_company:42',
      universalName: 'acme-tools',
      name: 'Acme Tools',
      staffCountRange: { start: 11, end: 50 },
      '*companyIndustries': ['urn:li:fs_industry:55'],
      headquarter: { city: 'Lyon', country: 'fr', geographicArea: 'Auvergne-Rhône-Alpes' },
      foundedOn: { year: 1987 },
      companyPageUrl: 'http://www.acme-tools.example',
      followingInfo: { followerCount: 1200 },
      specialities: ['Lathes', 'Research and Development'],
    };
    const industry = {
      entityUrn: 'urn:li:fs_industry:55',
      localizedName: 'Machinery Manufacturing',
    };
    const json = JSON.stringify({ data: {}, included: [industry, entity] }).replace(/"/g, '&quot;');
    const facts = linkedin(
      `<html><body><code id="bpr-guid-77">${json}</code></body></html>`,
      'https://www.linkedin.com/company/acme-tools/',
    );
    expect(facts).toMatchObject({
      name: 'Acme Tools',
      domain: 'acme-tools.example',
      industry: 'Machinery Manufacturing',
      employees: { min: 11, max: 50 },
      city: 'Lyon',
      country: 'FR',
      foundedYear: 1987,
      followers: 1200,
      keywords: ['Lathes', 'Research and Development'],
    });
  });

  it('opens a page reached by numeric id through the page data', () => {
    const facts = linkedin(
      read('current-overview.html'),
      'https://www.linkedin.com/company/5550001/',
    );
    expect(facts.name).toBe('Brightlane Analytics');
    expect(facts.linkedinUrl).toBe(BRIGHTLANE);
  });
});

describe('LinkedIn registry self-check', () => {
  it('every registry selector is understood by the matcher, and ids are unique', () => {
    for (const entry of REGISTRY)
      if (entry.selector) expect(isSupportedSelector(entry.selector), entry.id).toBe(true);
    expect(isSupportedSelector('div > p')).toBe(false);
    expect(new Set(REGISTRY.map((e) => e.id)).size).toBe(REGISTRY.length);
  });

  it('reports the layout and the entries that matched', () => {
    const current = linkedInSelfCheck(parsePage(read('current-overview.html')), BRIGHTLANE);
    expect(current).toMatchObject({ companyPage: true, layout: 'current', missing: [] });
    expect(current.matched).toEqual(
      expect.arrayContaining(['current.main', 'current.voyager', 'current.name', 'current.info']),
    );
    const legacy = linkedInSelfCheck(
      parsePage(read('legacy-2018-about.html')),
      'https://www.linkedin.com/company/harbor-and-finch/about/',
    );
    expect(legacy.layout).toBe('legacy');
    expect(legacy.matched).toEqual(
      expect.arrayContaining(['label.size', 'legacy.name', 'any.primary']),
    );
    const pub = linkedInSelfCheck(
      parsePage(read('public.html')),
      'https://uk.linkedin.com/company/quillstone-labs',
    );
    expect(pub.layout).toBe('public');
    expect(pub.matched).toEqual(expect.arrayContaining(['public.size', 'public.ld']));
  });

  it('flags a company page on which nothing matches any more', () => {
    const changed = linkedInSelfCheck(
      parsePage(
        '<html><body><div class="new-layout-2030"><span>Brightlane Analytics</span></div></body></html>',
      ),
      BRIGHTLANE,
    );
    expect(changed).toEqual({
      companyPage: true,
      layout: undefined,
      matched: [],
      missing: ['name', 'industry', 'employees', 'city'],
    });
    expect(linkedInSelfCheck(parsePage('<html></html>'), 'https://example.com/').companyPage).toBe(
      false,
    );
  });
});

describe('LinkedIn fixtures through the whole pipeline', () => {
  it('every expected value is read and no distractor is picked up (truth.json)', () => {
    const truth = truthSchema.parse(JSON.parse(read('truth.json')));
    const report = summarize(
      truth.pages.map((page) =>
        evaluatePage(page, extractFromHtml(read(page.file), page.url).company.facts),
      ),
    );
    const problems = report.pages.flatMap((page) => [
      ...page.checks.filter((c) => c.outcome !== 'correct').map((c) => `${page.file} ${c.field}`),
      ...page.distractors.map((d) => `${page.file} distractor ${d.field} ${String(d.value)}`),
    ]);
    expect(problems).toEqual([]);
    expect(report.total.correct).toBe(42);
  });
});
