import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../lib/db/database';
import { getActiveIcps } from '../../../lib/sync/active';
import { importIcpFile, removeLocalIcp, saveLocalIcp } from '../../../lib/sync/local';
import { icpRevisionItem, userSourcesItem } from '../../../lib/storage/items';
import { syncAll } from '../../../lib/sync/sync';
import { versionsOf } from '../../../lib/sync/versions';
import { icpDocument, icpText } from './documents';

beforeEach(async () => {
  fakeBrowser.reset();
  await database().icpVersions.clear();
});

describe('local ICPs', () => {
  it('imports a JSON file, scores with it, and says what is wrong with a broken one', async () => {
    expect(await importIcpFile('core.json', icpText(1))).toMatchObject({ ok: true });
    expect((await getActiveIcps()).map((icp) => icp.id)).toEqual(['fjordwave-core']);
    expect(await icpRevisionItem.getValue()).toBeGreaterThan(0);
    expect(await importIcpFile('broken.json', '{"format":"icp-lens/v1",')).toMatchObject({
      ok: false,
      problems: [{ path: '', message: expect.stringMatching(/not valid JSON/) }],
    });
  });

  it('imports a CSV file named after the file when the sheet gives no id', async () => {
    const result = await importIcpFile(
      'Nordic SMB.csv',
      'field,values,min,max\nicp.version,2,,\nemployees,,10,50\n',
    );
    expect(result).toMatchObject({
      ok: true,
      icp: { id: 'nordic-smb', name: 'Nordic SMB', version: 2 },
    });
  });

  it('saving a changed ICP under the same version makes a new version', async () => {
    await saveLocalIcp(icpDocument(1));
    const saved = await saveLocalIcp(icpDocument(1, { name: 'Fjordwave, renamed' }));
    expect(saved).toMatchObject({ ok: true, icp: { version: 2 } });
    // Saving again unchanged (whatever the version field says) adds nothing.
    await saveLocalIcp(icpDocument(1, { name: 'Fjordwave, renamed' }));
    expect((await versionsOf(database(), 'fjordwave-core')).map((row) => row.version)).toEqual([
      2, 1,
    ]);
    await removeLocalIcp('fjordwave-core');
    expect((await getActiveIcps()).map((icp) => icp.id)).toEqual(['eu-b2b-saas', 'pme-france']);
  });

  it('refuses a local ICP that takes the id of a synced one', async () => {
    const fake: typeof fetch = async () => new Response(icpText(1));
    await userSourcesItem.setValue([
      { url: 'https://icp.fjordwave.example/core.json', addedAt: 1 },
    ]);
    await syncAll('manual', { fetchOptions: { fetch: fake } });
    expect(await saveLocalIcp(icpDocument(5))).toMatchObject({
      ok: false,
      problems: [{ path: 'id', message: expect.stringMatching(/synced from https:\/\/icp/) }],
    });
  });
});
