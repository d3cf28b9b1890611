import type { IcpVersionRow } from '../db/database';
import type { Icp } from '../icp/schema';
import { parseSourceText } from './fetch-document';
import { decodeBase64, importPublicKey, verifyEd25519 } from './signature';

/**
 * Whether a stored ICP version may score under the configured public key. A version is checked
 * again, from the bytes and signature stored with it, whenever the key differs from the one that
 * accepted it: a key set after an unsigned document was accepted, or a new key, applies to every
 * stored version, not only to the next download. See docs/sync.md.
 */

export type StoredSignature =
  /** The stored bytes carry a valid signature by the key; `icp` is read from those bytes. */
  | { state: 'verified'; icp: Icp }
  /** Stored without a signature: accepted while no key was configured, made or imported here. */
  | { state: 'unsigned' }
  /** A signature the key does not verify: another key signed it, or the bytes were altered. */
  | { state: 'not-verified' }
  /** Signed by the key, but the document no longer validates: skipped like any invalid row. */
  | { state: 'invalid' };

const keys = new Map<string, Promise<CryptoKey | undefined>>();
const checks = new Map<string, Promise<StoredSignature>>();

function importKey(publicKey: string): Promise<CryptoKey | undefined> {
  let key = keys.get(publicKey);
  if (!key) {
    key = importPublicKey(publicKey).then((result) => (result.ok ? result.key : undefined));
    if (keys.size > 8) keys.clear();
    keys.set(publicKey, key);
  }
  return key;
}

async function check(row: IcpVersionRow, publicKey: string): Promise<StoredSignature> {
  if (!row.signature || row.signedText === undefined) return { state: 'unsigned' };
  const key = await importKey(publicKey);
  const signature = decodeBase64(row.signature);
  // A key that does not import (the sync status says why) verifies nothing.
  if (!key || signature?.byteLength !== 64) return { state: 'not-verified' };
  const bytes = new TextEncoder().encode(row.signedText);
  if (!(await verifyEd25519(key, signature, bytes))) return { state: 'not-verified' };
  // What scores is what was signed, read again: a stored `document` edited afterwards is ignored.
  if (!URL.canParse(row.source)) return { state: 'invalid' };
  const parsed = parseSourceText(row.signedText, new URL(row.source), row.format === 'csv');
  if (!parsed.ok) return { state: 'invalid' };
  if (parsed.icp.id !== row.id || parsed.icp.version !== row.version)
    return { state: 'not-verified' };
  return { state: 'verified', icp: parsed.icp };
}

/**
 * Checks a stored version against a public key. Results are kept per row, signature and key
 * (a row's signed bytes never change without its signature changing), so scoring every page
 * does not verify again.
 */
export function checkStoredSignature(
  row: IcpVersionRow,
  publicKey: string,
): Promise<StoredSignature> {
  if (row.key === undefined) return check(row, publicKey);
  const id = `${publicKey}\n${row.key}\n${row.fetchedAt}\n${row.signature ?? ''}\n${row.signedText?.length}`;
  let result = checks.get(id);
  if (!result) {
    result = check(row, publicKey);
    if (checks.size > 500) checks.clear();
    checks.set(id, result);
  }
  return result;
}

/** Checks several rows at once: row key → result (rows without a key are left out). */
export async function checkStoredSignatures(
  rows: readonly (IcpVersionRow | undefined)[],
  publicKey: string,
): Promise<Map<number, StoredSignature>> {
  const unique = new Map<number, IcpVersionRow>();
  for (const row of rows) if (row?.key !== undefined) unique.set(row.key, row);
  const entries = await Promise.all(
    [...unique].map(
      async ([key, row]) => [key, await checkStoredSignature(row, publicKey)] as const,
    ),
  );
  return new Map(entries);
}
