import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITES, siteHtml, type FixtureSite } from '../fixtures/sites/index';
import { launchExtension, waitForBadge, type ExtensionHarness } from './support/extension';
import {
  addSource,
  allowSource,
  startIcpSource,
  teamIcp,
  type IcpSourceServer,
} from './sync-server';

interface Seen {
  url: string;
  method: string;
  /** Made by the extension's service worker or one of its pages. */
  byExtension: boolean;
  type: string;
}

let ext: ExtensionHarness;
let source: IcpSourceServer;
const seen: Seen[] = [];

function record(request: Request): void {
  let frameUrl = '';
  try {
    frameUrl = request.frame().url();
  } catch {
    // Service worker requests have no frame.
  }
  seen.push({
    url: request.url(),
    method: request.method(),
    byExtension: !!request.serviceWorker() || frameUrl.startsWith('chrome-extension://'),
    type: request.resourceType(),
  });
}

/** The page's own requests: the document and what its HTML references (not the extension's). */
function pageOwn(site: FixtureSite): Set<string> {
  const urls = new Set([site.url]);
  for (const match of siteHtml(site).matchAll(/\b(?:src|href|action)\s*=\s*["']([^"']+)["']/g))
    if (URL.canParse(match[1]!, site.url)) urls.add(new URL(match[1]!, site.url).href);
  return urls;
}

beforeAll(async () => {
  source = await startIcpSource();
  source.serve(JSON.stringify(teamIcp(1)));
  ext = await launchExtension();
  ext.context.on('request', record);
  await allowSource(ext, source);
});
afterAll(async () => {
  await ext?.close();
  await source?.close();
});

describe('privacy', () => {
  it('while browsing and syncing, the only requests the extension makes are to the ICP source', async () => {
    const sites = [SITES.nuagique, SITES.ironbridge, SITES.rival, SITES.linkedinIronbridge];
    const browse = async () => {
      for (const site of sites) {
        const page = await ext.open(site.url);
        if (site !== SITES.linkedinIronbridge) await waitForBadge(page);
        else await page.waitForTimeout(1500); // LinkedIn: toolbar and side panel only
        await page.close();
      }
    };
    await browse();
    await addSource(ext, source.url);
    await browse();
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#icp`);
    await options.getByRole('button', { name: 'Sync now' }).click();
    await options.getByText('All sources are up to date.').waitFor();
    await options.close();

    const network = seen.filter((request) => !request.url.startsWith('chrome-extension://'));
    const byExtension = network.filter((request) => request.byExtension);
    // The source was really fetched (first sync and Sync now), so the check below is not vacuous.
    expect(
      byExtension.filter((request) => request.url === source.url).length,
    ).toBeGreaterThanOrEqual(2);
    expect(byExtension.filter((request) => request.url !== source.url)).toEqual([]);

    // Everything else is the user's own browsing: the fixture pages and what their HTML loads.
    const own = new Set(sites.flatMap((site) => [...pageOwn(site)]));
    const strays = network.filter(
      (request) =>
        !request.byExtension &&
        !own.has(request.url) &&
        !/^https:\/\/www\.linkedin\.com\//.test(request.url),
    );
    expect(strays).toEqual([]);

    // And the source learnt nothing about the pages: plain GETs of the file, no page in sight.
    for (const request of source.requests) {
      expect(request.method).toMatch(/^(GET|OPTIONS)$/);
      expect(request.url).toBe('/team/icp.json');
      const headers = JSON.stringify(request.headers);
      for (const site of sites) expect(headers).not.toContain(new URL(site.url).hostname);
    }
  });
});
