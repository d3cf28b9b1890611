import { generateKeyPairSync, sign } from 'node:crypto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../lib/db/database';
import { getActiveIcps, listActiveIcps } from '../../../lib/icp/active';
import { rollBackTo } from '../../../lib/sync/local';
import { removeUserSource } from '../../../lib/sync/sources';
import {
  rollbackItem,
  sourceTokensItem,
  syncStatusItem,
  userSourcesItem,
} from '../../../lib/sync/settings';
import { syncAll } from '../../../lib/sync/sync';
import { versionsOf } from '../../../lib/sync/versions';
import { icpDocument, icpText } from './documents';
import { serveWithEtag, startServer, type TestServer } from './server';

let server: TestServer;
let url: string;

beforeEach(async () => {
  fakeBrowser.reset();
  await database().icpVersions.clear();
  server = await startServer();
  url = `${server.origin}/team/icp.json`;
  await userSourcesItem.setValue([{ url, addedAt: 1 }]);
});
afterEach(async () => {
  await server.close();
});

async function status() {
  return (await syncStatusItem.getValue())[url]!;
}

async function activeVersions() {
  return (await getActiveIcps()).map((icp) => `${icp.id}@${icp.version}`);
}

/** After a failure: the previous version still scores, and the status says why and what stays. */
async function expectStillVersion1(code: string, detail: RegExp) {
  expect(await activeVersions()).toEqual(['fjordwave-core@1']);
  const current = await status();
  expect(current).toMatchObject({ state: 'error', code, icpId: 'fjordwave-core', version: 1 });
  expect(current.message).toMatch(detail);
  expect(current.message).toMatch(/Still scoring with "Fjordwave core market" version 1/);
  expect(await versionsOf(database(), 'fjordwave-core')).toHaveLength(1);
}

async function firstSync() {
  server.route('/team/icp.json', serveWithEtag(icpText(1), '"v1"'));
  const report = await syncAll('alarm');
  expect(report.changed).toBe(true);
}

describe('syncing a team ICP from a local server', () => {
  it('uses the bundled examples until something is synced', async () => {
    expect(await activeVersions()).toEqual(['eu-b2b-saas@1', 'pme-france@1']);
  });

  it('first sync: the synced ICP replaces the examples and the status says so', async () => {
    await firstSync();
    expect(await activeVersions()).toEqual(['fjordwave-core@1']);
    expect(await status()).toMatchObject({
      state: 'updated',
      message: 'Updated to "Fjordwave core market" version 1.',
    });
  });

  it('304: a conditional request, no new version, status up to date', async () => {
    await firstSync();
    const report = await syncAll('alarm');
    expect(report.changed).toBe(false);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
    expect(await status()).toMatchObject({
      state: 'unchanged',
      message: expect.stringMatching(/not modified/),
    });
    expect(await versionsOf(database(), 'fjordwave-core')).toHaveLength(1);
  });

  it('changed ETag: the new version is stored and becomes active', async () => {
    await firstSync();
    server.route('/team/icp.json', serveWithEtag(icpText(2), '"v2"'));
    expect((await syncAll('alarm')).changed).toBe(true);
    expect(await activeVersions()).toEqual(['fjordwave-core@2']);
    expect(
      (await versionsOf(database(), 'fjordwave-core')).map((row) => [row.version, row.etag]),
    ).toEqual([
      [2, '"v2"'],
      [1, '"v1"'],
    ]);
  });

  it('the same document served again without validators is not a new version', async () => {
    server.route('/team/icp.json', (_q, r) => r.writeHead(200).end(icpText(1)));
    await syncAll('alarm');
    await syncAll('alarm');
    expect(await status()).toMatchObject({ state: 'unchanged' });
    expect(await versionsOf(database(), 'fjordwave-core')).toHaveLength(1);
  });

  it('schema-invalid document: kept out, problems listed with JSON paths', async () => {
    await firstSync();
    const broken = icpDocument(2);
    (broken.criteria[1] as Record<string, unknown>).role = 'maybe';
    server.route('/team/icp.json', (_q, r) => r.writeHead(200).end(JSON.stringify(broken)));
    await syncAll('alarm');
    await expectStillVersion1('invalid', /not a valid ICP: criteria\[1\]\.role: /);
    expect((await status()).problems?.[0]?.path).toBe('criteria[1].role');
  });

  it('truncated JSON: kept out', async () => {
    await firstSync();
    server.route('/team/icp.json', (_q, r) => r.writeHead(200).end(icpText(2).slice(0, 120)));
    await syncAll('alarm');
    await expectStillVersion1('not-json', /not valid JSON/);
  });

  it('500: kept out', async () => {
    await firstSync();
    server.route('/team/icp.json', (_q, r) => r.writeHead(500).end());
    await syncAll('alarm');
    await expectStillVersion1('http', /answered 500/);
  });

  it('slow response past the timeout: kept out', async () => {
    await firstSync();
    server.route('/team/icp.json', (_q, r) => {
      r.writeHead(200);
      r.write('{');
    });
    await syncAll('alarm', { fetchOptions: { timeoutMs: 150 } });
    await expectStillVersion1('timeout', /did not answer within/);
  });

  it('oversized body: kept out', async () => {
    await firstSync();
    server.route('/team/icp.json', (_q, r) =>
      r.writeHead(200).end(icpText(2, { description: 'x'.repeat(1900) })),
    );
    await syncAll('alarm', { fetchOptions: { maxBytes: 1024 } });
    await expectStillVersion1('too-large', /larger than 1 KB/);
  });

  it('redirect to http: kept out', async () => {
    await firstSync();
    const redirecting: typeof fetch = async () => {
      const response = new Response(icpText(2));
      Object.defineProperty(response, 'url', { value: 'http://cache.example.net/icp.json' });
      return response;
    };
    await syncAll('alarm', { fetchOptions: { fetch: redirecting } });
    await expectStillVersion1('insecure-redirect', /redirected to plain http/);
  });

  it('bad signature once a key is configured: kept out, and the unsigned version 1 stops scoring', async () => {
    await firstSync();
    const { publicKey } = generateKeyPairSync('ed25519');
    const intruder = generateKeyPairSync('ed25519').privateKey;
    await fakeBrowser.storage.managed.set({
      publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    });
    const body = icpText(2);
    server.route('/team/icp.json', serveWithEtag(body, '"v2"'));
    server.route('/team/icp.json.sig', (_q, r) =>
      r.writeHead(200).end(sign(null, Buffer.from(body), intruder).toString('base64')),
    );
    await syncAll('alarm');
    // Version 1 was accepted before the key and carries no signature: it scores no more.
    expect(await activeVersions()).toEqual([]);
    expect(await status()).toMatchObject({ state: 'error', code: 'signature' });
    expect((await status()).message).toMatch(
      /^Bad signature.*"Fjordwave core market" version 1, stored earlier, is not signed with the configured public key/,
    );
    expect(await versionsOf(database(), 'fjordwave-core')).toHaveLength(1);
    // The request was not conditional: the cached copy had never been verified with this key.
    expect(server.requests.at(-2)?.headers['if-none-match']).toBeUndefined();
  });

  it('a good signature is accepted once the key is configured, then synced with 304s', async () => {
    await firstSync();
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    await fakeBrowser.storage.managed.set({
      publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    });
    const body = icpText(1);
    server.route('/team/icp.json.sig', (_q, r) =>
      r.writeHead(200).end(sign(null, Buffer.from(body), privateKey).toString('base64')),
    );
    await syncAll('alarm');
    expect(await status()).toMatchObject({ state: 'unchanged' });
    expect(server.requests.at(-2)?.headers['if-none-match']).toBeUndefined(); // re-verified
    await syncAll('alarm');
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
    expect(await status()).toMatchObject({
      state: 'unchanged',
      message: expect.stringMatching(/not modified/),
    });
    expect(await activeVersions()).toEqual(['fjordwave-core@1']);
  });

  it('offline at start: the cached ICP keeps scoring and the status says the server is unreachable', async () => {
    await firstSync();
    await server.close();
    await syncAll('startup');
    await expectStillVersion1('network', /could not reach 127\.0\.0\.1.*offline/i);
    server = await startServer(); // for afterEach
  });

  it('a first sync that fails leaves the examples active and says nothing was synced', async () => {
    server.route('/team/icp.json', (_q, r) => r.writeHead(404).end());
    await syncAll('alarm');
    expect(await activeVersions()).toEqual(['eu-b2b-saas@1', 'pme-france@1']);
    expect((await status()).message).toMatch(/404.*Nothing was ever synced/);
  });

  it('sends the stored token', async () => {
    await sourceTokensItem.setValue({ [url]: 'team-token-1234' });
    server.route('/team/icp.json', (request, response) => {
      if (request.headers.authorization === 'Bearer team-token-1234')
        response.writeHead(200).end(icpText(1));
      else response.writeHead(401).end();
    });
    await syncAll('manual');
    expect(await activeVersions()).toEqual(['fjordwave-core@1']);
  });

  it('a removed source takes its token and status with it', async () => {
    const other = `${server.origin}/other.json`;
    await userSourcesItem.setValue([
      { url, addedAt: 1 },
      { url: other, addedAt: 2 },
    ]);
    await sourceTokensItem.setValue({ [url]: 'team-token-1234', [other]: 'other-token-5678' });
    await syncAll('alarm');
    await removeUserSource(url);
    expect(await userSourcesItem.getValue()).toEqual([{ url: other, addedAt: 2 }]);
    expect(await sourceTokensItem.getValue()).toEqual({ [other]: 'other-token-5678' });
    expect(Object.keys(await syncStatusItem.getValue())).toEqual([other]);
  });

  it('a token whose source is gone (the admin changed the policy) is deleted at the next sync', async () => {
    const managed = `${server.origin}/managed.json`;
    const moved = `${server.origin}/managed-v2.json`;
    server.route('/managed.json', (_q, r) => r.writeHead(200).end(icpText(1)));
    server.route('/managed-v2.json', (_q, r) => r.writeHead(200).end(icpText(2)));
    await fakeBrowser.storage.managed.set({ icpSources: [managed], lockIcp: true });
    await sourceTokensItem.setValue({ [managed]: 'admin-token-1111', [url]: 'mine-2222' });
    await syncAll('alarm');
    expect(server.requests.at(-1)?.headers.authorization).toBe('Bearer admin-token-1111');

    await fakeBrowser.storage.managed.set({ icpSources: [moved], lockIcp: true });
    await syncAll('alarm');
    expect(server.requests.at(-1)).toMatchObject({ path: '/managed-v2.json' });
    expect(server.requests.at(-1)?.headers.authorization).toBeUndefined();
    // The user's own source is hidden by the lock, not removed: its token stays for later.
    expect(await sourceTokensItem.getValue()).toEqual({ [url]: 'mine-2222' });
  });

  it('several sources give several ICPs; a removed source drops its ICP and status', async () => {
    await firstSync();
    const other = `${server.origin}/segment.csv`;
    server.route('/segment.csv', (_q, r) =>
      r
        .writeHead(200, { 'Content-Type': 'text/csv' })
        .end('field,values,min,max\nicp.version,1,,\nemployees,,1,10\n'),
    );
    await userSourcesItem.setValue([
      { url, addedAt: 1 },
      { url: other, addedAt: 2 },
    ]);
    await syncAll('manual');
    expect(await activeVersions()).toEqual(['fjordwave-core@1', 'segment@1']);
    await userSourcesItem.setValue([{ url: other, addedAt: 2 }]);
    await syncAll('alarm');
    expect(await activeVersions()).toEqual(['segment@1']);
    expect(Object.keys(await syncStatusItem.getValue())).toEqual([other]);
  });

  it('a local rollback holds across unchanged syncs and ends on Sync now or a new version', async () => {
    await firstSync();
    server.route('/team/icp.json', serveWithEtag(icpText(2), '"v2"'));
    await syncAll('alarm');
    const v1 = (await versionsOf(database(), 'fjordwave-core')).find((row) => row.version === 1)!;
    expect(await rollBackTo(v1.key!)).toMatchObject({ ok: true });
    expect(await activeVersions()).toEqual(['fjordwave-core@1']);
    expect((await listActiveIcps())[0]).toMatchObject({ rolledBack: true });
    await syncAll('alarm'); // 304
    expect(await activeVersions()).toEqual(['fjordwave-core@1']);
    await syncAll('manual');
    expect(await activeVersions()).toEqual(['fjordwave-core@2']);
    expect(await rollbackItem.getValue()).toEqual({});

    await rollBackTo(v1.key!);
    server.route('/team/icp.json', serveWithEtag(icpText(3), '"v3"'));
    await syncAll('alarm');
    expect(await activeVersions()).toEqual(['fjordwave-core@3']);
  });
});
