import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../lib/db/database';
import { getActiveIcps } from '../../../lib/icp/active';
import { readManagedPolicy } from '../../../lib/policy/managed-storage';
import { parsePolicy } from '../../../lib/policy/policy';
import { loadSyncConfig } from '../../../lib/sync/config';
import { importIcpFile, rollBackTo, saveLocalIcp } from '../../../lib/sync/local';
import { localIcpIdsItem, syncStatusItem, userSourcesItem } from '../../../lib/sync/settings';
import { syncAll } from '../../../lib/sync/sync';
import { versionsOf } from '../../../lib/sync/versions';
import { icpDocument, icpText } from '../sync/documents';
import { serveWithEtag, startServer, type TestServer } from '../sync/server';

describe('parsePolicy', () => {
  it('reads the four keys and reports unusable values instead of ignoring them silently', () => {
    expect(
      parsePolicy({
        icpSources: ['https://icp.fjordwave.example/core.json', ' '],
        refreshMinutes: 1,
        lockIcp: true,
        publicKey: ' MCowBQYDK2VwAyEA ',
      }),
    ).toEqual({
      icpSources: ['https://icp.fjordwave.example/core.json'],
      refreshMinutes: 5, // clamped to the minimum
      lockIcp: true,
      publicKey: 'MCowBQYDK2VwAyEA',
      problems: [],
    });
    expect(
      parsePolicy({ icpSources: 42, refreshMinutes: 'soon', lockIcp: 'yes' }).problems,
    ).toEqual([
      'icpSources must be a list of URLs',
      'refreshMinutes must be a positive number',
      'lockIcp must be true or false',
    ]);
    expect(parsePolicy(undefined)).toMatchObject({ icpSources: [], lockIcp: false });
  });
});

describe('a managed policy', () => {
  let server: TestServer;
  beforeEach(async () => {
    fakeBrowser.reset();
    await database().icpVersions.clear();
    server = await startServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('reads managed storage, and treats a browser without policy as no policy', async () => {
    expect(await readManagedPolicy()).toMatchObject({ icpSources: [], lockIcp: false });
    await fakeBrowser.storage.managed.set({ refreshMinutes: 15 });
    expect((await loadSyncConfig()).refreshMinutes).toBe(15);
  });

  it('lockIcp: only the admin sources score, and editing, importing and rolling back are refused', async () => {
    const teamUrl = `${server.origin}/team.json`;
    const mineUrl = `${server.origin}/mine.json`;
    server.route('/team.json', serveWithEtag(icpText(1), '"t1"'));
    server.route('/mine.json', (_q, r) =>
      r.writeHead(200).end(icpText(1, { id: 'my-own', name: 'Mine' })),
    );
    await userSourcesItem.setValue([{ url: mineUrl, addedAt: 1 }]);
    await saveLocalIcp(icpDocument(1, { id: 'scratch', name: 'Scratch' }));
    await fakeBrowser.storage.managed.set({ icpSources: [teamUrl], lockIcp: true });

    const config = await loadSyncConfig();
    expect(config.locked).toBe(true);
    expect(config.sources).toEqual([{ url: teamUrl, managed: true }]);

    await syncAll('manual');
    expect((await getActiveIcps()).map((icp) => icp.id)).toEqual(['fjordwave-core']);
    expect(Object.keys(await syncStatusItem.getValue())).toEqual([teamUrl]);

    const locked = {
      ok: false,
      problems: [{ path: '', message: expect.stringMatching(/locked/) }],
    };
    expect(await saveLocalIcp(icpDocument(2, { id: 'scratch', name: 'Scratch' }))).toEqual(locked);
    expect(await importIcpFile('other.json', icpText(1, { id: 'other' }))).toEqual(locked);
    const [row] = await versionsOf(database(), 'fjordwave-core');
    expect(await rollBackTo(row!.key!)).toEqual(locked);
    expect(await versionsOf(database(), 'other')).toEqual([]);

    // The user's own sources and ICPs were kept, only not used, while the lock holds.
    expect(await localIcpIdsItem.getValue()).toEqual(['scratch']);
    await fakeBrowser.storage.managed.clear();
    await syncAll('manual');
    expect((await getActiveIcps()).map((icp) => icp.id)).toEqual(['my-own', 'scratch']);
  });
});

describe('the shipped policy schema and the documented examples', () => {
  it('declares exactly the keys the extension reads, and the examples parse cleanly', async () => {
    const { readFileSync } = await import('node:fs');
    const read = (path: string) =>
      readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
    const schema = JSON.parse(read('public/managed-schema.json'));
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual(
      ['icpSources', 'lockIcp', 'publicKey', 'refreshMinutes'].sort(),
    );
    const examples = [
      ...read('docs/sync.md').matchAll(/```json\n(\{\n {2}"(?:3rdparty|policies)"[\s\S]*?)```/g),
    ];
    expect(examples).toHaveLength(2);
    for (const [, text] of examples) {
      const json = JSON.parse(text!);
      const extensions = (json.policies ?? json)['3rdparty'];
      const values = Object.values(extensions.extensions ?? extensions.Extensions)[0];
      expect(parsePolicy(values)).toMatchObject({
        lockIcp: true,
        refreshMinutes: 30,
        problems: [],
      });
    }
  });
});
