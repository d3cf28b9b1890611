import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IcpLensDatabase } from '../../../lib/db/database';
import { accountsToCsv } from '../../../lib/accounts/export';
import { domainFromCell, parseAccountsCsv, type ImportParse } from '../../../lib/accounts/import';
import { createI18n } from '../../../lib/i18n/translate';
import { importAccounts, upsertAccount } from '../../../lib/accounts/store';
import { freshDb, NUAGIQUE_SITE, sizeIcp } from './fixtures';

let db: IcpLensDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

/** Problems are phrases the accounts page words; here in English. */
const { say } = createI18n('en');
const failure = (result: ImportParse) => (result.ok ? 'imported' : say(result.phrase));

function parsed(text: string) {
  const result = parseAccountsCsv(text);
  if (!result.ok) throw new Error(`expected a readable CSV, got: ${say(result.phrase)}`);
  return result;
}

describe('reading a CSV of domains or accounts', () => {
  it('reads a bare list of domains, with or without a header', () => {
    const bare = parsed(
      'nuagique.fr\nhttps://www.Ironbridge-Castings.com/about\n\nbrume.example\n',
    );
    expect(bare.accounts.map((entry) => entry.companyKey)).toEqual([
      'nuagique.fr',
      'ironbridge-castings.com',
      'brume.example',
    ]);
    expect(bare.accounts[2]?.line).toBe(4);
    const headed = parsed('Website\nnuagique.fr\nbrume.example');
    expect(headed.accounts.map((entry) => entry.companyKey)).toEqual([
      'nuagique.fr',
      'brume.example',
    ]);
  });

  it('reads a CRM export: name, industry, size, country, city, status and note', () => {
    const csv = [
      'Company name,Company Domain Name,Industry,Number of Employees,Country/Region,City,Status,Notes',
      'Nuagique,nuagique.fr,Logiciels,51-200,France,Lyon,saved,Met at a fair',
    ].join('\r\n');
    const [entry] = parsed(csv).accounts;
    expect(entry?.companyKey).toBe('nuagique.fr');
    expect(entry?.status).toBe('saved');
    expect(entry?.note).toBe('Met at a fair');
    expect(entry?.facts).toMatchObject({
      name: { value: 'Nuagique', source: 'import' },
      employees: { value: { min: 51, max: 200 } },
      country: { value: 'FR' },
      city: { value: 'Lyon' },
    });
    expect(entry?.facts.industry?.value).toBeTruthy();
  });

  it('accepts a byte-order mark and semicolons (a European Excel export)', () => {
    const csv =
      '\uFEFFNom;Site web;Effectif;Pays\r\nNuagique;nuagique.fr;120;FR\r\nBrume;brume.example;"10 à 19";Belgique\r\n';
    const result = parsed(csv);
    expect(result.accounts.map((entry) => [entry.companyKey, entry.facts.name?.value])).toEqual([
      ['nuagique.fr', 'Nuagique'],
      ['brume.example', 'Brume'],
    ]);
    expect(result.accounts[1]?.facts.employees?.value).toEqual({ min: 10, max: 19 });
    expect(result.accounts[1]?.facts.country?.value).toBe('BE');
  });

  it('keeps quoted cells with line breaks and commas, and counts lines right after them', () => {
    const csv =
      'domain,name,note\nnuagique.fr,"Nuagique, SAS","first line\nsecond line"\nnot a domain,Bad,x\n';
    const result = parsed(csv);
    expect(result.accounts[0]).toMatchObject({
      companyKey: 'nuagique.fr',
      note: 'first line\nsecond line',
    });
    expect(result.accounts[0]?.facts.name?.value).toBe('Nuagique, SAS');
    expect(result.problems.map(({ line, problem }) => [line, say(problem)])).toEqual([
      [4, '“not a domain” is not a domain or web address; row skipped'],
    ]);
  });

  it('refuses a file without a domain column, naming what it found', () => {
    const result = parseAccountsCsv('name,industry\nNuagique,Software\n');
    expect(failure(result)).toMatch(/^No domain column: the first row reads “name \| industry”/);
  });

  it('says when a file was read as one column because of its separator', () => {
    const result = parseAccountsCsv('name#domain\nNuagique#nuagique.fr\n'.replaceAll('#', ' ; '));
    // "name ; domain" splits on ";" fine: a real wrong delimiter is one we do not know.
    expect(result.ok).toBe(true);
    const wrong = parseAccountsCsv('name:domain:city\nNuagique:nuagique.fr:Lyon\n');
    expect(failure(wrong)).toMatch(/No domain column/);
    const merged = parseAccountsCsv('"name,domain"\n"Nuagique,nuagique.fr"\n');
    expect(failure(merged)).toMatch(/read as a single column/);
  });

  it('gives clear messages for empty, binary and unreadable-cell files, keeping good cells', () => {
    expect(failure(parseAccountsCsv(''))).toBe('The file is empty.');
    expect(failure(parseAccountsCsv('\uFEFF \n'))).toBe('The file is empty.');
    expect(failure(parseAccountsCsv('PK\u0003\u0004\u0000\u0000'))).toMatch(/Excel/);
    expect(failure(parseAccountsCsv('domain,name\n'))).toBe(
      'The file has a header row but no rows below it.',
    );
    const messy = parsed('domain,employees,country\nnuagique.fr,lots,Atlantis\n');
    expect(messy.accounts[0]?.companyKey).toBe('nuagique.fr');
    expect(messy.accounts[0]?.facts.employees).toBeUndefined();
    expect(messy.problems.map((problem) => say(problem.problem))).toEqual([
      'employees “lots” is not a number or range; left unknown',
      'country “Atlantis” is not recognised; left unknown',
    ]);
    // In French on a French page.
    expect(
      messy.problems.map((problem) =>
        createI18n('fr').say(problem.problem).replaceAll('\u202f', ' '),
      ),
    ).toEqual([
      'effectif « lots » : ni un nombre ni une fourchette ; laissé inconnu',
      'pays « Atlantis » non reconnu ; laissé inconnu',
    ]);
    const none = parseAccountsCsv('domain\nnot a domain\n');
    expect(failure(none)).toBe('No row could be imported:');
    expect(none.ok === false && none.problems?.map(({ line }) => line)).toEqual([2]);
  });

  it('keeps the later row of a domain listed twice and says so', () => {
    const result = parsed('domain,name\nnuagique.fr,Old\nnuagique.fr,New\n');
    expect(result.accounts).toHaveLength(1);
    expect(result.accounts[0]?.facts.name?.value).toBe('New');
    expect(say(result.problems[0]!.problem)).toMatch(/already on line 2/);
  });

  it('tells domains from other text', () => {
    expect(domainFromCell('WWW.Nuagique.FR')).toBe('nuagique.fr');
    expect(domainFromCell('https://www.linkedin.com/company/nuagique/')).toBeUndefined();
    expect(domainFromCell('Nuagique SAS')).toBeUndefined();
    expect(domainFromCell('localhost')).toBeUndefined();
    expect(domainFromCell('=cmd|x')).toBeUndefined();
  });
});

describe('importing into the list', () => {
  it('seeds new accounts, scored at once, and completes known ones without overriding pages', async () => {
    await upsertAccount(db, NUAGIQUE_SITE(), { icps: [sizeIcp()], now: 1000 });
    const file = parsed(
      'domain,name,employees,country,status\nnuagique.fr,Other Name,120,BE,saved\nbrume.example,Brume,20,FR,\n',
    );
    const counts = await importAccounts(db, file.accounts, {
      icps: [sizeIcp()],
      source: 'list.csv',
      now: 2000,
    });
    expect(counts).toEqual({ added: 1, updated: 1 });
    const nuagique = await db.accounts.get('nuagique.fr');
    // The page said FR and Nuagique: the file only fills the size in.
    expect(nuagique?.facts.country?.value).toBe('FR');
    expect(nuagique?.name).toBe('Nuagique');
    expect(nuagique?.facts.employees).toMatchObject({
      value: { min: 120, max: 120 },
      source: 'import',
    });
    expect(nuagique).toMatchObject({
      status: 'saved',
      tier: 'A',
      lastSeen: 1000,
      origin: 'browse',
    });
    const brume = await db.accounts.get('brume.example');
    expect(brume).toMatchObject({ origin: 'import', status: 'new', firstSeen: 2000, pages: [] });
    expect(brume?.results['size-icp']).toMatchObject({ icpVersion: 1 });
  });

  it('imports its own export back', async () => {
    await upsertAccount(db, NUAGIQUE_SITE(), { icps: [sizeIcp()] });
    const csv = accountsToCsv(await db.accounts.toArray());
    const again = parsed(csv);
    expect(again.accounts.map((entry) => entry.companyKey)).toEqual(['nuagique.fr']);
    expect(again.accounts[0]?.facts.name?.value).toBe('Nuagique');
    expect(again.problems).toEqual([]);
  });
});
