import { generateKeyPairSync, sign } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchIcpDocument, type FetchOutcome } from '../../../lib/sync/fetch-document';
import { icpText } from './documents';
import { serveWithEtag, startServer, type TestServer } from './server';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

function failure(outcome: FetchOutcome) {
  if (outcome.kind !== 'failed') throw new Error(`expected a failure, got ${outcome.kind}`);
  return outcome.failure;
}

describe('fetchIcpDocument against a local server', () => {
  it('fetches and validates a document, keeping its ETag and Last-Modified', async () => {
    server.route('/icp.json', (_request, response) =>
      response
        .writeHead(200, {
          'Content-Type': 'application/json',
          ETag: '"v1"',
          'Last-Modified': 'Sat, 21 Nov 2026 10:00:00 GMT',
        })
        .end(icpText(1)),
    );
    const outcome = await fetchIcpDocument({ url: `${server.origin}/icp.json` });
    expect(outcome).toMatchObject({
      kind: 'document',
      icp: { id: 'fjordwave-core', version: 1 },
      etag: '"v1"',
      lastModified: 'Sat, 21 Nov 2026 10:00:00 GMT',
      format: 'json',
    });
  });

  it('sends the validators back and reports 304 as not modified', async () => {
    server.route('/icp.json', serveWithEtag(icpText(1), '"v1"'));
    const outcome = await fetchIcpDocument({
      url: `${server.origin}/icp.json`,
      etag: '"v1"',
      lastModified: 'Sat, 21 Nov 2026 10:00:00 GMT',
    });
    expect(outcome).toEqual({ kind: 'not-modified' });
    expect(server.requests[0]?.headers).toMatchObject({
      'if-none-match': '"v1"',
      'if-modified-since': 'Sat, 21 Nov 2026 10:00:00 GMT',
    });
  });

  it('sends the token as a bearer Authorization header', async () => {
    server.route('/private.json', (request, response) => {
      if (request.headers.authorization !== 'Bearer s3cret-token')
        response.writeHead(401).end('no');
      else response.writeHead(200, { 'Content-Type': 'application/json' }).end(icpText(2));
    });
    const url = `${server.origin}/private.json`;
    expect(failure(await fetchIcpDocument({ url })).message).toMatch(/401.*token/);
    const outcome = await fetchIcpDocument({ url, token: 's3cret-token' });
    expect(outcome.kind).toBe('document');
  });

  it('reports schema problems with their JSON paths', async () => {
    const broken = JSON.parse(icpText(3));
    broken.criteria[1].weight = -2;
    broken.criteria[0].op = 'in';
    server.route('/icp.json', (_q, response) =>
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(broken)),
    );
    const found = failure(await fetchIcpDocument({ url: `${server.origin}/icp.json` }));
    expect(found.code).toBe('invalid');
    expect(found.problems?.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['criteria[1].weight', 'criteria[0].op']),
    );
  });

  it('refuses truncated JSON and HTML pages as not JSON', async () => {
    server.route('/cut.json', (_q, response) =>
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(icpText(1).slice(0, 80)),
    );
    server.route('/login', (_q, response) =>
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>Sign in</html>'),
    );
    const cut = failure(await fetchIcpDocument({ url: `${server.origin}/cut.json` }));
    expect(cut.code).toBe('not-json');
    expect(cut.message).toMatch(/not valid JSON/);
    const login = failure(await fetchIcpDocument({ url: `${server.origin}/login` }));
    expect(login).toMatchObject({ code: 'not-json', message: expect.stringMatching(/web page/) });
  });

  it('reports server errors with their status', async () => {
    server.route('/icp.json', (_q, response) => response.writeHead(500).end('boom'));
    expect(failure(await fetchIcpDocument({ url: `${server.origin}/icp.json` }))).toMatchObject({
      code: 'http',
      message: expect.stringContaining('500'),
    });
  });

  it('gives up on a slow server after the timeout', async () => {
    server.route('/slow.json', (_q, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"format":');
      // Never finishes: the body trickles past the deadline.
    });
    const started = Date.now();
    const found = failure(
      await fetchIcpDocument({ url: `${server.origin}/slow.json` }, { timeoutMs: 150 }),
    );
    expect(found.code).toBe('timeout');
    expect(found.message).toMatch(/within 0\.2 s/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops reading an oversized body, with or without Content-Length', async () => {
    const big = `{"pad":"${'x'.repeat(5000)}"}`;
    server.route('/declared.json', (_q, response) =>
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(big),
    );
    server.route('/chunked.json', (_q, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      for (let i = 0; i < 10; i++) response.write('x'.repeat(1000));
      response.end();
    });
    for (const path of ['/declared.json', '/chunked.json']) {
      const found = failure(
        await fetchIcpDocument({ url: `${server.origin}${path}` }, { maxBytes: 4096 }),
      );
      expect(found).toMatchObject({ code: 'too-large', message: expect.stringMatching(/4 KB/) });
    }
  });

  it('refuses plain http outside this machine before any request', async () => {
    const found = failure(await fetchIcpDocument({ url: 'http://icp.example.com/icp.json' }));
    expect(found.code).toBe('bad-url');
    expect(found.message).toMatch(/plain http is refused/);
  });

  it('refuses a redirect to plain http', async () => {
    // The test server is http on 127.0.0.1 (allowed); its redirect to a non-local http host is
    // observed through a fake fetch that reports where it ended.
    const fakeFetch: typeof fetch = async () => {
      const response = new Response(icpText(1), {
        headers: { 'Content-Type': 'application/json' },
      });
      Object.defineProperty(response, 'url', { value: 'http://mirror.example.com/icp.json' });
      Object.defineProperty(response, 'redirected', { value: true });
      return response;
    };
    const found = failure(
      await fetchIcpDocument({ url: 'https://icp.example.com/icp.json' }, { fetch: fakeFetch }),
    );
    expect(found).toMatchObject({
      code: 'insecure-redirect',
      message: expect.stringMatching(/redirected to plain http/),
    });
  });

  it('follows a redirect that stays on this machine', async () => {
    server.route('/moved.json', (_q, response) =>
      response.writeHead(302, { Location: '/icp.json' }).end(),
    );
    server.route('/icp.json', (_q, r) => r.writeHead(200).end(icpText(2)));
    const outcome = await fetchIcpDocument({ url: `${server.origin}/moved.json` });
    expect(outcome).toMatchObject({ kind: 'document', icp: { version: 2 } });
  });

  it('with a token, never follows a redirect: the token reaches the configured URL only', async () => {
    // Another port is another origin.
    const elsewhere = await startServer();
    try {
      server.route('/away.json', (_q, r) =>
        r.writeHead(302, { Location: `${elsewhere.origin}/icp.json` }).end(),
      );
      server.route('/moved.json', (_q, r) => r.writeHead(301, { Location: '/icp.json' }).end());
      server.route('/icp.json', (_q, r) => r.writeHead(200).end(icpText(1)));
      elsewhere.route('/icp.json', (_q, r) => r.writeHead(200).end(icpText(1)));
      for (const path of ['/away.json', '/moved.json']) {
        const found = failure(
          await fetchIcpDocument({ url: `${server.origin}${path}`, token: 's3cret-token' }),
        );
        expect(found).toMatchObject({
          code: 'redirect',
          message: expect.stringMatching(/redirected .*set the source to the document's final URL/),
        });
      }
      expect(server.requests.map((request) => request.path)).toEqual(['/away.json', '/moved.json']);
      expect(elsewhere.requests).toEqual([]);
    } finally {
      await elsewhere.close();
    }
  });

  it('with a token, reports the opaque redirect a browser gives instead of a Location', async () => {
    const modes: (RequestRedirect | undefined)[] = [];
    // What fetch in an extension returns for redirect: 'manual': no status, no headers.
    const browserFetch: typeof fetch = async (_url, init) => {
      modes.push(init?.redirect);
      const response = new Response(null, { status: 204 });
      Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
      Object.defineProperty(response, 'status', { value: 0 });
      return response;
    };
    const found = failure(
      await fetchIcpDocument(
        { url: 'https://icp.example.com/icp.json', token: 's3cret-token' },
        { fetch: browserFetch },
      ),
    );
    expect(found).toMatchObject({
      code: 'redirect',
      message: expect.stringMatching(/open .* in a tab to see where it leads/),
    });
    expect(modes).toEqual(['manual']);
  });

  it('with a token and a public key, the signature request does not follow a redirect either', async () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const key = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    server.route('/icp.json', (_q, r) => r.writeHead(200).end(icpText(1)));
    server.route('/icp.json.sig', (_q, r) => r.writeHead(307, { Location: '/sigs/icp.sig' }).end());
    const found = failure(
      await fetchIcpDocument({ url: `${server.origin}/icp.json`, token: 't0ken', publicKey: key }),
    );
    expect(found).toMatchObject({
      code: 'redirect',
      message: expect.stringMatching(/^the signature redirected to .*serve the signature at/),
    });
    expect(server.requests.map((request) => request.path)).toEqual(['/icp.json', '/icp.json.sig']);
  });

  it('reads a CSV source into an ICP', async () => {
    server.route('/sheet.csv', (_q, response) =>
      response
        .writeHead(200, { 'Content-Type': 'text/csv' })
        .end(
          'field,op,values,min,max,weight,role,label\n' +
            'icp.version,,7,,,,,\n' +
            'employees,between,,20,300,4,must,20-300 staff\n' +
            'country,in,NO; SE; DK,,,2,nice,Scandinavia\n',
        ),
    );
    const outcome = await fetchIcpDocument({ url: `${server.origin}/sheet.csv` });
    expect(outcome).toMatchObject({
      kind: 'document',
      format: 'csv',
      icp: {
        id: 'sheet',
        version: 7,
        criteria: [{ field: 'employees' }, { values: ['NO', 'SE', 'DK'] }],
      },
    });
  });
});

describe('signatures', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  const raw = publicKey.export({ format: 'jwk' }).x!; // base64url of the raw 32 bytes
  const other = generateKeyPairSync('ed25519').privateKey;
  const body = icpText(4);
  const signatureOf = (text: string, key = privateKey) =>
    sign(null, Buffer.from(text), key).toString('base64');

  it('accepts a document signed with the configured key (SPKI or raw key)', async () => {
    server.route('/icp.json', (_q, r) => r.writeHead(200).end(body));
    server.route('/icp.json.sig', (_q, r) => r.writeHead(200).end(`${signatureOf(body)}\n`));
    for (const key of [spki, raw]) {
      const outcome = await fetchIcpDocument({ url: `${server.origin}/icp.json`, publicKey: key });
      expect(outcome).toMatchObject({ kind: 'document', verified: true });
    }
  });

  it('rejects a bad signature, a tampered document and an unsigned one', async () => {
    server.route('/icp.json', (_q, r) => r.writeHead(200).end(body));
    server.route('/icp.json.sig', (_q, r) => r.writeHead(200).end(signatureOf(body, other)));
    server.route('/tampered.json', (_q, r) => r.writeHead(200).end(icpText(5)));
    server.route('/tampered.json.sig', (_q, r) => r.writeHead(200).end(signatureOf(body)));
    server.route('/unsigned.json', (_q, r) => r.writeHead(200).end(body));
    const url = (path: string) => `${server.origin}${path}`;
    expect(
      failure(await fetchIcpDocument({ url: url('/icp.json'), publicKey: spki })),
    ).toMatchObject({ code: 'signature', message: expect.stringMatching(/bad signature/) });
    expect(
      failure(await fetchIcpDocument({ url: url('/tampered.json'), publicKey: spki })).message,
    ).toMatch(/bad signature/);
    expect(
      failure(await fetchIcpDocument({ url: url('/unsigned.json'), publicKey: spki })).message,
    ).toMatch(/unsigned.*404/);
  });

  it('explains a public key that is not Ed25519', async () => {
    server.route('/icp.json', (_q, r) => r.writeHead(200).end(body));
    const found = failure(
      await fetchIcpDocument({ url: `${server.origin}/icp.json`, publicKey: 'not a key!' }),
    );
    expect(found).toMatchObject({ code: 'signature', message: 'the public key is not base64' });
  });
});
