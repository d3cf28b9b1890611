import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, titleTokens } from '../../../lib/persona/title-tokens';
import { readTitle } from '../../../lib/persona/title';
import table from './title-table.json';

describe('the title table', () => {
  const rows = table.titles as [string, string | null, string | null][];

  it('holds at least 200 distinct titles in English, French and German', () => {
    expect(new Set(rows.map(([title]) => title)).size).toBe(rows.length);
    expect(rows.length).toBeGreaterThanOrEqual(200);
  });

  it('reads every title to the expected seniority and department', () => {
    const wrong = rows
      .map(([title, seniority, department]) => {
        const reading = readTitle(title);
        return reading.seniority === seniority && reading.department === department
          ? null
          : `${title}: ${reading.seniority}/${reading.department}, expected ${seniority}/${department}`;
      })
      .filter(Boolean);
    expect(wrong).toEqual([]);
  });
});

describe('readTitle', () => {
  it('names the words that decided, as written in the title', () => {
    expect(readTitle('Directrice commerciale France')).toMatchObject({
      seniority: 'director',
      department: 'sales',
      seniorityWords: ['Directrice'],
      departmentWords: ['commerciale'],
    });
    expect(readTitle('VP Sales EMEA')).toMatchObject({
      seniorityWords: ['VP'],
      departmentWords: ['Sales'],
    });
    expect(readTitle('Chargé(e) d’affaires H/F').seniorityWords).toEqual(['Chargé(e) d’affaires']);
    expect(readTitle('Vertriebsleiterin').departmentWords).toEqual(['Vertriebsleiterin']);
  });

  it('gives a founder general management unless another part names a function', () => {
    expect(readTitle('Founder')).toMatchObject({
      department: 'general-management',
      departmentWords: ['Founder'],
    });
    expect(readTitle('Co-Founder & CTO')).toMatchObject({
      seniority: 'owner',
      department: 'engineering',
      seniorityWords: ['Co-Founder'],
      departmentWords: ['CTO'],
    });
  });

  it('lets the most senior part of a double title win, whatever the separator', () => {
    for (const title of [
      'Sales Manager & Marketing Director',
      'Sales Manager / Marketing Director',
      'Sales Manager | Marketing Director',
      'Sales Manager, Marketing Director',
      'Sales Manager – Marketing Director',
      'Sales Manager and Marketing Director',
    ])
      expect(readTitle(title), title).toMatchObject({
        seniority: 'director',
        department: 'marketing',
      });
  });

  it('ignores the company, past jobs and places', () => {
    expect(readTitle('Account Executive @ Marketing Cloud Inc')).toMatchObject({
      seniority: 'senior',
      department: 'sales',
    });
    expect(readTitle('Head of Sales at HR Solutions, London').department).toBe('sales');
    expect(readTitle('Consultant | ex-CEO | former VP Sales').seniority).toBe('senior');
    expect(readTitle('Sales Manager France EMEA').departmentWords).toEqual(['Sales']);
    expect(readTitle('EMEA, DACH, Nordics')).toMatchObject({ seniority: null, department: null });
  });

  it('reads the title, not the boss named after it', () => {
    expect(readTitle('Assistant to the CEO').seniority).toBe('entry');
    expect(readTitle('Assistante du Président').seniority).toBe('entry');
    expect(readTitle('Assistentin der Geschäftsführung').seniority).toBe('entry');
    expect(readTitle('Assistant Director of Sales').seniority).toBe('director');
  });

  it('keeps acronyms that are ordinary words apart from those words', () => {
    expect(readTitle('IT Manager').department).toBe('it');
    expect(readTitle('Making it happen').department).toBeNull();
    expect(readTitle('PM').department).toBe('product');
    expect(readTitle('pm').seniority).toBeNull();
  });

  it('gives nothing rather than a guess for titles it cannot read', () => {
    for (const title of [
      '',
      '   ',
      '|||',
      '@ Acme',
      'Open to work',
      'Entrepreneurial spirit',
      '🚀',
    ])
      expect(readTitle(title), title).toMatchObject({ seniority: null, department: null });
  });

  it('reads long and hostile input in bounded time without throwing', () => {
    const hostile = [
      'a'.repeat(100_000),
      'Directeur'.repeat(10_000),
      '&/|,'.repeat(20_000),
      `${'x-'.repeat(30_000)}CEO`,
      '(e)'.repeat(20_000),
      '__proto__ constructor toString',
    ];
    for (const title of hostile) expect(() => readTitle(title)).not.toThrow();
    expect(titleTokens('word '.repeat(10_000)).length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });
});
