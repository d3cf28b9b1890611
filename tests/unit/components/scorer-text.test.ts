import { describe, expect, it } from 'vitest';
import {
  localizeDisqualification,
  localizeEvidenceValue,
  localizeNote,
} from '../../../components/result/scorer-text';
import { disqualifications } from '../../../lib/score/disqualifications';
import { createI18n } from '../../../lib/i18n/translate';
import { scoreCompany } from '../../../lib/score/score';
import { makeFacts, makeIcp } from '../helpers';

const enI18n = createI18n('en');
const frI18n = createI18n('fr');
const en = enI18n.t;
const fr = frI18n.t;

/** The notes and evidence values the scorer writes today, produced by scoring real cases. */
function scorerTexts() {
  const icp = makeIcp([
    { id: 'size', label: 'Up to 500', field: 'employees', op: 'between', max: 500 },
    { id: 'rev', label: '10-50 M€', field: 'revenue', op: 'between', min: 10e6, max: 50e6 },
    { id: 'odd', label: 'Odd money', field: 'revenue', op: 'between', min: 1, currency: 'EUR' },
    { id: 'tech', label: 'HubSpot', field: 'technologies', op: 'any', values: ['HubSpot'] },
    { id: 'kw', label: 'SaaS', field: 'keywords', op: 'contains-any', values: ['SaaS'] },
    { id: 'kw2', label: 'Fintech', field: 'keywords', op: 'contains-any', values: ['fintech'] },
  ]);
  const usd = scoreCompany(
    makeFacts({
      employees: { min: 201, max: 1000 },
      revenue: { min: 5e6, max: 30e6, currency: 'USD' },
      technologies: [],
      description: 'A SaaS platform',
    }),
    icp,
  );
  const unknownCurrency = scoreCompany(
    makeFacts({ revenue: { min: 5, max: 6, currency: 'XYZ' } }),
    icp,
  );
  const guessed = scoreCompany(
    {
      country: { value: 'FR', source: 'text', confidence: 0.15, evidence: 'page language fr' },
      description: { value: 'Short.', source: 'meta', confidence: 0.9 },
    },
    makeIcp([
      { id: 'fr', label: 'France', field: 'country', op: 'in', values: ['FR'] },
      { id: 'kw', label: 'SaaS', field: 'keywords', op: 'contains-any', values: ['SaaS'] },
      { id: 'tech', label: 'HubSpot', field: 'technologies', op: 'any', values: ['HubSpot'] },
    ]),
  );
  return [...usd.criteria, ...unknownCurrency.criteria, ...guessed.criteria];
}

describe('scorer wording in the UI language', () => {
  const criteria = scorerTexts();
  const noted = criteria.filter((c) => c.note);
  const notes = noted.map((c) => c.note!);
  const values = criteria.flatMap((c) => (c.evidence ? [c.evidence.value] : []));

  it('covers every kind of note and worded value the scorer produces', () => {
    expect(notes.some((note) => note.includes('converted to about'))).toBe(true);
    expect(notes.some((note) => note.includes('partly overlaps'))).toBe(true);
    expect(notes.some((note) => note.includes('no exchange rate'))).toBe(true);
    expect(notes).toEqual(
      expect.arrayContaining([
        "likely FR, from the page's language",
        'too little text read to rule it out (6 of 100 characters)',
        "technologies are read only from the company's own site (its page code)",
      ]),
    );
    // The verdict semantics' notes come as phrases too, so the pages word them from the catalogue.
    const verdictNote = /^(likely |too little text read|technologies are read only)/;
    for (const criterion of noted)
      expect(criterion.notePhrase !== undefined, criterion.note).toBe(
        verdictNote.test(criterion.note!),
      );
    expect(values).toEqual(
      expect.arrayContaining(['none found', 'mentions SaaS', 'no listed keyword']),
    );
  });

  it('leaves the English as the scorer wrote it', () => {
    for (const criterion of noted) expect(localizeNote(enI18n, criterion)).toBe(criterion.note);
    for (const value of values) expect(localizeEvidenceValue(en, value)).toBe(value);
  });

  it('puts it all in French, keeping the figures', () => {
    const english =
      /converted|overlaps|middle|exchange rate|none found|mentions|keyword|up to|likely|from|little|read only/;
    for (const criterion of noted) expect(localizeNote(frI18n, criterion)).not.toMatch(english);
    for (const value of values) expect(localizeEvidenceValue(fr, value)).not.toMatch(english);
    const overlap = noted.find((c) => c.note!.includes('partly overlaps'))!;
    expect(localizeNote(frI18n, overlap)).toMatch(
      /^201-1,000 chevauche en partie jusqu’à 500\u202f; le milieu/,
    );
    const said = (id: string) =>
      localizeNote(
        frI18n,
        criteria.find((c) => c.id === id && c.notePhrase)!,
      );
    expect(said('fr')).toBe('probablement FR, d’après la langue de la page');
    expect(said('kw')).toBe(
      'trop peu de texte lu pour conclure à son absence (6 caractères sur 100)',
    );
    expect(said('tech')).toMatch(/^les technologies ne se lisent que sur le site de l’entreprise/);
  });

  it('says why an ICP disqualifies the company in French, its worded values included', () => {
    const rival = scoreCompany(
      makeFacts({ description: 'Consulting for software companies' }),
      makeIcp([
        { id: 'size', label: 'Size', field: 'employees', op: 'between', min: 10 },
        {
          id: 'consult',
          label: 'Not a consultancy',
          field: 'keywords',
          op: 'contains-any',
          values: ['consulting'],
          role: 'exclude',
        },
      ]),
    );
    const [entry] = disqualifications([rival]);
    expect(localizeDisqualification(en, entry!)).toBe('Not a consultancy (mentions consulting)');
    expect(localizeDisqualification(fr, entry!)).toBe('Not a consultancy (mentionne consulting)');
  });

  it('shows text it does not know as written', () => {
    expect(localizeNote(frI18n, { note: 'something new' })).toBe('something new');
    expect(localizeEvidenceValue(fr, 'SaaS')).toBe('SaaS');
  });
});
