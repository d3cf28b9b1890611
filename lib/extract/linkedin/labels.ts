/**
 * The words LinkedIn's UI prints next to company details, in English and French. Labels are
 * matched folded (lower case, no accents, straight apostrophes), so "Siège social" and
 * "siege social" are the same key. The English words are all on saved pages (2018, 2025, public);
 * no French page has been saved yet, so the French ones ("Taille de l’entreprise", "abonnés",
 * "membres associés", "Principal"…) follow LinkedIn's French UI as known, unverified on a page.
 */

/** Company details LinkedIn labels in its "About" list. */
export type LabelField = 'website' | 'industry' | 'size' | 'hq' | 'founded' | 'specialties';

// Kept as one string: the content script bundles it, and a table of objects costs more bytes.
const LABELS =
  'website:website|site web|site internet;' +
  'industry:industry|industries|secteur|secteur d activite;' +
  'size:company size|taille de l entreprise;' +
  'hq:headquarters|siege social|siege;' +
  'founded:founded|year founded|fondee en|fonde en|annee de fondation;' +
  'specialties:specialties|specialities|specialisations|specialites';

const BY_LABEL = new Map<string, LabelField>();
for (const group of LABELS.split(';')) {
  const [field, words] = group.split(':') as [LabelField, string];
  for (const word of words.split('|')) BY_LABEL.set(word, field);
}

/** Lower case, no accents, straight apostrophes as spaces, single spaces, no trailing colon. */
export function foldLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ?: ?$/, '')
    .trim();
}

/** The detail a label names ("Taille de l’entreprise" → "size"), or undefined. */
export function labelField(text: string): LabelField | undefined {
  if (text.length > 60) return undefined;
  return BY_LABEL.get(foldLabel(text));
}

/** "followers" / "abonnés" after a count, as in "2,587,822 followers" or "5 750 abonnés". */
export const FOLLOWERS_WORD = /(?:followers|abonn[ée]s)/i;

/** "employees" / "employés" after a LinkedIn size band, as in "51-200 employees". */
export const EMPLOYEES_WORD = /(?:employees|employ[ée]s|salari[ée]s)/i;

/**
 * Counts of members, not the company's size band: "100 associated members", "29,293 employees on
 * LinkedIn", "100 membres associés", "29 293 employés sur LinkedIn".
 */
export const MEMBERS_COUNT = /(?:associated members|membres associ[ée]s|on LinkedIn|sur LinkedIn)/i;

/** The tag LinkedIn puts on a company's primary office in its locations list. */
export const PRIMARY_WORD = /^(?:primary|principal|principale|si[eè]ge)$/i;
