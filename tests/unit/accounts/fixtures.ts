import { IcpLensDatabase } from '../../../lib/db/database';
import type { Facts } from '../../../lib/facts/schema';
import type { Icp } from '../../../lib/icp/schema';
import type { ScoredPage } from '../../../lib/accounts/types';
import { scoreAgainstAll } from '../../../lib/score/score';
import { makeFacts, makeIcp } from '../helpers';

/** Made-up companies and ICPs for the accounts tests. */

let count = 0;

/** A fresh, empty database of its own. */
export function freshDb(): IcpLensDatabase {
  return new IcpLensDatabase(`accounts-test-${++count}-${Date.now()}`);
}

/** Size and country matter: A for a 51-200 French company, lower elsewhere. */
export function sizeIcp(version = 1, extra: Record<string, unknown> = {}): Icp {
  return makeIcp(
    [
      {
        id: 'size',
        label: '50-500 employees',
        field: 'employees',
        op: 'between',
        min: 50,
        max: 500,
        weight: 4,
      },
      { id: 'country', label: 'France', field: 'country', op: 'in', values: ['FR'], weight: 3 },
      {
        id: 'martech',
        label: 'Uses HubSpot',
        field: 'technologies',
        op: 'any',
        values: ['HubSpot'],
        weight: 3,
      },
    ],
    { id: 'size-icp', name: 'Size ICP', version, ...extra },
  );
}

/** A page of a company, scored against the ICPs as the background would. */
export function scored(url: string, facts: Facts, icps: readonly Icp[] = [sizeIcp()]): ScoredPage {
  return { url, facts, results: scoreAgainstAll(facts, icps) };
}

export const NUAGIQUE_SITE = (): ScoredPage =>
  scored(
    'https://www.nuagique.fr/',
    makeFacts({
      name: 'Nuagique',
      domain: 'nuagique.fr',
      country: 'FR',
      technologies: ['HubSpot'],
      linkedinUrl: 'https://www.linkedin.com/company/nuagique/',
    }),
  );

export const NUAGIQUE_LINKEDIN = (withWebsite = true): ScoredPage => {
  const facts = makeFacts(
    {
      name: 'Nuagique SAS',
      industry: 'Software Development',
      employees: { min: 51, max: 200 },
      ...(withWebsite ? { website: 'https://www.nuagique.fr' } : {}),
    },
    'linkedin',
  );
  return scored('https://www.linkedin.com/company/nuagique/', facts);
};
