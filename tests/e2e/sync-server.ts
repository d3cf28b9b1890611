import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExtensionHarness } from './support/extension';

/** A made-up team ICP (fictional company Fjordwave) that fits French 100-1000 staff companies. */
export function teamIcp(version: number) {
  return {
    format: 'icp-lens/v1',
    id: 'fjordwave-team',
    name: 'Fjordwave team ICP',
    version,
    criteria: [
      {
        id: 'size',
        label: '100-1000 employees',
        field: 'employees',
        op: 'between',
        min: 100,
        max: 1000,
        weight: 1,
      },
      {
        id: 'france',
        label: 'Based in France',
        field: 'country',
        op: 'in',
        values: ['FR'],
        weight: 3,
      },
    ],
  };
}

export interface IcpSourceServer {
  /** The ICP's URL: http://127.0.0.1:<port>/team/icp.json */
  url: string;
  origin: string;
  /** What the server serves from now on (an ETag changes with it). */
  serve(body: string): void;
  /** From now on the ICP's URL answers 302 to `location` (undefined: serves the ICP again). */
  redirect(location: string | undefined): void;
  requests: { method: string; url: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

/**
 * A local ICP source on 127.0.0.1 (random port) with ETag/304 and CORS, as a static host would
 * serve it. `allow` lets the extension's requests to it through the harness's offline routing.
 */
export async function startIcpSource(): Promise<IcpSourceServer> {
  let body = '';
  let etag = '"0"';
  let revision = 0;
  let redirectTo: string | undefined;
  const requests: IcpSourceServer['requests'] = [];
  const server = createServer((request, response) => {
    requests.push({
      method: request.method ?? '',
      url: request.url ?? '',
      headers: request.headers,
    });
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since, Authorization',
      'Access-Control-Expose-Headers': 'ETag, Last-Modified',
    };
    if (request.method === 'OPTIONS') return void response.writeHead(204, cors).end();
    if (request.url !== '/team/icp.json') return void response.writeHead(404, cors).end();
    if (redirectTo) return void response.writeHead(302, { ...cors, Location: redirectTo }).end();
    if (request.headers['if-none-match'] === etag)
      return void response.writeHead(304, { ...cors, ETag: etag }).end();
    response.writeHead(200, { ...cors, 'Content-Type': 'application/json', ETag: etag }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/team/icp.json`,
    origin,
    serve(next) {
      body = next;
      etag = `"${++revision}"`;
    },
    redirect(location) {
      redirectTo = location;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Lets the extension reach the local source (the harness aborts every unknown request). */
export async function allowSource(ext: ExtensionHarness, source: IcpSourceServer): Promise<void> {
  await ext.context.route(`${source.origin}/**`, (route) => route.continue());
}

/** Configures the source as the ICP tab would once the user added it. */
export async function addSource(ext: ExtensionHarness, url: string): Promise<void> {
  await ext.setStorage({ icpSources: [{ url, addedAt: Date.now() }], icpSources$: { v: 1 } });
}
