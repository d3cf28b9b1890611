import { describe, expect, it } from 'vitest';
import { emptyAccount, withDerived } from '../../../lib/accounts/merge';
import { resultsById } from '../../../lib/accounts/results';
import type { Account } from '../../../lib/accounts/types';
import {
  filterRows,
  icpsInResults,
  NO_FILTER,
  sortRows,
  tiersInRows,
  toListRow,
} from '../../../lib/accounts/view';
import { scoreAgainstAll } from '../../../lib/score/score';
import { makeFacts } from '../helpers';
import { sizeIcp } from './fixtures';

function account(
  domain: string,
  values: Parameters<typeof makeFacts>[0],
  extra: Partial<Account> = {},
): Account {
  const facts = makeFacts({ domain, ...values });
  return withDerived({
    ...emptyAccount(domain, 1000, 'browse'),
    facts,
    results: resultsById(scoreAgainstAll(facts, [sizeIcp()]), 1000),
    ...extra,
  });
}

const ACCOUNTS = [
  account(
    'nuagique.fr',
    {
      name: 'Nuagique',
      employees: { min: 51, max: 200 },
      country: 'FR',
      technologies: ['HubSpot'],
      industry: 'Software Development',
    },
    { lastSeen: 3000 },
  ),
  account(
    'ironbridge-castings.com',
    { name: 'Ironbridge Castings', employees: { min: 1001, max: 5000 }, country: 'US' },
    { lastSeen: 1000, status: 'saved' },
  ),
  account(
    'brume.example',
    { name: 'Brume Énergie', country: 'FR' },
    { lastSeen: 2000, note: 'call Élodie' },
  ),
];
const rows = ACCOUNTS.map((entry) => toListRow(entry));

describe('the accounts table as data', () => {
  it('flattens an account into the columns shown', () => {
    expect(rows[0]).toMatchObject({
      name: 'Nuagique',
      domain: 'nuagique.fr',
      tier: 'A',
      score: 100,
      coverage: 1,
      industry: 'Software Development',
      size: '51-200',
      country: 'FR',
      lastSeen: 3000,
    });
  });

  it('sorts by any column, both ways', () => {
    const names = (column: Parameters<typeof sortRows>[1], direction: 'asc' | 'desc') =>
      sortRows(rows, column, direction).map((row) => row.domain);
    expect(names('score', 'desc')).toEqual([
      'nuagique.fr',
      'brume.example',
      'ironbridge-castings.com',
    ]);
    expect(names('lastSeen', 'asc')).toEqual([
      'ironbridge-castings.com',
      'brume.example',
      'nuagique.fr',
    ]);
    expect(names('name', 'asc')).toEqual([
      'brume.example',
      'ironbridge-castings.com',
      'nuagique.fr',
    ]);
    expect(names('size', 'desc')).toEqual([
      'ironbridge-castings.com',
      'nuagique.fr',
      'brume.example',
    ]);
    expect(names('industry', 'asc')[0]).toBe('nuagique.fr'); // empty industries sort last
    // Ties (two French companies) keep the name order either way.
    expect(names('country', 'asc')).toEqual([
      'brume.example',
      'nuagique.fr',
      'ironbridge-castings.com',
    ]);
    for (const column of ['domain', 'tier', 'coverage'] as const)
      expect(names(column, 'asc')).toEqual([...names(column, 'desc')].reverse());
  });

  it('filters by tier, status, moved and a text search ignoring accents and case', () => {
    const domains = (filter: Partial<typeof NO_FILTER>) =>
      filterRows(rows, { ...NO_FILTER, ...filter }).map((row) => row.domain);
    expect(domains({ tier: 'A' })).toEqual(['nuagique.fr']);
    expect(domains({ status: 'saved' })).toEqual(['ironbridge-castings.com']);
    expect(domains({ search: 'ENERGIE' })).toEqual(['brume.example']);
    expect(domains({ search: 'elodie brume' })).toEqual(['brume.example']);
    expect(domains({ search: 'castings us' })).toEqual(['ironbridge-castings.com']);
    expect(domains({ moved: true })).toEqual([]);
    expect(domains({ icpId: 'nope' })).toEqual([]);
  });

  it('lists the ICPs and tiers present, best tier first', () => {
    expect(icpsInResults(ACCOUNTS)).toEqual([{ id: 'size-icp', name: 'Size ICP', version: 1 }]);
    // Brume is known by its country alone: undecided, listed after every tier.
    expect(tiersInRows(rows)).toEqual(['A', 'D', '?']);
  });
});
