import { guessColumns } from '../csv/columns';
import type { Translate } from '../i18n/translate';

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

/** Guesses which column holds what from the header names (lib/csv/columns.ts). */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  return guessColumns(headers, COLUMN_ROLES);
}
