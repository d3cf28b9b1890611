import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { collectPage } from '../../../lib/extract/collect/page';
import { SITE_COLLECTORS } from '../../../lib/extract/collectors';
import type { ScoreAnswer, TabResult } from '../../../lib/messaging/protocol';

/** A page of a made-up company, as a content script would collect it. */
const URL_ = 'https://www.ironbridge-castings.example/';
const PAGE = `<!doctype html><html lang="en"><head><title>Ironbridge Castings</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization",
"name":"Ironbridge Castings","url":"${URL_}","numberOfEmployees":{"@type":"QuantitativeValue","value":120},
"address":{"@type":"PostalAddress","addressCountry":"GB"}}</script></head><body><h1>Ironbridge</h1></body></html>`;

function signals() {
  const { document } = parseHTML(PAGE);
  return collectPage(SITE_COLLECTORS, document as unknown as Document, new URL(URL_)).signals;
}

/** Sends a message the way a content script in tab `tabId` does (the fake has no sender). */
async function fromTab<T>(tabId: number, type: string, data: unknown): Promise<T> {
  let reply: { ok?: unknown; error?: string } | undefined;
  await fakeBrowser.runtime.onMessage.trigger(
    { icpLens: type, data },
    { tab: { id: tabId } as Browser.tabs.Tab, url: URL_ },
    (answer: typeof reply) => (reply = answer),
  );
  await vi.waitFor(() => expect(reply).toBeDefined());
  if (reply?.error) throw new Error(reply.error);
  return reply?.ok as T;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

describe('the background handlers', () => {
  it('tell the listeners of scored tabs about every result they publish', async () => {
    const { registerBackgroundHandlers, onTabScored, rescoreTab } =
      await import('../../../lib/background/handlers');
    registerBackgroundHandlers();
    const scored: TabResult[] = [];
    const remove = onTabScored((result) => scored.push(result));

    const answer = await fromTab<ScoreAnswer>(7, 'scorePage', {
      pageUrl: URL_,
      kind: 'company-site',
      signals: signals(),
    });
    expect(answer.status).toBe('scored');
    expect(scored.map((result) => [result.tabId, result.companyKey])).toEqual([
      [7, 'ironbridge-castings.example'],
    ]);

    // A rescore (after a correction or an ICP change) is published too.
    await rescoreTab(7);
    expect(scored).toHaveLength(2);
    remove();
    await rescoreTab(7);
    expect(scored).toHaveLength(2);
  });
});
