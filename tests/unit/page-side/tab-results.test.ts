import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  beginRequest,
  currentIdentity,
  dropTabResult,
  inOrder,
  loadTabResult,
  saveTabResult,
} from '../../../lib/background/tab-results';
import type { TabResult } from '../../../lib/messaging/protocol';

beforeEach(() => {
  fakeBrowser.reset();
});

const result = (tabId: number, identity: string) =>
  ({ tabId, identity, pageUrl: `https://${identity}/`, results: [] }) as unknown as TabResult;

describe('tab results', () => {
  it('only the latest request of a tab may publish', () => {
    const first = beginRequest(7, 'linkedin:nuagique');
    const second = beginRequest(7, 'linkedin:ironbridge-castings');
    const otherTab = beginRequest(8, 'nuagique.fr');
    expect([first(), second(), otherTab()]).toEqual([false, true, true]);
    expect(currentIdentity(7)).toBe('linkedin:ironbridge-castings');
  });

  it('a result saved just before the tab navigated never outlives the clearing', async () => {
    const saved = saveTabResult(result(3, 'nuagique.fr'));
    const dropped = dropTabResult(3);
    await Promise.all([saved, dropped]);
    expect(await fakeBrowser.storage.session.get('tabResult:3')).toEqual({});
    expect(await loadTabResult(3)).toBeNull();
  });

  it('keeps the latest result in memory and in storage.session for the extension pages', async () => {
    await saveTabResult(result(4, 'nuagique.fr'));
    await saveTabResult(result(4, 'ironbridge-castings.com'));
    const stored = await fakeBrowser.storage.session.get('tabResult:4');
    expect((stored['tabResult:4'] as TabResult).identity).toBe('ironbridge-castings.com');
    expect((await loadTabResult(4))?.identity).toBe('ironbridge-castings.com');
  });

  it('runs a tab’s writes in the order asked, even when an earlier one is slower', async () => {
    const order: string[] = [];
    const slow = inOrder(5, () => new Promise((r) => setTimeout(() => r(order.push('slow')), 30)));
    const fast = inOrder(5, async () => order.push('fast'));
    const failing = inOrder(5, async () => {
      throw new Error('tab closed');
    });
    const after = inOrder(5, async () => order.push('after'));
    await Promise.all([slow, fast, failing, after]);
    expect(order).toEqual(['slow', 'fast', 'after']);
  });
});
