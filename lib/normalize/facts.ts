import type { Fact, Facts } from '../facts/schema';
import { countryCode } from './country';
import { canonicalIndustry, industryFromNaf } from './industry';

/** Legal-form suffixes a company name may end with, as written, most specific first. */
const LEGAL_FORMS = [
  'SASU',
  'SAS',
  'SARL',
  'EURL',
  'SCOP',
  'SCI',
  'SNC',
  'SA',
  'SE',
  'GmbH & Co. KG',
  'gGmbH',
  'GmbH',
  'UG',
  'AG',
  'KGaA',
  'KG',
  'OHG',
  'e.V.',
  'eG',
  'Ltd',
  'Limited',
  'LLP',
  'PLC',
  'LLC',
  'Inc.',
  'Inc',
  'Corp.',
  'Corporation',
  'BV',
  'B.V.',
  'NV',
  'N.V.',
  'S.p.A.',
  'SpA',
  'S.r.l.',
  'Srl',
  'S.L.',
  'SL',
  'AB',
  'ApS',
  'A/S',
  'Oy',
  'sp. z o.o.',
];
const LEGAL_FORM_AT_END = new RegExp(
  String.raw`(?:^|[\s,])(${LEGAL_FORMS.map((form) => form.replace(/[.&/]/g, (c) => `\\${c}`)).join('|')})\.?$`,
  'i',
);

/** The legal form a company name ends with ("SASS DATENTECHNIK AG" → "AG"), or undefined. */
export function legalFormFromName(name: string): string | undefined {
  const match = LEGAL_FORM_AT_END.exec(name.replace(/[®™]/g, '').trim());
  if (!match) return undefined;
  const written = match[1]!.toLowerCase();
  return LEGAL_FORMS.find((form) => form.toLowerCase() === written) ?? match[1];
}

/**
 * Normalises extracted facts with the heavy tables that stay out of the content script: the
 * industry becomes its taxonomy label, a NAF code gives the industry when the page names none,
 * the legal form is read off the name when no legal notice gave it, and the country is an ISO
 * code. Runs in the background and in the CLI after extraction. Returns a new object.
 */
export function normalizeFacts(facts: Facts): Facts {
  const out: Facts = { ...facts };
  if (out.industry) {
    const label = canonicalIndustry(out.industry.value);
    if (label) out.industry = { ...out.industry, value: label };
  }
  if (!out.industry && out.naf) {
    const label = industryFromNaf(out.naf.value);
    if (label) out.industry = derived(out.naf, label, 0.8, `NAF ${out.naf.value}`);
  }
  if (!out.legalForm) {
    for (const source of [out.legalName, out.name]) {
      const form = source ? legalFormFromName(source.value) : undefined;
      if (source && form) {
        out.legalForm = derived(source, form, 0.8, source.evidence ?? source.value);
        break;
      }
    }
  }
  if (out.country && !/^[A-Z]{2}$/.test(out.country.value)) {
    const code = countryCode(out.country.value);
    if (code) out.country = { ...out.country, value: code };
    else delete out.country;
  }
  return out;
}

function derived<T>(from: Fact<unknown>, value: T, scale: number, evidence: string): Fact<T> {
  return {
    value,
    source: from.source,
    confidence: Math.round(from.confidence * scale * 100) / 100,
    evidence,
  };
}
