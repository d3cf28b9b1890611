import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scorePage } from '../../../lib/background/score-page';
import { clearCompanyCorrections, correctFact, revertFact } from '../../../lib/corrections/rescore';
import { loadCorrections } from '../../../lib/corrections/store';
import { database } from '../../../lib/db/database';
import { bundledIcps } from '../../../lib/icp/bundled';
import { onMessage, type TabResult } from '../../../lib/messaging/protocol';
import { makeFacts } from '../helpers';

/** A tab's result as the background would publish it. */
function result(tabId: number, url: string): TabResult {
  return scorePage({
    tabId,
    report: {
      pageUrl: url,
      kind: 'company-site',
      company: { url, facts: makeFacts({ domain: new URL(url).hostname, name: 'Nuagique' }) },
    },
    icps: bundledIcps(),
  });
}

let rescored: number[];

beforeEach(async () => {
  fakeBrowser.reset();
  await database().corrections.clear();
  rescored = [];
  const results = new Map<number, TabResult>();
  onMessage('getTabResult', ({ data }) => results.get(data.tabId) ?? null);
  onMessage('rescoreTab', ({ data }) => {
    rescored.push(data.tabId);
    return results.get(data.tabId) ?? null;
  });
  for (const [url, active] of [
    ['https://nuagique.fr/', true],
    ['https://acme.example/', false],
  ] as const) {
    const tab = await fakeBrowser.tabs.create({ url, active });
    results.set(tab.id!, result(tab.id!, url));
  }
});

describe('correcting a fact of a tab', () => {
  it('stores the value for the company, then has the background rescore the tab', async () => {
    const tab = result(7, 'https://nuagique.fr/');
    await correctFact(tab, 'employees', { min: 120, max: 120 });
    expect(await loadCorrections(database(), 'nuagique.fr')).toEqual({
      employees: { min: 120, max: 120 },
    });
    expect(rescored).toEqual([7]);
    await revertFact(tab, 'employees');
    expect(await loadCorrections(database(), 'nuagique.fr')).toEqual({});
    expect(rescored).toEqual([7, 7]);
  });

  it('clearing a company rescores the open tabs that show it, and only those', async () => {
    await correctFact(result(7, 'https://nuagique.fr/'), 'country', 'FR');
    rescored = [];
    await clearCompanyCorrections('nuagique.fr');
    expect(await loadCorrections(database(), 'nuagique.fr')).toEqual({});
    const tabs = await fakeBrowser.tabs.query({ url: 'https://nuagique.fr/' });
    await vi.waitFor(() => expect(rescored).toEqual(tabs.map((tab) => tab.id)));
  });
});
