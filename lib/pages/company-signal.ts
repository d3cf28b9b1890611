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
 * in-app navigation can still be the previous company's. They are ready once the page names a
 * company that was not read under another address of this tab (`namesSeen`: name → identity).
 * Facts derived from the address, such as the LinkedIn URL, prove nothing: it is already the new one.
 */
export function readyAfterNavigation(
  facts: Facts,
  identity: string,
  namesSeen: ReadonlyMap<string, string>,
): boolean {
  const name = facts.name?.value;
  return name !== undefined && (namesSeen.get(name) ?? identity) === identity;
}
