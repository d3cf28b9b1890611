/**
 * Times rescoring every stored account against new ICPs (what happens when the team ICP
 * changes), on fake-indexeddb in Node: 10,000 and 100,000 synthetic accounts by default, or the
 * sizes given (`npm run bench:accounts -- 5000 20000`). Timings are printed, not asserted; a real
 * browser's IndexedDB is usually faster than fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { withDerived } from '../../lib/accounts/merge';
import { resultsById } from '../../lib/accounts/results';
import { describeMovement } from '../../lib/accounts/movement';
import { createI18n } from '../../lib/i18n/translate';
import { rescoreAccount, rescoreAllAccounts } from '../../lib/accounts/rescore';
import type { Account } from '../../lib/accounts/types';
import { IcpLensDatabase } from '../../lib/db/database';
import type { Facts } from '../../lib/facts/schema';
import { bundledIcps } from '../../lib/icp/bundled';
import type { Icp } from '../../lib/icp/schema';
import { scoreAgainstAll } from '../../lib/score/score';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [10_000, 100_000];

const INDUSTRIES = [
  'Software Development',
  'IT Services and IT Consulting',
  'Manufacturing',
  'Retail',
  'Banking',
];
const COUNTRIES = ['FR', 'DE', 'BE', 'US', 'GB', 'ES', 'NL'];
const BANDS = [
  [2, 10],
  [11, 50],
  [51, 200],
  [201, 500],
  [501, 1000],
  [1001, 5000],
] as const;
const TECH = [['HubSpot'], ['WordPress'], ['Marketo', 'Salesforce'], [], ['Shopify']];

/** A deterministic fictional company number i. */
function facts(i: number): Facts {
  const fact = <T>(value: T) => ({
    value,
    source: 'jsonld' as const,
    confidence: 0.9,
    evidence: `company ${i}`,
  });
  const band = BANDS[(i * 7) % BANDS.length]!;
  return {
    name: fact(`Company ${i}`),
    domain: fact(`company-${i}.example`),
    industry: fact(INDUSTRIES[i % INDUSTRIES.length]!),
    employees: fact({ min: band[0], max: band[1] }),
    country: fact(COUNTRIES[(i * 3) % COUNTRIES.length]!),
    city: fact('Lyon'),
    technologies: fact(TECH[(i * 5) % TECH.length]!),
    description: fact('A B2B SaaS platform for teams'),
  };
}

/** The same ICPs with the size criterion moved: 200-2000 staff, so many accounts move. */
function changedIcps(icps: readonly Icp[]): Icp[] {
  return icps.map((icp) => ({
    ...icp,
    version: icp.version + 1,
    criteria: icp.criteria.map((criterion) =>
      criterion.field === 'employees' ? { ...criterion, min: 200, max: 2000 } : criterion,
    ),
  })) as Icp[];
}

function keysFrom(offset: number, count: number): string[] {
  const keys: string[] = [];
  for (let i = offset; i < Math.min(count, offset + 5000); i++) keys.push(`company-${i}.example`);
  return keys;
}

async function bench(count: number): Promise<void> {
  const db = new IcpLensDatabase(`bench-accounts-${count}`);
  await db.delete();
  await db.open();
  const icps = bundledIcps();
  const now = Date.now();
  let start = performance.now();
  for (let offset = 0; offset < count; offset += 5000) {
    const rows: Account[] = [];
    for (let i = offset; i < Math.min(count, offset + 5000); i++) {
      const f = facts(i);
      rows.push(
        withDerived({
          companyKey: `company-${i}.example`,
          aliases: [],
          name: '',
          facts: f,
          factPages: {},
          corrections: i % 50 === 0 ? { country: 'FR' } : {},
          results: resultsById(scoreAgainstAll(f, icps), now),
          firstSeen: now,
          lastSeen: now,
          pages: [`https://company-${i}.example/`],
          status: 'new',
          note: '',
          origin: 'browse',
        }),
      );
    }
    await db.accounts.bulkPut(rows);
  }
  for (let i = 0; i < count; i += 50)
    await db.corrections.put({
      companyKey: `company-${i}.example`,
      values: { country: 'FR' },
      updatedAt: now,
    });
  const fill = performance.now() - start;

  // The same work without storage: what scoring and merging alone cost.
  const newIcps = changedIcps(icps);
  let cpu = 0;
  for (let offset = 0; offset < count; offset += 5000) {
    // bulkGet: where().anyOf() walks a cursor that fake-indexeddb advances in linear time per key.
    const rows = (await db.accounts.bulkGet(keysFrom(offset, count))).filter((row) => !!row);
    const begin = performance.now();
    for (const row of rows) rescoreAccount(row, row.corrections, newIcps, 0, now);
    cpu += performance.now() - begin;
  }

  start = performance.now();
  let chunks = 0;
  const run = await rescoreAllAccounts(db, newIcps, { onProgress: () => chunks++ });
  const took = performance.now() - start;
  const perThousand = (took / count) * 1000;
  console.log(
    `${count.toLocaleString('en-US').padStart(8)} accounts: rescored in ${(took / 1000).toFixed(2)} s ` +
      `(${perThousand.toFixed(0)} ms per 1,000, ${chunks} chunks; filling took ${(fill / 1000).toFixed(1)} s)`,
  );
  console.log(
    `          of which scoring and merging (the same work without storage): ${(cpu / 1000).toFixed(2)} s`,
  );
  console.log(`          ${describeMovement(run!.summary, createI18n('en'))}`);
  await db.delete();
}

for (const count of SIZES) await bench(count);
