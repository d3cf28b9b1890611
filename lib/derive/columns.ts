import type { Translate } from '../i18n/translate';
import { foldText } from '../normalize/text';

/** What a CSV column can hold for the derive feature. */
export const COLUMN_ROLES = [
  'name',
  'domain',
  'industry',
  'employees',
  'revenue',
  'country',
  'technologies',
  'legalForm',
  'outcome',
  'value',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Role -> index of the column holding it; roles left out are not in the file. */
export type ColumnMapping = Partial<Record<ColumnRole, number>>;

/** A column role's name in the reader's language ("Company name", "Nom de l’entreprise"). */
export function roleLabel(t: Translate, role: ColumnRole): string {
  return t(`columnRole_${role}`);
}

/** English names of the roles, for the CLI's messages. */
export const ROLE_LABELS: Readonly<Record<ColumnRole, string>> = {
  name: 'Company name',
  domain: 'Website or domain',
  industry: 'Industry',
  employees: 'Employees',
  revenue: 'Annual revenue',
  country: 'Country',
  technologies: 'Technologies',
  legalForm: 'Legal form',
  outcome: 'Outcome (won / lost)',
  value: 'Deal value',
};

/**
 * Header names per role, most specific first, folded (lower case, no accents, punctuation as
 * spaces). HubSpot ("Company name", "Company Domain Name", "Country/Region", "Deal Stage"),
 * Salesforce ("Account Name", "Billing Country", "Stage", "Won") and Pipedrive
 * ("Organization - Name", "Deal - Status", "Deal - Value") exports, plus French equivalents.
 */
const SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
  name: [
    'company name',
    'account name',
    'organization name',
    'organisation name',
    'organization',
    'organisation',
    'company',
    'account',
    'raison sociale',
    'entreprise',
    'societe',
    'name',
    'nom',
  ],
  domain: [
    'company domain name',
    'domain',
    'domain name',
    'website',
    'website url',
    'web site',
    'company website',
    'url',
    'site web',
    'site internet',
  ],
  industry: ['industry', 'industry sector', 'sector', 'secteur', 'secteur d activite', 'branche'],
  employees: [
    'number of employees',
    'employees',
    'employee count',
    'no of employees',
    'headcount',
    'company size',
    'size',
    'effectif',
    'nombre de salaries',
    'mitarbeiter',
  ],
  revenue: [
    'annual revenue',
    'revenue',
    'annual revenue converted',
    'turnover',
    'chiffre d affaires',
    'ca',
    'umsatz',
  ],
  country: [
    'country region',
    'country',
    'billing country',
    'shipping country',
    'address country',
    'hq country',
    'pays',
    'land',
  ],
  technologies: ['technologies', 'technology', 'tech stack', 'web technologies', 'tools used'],
  legalForm: ['legal form', 'forme juridique', 'rechtsform', 'legal entity type'],
  // Pipedrive's "Deal - Status" (won / lost / open) beats its pipeline "Deal - Stage".
  outcome: [
    'deal status',
    'deal stage',
    'stage',
    'opportunity stage',
    'status',
    'is won',
    'is closed won',
    'won',
    'outcome',
    'result',
    'statut',
    'etape',
  ],
  value: [
    'amount',
    'deal value',
    'value',
    'amount converted',
    'deal amount',
    'opportunity amount',
    'total contract value',
    'acv',
    'arr',
    'montant',
  ],
};

/** Lower case, no accents, punctuation as single spaces: "Country/Region" -> "country region". */
export function foldHeader(header: string): string {
  return foldText(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The folded header and, for "Organization - Name" style headers, the part after the dash. */
function headerForms(header: string): { full: string; tail: string; prefix: string } {
  const full = foldHeader(header);
  const dash = header.lastIndexOf(' - ');
  const tail = dash >= 0 ? foldHeader(header.slice(dash + 3)) : full;
  const prefix = dash >= 0 ? foldHeader(header.slice(0, dash)) : '';
  return { full, tail, prefix };
}

/** Pipedrive prefixes each column with its object; deal fields belong to the deal, not the company. */
const DEAL_PREFIXES = new Set(['deal', 'opportunity']);
const DEAL_ROLES = new Set<ColumnRole>(['outcome', 'value']);

/**
 * Guesses which column holds what from the header names. Each column is used at most once;
 * roles are filled in order of how specific their match is (an exact synonym beats the part
 * after "Organization - "), so "Deal - Value" is the deal value and "Organization - Name" the
 * company name.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const forms = headers.map(headerForms);
  const candidates: { role: ColumnRole; column: number; rank: number }[] = [];
  for (const role of COLUMN_ROLES) {
    SYNONYMS[role].forEach((synonym, order) => {
      forms.forEach((form, column) => {
        const dealColumn = DEAL_PREFIXES.has(form.prefix);
        // A deal's "Title" or "Name" is not the company's name, nor its value a revenue.
        if (dealColumn && !DEAL_ROLES.has(role)) return;
        if (form.full === synonym) candidates.push({ role, column, rank: order });
        else if (form.tail === synonym) candidates.push({ role, column, rank: order + 0.5 });
      });
    });
  }
  candidates.sort((a, b) => a.rank - b.rank);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const { role, column } of candidates) {
    if (mapping[role] !== undefined || used.has(column)) continue;
    mapping[role] = column;
    used.add(column);
  }
  return mapping;
}
