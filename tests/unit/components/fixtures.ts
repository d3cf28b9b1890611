import { scorePage } from '../../../lib/background/score-page';
import type { Facts } from '../../../lib/facts/schema';
import type { TabResult } from '../../../lib/messaging/protocol';
import { makeFacts, makeIcp } from '../helpers';

/** A made-up company and two ICPs, scored the way the background does. */
export const saasIcp = makeIcp(
  [
    {
      id: 'industry',
      label: 'Software',
      field: 'industry',
      op: 'in',
      values: ['Software Development'],
      weight: 5,
    },
    {
      id: 'size',
      label: '50-500 employees',
      field: 'employees',
      op: 'between',
      min: 50,
      max: 500,
      weight: 4,
      role: 'must',
    },
    {
      id: 'country',
      label: 'France or Belgium',
      field: 'country',
      op: 'in',
      values: ['FR', 'BE'],
      weight: 3,
    },
    {
      id: 'martech',
      label: 'Uses marketing automation',
      field: 'technologies',
      op: 'any',
      values: ['HubSpot'],
      weight: 2,
    },
    {
      id: 'no-rivals',
      label: 'Not a competitor',
      field: 'domain',
      op: 'in',
      values: ['rival.example'],
      role: 'exclude',
    },
  ],
  { id: 'saas', name: 'EU SaaS', version: 3 },
);

export const smallIcp = makeIcp(
  [
    {
      id: 'tiny',
      label: 'Under 20 staff',
      field: 'employees',
      op: 'between',
      max: 20,
      role: 'must',
    },
  ],
  { id: 'small', name: 'Small shops', version: 1 },
);

export const pageFacts: Facts = {
  ...makeFacts({
    name: 'Nuagique Démo',
    domain: 'nuagique-demo.example',
    industry: 'Software Development',
    technologies: ['WordPress'],
  }),
  employees: {
    value: { min: 11, max: 50 },
    source: 'linkedin',
    confidence: 0.9,
    evidence: '11-50 employees',
  },
};

/** The tab result for `facts` (default: the page's facts), with optional corrections applied. */
export function tabResult(
  corrections?: Record<string, unknown>,
  facts: Facts = pageFacts,
  url = 'https://www.nuagique-demo.example/',
): TabResult {
  return scorePage({
    tabId: 7,
    report: { pageUrl: url, kind: 'company-site', company: { url, facts } },
    icps: [saasIcp, smallIcp],
    corrections,
    now: 0,
  });
}
