import { describe, expect, it, vi } from 'vitest';
import { IMPORT_COLUMNS, parseAccountsCsv } from '../../../lib/accounts/import';
import { COLUMN_KINDS, COLUMN_SYNONYMS, foldHeader, guessColumns } from '../../../lib/csv/columns';
import { decodeText } from '../../../lib/csv/decode';
import { sniffDelimiter } from '../../../lib/csv/dialect';
import { readTextFile } from '../../../lib/csv/file';
import { readCsvRows, type CsvRow } from '../../../lib/csv/read';
import { COLUMN_ROLES } from '../../../lib/derive/columns';
import { createI18n } from '../../../lib/i18n/translate';

/** The reader's problems are phrases; the CLI and these tests word them in English. */
const english = createI18n('en');

const TEXT = 'Société,Île-de-France\nNuagique,Lyon\n';

/** UTF-16 bytes of a text, little or big endian, without a byte-order mark. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

const withMark = (mark: number[], bytes: Uint8Array) => new Uint8Array([...mark, ...bytes]);

describe('decoding', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(TEXT)],
    ['UTF-8 with a byte-order mark', withMark([0xef, 0xbb, 0xbf], new TextEncoder().encode(TEXT))],
    ['UTF-16 LE with a byte-order mark', withMark([0xff, 0xfe], utf16(TEXT, true))],
    ['UTF-16 BE with a byte-order mark', withMark([0xfe, 0xff], utf16(TEXT, false))],
    ['UTF-16 LE without one', utf16(TEXT, true)],
    ['UTF-16 BE without one', utf16(TEXT, false)],
    // Windows-1252, as Excel saves "CSV" on Windows: é is 0xE9, Î 0xCE.
    ['Windows-1252', Uint8Array.from(TEXT, (char) => char.charCodeAt(0))],
  ])('reads %s', (_, bytes) => {
    expect(decodeText(bytes)).toBe(TEXT);
  });
});

describe('the dialect', () => {
  it.each([
    [',', 'name,domain\nNuagique,nuagique.fr\n'],
    [';', 'Nom;Site web\nNuagique;nuagique.fr\n'],
    ['\t', 'Name\tDomain\nNuagique\tnuagique.fr\n'],
    ['|', 'name|domain\nNuagique|nuagique.fr\n'],
    [';', '\n\nNom;Notes\n"Nuagique";"big, slow, kind"\nBrume;"a, b"\n'],
  ])('finds %j', (delimiter, text) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });
});

describe('reading rows', () => {
  function rowsOf(text: string) {
    const rows: CsvRow[] = [];
    const read = readCsvRows(text, (row) => void rows.push(row));
    return { rows, read };
  }

  it('gives each row the line it starts on, across quoted line breaks, CRLF and blank lines', () => {
    const { rows, read } = rowsOf(
      '\uFEFFdomain,note\r\nnuagique.fr,"one\r\ntwo"\r\n\r\n  \r\nbrume.example,x\r\n',
    );
    expect(rows).toEqual([
      { cells: ['domain', 'note'], line: 1 },
      { cells: ['nuagique.fr', 'one\r\ntwo'], line: 2 },
      { cells: ['brume.example', 'x'], line: 6 },
    ]);
    expect(read).toEqual({ ok: true, delimiter: ',', rows: 3, problems: [] });
  });

  it('reports a row with a broken quote on its line and reads the rows before it', () => {
    const { rows, read } = rowsOf('domain,name\nnuagique.fr,Nuagique\n"brume.example,Brume\nx,y\n');
    expect(rows.map((row) => row.line)).toEqual([1, 2, 3]);
    expect(read.ok && read.problems).toEqual([{ line: 3, problem: 'csvQuoteNotClosed' }]);
    expect(english.t('csvQuoteNotClosed')).toMatch(/never closed/);
  });

  it('stops when asked, and refuses more rows than allowed without reading them all', () => {
    const text = `domain\n${Array.from({ length: 50 }, (_, i) => `site${i}.example`).join('\n')}\n`;
    const seen = vi.fn(() => seen.mock.calls.length < 3);
    expect(readCsvRows(text, seen)).toMatchObject({ ok: true, rows: 3 });
    const each = vi.fn();
    const tooMany = readCsvRows(text, each, { maxDataRows: 10 });
    expect(tooMany.ok ? '' : english.say(tooMany.phrase)).toBe(
      'The file has more than 10 rows; split it or filter the export.',
    );
    expect(each).toHaveBeenCalledTimes(11);
  });

  it('says why a file is no CSV at all', () => {
    expect(rowsOf(' \n\n').read).toEqual({ ok: false, phrase: { key: 'csvEmpty' } });
    const binary = rowsOf('PK\u0003\u0004\u0000\u0000xl/workbook.xml').read;
    expect(binary.ok ? '' : english.say(binary.phrase)).toMatch(/binary.*not a CSV/);
  });
});

describe('reading a picked file', () => {
  it('checks the size before reading anything', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const big = await readTextFile({ size: 30 * 1024 * 1024, arrayBuffer }, 20 * 1024 * 1024);
    expect(big.ok ? '' : english.say(big.phrase)).toBe(
      'The file is 30 MB; the limit is 20 MB. Export fewer columns or split it.',
    );
    // The page words it in its reader's language, sizes in the locale's units.
    expect(big.ok ? '' : createI18n('fr').say(big.phrase).replaceAll('\u202f', ' ')).toBe(
      'Le fichier fait 30 Mo ; la limite est de 20 Mo. Exportez moins de colonnes ou découpez-le.',
    );
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(await readTextFile({ size: 0, arrayBuffer }, 100)).toEqual({
      ok: false,
      phrase: { key: 'csvEmpty' },
    });
  });

  it('imports accounts from an export in Windows-1252 or UTF-16, as from UTF-8', async () => {
    const csv = 'Nom;Site web;Ville\r\nSociété Générale;societegenerale.example;Île-de-France\r\n';
    for (const bytes of [
      Uint8Array.from(csv, (char) => char.charCodeAt(0)),
      withMark([0xff, 0xfe], utf16(csv, true)),
    ]) {
      const file = new Blob([bytes]);
      const read = await readTextFile(file, 1024 * 1024);
      const parsed = read.ok ? parseAccountsCsv(read.text) : read;
      expect(parsed.ok && parsed.accounts[0]?.facts).toMatchObject({
        name: { value: 'Société Générale' },
        city: { value: 'Île-de-France' },
      });
    }
  });
});

describe('header synonyms (columns.json)', () => {
  it('are folded names, each listed once per kind', () => {
    for (const kind of COLUMN_KINDS) {
      const names = COLUMN_SYNONYMS[kind];
      expect(names.length, kind).toBeGreaterThan(0);
      expect(new Set(names).size, kind).toBe(names.length);
      for (const name of names) expect(foldHeader(name), `${kind}: ${name}`).toBe(name);
    }
  });

  it.each([
    ['the accounts import', IMPORT_COLUMNS],
    ['the Learn tab', COLUMN_ROLES],
  ])('never name two kinds %s reads', (_, kinds) => {
    const owner = new Map<string, string>();
    for (const kind of kinds)
      for (const name of COLUMN_SYNONYMS[kind]) {
        const squashed = name.replace(/ /g, '');
        expect(owner.get(squashed), `"${name}" in ${kind} and ${owner.get(squashed)}`).toBe(
          undefined,
        );
        owner.set(squashed, kind);
      }
  });

  it('every kind is read by someone', () => {
    const read = new Set<string>([...IMPORT_COLUMNS, ...COLUMN_ROLES]);
    expect(COLUMN_KINDS.filter((kind) => !read.has(kind))).toEqual([]);
  });

  it('map the exports people have, in English and French', () => {
    expect(
      guessColumns(
        ['Company name', 'Company Domain Name', 'Country/Region', 'Deal Stage', 'Amount'],
        COLUMN_ROLES,
      ),
    ).toEqual({ name: 0, domain: 1, country: 2, outcome: 3, value: 4 });
    expect(
      guessColumns(['Raison sociale', 'Site web', 'Effectifs', 'Ville', 'Statut'], IMPORT_COLUMNS),
    ).toEqual({ name: 0, domain: 1, employees: 2, city: 3, status: 4 });
    // Pipedrive: the organisation's name, not the deal's title; the deal's value.
    expect(
      guessColumns(['Deal - Title', 'Organization - Name', 'Deal - Value'], COLUMN_ROLES),
    ).toEqual({ name: 1, value: 2 });
  });
});
