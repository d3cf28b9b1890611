import { foldText } from '../normalize/text';
import synonyms from './columns.json';

/**
 * Which column of an export holds what, from its header names: the synonyms of each kind of
 * column are data (columns.json: HubSpot, Salesforce and Pipedrive exports, this extension's own
 * export, English, French and German names, most specific first). Each reader asks for the kinds
 * it reads (the accounts import, the Learn tab, soon contacts).
 */

/** The kinds of column the synonyms know. */
export type ColumnKind = keyof typeof synonyms;

export const COLUMN_KINDS = Object.keys(synonyms) as ColumnKind[];

/** Header names per kind, folded (lower case, no accents, words separated by one space). */
export const COLUMN_SYNONYMS: Readonly<Record<ColumnKind, readonly string[]>> = synonyms;

/** Lower case, no accents, punctuation as single spaces: "Country/Region" -> "country region". */
export function foldHeader(header: string): string {
  return foldText(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Without spaces, so "Site web", "siteweb" and "site-web" are the same name. */
const squash = (folded: string) => folded.replace(/ /g, '');

/** The folded header and, for "Organization - Name" style headers, the part after the dash. */
function headerForms(header: string): { full: string; tail: string; prefix: string } {
  const full = squash(foldHeader(header));
  const dash = header.lastIndexOf(' - ');
  const tail = dash >= 0 ? squash(foldHeader(header.slice(dash + 3))) : full;
  const prefix = dash >= 0 ? squash(foldHeader(header.slice(0, dash))) : '';
  return { full, tail, prefix };
}

/** Pipedrive prefixes each column with its object; deal fields belong to the deal, not the company. */
const DEAL_PREFIXES = new Set(['deal', 'opportunity']);
const DEAL_KINDS = new Set<ColumnKind>(['outcome', 'value']);

/**
 * Guesses which column holds each of `kinds` from the header names. Each column is used at most
 * once; kinds are filled in order of how specific their match is (an exact synonym beats the part
 * after "Organization - "), so "Deal - Value" is the deal value and "Organization - Name" the
 * company name. Returns kind → column index, for the kinds found.
 */
export function guessColumns<K extends ColumnKind>(
  headers: readonly string[],
  kinds: readonly K[],
): Partial<Record<K, number>> {
  const forms = headers.map(headerForms);
  const candidates: { kind: K; column: number; rank: number }[] = [];
  for (const kind of kinds) {
    COLUMN_SYNONYMS[kind].forEach((synonym, order) => {
      const wanted = squash(synonym);
      forms.forEach((form, column) => {
        // A deal's "Title" or "Name" is not the company's name, nor its value a revenue.
        if (DEAL_PREFIXES.has(form.prefix) && !DEAL_KINDS.has(kind)) return;
        if (form.full === wanted) candidates.push({ kind, column, rank: order });
        else if (form.tail === wanted) candidates.push({ kind, column, rank: order + 0.5 });
      });
    });
  }
  candidates.sort((a, b) => a.rank - b.rank);
  const mapping: Partial<Record<K, number>> = {};
  const used = new Set<number>();
  for (const { kind, column } of candidates) {
    if (mapping[kind] !== undefined || used.has(column)) continue;
    mapping[kind] = column;
    used.add(column);
  }
  return mapping;
}
