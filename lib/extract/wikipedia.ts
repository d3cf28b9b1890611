import { cleanCity } from '../normalize/address';
import { countryCode } from '../normalize/country';
import { parseEmployees } from '../normalize/employees';
import { parseRevenue } from '../normalize/revenue';
import { wikipediaCollector, type WikipediaSignals } from './collect/wikipedia';
import { clip, squash } from './dom';
import type { Candidate, Extractor } from './types';
import { domainOf, isPlatform } from './url';

/** Infobox row labels in English, French and German, folded, to the field they hold. */
const LABELS = new Map<string, string>();
for (const entry of [
  'industry:industry|secteur d activite|secteurs d activite|branche',
  'founded:founded|foundation|creation|fondation|grundung',
  'hq:headquarters|headquarters location|siege|siege social|sitz',
  'employees:number of employees|employees|effectif|effectifs|mitarbeiterzahl|mitarbeiter',
  'website:website|site web|webseite',
  'revenue:revenue|chiffre d affaires|umsatz',
]) {
  const [field, labels] = entry.split(':') as [string, string];
  for (const label of labels.split('|')) LABELS.set(label, field);
}

/** Labels only a company's infobox has (industry, headquarters, headcount, revenue, legal form...). */
const COMPANY_LABEL =
  /^(?:industry|headquarters|number of employees|revenue|company type|traded as|secteurs? d activite|siege|siege social|effectifs?|chiffre d affaires|forme juridique|branche|sitz|mitarbeiterzahl|umsatz|rechtsform)$/;

function fold(value: string): string {
  return squash(
    value
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, ' '),
  );
}

/**
 * Wikipedia company infobox: name (the caption), website → domain, headquarters → city and
 * country, founded → year, number of employees, industry, revenue. Products, subsidiaries and
 * divisions are never read, so they cannot become the name.
 */
export const wikipediaExtractor: Extractor<WikipediaSignals | undefined> = {
  ...wikipediaCollector,
  read(collected, url) {
    if (!/(^|\.)wikipedia\.org$/.test(url.hostname) || !collected) return [];
    const { rows } = collected;
    // A person's, a city's or a product's infobox is not a company's: it names none of these.
    if (!rows.some(({ label }) => COMPANY_LABEL.test(fold(label)))) return [];
    const out: Candidate[] = [];
    const add = (
      field: Candidate['field'],
      value: unknown,
      evidence: string,
      confidence = 0.9,
    ): void => {
      out.push({
        field,
        value,
        source: 'wikipedia',
        confidence,
        evidence: clip(evidence),
      } as Candidate);
    };
    const caption = collected.caption;
    // Without a caption, the article title names the subject: "Mozilla — Wikipédia".
    const title = collected.title
      .replace(/(?<!\s)\s+[-–—]\s+Wiki[pm][eé]dia[^]*$/i, '')
      .replace(/(?<!\s)\s*\([^()]*\)\s*$/, '');
    if (caption && caption.length <= 120) add('name', caption, `Infobox: ${caption}`);
    else if (title && title.length <= 80) add('name', title, `<title> ${title}`, 0.6);
    for (const { label, ...cell } of rows) {
      const field = LABELS.get(fold(label));
      if (!field) continue;
      const value = cell.value;
      if (!value) continue;
      const evidence = `${label}: ${value}`;
      if (field === 'industry') {
        const first = squash(cell.first.split(/[,;\n]/)[0] ?? '');
        if (first) add('industry', first, evidence, 0.8);
      } else if (field === 'founded') {
        const year = /\b(1[0-9]\d\d|20\d\d)\b/.exec(value);
        if (year) add('foundedYear', Number(year[1]), evidence);
      } else if (field === 'employees') {
        const employees = parseEmployees(value.replace(/\((?:19|20)\d\d\)/g, ''));
        if (employees) add('employees', employees, evidence);
      } else if (field === 'revenue') {
        const revenue = parseRevenue(value, 'USD');
        if (revenue) add('revenue', revenue, evidence, 0.85);
      } else if (field === 'website') {
        const href = cell.href;
        const candidates = [...href.split(/,|%20|\s+/), value.split(/[\s,]/)[0] ?? ''];
        for (const link of candidates) {
          const domain =
            link && !isPlatform(link) ? domainOf(link.replace(/^\/\//, 'https://')) : undefined;
          if (domain && domain.includes('.')) {
            add('domain', domain, evidence);
            break;
          }
        }
      } else if (field === 'hq') {
        const locality = cell.locality;
        const countryText = cell.countryName;
        const parts = value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean);
        const country =
          countryCode(countryText) ??
          countryCode(parts[parts.length - 1]) ??
          countryCode(/\(([^()]+)\)/.exec(value)?.[1]);
        const cityPart =
          locality ||
          parts.find(
            (part, index) =>
              !/\d/.test(part) &&
              !countryCode(part) &&
              !(
                index === 0 &&
                parts.length > 2 &&
                /\b(?:way|street|road|avenue|rue|straße|place)\b/i.test(part)
              ),
          ) ||
          '';
        const city = cleanCity(cityPart.split(',')[0] ?? '');
        if (city) add('city', city, evidence, 0.85);
        if (country) add('country', country, evidence, 0.85);
      }
    }
    return out;
  },
};
