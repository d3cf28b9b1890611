import type { Icp } from '../icp/schema';
import { parseIcpText, type IcpParseResult, type IcpProblem } from '../icp/validate';
import { icpFromCsv } from './csv';
import { BodyTooLargeError, formatBytes, readCapped } from './read-body';
import { encodeBase64, importPublicKey, parseSignature, verifyEd25519 } from './signature';
import { checkSourceUrl, isInsecureRedirect, looksLikeCsvUrl, signatureUrl } from './source-url';

/** Documents larger than this are refused while downloading. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;
/** A source that has not answered (headers and body) within this is given up on. */
export const FETCH_TIMEOUT_MS = 10_000;

export type SyncErrorCode =
  | 'bad-url'
  | 'network'
  | 'timeout'
  | 'http'
  | 'redirect'
  | 'insecure-redirect'
  | 'too-large'
  | 'not-json'
  | 'invalid'
  | 'signature';

/** Why a fetched document was not accepted, in words a user can act on. */
export interface SyncFailure {
  code: SyncErrorCode;
  message: string;
  /** Schema problems with their JSON paths, for `invalid`. */
  problems?: IcpProblem[];
}

export interface FetchIcpRequest {
  url: string;
  /**
   * Sent as `Authorization: Bearer <token>` (or as is when it already names a scheme), to this
   * URL only: with a token, a redirect is an error, never followed.
   */
  token?: string;
  /** Ed25519 public key (base64); when set, only documents with a valid `<url>.sig` pass. */
  publicKey?: string;
  /** Validators of the document we hold, for a conditional request. */
  etag?: string;
  lastModified?: string;
}

export interface FetchIcpOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
}

export type FetchOutcome =
  | { kind: 'not-modified' }
  | {
      kind: 'document';
      icp: Icp;
      /** The exact text received (a byte-order mark included): what a signature signs. */
      text: string;
      format: 'json' | 'csv';
      etag?: string;
      lastModified?: string;
      /** True when the signature was checked against the configured key. */
      verified: boolean;
      /** The verified signature (base64), kept to check the document again if the key changes. */
      signature?: string;
    }
  | { kind: 'failed'; failure: SyncFailure };

const fail = (code: SyncErrorCode, message: string, problems?: IcpProblem[]): FetchOutcome => ({
  kind: 'failed',
  failure: problems ? { code, message, problems } : { code, message },
});

/** The first problem with its JSON path, so a one-line status (the popup's) still points at it. */
function describeProblems(problems: readonly IcpProblem[]): string {
  const [first] = problems;
  if (!first) return 'invalid';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return `${first.path || '(document)'}: ${first.message}${more}`;
}

function authorization(token: string): string {
  return /^(Bearer|Basic|Token)\s/i.test(token) ? token : `Bearer ${token}`;
}

/**
 * True for a redirect that was not followed: an extension's fetch gives `opaqueredirect` (no
 * status, no Location), other runtimes the 3xx itself. 304 is an answer, not a redirect.
 */
function isUnfollowedRedirect(response: Response): boolean {
  return (
    response.type === 'opaqueredirect' ||
    (response.status >= 300 && response.status < 400 && response.status !== 304)
  );
}

/** Where a redirect pointed, when the runtime shows it (a browser extension's fetch does not). */
function redirectTarget(response: Response, from: URL): string | undefined {
  const location = response.headers.get('location');
  return location && URL.canParse(location, from) ? new URL(location, from).href : undefined;
}

function fileStem(url: URL): string {
  const name = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  return name.replace(/\.[a-z0-9]+$/i, '');
}

/** Reads a source's text as an ICP: CSV (a sheet without `icp.id` is named after the file) or JSON. */
export function parseSourceText(text: string, url: URL, csv: boolean): IcpParseResult {
  return csv
    ? icpFromCsv(text, { fallbackId: fileStem(url).toLowerCase(), fallbackName: fileStem(url) })
    : parseIcpText(text);
}

/**
 * Fetches one ICP source and returns the validated document, "not modified", or a failure that
 * says what went wrong. Never throws, never returns a document that did not pass every check:
 * URL policy, status, redirect, size, timeout, JSON/CSV syntax, schema, and the signature when
 * a key is configured.
 *
 * Redirects (docs/sync.md): with a token, none is followed (`redirect: 'manual'`), so the token
 * goes to the configured URL and nowhere else; an extension cannot read where an unfollowed
 * redirect points, so the message asks for the final URL. Without a token the browser follows
 * them (a published spreadsheet redirects to its file host) and the document is used only if it
 * ended on https, or on plain http on this machine when that is where the source is.
 */
export async function fetchIcpDocument(
  request: FetchIcpRequest,
  options: FetchIcpOptions = {},
): Promise<FetchOutcome> {
  const checked = checkSourceUrl(request.url);
  if (!checked.ok) return fail('bad-url', checked.message);
  const url = checked.url;
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  const headers: Record<string, string> = {
    Accept: 'application/json, text/csv;q=0.9, */*;q=0.1',
  };
  if (request.token) headers.Authorization = authorization(request.token);
  const get = (target: URL, conditional: boolean) =>
    doFetch(target.href, {
      headers: {
        ...headers,
        ...(conditional && request.etag ? { 'If-None-Match': request.etag } : {}),
        ...(conditional && request.lastModified
          ? { 'If-Modified-Since': request.lastModified }
          : {}),
      },
      // Validators are ours to manage: the HTTP cache must neither answer nor store.
      cache: 'no-store',
      credentials: 'omit',
      redirect: request.token ? 'manual' : 'follow',
      signal: controller.signal,
    });

  const describe = (error: unknown, what: string): FetchOutcome => {
    if (timedOut)
      return fail('timeout', `${what} did not answer within ${Math.round(timeoutMs / 100) / 10} s`);
    if (error instanceof BodyTooLargeError)
      return fail(
        'too-large',
        `${what} is ${error.message}; an ICP must fit in ${formatBytes(maxBytes)}`,
      );
    const reason = error instanceof Error ? error.message : String(error);
    return fail('network', `could not reach ${url.host} (${reason}; offline?)`);
  };

  try {
    let response: Response;
    let body: Uint8Array;
    try {
      response = await get(url, true);
      if (request.token && isUnfollowedRedirect(response)) {
        await response.body?.cancel().catch(() => undefined);
        return fail('redirect', redirectMessage('source', url, redirectTarget(response, url)));
      }
      if (isInsecureRedirect(url, response.url)) {
        await response.body?.cancel().catch(() => undefined);
        return fail(
          'insecure-redirect',
          `the server redirected to plain http (${response.url}); refused`,
        );
      }
      if (response.status === 304) {
        await response.body?.cancel().catch(() => undefined);
        return { kind: 'not-modified' };
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        const hint =
          response.status === 401 || response.status === 403
            ? ' (check the access token)'
            : response.status === 404
              ? ' (check the URL)'
              : '';
        return fail(
          'http',
          `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${hint}`,
        );
      }
      body = await readCapped(response, maxBytes);
    } catch (error) {
      return describe(error, 'the ICP');
    }

    let text: string;
    try {
      // ignoreBOM keeps a byte-order mark, so the text encodes back to the signed bytes exactly.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      return fail('not-json', 'the document is not UTF-8 text');
    }
    const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
    const isCsv = contentType.includes('csv') || looksLikeCsvUrl(url);
    if (!isCsv && contentType.includes('text/html'))
      return fail(
        'not-json',
        'the server sent a web page, not an ICP (a login page? check the URL and the token)',
      );

    const parsed = parseSourceText(text, url, isCsv);
    if (!parsed.ok) {
      const syntax = !isCsv && parsed.problems.length === 1 && parsed.problems[0]?.path === '';
      return syntax
        ? fail('not-json', `the document is ${parsed.problems[0]?.message ?? 'not JSON'}`)
        : fail(
            'invalid',
            `the document is not a valid ICP: ${describeProblems(parsed.problems)}`,
            parsed.problems,
          );
    }

    let verified = false;
    let signed: string | undefined;
    if (request.publicKey) {
      const key = await importPublicKey(request.publicKey);
      if (!key.ok) return fail('signature', key.message);
      const sigUrl = signatureUrl(url);
      let signature: Uint8Array | undefined;
      try {
        const sigResponse = await get(sigUrl, false);
        if (request.token && isUnfollowedRedirect(sigResponse)) {
          await sigResponse.body?.cancel().catch(() => undefined);
          return fail(
            'redirect',
            redirectMessage('signature', sigUrl, redirectTarget(sigResponse, sigUrl)),
          );
        }
        if (isInsecureRedirect(url, sigResponse.url))
          return fail('insecure-redirect', 'the signature was redirected to plain http; refused');
        if (!sigResponse.ok) {
          await sigResponse.body?.cancel().catch(() => undefined);
          return fail(
            'signature',
            `unsigned: a public key is configured but ${sigUrl.href} answered ${sigResponse.status}`,
          );
        }
        signature = parseSignature(await readCapped(sigResponse, 4096));
      } catch (error) {
        return describe(error, 'the signature');
      }
      if (!signature)
        return fail('signature', 'the signature file is not a base64 Ed25519 signature');
      if (!(await verifyEd25519(key.key, signature, body)))
        return fail(
          'signature',
          'bad signature: the document was not signed with the configured key (or was altered)',
        );
      verified = true;
      signed = encodeBase64(signature);
    }

    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    return {
      kind: 'document',
      icp: parsed.icp,
      text,
      format: isCsv ? 'csv' : 'json',
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
      verified,
      ...(signed ? { signature: signed } : {}),
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Why a redirect with a token stops the sync, and what to configure instead. */
function redirectMessage(what: 'source' | 'signature', from: URL, target: string | undefined) {
  const where = target ? `to ${target}` : `(open ${from.href} in a tab to see where it leads)`;
  const fix =
    what === 'source'
      ? "set the source to the document's final URL"
      : `serve the signature at ${from.href} itself`;
  return `the ${what} redirected ${where}; with an access token ICP Lens requests the exact configured address only, so the token never reaches another one: ${fix}`;
}
