import type { Facts } from '../facts/schema';

// Facts that say who a company is; a page with none of them (a blog post, a web app) is skipped.
const IDENTIFYING: readonly (keyof Facts)[] = [
  'name',
  'legalName',
  'siren',
  'siret',
  'vatId',
  'registration',
  'linkedinUrl',
  'industry',
  'employees',
];

/** True when a page's facts describe one company well enough to be worth a score. */
export function hasCompanySignal(facts: Facts): boolean {
  return IDENTIFYING.some((field) => facts[field] !== undefined);
}

/**
 * On a single-page app the address changes before the page does: facts read right after an
 * in-app navigation can still be the previous company's. They are stale when they name the
 * previous company, or point to another LinkedIn page than the one in the address.
 */
export function looksStale(
  facts: Facts,
  expectedSlug: string | undefined,
  previousName: string | undefined,
): boolean {
  const linkedin = facts.linkedinUrl?.value;
  if (expectedSlug && linkedin) {
    const match = /linkedin\.com\/company\/([^/?#\s]+)/i.exec(linkedin);
    if (match?.[1] && match[1].toLowerCase() !== expectedSlug) return true;
    if (match?.[1]) return false;
  }
  const name = facts.name?.value;
  return previousName !== undefined && name !== undefined && name === previousName;
}
