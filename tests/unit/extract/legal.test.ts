import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectLegalText, legalExtractor, readLegalText } from '../../../lib/extract/legal';
import type { Candidate } from '../../../lib/extract/types';
import { runExtractor } from '../../../lib/extract/core';

function page(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function extract(html: string, url: string): Candidate[] {
  return runExtractor(legalExtractor, page(html), new URL(url));
}

function fixture(name: string, url: string): Candidate[] {
  return extract(
    readFileSync(new URL(`../../fixtures/legal/${name}`, import.meta.url), 'utf8'),
    url,
  );
}

/** field → value of the candidates, for compact assertions. */
function values(candidates: Candidate[]): Record<string, unknown> {
  return Object.fromEntries(candidates.map((c) => [c.field, c.value]));
}

describe('French mentions légales', () => {
  const found = fixture(
    'mentions-legales-broceliande.html',
    'https://brocel-studio.example/mentions-legales',
  );

  it('reads the validated identifiers, the registry, the NAF code and the VAT number', () => {
    expect(values(found)).toMatchObject({
      siren: '912345675',
      siret: '91234567500017',
      naf: '62.01Z',
      vatId: 'FR65912345675',
      registration: 'RCS Rennes 912345675',
      country: 'FR',
    });
    expect(found.every((c) => c.source === 'legal')).toBe(true);
    expect(found.find((c) => c.field === 'siren')?.evidence).toContain('912 345 675');
  });

  it('reads the legal entity, its form and its registered office', () => {
    expect(values(found)).toMatchObject({
      legalName: 'Atelier Numérique Brocéliande',
      legalForm: 'SAS',
      city: 'Rennes',
      address: '12 rue des Korrigans, 35000 Rennes',
    });
  });

  it('gives the name less confidence than structured data would have', () => {
    const name = found.find((c) => c.field === 'name');
    expect(name?.value).toBe('Atelier Numérique Brocéliande');
    expect(name!.confidence).toBeLessThan(0.6);
  });

  it('never takes the host, the publication director or the agency for the company', () => {
    const all = JSON.stringify(found.map((c) => c.value));
    for (const other of [
      'OVH',
      'Roubaix',
      '424761419',
      '26.20Z',
      'Morgane',
      'Pixel Lutin',
      'Vannes',
      'SARL',
    ])
      expect(all).not.toContain(other);
  });
});

it('reads a notice written as label: value lines and ignores the GitHub hosting block', () => {
  const found = fixture('mentions-legales-labels.html', 'https://kerlouan-conseil.example/legal');
  expect(values(found)).toMatchObject({
    legalName: 'Kerlouan Conseil',
    legalForm: 'SARL',
    siren: '821453099',
    vatId: 'FR07821453099',
    registration: 'RCS Brest 821453099',
    city: 'Brest',
    country: 'FR',
  });
  const all = JSON.stringify(found.map((c) => c.value));
  expect(all).not.toMatch(/GitHub|San Francisco|Yann/);
});

it('reads a German Impressum and skips the responsible person and the hoster', () => {
  const found = fixture('impressum-alpenwerk.html', 'https://www.alpenwerk.example/impressum');
  expect(values(found)).toMatchObject({
    legalName: 'Alpenwerk Software GmbH',
    name: 'Alpenwerk Software',
    legalForm: 'GmbH',
    registration: 'HRB 234567, Amtsgericht München',
    vatId: 'DE812345673',
    city: 'München',
    address: 'Leopoldstraße 12, 80802 München',
    country: 'DE',
  });
  expect(JSON.stringify(found.map((c) => c.value))).not.toMatch(
    /Hetzner|Gunzenhausen|135792460|Nymphenburger/,
  );
});

it('tells an Austrian Impressum by its Firmenbuch number and UID', () => {
  const found = fixture('impressum-donauhain-at.html', 'https://donauhain.example/impressum');
  expect(values(found)).toMatchObject({
    legalName: 'Donauhain Digital GmbH',
    legalForm: 'GmbH',
    registration: 'FN 456789 k',
    vatId: 'ATU12345678',
    city: 'Wien',
    country: 'AT',
  });
});

it('tells a Swiss notice by its UID, checked', () => {
  const found = fixture('impressum-glarnerland-ch.html', 'https://glarnerland.example/impressum');
  expect(values(found)).toMatchObject({
    legalName: 'Glarnerland Data AG',
    legalForm: 'AG',
    vatId: 'CHE-109.876.542',
    city: 'Zürich',
    country: 'CH',
  });
  const wrongCheckDigit = readFileSync(
    new URL('../../fixtures/legal/impressum-glarnerland-ch.html', import.meta.url),
    'utf8',
  ).replace('CHE-109.876.542', 'CHE-109.876.543');
  expect(
    values(extract(wrongCheckDigit, 'https://glarnerland.example/impressum')).vatId,
  ).toBeUndefined();
});

it('reads a UK legal notice: company number, England and Wales, Ltd, registered office', () => {
  const found = fixture('legal-notice-thamesbyte.html', 'https://thamesbyte.example/legal');
  expect(values(found)).toMatchObject({
    legalName: 'Thamesbyte Ltd',
    legalForm: 'Ltd',
    registration: 'Company number 09876543 (England and Wales)',
    vatId: 'GB123456789',
    city: 'London',
    country: 'GB',
  });
  expect(JSON.stringify(found.map((c) => c.value))).not.toMatch(/Netlify|San Francisco/);
});

it('gives nothing for a template left with placeholders, dummy or invalid numbers', () => {
  const found = values(
    fixture('mentions-legales-template.html', 'https://example.org/mentions-legales'),
  );
  for (const field of [
    'siren',
    'siret',
    'vatId',
    'registration',
    'legalName',
    'name',
    'address',
    'city',
  ])
    expect(found[field], field).toBeUndefined();
});

it('reads strong identifiers in the footer of any page, and nothing from its body', () => {
  const found = values(fixture('home-with-footer.html', 'https://brocel-studio.example/'));
  expect(found).toMatchObject({
    siren: '912345675',
    legalForm: 'SAS',
    country: 'FR',
    city: 'Rennes',
  });
  expect(JSON.stringify(found)).not.toMatch(/821453099|Decathlon|Orange/);
});

it('reads nothing on a page that is neither a notice nor has identifiers in its footer', () => {
  const html =
    '<html><body><h1>Acme</h1><p>Acme SAS, RCS Paris 912 345 675.</p><footer>© Acme</footer></body></html>';
  expect(extract(html, 'https://acme.example/products')).toEqual([]);
  expect(extract(html, 'https://www.linkedin.com/company/acme/')).toEqual([]);
});

describe('hostile pages', () => {
  it('treats markup-like text as text', () => {
    const html =
      '<html><body><h1>Mentions légales</h1><p>Édité par &lt;img src=x onerror=alert(1)&gt; SAS, RCS Rennes 912 345 675.</p></body></html>';
    const found = extract(html, 'https://x.example/mentions-legales');
    expect(values(found).siren).toBe('912345675');
    for (const c of found) expect(String(c.value)).not.toMatch(/onerror|<img/);
  });

  it('survives 10,000-deep nesting and a 5 MB notice quickly', () => {
    const deep = `<html><body>${'<div>'.repeat(10_000)}SIREN 912 345 675${'</div>'.repeat(10_000)}</body></html>`;
    expect(() => extract(deep, 'https://x.example/impressum')).not.toThrow();
    const huge = page(
      `<html><body><h1>Impressum</h1><p>${'Lorem 12 ipsum GmbH AG SAS 33000 '.repeat(150_000)}</p></body></html>`,
    );
    const start = performance.now();
    runExtractor(legalExtractor, huge, new URL('https://x.example/impressum'));
    // About 30 ms when the machine is idle: the text read is capped, whatever the page size.
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('weak evidence', () => {
  it('does not take a third party named in terms of sale for the company', () => {
    const html =
      '<html><body><h1>Conditions générales de vente</h1><p>Les paiements sont traités par la société Stripe Payments Europe Ltd, 1 Grand Canal Street Lower, Dublin D02 H210.</p></body></html>';
    const found = values(extract(html, 'https://boutique.example/cgv'));
    expect(found.legalName).toBeUndefined();
    expect(found.legalForm).toBeUndefined();
  });

  it('does not take the CNIL’s address for the registered office', () => {
    const html = `<html><body><h1>Mentions légales</h1>
      <p>Le site est édité par Menhir Logiciels SAS, RCS Vannes 912 345 675.</p>
      <p>Vous pouvez introduire une réclamation auprès de la CNIL, 3 place de Fontenoy, 75007 Paris.</p>
      </body></html>`;
    const found = values(extract(html, 'https://menhir.example/mentions-legales'));
    expect(found.legalName).toBe('Menhir Logiciels');
    expect(found.city).toBeUndefined();
  });
});

describe('notice layouts with a hosting block', () => {
  const company = 'Menhir Logiciels SAS, RCS Vannes 912 345 675';
  const layouts: Record<string, string> = {
    'definition list': `<dl><dt>Éditeur</dt><dd>${company}</dd><dt>Hébergeur</dt><dd>OVH SAS, 2 rue Kellermann, 59100 Roubaix</dd><dt>Siège social</dt><dd>4 rue des Dolmens, 56340 Carnac</dd></dl>`,
    table: `<table><tr><td>Hébergeur</td><td>OVH SAS<br>2 rue Kellermann<br>59100 Roubaix</td></tr><tr><td>Société</td><td>${company}</td></tr><tr><td>Siège social</td><td>4 rue des Dolmens, 56340 Carnac</td></tr></table>`,
    'list items': `<ul><li>Hébergeur : OVH SAS, 2 rue Kellermann, 59100 Roubaix</li><li>Siège : 4 rue des Dolmens, 56340 Carnac</li><li>Société : ${company}</li></ul>`,
    'labelled lines': `<div>Hébergeur : OVH SAS</div><div>Adresse : 2 rue Kellermann, 59100 Roubaix</div><div>Téléphone : 1007</div><h2>Éditeur</h2><div>${company}</div><div>4 rue des Dolmens, 56340 Carnac</div>`,
    'one long line': `<p>Le site est édité par ${company}, dont le siège est situé 4 rue des Dolmens, 56340 Carnac.</p><p>Hébergeur : OVH SAS au capital de 10 069 020 € RCS Lille Métropole 424 761 419 00045 Code APE 2620Z N° TVA : FR 22 424 761 419 Siège social : 2 rue Kellermann - 59100 Roubaix - France</p>`,
  };
  for (const [layout, body] of Object.entries(layouts))
    it(`reads the company, not the host, from ${layout}`, () => {
      const found = values(
        extract(
          `<html><body><h1>Mentions légales</h1>${body}</body></html>`,
          'https://menhir.example/mentions-legales',
        ),
      );
      expect(found).toMatchObject({
        siren: '912345675',
        legalName: 'Menhir Logiciels',
        legalForm: 'SAS',
        city: 'Carnac',
        country: 'FR',
      });
      expect(found.naf).toBeUndefined();
      expect(JSON.stringify(found)).not.toMatch(/OVH|Roubaix|424761419/);
    });
});

it('reads the same facts from the collected text sent as a message as from the page', () => {
  const html = readFileSync(
    new URL('../../fixtures/legal/impressum-alpenwerk.html', import.meta.url),
    'utf8',
  );
  const url = new URL('https://www.alpenwerk.example/impressum');
  const collected = collectLegalText(page(html), url);
  expect(collected?.legalPage).toBe(true);
  expect(collected?.text).not.toMatch(/Hetzner/);
  const sent = JSON.parse(JSON.stringify(collected));
  expect(readLegalText(sent)).toEqual(runExtractor(legalExtractor, page(html), url));
});

describe('more notice wordings', () => {
  const cases: [string, string, string, Record<string, unknown>][] = [
    [
      'a short UK line',
      'https://thamesbyte.example/terms',
      '<h1>Terms</h1><p>Thamesbyte Ltd. Registered in England &amp; Wales No. 09876543. Registered office: 12 Wharf Street, London SE1 2AB.</p>',
      {
        registration: 'Company number 09876543 (England and Wales)',
        legalName: 'Thamesbyte Ltd',
        city: 'London',
        country: 'GB',
      },
    ],
    [
      'a UK copyright footer',
      'https://thamesbyte.example/',
      '<main><p>Hello</p></main><footer><p>© 2025 Thamesbyte Limited. Company registration number 09876543. VAT No. GB123456789</p></footer>',
      {
        legalName: 'Thamesbyte Limited',
        name: 'Thamesbyte',
        legalForm: 'Ltd',
        vatId: 'GB123456789',
        country: 'GB',
      },
    ],
    [
      'a GmbH & Co. KG with its general partner',
      'https://alpenwerk.example/impressum',
      '<h1>Impressum</h1><p>Alpenwerk Software GmbH &amp; Co. KG, Sitz der Gesellschaft: München, Registergericht: Amtsgericht München, HRA 98765</p><p>Persönlich haftende Gesellschafterin: Alpenwerk Verwaltungs GmbH, Amtsgericht München HRB 11111</p><p>Leopoldstraße 12, 80802 München</p>',
      {
        registration: 'HRA 98765, Amtsgericht München',
        legalForm: 'GmbH & Co. KG',
        city: 'München',
        address: 'Leopoldstraße 12, 80802 München',
      },
    ],
    [
      'a UG',
      'https://isarbyte.example/impressum',
      '<h1>Impressum</h1><p>Isarbyte UG (haftungsbeschränkt)<br>Sendlinger Str. 7<br>80331 München</p><p>Handelsregister: HRB 222333, Amtsgericht München</p>',
      {
        registration: 'HRB 222333, Amtsgericht München',
        legalName: 'Isarbyte UG (haftungsbeschränkt)',
        legalForm: 'UG',
      },
    ],
    [
      'a SASU described by labels',
      'https://solo.example/mentions-legales',
      '<h1>Mentions légales</h1><p>Raison sociale : Solo Data<br>Forme : SASU au capital de 1 000 €<br>SIREN : 912 345 675<br>Siège : 3 avenue Jean Jaurès 69007 Lyon</p>',
      { legalName: 'Solo Data', legalForm: 'SASU', siren: '912345675', city: 'Lyon' },
    ],
  ];
  for (const [name, url, body, expected] of cases)
    it(`reads ${name}`, () => {
      expect(values(extract(`<html><body>${body}</body></html>`, url))).toMatchObject(expected);
    });
});

it('takes no address from a privacy page that names only processors', () => {
  const html = `<html><body><h1>Legal information</h1><h2>Privacy</h2>
    <p>We use Hotjar Ltd, Dragonara Business Centre, 5th Floor, Dragonara Road, St Julian's STJ 3141, Malta.</p>
    <p>Our newsletter is sent by Rapidmail GmbH, Augustinerplatz 2, 79098 Freiburg im Breisgau.</p></body></html>`;
  const found = values(extract(html, 'https://shop.example/legal/privacy'));
  expect(found.city).toBeUndefined();
  expect(found.address).toBeUndefined();
  expect(found.legalName).toBeUndefined();
});

it('knows a legal notice by its main heading when the address does not say so', () => {
  const html =
    '<html><head><title>Brocéliande Studio</title></head><body><h1>Mentions légales</h1><p>Atelier Numérique Brocéliande SAS, RCS Rennes 912 345 675. Site propulsé par WordPress.</p></body></html>';
  const found = values(extract(html, 'https://brocel-studio.example/page-12'));
  expect(found).toMatchObject({ siren: '912345675', legalName: 'Atelier Numérique Brocéliande' });
  expect(JSON.stringify(found)).not.toContain('WordPress');
});
