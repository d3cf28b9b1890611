import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorePage } from '../../lib/background/score-page';
import { normalizeForScoring } from '../../lib/background/normalize';
import { extractFromHtml } from '../../lib/extract/html';
import { icpSchema } from '../../lib/icp/schema';
import { SITES, siteHtml } from '../fixtures/sites/index';
import { expectedResult } from './support/expected';
import { launchExtension, waitForBadge, type ExtensionHarness } from './support/extension';
import {
  addSource,
  allowSource,
  startIcpSource,
  teamIcp,
  type IcpSourceServer,
} from './sync-server';

let ext: ExtensionHarness;
let source: IcpSourceServer;
beforeAll(async () => {
  source = await startIcpSource();
  ext = await launchExtension();
  await allowSource(ext, source);
});
afterAll(async () => {
  await ext?.close();
  await source?.close();
});

/** The score the badge should show for Nuagique against the team ICP, computed in Node. */
function expectedTeamScore(): number {
  const site = SITES.nuagique;
  const { company } = extractFromHtml(siteHtml(site), site.url);
  const result = scorePage({
    tabId: 0,
    report: { pageUrl: site.url, kind: 'company-site', company },
    icps: [icpSchema.parse(teamIcp(1))],
    normalize: normalizeForScoring,
  });
  return result.results[0]!.score;
}

describe('a team ICP from a local URL', () => {
  it('changes the badge within one sync; a broken file keeps the old scores and shows the error', async () => {
    const page = await ext.open(SITES.nuagique.url);
    const before = await waitForBadge(page);
    expect(before.score).toBe(expectedResult(SITES.nuagique).results[0]!.score);
    const teamScore = expectedTeamScore();
    expect(teamScore).not.toBe(before.score); // otherwise this test could not see a change

    // Point the extension at the local URL: it syncs at once and rescores the open tab.
    source.serve(JSON.stringify(teamIcp(1)));
    await addSource(ext, source.url);
    const after = await waitForBadge(page, { score: teamScore });
    expect(after.tier).toBe('A');
    const tabId = await ext.tabId(page);
    expect(await ext.waitForToolbar(tabId, (text) => text === String(teamScore))).toBe(
      String(teamScore),
    );
    expect(
      (await ext.tabResult(tabId))?.results.map((r) => `${r.icp.id}@${r.icp.version}`),
    ).toEqual(['fjordwave-team@1']);

    // The options page lists it and says the sync went well.
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#icp`);
    await options.getByText('Updated to "Fjordwave team ICP" version 1.').waitFor();
    await options.getByText('fjordwave-team v1, synced from').waitFor();
    await options.getByText('Nothing about the pages you visit leaves it').waitFor();

    // Break the file: Sync now reports it, the old version keeps scoring.
    source.serve(JSON.stringify(teamIcp(2)).slice(0, 90));
    await options.getByRole('button', { name: 'Sync now' }).click();
    await options.getByText(/The document is not valid JSON/).waitFor();
    await options.getByText(/Still scoring with "Fjordwave team ICP" version 1/).waitFor();
    await options.getByText('1 of 1 source(s) failed; see below.').waitFor();

    await page.reload();
    expect((await waitForBadge(page)).score).toBe(teamScore);

    // A schema error names its JSON path.
    const invalid = teamIcp(3);
    (invalid.criteria[1] as Record<string, unknown>).weight = -1;
    source.serve(JSON.stringify(invalid));
    await options.getByRole('button', { name: 'Sync now' }).click();
    await options.getByText('criteria[1].weight', { exact: true }).waitFor();
    await options.getByText(/not a valid ICP: criteria\[1\]\.weight: Too small/).waitFor();
    expect((await waitForBadge(page)).score).toBe(teamScore);

    // A new version that Nuagique no longer fits (France dropped, 500+ staff): accepted, the
    // badge follows, and the versions list shows what changed.
    const v2 = teamIcp(2);
    source.serve(JSON.stringify({ ...v2, criteria: [{ ...v2.criteria[0]!, min: 500 }] }));
    await options.getByRole('button', { name: 'Sync now' }).click();
    await options.getByText('Updated to "Fjordwave team ICP" version 2.').waitFor();
    await waitForBadge(page, { score: 0 });
    await options.getByRole('button', { name: 'Versions' }).click();
    await options.getByText('~ "100-1000 employees": range 100-1000 → 500-1000').waitFor();
    await options.getByText('− Removed "Based in France"', { exact: false }).waitFor();

    // Roll back locally to version 1: the badge follows; Sync now ends the rollback.
    await options
      .getByRole('button', { name: 'Roll back to this version locally until next sync' })
      .click();
    await options.getByText('rolled back locally', { exact: true }).waitFor();
    await waitForBadge(page, { score: teamScore });
    await options.getByRole('button', { name: 'Sync now' }).click();
    await waitForBadge(page, { score: 0 });

    // A token for a private endpoint: sent at once, shown back only by its last four characters.
    await options.getByLabel(`Access token for ${source.url}`).fill('team-secret-7421');
    await options.getByRole('button', { name: 'Save token' }).click();
    await options.getByText('Access token: ••••7421').waitFor();
    await expect
      .poll(() => source.requests.at(-1)?.headers.authorization)
      .toBe('Bearer team-secret-7421');
    await options.reload();
    await options.getByText('Access token: ••••7421').waitFor();
    expect(await options.content()).not.toContain('team-secret');

    // The endpoint now redirects: with a token nothing is followed (the browser does not even
    // say where to), so the token reached the configured URL only, and the status says what to do.
    source.redirect(`${source.origin}/elsewhere/icp.json`);
    const sent = source.requests.length;
    await options.getByRole('button', { name: 'Sync now' }).click();
    await options
      .getByText(/The source redirected \(open .* in a tab to see where it leads\).*final URL/)
      .waitFor();
    await options.getByText(/Still scoring with "Fjordwave team ICP" version 2/).waitFor();
    const gets = source.requests.slice(sent).filter((request) => request.method === 'GET');
    expect(gets.map((request) => request.url)).toEqual(['/team/icp.json']);
    source.redirect(undefined);
    await options.close();
    await page.close();
  });
});
