import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  badgePositionItem,
  disabledSitesItem,
  pausedItem,
  toggleSite,
} from '../../../lib/storage/settings';
import { pageSignalsSchema, parsePayload } from '../../../lib/messaging/validate';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  it('fall back to defaults, store values with their version, and notify watchers', async () => {
    expect(await pausedItem.getValue()).toBe(false);
    expect(await badgePositionItem.getValue()).toEqual({ right: 16, bottom: 16 });
    const seen = vi.fn();
    const unwatch = disabledSitesItem.watch(seen);
    await disabledSitesItem.setValue(['nuagique.fr']);
    expect(await disabledSitesItem.getValue()).toEqual(['nuagique.fr']);
    // WXT storage's layout: the value under the key, its version under key$.
    expect(await fakeBrowser.storage.local.get(['disabledSites', 'disabledSites$'])).toEqual({
      disabledSites: ['nuagique.fr'],
      disabledSites$: { v: 1 },
    });
    expect(seen).toHaveBeenCalledWith(['nuagique.fr']);
    unwatch();
    await disabledSitesItem.removeValue();
    expect(await disabledSitesItem.getValue()).toEqual([]);
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('toggleSite adds once, sorted, and removes', () => {
    expect(toggleSite(['b.example'], 'a.example', true)).toEqual(['a.example', 'b.example']);
    expect(toggleSite(['a.example'], 'a.example', true)).toEqual(['a.example']);
    expect(toggleSite(['a.example', 'b.example'], 'a.example', false)).toEqual(['b.example']);
  });
});

describe('message validation', () => {
  const valid = {
    pageUrl: 'https://www.nuagique.fr/',
    kind: 'company-site',
    signals: { jsonld: ['{"@type":"Organization","name":"Nuagique"}'] },
  };

  it('accepts a well-formed page report', () => {
    expect(parsePayload('scorePage', pageSignalsSchema, valid)).toEqual(valid);
  });

  it('rejects bad payloads with the message name and the path of the problem', () => {
    expect(() =>
      parsePayload('scorePage', pageSignalsSchema, { ...valid, pageUrl: 'javascript:alert(1)' }),
    ).toThrow(/rejected scorePage: pageUrl/);
    expect(() =>
      parsePayload('scorePage', pageSignalsSchema, {
        ...valid,
        signals: { text: { length: Number.POSITIVE_INFINITY } },
      }),
    ).toThrow(/rejected scorePage: signals/);
    expect(() => parsePayload('scorePage', pageSignalsSchema, 'nonsense')).toThrow(/rejected/);
  });
});
