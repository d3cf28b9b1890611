import { createI18n } from '../../../lib/i18n/translate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeReport, importAccounts } from '../../../lib/derive/accounts';
import {
  parsePlainNumber,
  parseRevenueCell,
  parseTechnologiesCell,
} from '../../../lib/derive/cells';
import { guessMapping, type ColumnMapping } from '../../../lib/derive/columns';
import { decodeText } from '../../../lib/csv/decode';
import { checkFileSize } from '../../../lib/csv/size';
import type { CsvResult, CsvTable } from '../../../lib/csv/table';
import { loadAccounts, MAX_CSV_BYTES, readAccountsTable } from '../../../lib/derive/load';
import { distinctValues, guessOutcomes } from '../../../lib/derive/outcomes';

const { say } = createI18n('en');

/** A read's failure in English words ('read' when it did not fail). */
const failure = (result: CsvResult) => (result.ok ? 'read' : say(result.phrase));

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/derive/${name}`, import.meta.url), 'utf8');

function table(text: string): CsvTable {
  const result = readAccountsTable(text);
  if (!result.ok) throw new Error(say(result.phrase));
  return result.table;
}

function named(headers: readonly string[], mapping: ColumnMapping): Record<string, string> {
  return Object.fromEntries(
    Object.entries(mapping).map(([role, column]) => [role, headers[column]!]),
  );
}

describe('readAccountsTable', () => {
  it('reads comma, semicolon and tab exports alike, dropping a byte-order mark', () => {
    for (const delimiter of [',', ';', '\t']) {
      const text = `\uFEFFCompany name${delimiter}Deal Stage\nAcme${delimiter}Closed Won\n`;
      const parsed = table(text);
      expect(parsed.headers).toEqual(['Company name', 'Deal Stage']);
      expect(parsed.rows).toEqual([['Acme', 'Closed Won']]);
    }
  });

  it('keeps quoted delimiters and newlines inside a cell', () => {
    const parsed = table('Name,Notes,Stage\n"Acme, Inc.","line one\nline two",Won\nBeta,,Lost\n');
    expect(parsed.rows).toEqual([
      ['Acme, Inc.', 'line one\nline two', 'Won'],
      ['Beta', '', 'Lost'],
    ]);
  });

  it('explains an empty file, a header without rows and a single column', () => {
    expect(failure(readAccountsTable(''))).toBe('The file is empty.');
    expect(failure(readAccountsTable('\uFEFF\n\n'))).toBe('The file is empty.');
    expect(failure(readAccountsTable('Name,Stage\n'))).toBe(
      'The file has a header row but no rows below it.',
    );
    expect(failure(readAccountsTable('Name Stage\nAcme Won\n'))).toMatch(
      /Only one column found .*delimiter/,
    );
  });

  it('refuses an unclosed quote and binary content with a reason', () => {
    expect(failure(readAccountsTable('Name,Stage\n"Acme,Won\nBeta,Lost\n'))).toMatch(
      /quoted field is never closed near line 2/,
    );
    expect(failure(readAccountsTable('PK\u0003\u0004\u0000\u0000xl/workbook.xml'))).toMatch(
      /not a CSV/,
    );
  });

  it('says its reasons in the reader’s language', () => {
    const french = createI18n('fr');
    const single = readAccountsTable('Nom Étape\nAcme Gagné\n');
    const said = single.ok ? '' : french.say(single.phrase);
    expect(said.replaceAll('\u202f', ' ')).toBe(
      'Une seule colonne trouvée (en-tête « Nom Étape »). Les colonnes doivent être séparées ' +
        'par des virgules, des points-virgules, des tabulations ou des barres verticales : ' +
        'vérifiez le séparateur de l’export.',
    );
    expect(said).toContain('verticales\u202f:');
  });

  it('pads short rows, cuts long ones and lists them', () => {
    const parsed = table('Name,Stage,Amount\nAcme,Won\nBeta,Lost,10,extra\nGamma,Won,5\n');
    expect(parsed.rows).toEqual([
      ['Acme', 'Won', ''],
      ['Beta', 'Lost', '10'],
      ['Gamma', 'Won', '5'],
    ]);
    expect(parsed.ragged).toEqual([1, 2]);
  });

  it('guesses the delimiter even when cells contain commas', () => {
    const parsed = table('Name;Notes;Stage\nAcme;big, slow;Won\nBeta;small, fast;Lost\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.rows[0]).toEqual(['Acme', 'big, slow', 'Won']);
  });

  it('refuses a huge file before reading it', () => {
    expect(say(checkFileSize(0, MAX_CSV_BYTES)!)).toBe('The file is empty.');
    expect(say(checkFileSize(250 * 1024 * 1024, MAX_CSV_BYTES)!)).toBe(
      'The file is 250 MB; the limit is 100 MB. Export fewer columns or split it.',
    );
    expect(checkFileSize(5 * 1024 * 1024, MAX_CSV_BYTES)).toBeUndefined();
  });

  it('names duplicate headers apart', () => {
    expect(table('Name,Name,Stage\na,b,c\n').headers).toEqual(['Name', 'Name (2)', 'Stage']);
  });
});

describe('guessMapping', () => {
  it('maps a HubSpot export', () => {
    const headers = table(fixture('hubspot-deals.csv')).headers;
    expect(named(headers, guessMapping(headers))).toEqual({
      name: 'Company name',
      domain: 'Company Domain Name',
      industry: 'Industry',
      employees: 'Number of Employees',
      revenue: 'Annual Revenue',
      country: 'Country/Region',
      outcome: 'Deal Stage',
      value: 'Amount',
    });
  });

  it('maps a Salesforce export', () => {
    const headers = table(fixture('salesforce-opportunities.csv')).headers;
    expect(named(headers, guessMapping(headers))).toEqual({
      name: 'Account Name',
      domain: 'Website',
      industry: 'Industry',
      employees: 'Employees',
      revenue: 'Annual Revenue',
      country: 'Billing Country',
      outcome: 'Stage',
      value: 'Amount',
    });
  });

  it('maps a Pipedrive export without taking the deal title for the company name', () => {
    const headers = table(fixture('pipedrive-deals.csv')).headers;
    expect(named(headers, guessMapping(headers))).toEqual({
      name: 'Organization - Name',
      domain: 'Organization - Website',
      industry: 'Organization - Industry',
      employees: 'Organization - Number of employees',
      country: 'Organization - Country',
      technologies: 'Organization - Technologies',
      outcome: 'Deal - Status',
      value: 'Deal - Value',
    });
  });

  it('leaves roles out when no header fits', () => {
    expect(guessMapping(['Foo', 'Bar'])).toEqual({});
  });
});

describe('outcomes', () => {
  it('guesses won and lost values and leaves pipeline stages open', () => {
    const values = distinctValues(
      [['Closed Won'], ['closed won'], ['Closed Lost'], ['Negotiation'], ['']],
      0,
    );
    expect(values[0]).toEqual({ value: 'Closed Won', count: 2 });
    expect(guessOutcomes(values)).toEqual({ won: ['Closed Won'], lost: ['Closed Lost'] });
    expect(guessOutcomes(distinctValues([['true'], ['false']], 0))).toEqual({
      won: ['true'],
      lost: ['false'],
    });
    expect(guessOutcomes(distinctValues([['won'], ['lost'], ['open']], 0))).toEqual({
      won: ['won'],
      lost: ['lost'],
    });
  });
});

describe('cells', () => {
  it('reads spreadsheet numbers with either decimal mark', () => {
    expect(parsePlainNumber('12,500.00')).toBe(12500);
    expect(parsePlainNumber('12.500,50')).toBe(12500.5);
    expect(parsePlainNumber('1,200,000')).toBe(1200000);
    expect(parsePlainNumber('2,5')).toBe(2.5);
    expect(parsePlainNumber('12 500 €')).toBe(12500);
    expect(parsePlainNumber('$1,200')).toBe(1200);
    expect(parsePlainNumber('about 12')).toBeUndefined();
  });

  it('reads revenue as a plain number in the file currency or as text with magnitudes', () => {
    expect(parseRevenueCell('12000000', 'USD')).toEqual({
      min: 12000000,
      max: 12000000,
      currency: 'USD',
    });
    expect(parseRevenueCell('12 M€', 'USD')).toEqual({ min: 12e6, max: 12e6, currency: 'EUR' });
    expect(parseRevenueCell('£3,400,000', 'EUR')).toMatchObject({ min: 3.4e6, currency: 'GBP' });
    expect(parseRevenueCell('unknown', 'EUR')).toBeUndefined();
  });

  it('spells technologies as the fingerprint table does', () => {
    expect(parseTechnologiesCell('hubspot; wordpress, HubSpot | Some Tool')).toEqual([
      'HubSpot',
      'WordPress',
      'Some Tool',
    ]);
  });
});

describe('importAccounts', () => {
  const hubspot = table(fixture('hubspot-deals.csv'));
  const mapping = guessMapping(hubspot.headers);
  const choice = { won: ['Closed Won'], lost: ['Closed Lost'] };

  it('normalises values with the extraction normalisers', () => {
    const attempt = importAccounts(hubspot, mapping, choice);
    if (!attempt.ok) throw new Error(attempt.message);
    const [first] = attempt.result.accounts;
    expect(first?.outcome).toBe('won');
    expect(first?.value).toBe(24000);
    const facts = first!.facts;
    expect(facts.name?.value).toBe('Brightloop SAS');
    expect(facts.domain?.value).toBe('brightloop.example');
    expect(facts.industry?.value).toBe('Software Development');
    expect(facts.employees?.value).toEqual({ min: 51, max: 200 });
    expect(facts.country?.value).toBe('FR');
    expect(facts.revenue?.value).toEqual({ min: 8500000, max: 8500000, currency: 'EUR' });
    expect(facts.legalForm?.value).toBe('SAS');
    expect(facts.industry?.source).toBe('import');
  });

  it('counts messy rows and reports them without dropping any', () => {
    const attempt = importAccounts(hubspot, mapping, choice);
    if (!attempt.ok) throw new Error(attempt.message);
    const { report, accounts } = attempt.result;
    expect(accounts).toHaveLength(hubspot.rows.length);
    expect(report.messyRows).toBe(2);
    expect(report.problemsByRole).toEqual({ employees: 1, country: 1 });
    expect(report.open).toBe(1);
    const lines = describeReport(report, createI18n('en'));
    expect(lines.join('\n')).toMatch(
      /Employees: 1 unreadable cell \(e\.g\. row \d+: “lots”, not a headcount\)/,
    );
    expect(lines.join('\n')).toMatch(/Country: 1 unreadable cell .*“Atlantis”/);
    expect(describeReport(report, createI18n('fr')).join('\n')).toMatch(
      /Effectif\u202f: 1 cellule illisible \(par ex\. ligne \d+\u202f: «\u202flots\u202f», pas un effectif\)/,
    );
    const atlantis = accounts.find(
      (account) => account.facts.name?.value === 'Atlantis Mining Ltd',
    );
    expect(atlantis?.facts.country).toBeUndefined();
    expect(atlantis?.facts.industry?.value).toBe('Manufacturing');
  });

  it('reads 0 employees or revenue as not filled in', () => {
    const zero = table(
      'Company name,Number of Employees,Annual Revenue,Deal Stage\nAcme,0,0,Closed Won\n',
    );
    const attempt = importAccounts(zero, guessMapping(zero.headers), choice);
    if (!attempt.ok) throw new Error(attempt.message);
    const facts = attempt.result.accounts[0]!.facts;
    expect(facts.employees).toBeUndefined();
    expect(facts.revenue).toBeUndefined();
    expect(attempt.result.report.messyRows).toBe(0);
  });

  it('explains a missing outcome column or no won value', () => {
    const { outcome: _outcome, ...withoutOutcome } = mapping;
    const missing = importAccounts(hubspot, withoutOutcome, choice);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.message).toMatch(/^No outcome column: .*Company name/);
    const noWon = importAccounts(hubspot, mapping, { won: [], lost: [] });
    expect(noWon).toEqual({
      ok: false,
      message: 'Pick at least one value of the outcome column that means won.',
      phrase: { key: 'deriveMarkWon' },
    });
  });
});

describe('loadAccounts (command line)', () => {
  const csv = 'Company,Result,Stage\nAcme,yes,Negotiation\nBeta,no,Closed\nGamma,maybe,Closed\n';

  it('takes a column named by the user over the guess', () => {
    const guessed = loadAccounts(csv, { won: ['Negotiation'] });
    expect(guessed.ok && guessed.loaded.table.headers[guessed.loaded.mapping.outcome!]).toBe(
      'Stage',
    );
    const chosen = loadAccounts(csv, { won: ['yes'], columns: { outcome: 'result' } });
    if (!chosen.ok) throw new Error(chosen.message);
    expect(chosen.loaded.table.headers[chosen.loaded.mapping.outcome!]).toBe('Result');
    // Without --lost, "no" reads as lost and "maybe" stays open.
    expect(chosen.loaded.choice.lost).toEqual(['no']);
    expect(chosen.loaded.report).toMatchObject({ won: 1, lost: 1, open: 1 });
  });

  it('counts every other value as lost when none reads as lost, and says so', () => {
    const attempt = loadAccounts(csv, { won: ['Negotiation'] });
    if (!attempt.ok) throw new Error(attempt.message);
    expect(attempt.loaded.choice.lost).toEqual(['Closed']);
    expect(attempt.loaded.lostNote).toMatch(/^counting as lost: "Closed"; choose with --lost$/);
  });

  it('names an unknown column or role', () => {
    const column = loadAccounts(csv, { won: ['yes'], columns: { outcome: 'Deal Stage' } });
    expect(column).toEqual({
      ok: false,
      message: 'no column "Deal Stage" for Outcome (won / lost); columns: Company, Result, Stage',
    });
  });
});

describe('decodeText', () => {
  it('reads UTF-8, Windows-1252 (Excel on Windows) and UTF-16 exports', () => {
    const text = 'Company,Country\nSociété Générale,France\n';
    expect(decodeText(new TextEncoder().encode(text))).toBe(text);
    const latin = Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
    expect(decodeText(latin)).toBe(text);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    [...text].forEach((char, index) => {
      utf16[2 + index * 2] = char.charCodeAt(0);
    });
    expect(decodeText(utf16).replace(/^\uFEFF/, '')).toBe(text);
  });
});
