import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../lib/db/database';
import { getActiveIcps, listIcpsInUse } from '../../../lib/icp/active';
import { rollBackTo, saveLocalIcp } from '../../../lib/sync/local';
import { publicKeyItem, syncStatusItem, userSourcesItem } from '../../../lib/sync/settings';
import { syncAll } from '../../../lib/sync/sync';
import { versionsOf } from '../../../lib/sync/versions';
import { icpDocument, icpText } from './documents';
import { serveWithEtag, startServer, type TestServer } from './server';

/**
 * A public key applies to the ICP versions already stored, not only to the next download:
 * an unsigned document accepted before the key was set stops scoring at once (even offline,
 * even under lockIcp), and scores again once its source serves it signed.
 */

let server: TestServer;
let url: string;

function keyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    privateKey,
  };
}

const signatureOf = (text: string, key: KeyObject) =>
  sign(null, Buffer.from(text), key).toString('base64');

async function activeVersions() {
  return (await getActiveIcps()).map((icp) => `${icp.id}@${icp.version}`);
}

async function withheld() {
  return (await listIcpsInUse()).withheld.map(
    (entry) => `${entry.icp.id}@${entry.icp.version} ${entry.reason}`,
  );
}

beforeEach(async () => {
  fakeBrowser.reset();
  await database().icpVersions.clear();
  server = await startServer();
  url = `${server.origin}/team/icp.json`;
});
afterEach(async () => {
  await server.close();
});

describe('a public key applies to stored ICPs', () => {
  it('an ICP accepted unsigned stops scoring when the admin sets a key with lockIcp, and scores again once signed', async () => {
    const team = keyPair();
    const body = icpText(1);
    server.route('/team/icp.json', serveWithEtag(body, '"v1"'));
    await fakeBrowser.storage.managed.set({ icpSources: [url] });
    await syncAll('alarm');
    expect(await activeVersions()).toEqual(['fjordwave-core@1']);

    // The admin requires signatures. Before any sync (offline, say), the stored version is out,
    // and the bundled examples do not take its place.
    await fakeBrowser.storage.managed.set({
      icpSources: [url],
      lockIcp: true,
      publicKey: team.publicKey,
    });
    expect(await activeVersions()).toEqual([]);
    expect(await withheld()).toEqual(['fjordwave-core@1 unsigned']);

    // The source still serves no signature: the status says the stored version does not score.
    await syncAll('alarm');
    expect((await syncStatusItem.getValue())[url]).toMatchObject({
      state: 'error',
      code: 'signature',
      message: expect.stringMatching(
        /not signed with the configured public key, so this source adds no ICP/,
      ),
    });
    expect((await syncStatusItem.getValue())[url]?.icpId).toBeUndefined();
    expect(await activeVersions()).toEqual([]);

    // The source publishes the signature of the same file: the stored version scores again.
    server.route('/team/icp.json.sig', (_q, r) =>
      r.writeHead(200).end(signatureOf(body, team.privateKey)),
    );
    const report = await syncAll('alarm');
    expect(report.changed).toBe(true); // open tabs are rescored
    expect((await syncStatusItem.getValue())[url]).toMatchObject({
      state: 'unchanged',
      message: 'Up to date: "Fjordwave core market" version 1 (signature verified).',
    });
    expect(await activeVersions()).toEqual(['fjordwave-core@1']);
    expect(await withheld()).toEqual([]);
    expect(await versionsOf(database(), 'fjordwave-core')).toHaveLength(1);

    // A new key (rotation): the stored signature is checked again, without any download.
    const rotated = keyPair();
    await fakeBrowser.storage.managed.set({
      icpSources: [url],
      lockIcp: true,
      publicKey: rotated.publicKey,
    });
    expect(await activeVersions()).toEqual([]);
    expect(await withheld()).toEqual(['fjordwave-core@1 not-verified']);
  });

  it('a stored document edited after it was verified does not score (what scores is what was signed)', async () => {
    const team = keyPair();
    const body = icpText(1);
    server.route('/team/icp.json', serveWithEtag(body, '"v1"'));
    server.route('/team/icp.json.sig', (_q, r) =>
      r.writeHead(200).end(signatureOf(body, team.privateKey)),
    );
    await fakeBrowser.storage.managed.set({ icpSources: [url], publicKey: team.publicKey });
    await syncAll('alarm');
    const [row] = await versionsOf(database(), 'fjordwave-core');
    expect(row).toMatchObject({ signedText: body, signature: expect.any(String) });
    expect(await activeVersions()).toEqual(['fjordwave-core@1']);

    const edited = icpDocument(1);
    edited.criteria[0]!.min = 1; // the stored copy says 1-300 employees; the signed file 20-300
    await database().icpVersions.update(row!.key!, { document: edited });
    expect((await getActiveIcps())[0]?.criteria[0]).toMatchObject({ min: 20 });

    await database().icpVersions.update(row!.key!, { signedText: JSON.stringify(edited) });
    expect(await activeVersions()).toEqual([]);
    expect(await withheld()).toEqual(['fjordwave-core@1 not-verified']);
  });

  it("a user's own key: their local ICPs and the examples stop scoring, and an unsigned version cannot be rolled back to", async () => {
    const team = keyPair();
    await userSourcesItem.setValue([{ url, addedAt: 1 }]);
    server.route('/team/icp.json', serveWithEtag(icpText(1), '"v1"'));
    await syncAll('alarm');
    server.route('/team/icp.json', serveWithEtag(icpText(2), '"v2"'));
    server.route('/team/icp.json.sig', (_q, r) =>
      r.writeHead(200).end(signatureOf(icpText(2), team.privateKey)),
    );
    await saveLocalIcp(icpDocument(1, { id: 'scratch', name: 'Scratch' }));
    expect(await activeVersions()).toEqual(['fjordwave-core@1', 'scratch@1']);

    await publicKeyItem.setValue(team.publicKey);
    expect(await activeVersions()).toEqual([]); // not the bundled examples either
    expect(await withheld()).toEqual(['fjordwave-core@1 unsigned', 'scratch@1 unsigned']);

    await syncAll('alarm'); // version 2, signed
    expect(await activeVersions()).toEqual(['fjordwave-core@2']);
    const v1 = (await versionsOf(database(), 'fjordwave-core')).find((row) => row.version === 1);
    expect(await rollBackTo(v1!.key!)).toEqual({
      ok: false,
      problems: [{ path: '', message: expect.stringMatching(/not signed with the configured/) }],
    });
    expect(await activeVersions()).toEqual(['fjordwave-core@2']);

    // Without a key, everything stored scores again as before.
    await publicKeyItem.setValue('');
    expect(await activeVersions()).toEqual(['fjordwave-core@2', 'scratch@1']);
  });
});
