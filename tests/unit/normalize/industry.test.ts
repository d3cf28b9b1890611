import { describe, expect, it } from 'vitest';
import taxonomy from '../../../lib/normalize/industries.json';
import {
  canonicalIndustry,
  INDUSTRIES,
  industryAncestry,
  industryChildren,
  industryFromNaf,
  industryMatches,
  NAF_INDUSTRIES,
} from '../../../lib/normalize/industry';

const LABELS = new Set(INDUSTRIES.map((entry) => entry.label));

describe('the industry taxonomy (data file)', () => {
  it('covers the LinkedIn groups and the common sub-industries', () => {
    expect(INDUSTRIES.length).toBeGreaterThanOrEqual(120);
    const groups = INDUSTRIES.filter((entry) => !entry.parent).map((entry) => entry.label);
    for (const group of [
      'Technology, Information and Media',
      'Professional Services',
      'Manufacturing',
      'Financial Services',
      'Retail',
      'Construction',
      'Hospitals and Health Care',
      'Education',
      'Wholesale',
      'Transportation, Logistics, Supply Chain and Storage',
    ])
      expect(groups).toContain(group);
  });

  it('has unique labels, existing parents and no cycles', () => {
    expect(LABELS.size).toBe(taxonomy.industries.length);
    for (const entry of INDUSTRIES) {
      if (entry.parent) expect(LABELS, `${entry.label} → ${entry.parent}`).toContain(entry.parent);
      const seen = new Set<string>();
      let current: string | undefined = entry.label;
      while (current) {
        expect(seen.has(current), `cycle through ${current}`).toBe(false);
        seen.add(current);
        current = INDUSTRIES.find((e) => e.label === current)?.parent;
      }
    }
  });

  it('maps every label and synonym back to its own entry: no synonym names two industries', () => {
    for (const entry of INDUSTRIES) {
      expect(canonicalIndustry(entry.label)).toBe(entry.label);
      for (const synonym of entry.synonyms ?? [])
        expect(canonicalIndustry(synonym), `"${synonym}" of ${entry.label}`).toBe(entry.label);
    }
  });

  it('keeps NAF codes well-formed and pointing at existing labels', () => {
    expect(Object.keys(NAF_INDUSTRIES).length).toBeGreaterThanOrEqual(100);
    for (const [code, label] of Object.entries(NAF_INDUSTRIES)) {
      expect(code).toMatch(/^\d{2}(?:\.\d(?:\d[A-Z]?)?)?$/);
      expect(LABELS, code).toContain(label);
    }
  });
});

describe('industry names', () => {
  it('recognises old LinkedIn names, French names and case or accent variants', () => {
    expect(canonicalIndustry('Computer Software')).toBe('Software Development');
    expect(canonicalIndustry('Information Technology & Services')).toBe(
      'IT Services and IT Consulting',
    );
    expect(canonicalIndustry('Information Technology and Services')).toBe(
      'IT Services and IT Consulting',
    );
    expect(canonicalIndustry('Marketing & Advertising')).toBe('Advertising Services');
    // Kept as its own entry under its V2 group, so pages that say "Internet" still read so.
    expect(canonicalIndustry('internet')).toBe('Internet');
    expect(industryMatches('Internet', 'Technology, Information and Internet')).toBe(true);
    expect(canonicalIndustry('Développement de logiciels')).toBe('Software Development');
    expect(canonicalIndustry('DEVELOPPEMENT DE LOGICIELS')).toBe('Software Development');
    expect(canonicalIndustry('Services et conseil en informatique')).toBe(
      'IT Services and IT Consulting',
    );
    expect(canonicalIndustry('Hôpitaux et services de santé')).toBe('Hospitals and Health Care');
    expect(canonicalIndustry('Underwater basket weaving')).toBeUndefined();
  });

  it('walks up from a sub-industry to its groups', () => {
    expect(industryAncestry('Software Development')).toEqual([
      'Software Development',
      'Technology, Information and Internet',
      'Technology, Information and Media',
    ]);
    expect(industryChildren('Technology, Information and Internet')).toContain(
      'Software Development',
    );
  });

  it('matches a group to its sub-industries, in both languages, and not the other way round', () => {
    expect(industryMatches('Software Development', 'Technology, Information and Internet')).toBe(
      true,
    );
    expect(industryMatches('Computer Games', 'Technology, Information and Media')).toBe(true);
    expect(industryMatches('éditeur de logiciels', 'Technology, Information and Internet')).toBe(
      true,
    );
    expect(industryMatches('Computer Software', 'Développement de logiciels')).toBe(true);
    expect(industryMatches('Cabinet d’avocats', 'Legal Services')).toBe(true);
    expect(industryMatches("Cabinet d'avocats", 'Services juridiques')).toBe(true);
    expect(industryMatches('Technology, Information and Internet', 'Software Development')).toBe(
      false,
    );
    expect(industryMatches('Retail', 'Technology, Information and Internet')).toBe(false);
    expect(industryMatches('Banking', 'Financial Services')).toBe(true);
    expect(industryMatches('Banques', 'Services financiers')).toBe(true);
  });

  it('compares unknown names as plain text', () => {
    expect(industryMatches('Widgets', 'widgets')).toBe(true);
    expect(industryMatches('Widgets', 'Gadgets')).toBe(false);
  });
});

describe('NAF/APE codes', () => {
  it('maps codes to industries, the most specific prefix first', () => {
    expect(industryFromNaf('62.01Z')).toBe('Software Development');
    expect(industryFromNaf('6201Z')).toBe('Software Development');
    expect(industryFromNaf('58.29C')).toBe('Software Development');
    expect(industryFromNaf('62.02A')).toBe('IT Services and IT Consulting');
    expect(industryFromNaf('73.11Z')).toBe('Advertising Services');
    expect(industryFromNaf('43.99A')).toBe('Specialty Trade Contractors');
    expect(industryMatches(industryFromNaf('43.99A')!, 'Construction')).toBe(true);
    expect(industryFromNaf('64.20Z')).toBe('Holding Companies');
    expect(industryFromNaf('69.10Z')).toBe('Law Practice');
    expect(industryFromNaf('47.91A')).toBe('Online and Mail Order Retail');
  });

  it('covers every NAF division and rejects malformed codes', () => {
    const divisions =
      '01 02 03 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 35 36 37 38 39 41 42 43 45 46 47 49 50 51 52 53 55 56 58 59 60 61 62 63 64 65 66 68 69 70 71 72 73 74 75 77 78 79 80 81 82 84 85 86 87 88 90 91 92 93 94 95 96 97 98 99';
    for (const division of divisions.split(' '))
      expect(
        industryFromNaf(`${division}.99Z`) ?? industryFromNaf(`${division}.10Z`),
        division,
      ).toBeDefined();
    expect(industryFromNaf('abc')).toBeUndefined();
    expect(industryFromNaf('6')).toBeUndefined();
    expect(industryFromNaf('00.00Z')).toBeUndefined();
  });
});
