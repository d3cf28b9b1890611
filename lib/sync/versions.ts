import type { IcpLensDatabase, IcpVersionRow } from '../db/database';
import { icpSchema, type Icp } from '../icp/schema';

/**
 * The history of accepted ICP documents (Dexie `icpVersions`). A row's `source` is the source
 * URL for synced documents, `file:<name>` for imported files and `editor` for local edits.
 */

/** Kept per ICP id; older rows are pruned when a new one is recorded. */
export const MAX_VERSIONS_PER_ICP = 50;

export const EDITOR_SOURCE = 'editor';

/** True for rows the user made (file import, editor), as opposed to synced from a URL. */
export function isLocalSource(source: string): boolean {
  return source === EDITOR_SOURCE || source.startsWith('file:');
}

/** The most recent row a source delivered, if any. */
export async function latestFromSource(
  db: IcpLensDatabase,
  source: string,
): Promise<IcpVersionRow | undefined> {
  // Newest first, stopping at the first match: runs before every page score.
  return db.icpVersions
    .orderBy('fetchedAt')
    .reverse()
    .filter((row) => row.source === source)
    .first();
}

/** Every version of an ICP, newest first. */
export async function versionsOf(db: IcpLensDatabase, id: string): Promise<IcpVersionRow[]> {
  const rows = await db.icpVersions.where('id').equals(id).toArray();
  return rows.sort((a, b) => b.fetchedAt - a.fetchedAt || (b.key ?? 0) - (a.key ?? 0));
}

/** The newest row of an ICP id, whatever its source. */
export async function latestOfIcp(
  db: IcpLensDatabase,
  id: string,
): Promise<IcpVersionRow | undefined> {
  return (await versionsOf(db, id))[0];
}

/** Stores an accepted document and prunes that ICP's oldest versions; returns the row key. */
export async function recordVersion(db: IcpLensDatabase, row: IcpVersionRow): Promise<number> {
  return db.transaction('rw', db.icpVersions, async () => {
    const key = await db.icpVersions.add(row);
    const all = await versionsOf(db, row.id);
    const extra = all.slice(MAX_VERSIONS_PER_ICP).map((old) => old.key!);
    if (extra.length) await db.icpVersions.bulkDelete(extra);
    return key as number;
  });
}

/**
 * Keeps the row's validators fresh after an identical document (no new version), and stores the
 * signature a configured key verified, with the bytes it signs.
 */
export async function touchVersion(
  db: IcpLensDatabase,
  key: number,
  changes: Pick<IcpVersionRow, 'etag' | 'lastModified' | 'signedBy' | 'signature' | 'signedText'>,
): Promise<void> {
  await db.icpVersions.update(key, changes);
}

// Stored documents never change, so each row is validated once per context (the background
// scores every page against them). Keyed by what identifies a row, bounded.
const parsedRows = new Map<string, Icp | null>();

/** A stored row's document as an ICP; undefined if it no longer validates (never thrown). */
export function rowIcp(row: IcpVersionRow | undefined): Icp | undefined {
  if (!row) return undefined;
  const cacheKey =
    row.key === undefined ? undefined : `${row.key}:${row.fetchedAt}:${row.id}:${row.version}`;
  if (cacheKey !== undefined && parsedRows.has(cacheKey))
    return parsedRows.get(cacheKey) ?? undefined;
  const parsed = icpSchema.safeParse(row.document);
  const icp = parsed.success ? parsed.data : undefined;
  if (cacheKey !== undefined) {
    if (parsedRows.size > 500) parsedRows.clear();
    parsedRows.set(cacheKey, icp ?? null);
  }
  return icp;
}

/** Same document, ignoring key order: a re-served file without an ETag is not a new version. */
export function sameDocument(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}
