import { database, type IcpLensDatabase } from '../db/database';
import type { Icp } from '../icp/schema';
import { parseIcp, parseIcpText, type IcpParseResult, type IcpProblem } from '../icp/validate';
import { listActiveIcps } from '../icp/active';
import { loadSyncConfig } from './config';
import { icpFromCsv } from './csv';
import { MAX_DOCUMENT_BYTES } from './fetch-document';
import { formatBytes } from './read-body';
import { bumpIcpRevision, localIcpIdsItem, rollbackItem } from './settings';
import { checkStoredSignature } from './stored-signature';
import { EDITOR_SOURCE, latestOfIcp, recordVersion, sameDocument } from './versions';

/**
 * The user's own ICPs: imported from a file or made in the editor, versioned like synced ones.
 * Every change bumps the ICP revision so the background rescores open tabs.
 */

export type LocalResult = { ok: true; icp: Icp } | { ok: false; problems: IcpProblem[] };

const LOCKED: LocalResult = {
  ok: false,
  problems: [{ path: '', message: 'your administrator locked the ICP (lockIcp policy)' }],
};

async function syncedOwner(db: IcpLensDatabase, id: string): Promise<string | undefined> {
  const active = await listActiveIcps(db);
  return active.find((entry) => entry.synced && entry.icp.id === id)?.source;
}

async function store(db: IcpLensDatabase, icp: Icp, source: string): Promise<LocalResult> {
  if ((await loadSyncConfig()).locked) return LOCKED;
  const owner = await syncedOwner(db, icp.id);
  if (owner)
    return {
      ok: false,
      problems: [
        {
          path: 'id',
          message: `"${icp.id}" is the id of the ICP synced from ${owner}; give your copy another id`,
        },
      ],
    };
  const latest = await latestOfIcp(db, icp.id);
  let saved = icp;
  if (latest && sameDocument(latest.document, { ...icp, version: latest.version }))
    saved = { ...icp, version: latest.version }; // nothing changed but the number
  else if (latest && icp.version <= latest.version)
    // Each saved change is a new version, so scores stamped with a version stay meaningful.
    saved = { ...icp, version: latest.version + 1 };
  if (!latest || !sameDocument(latest.document, saved))
    await recordVersion(db, {
      id: saved.id,
      version: saved.version,
      fetchedAt: Date.now(),
      source,
      document: saved,
      format: 'json',
    });
  const ids = await localIcpIdsItem.getValue();
  if (!ids.includes(saved.id)) await localIcpIdsItem.setValue([...ids, saved.id]);
  const rollbacks = await rollbackItem.getValue();
  if (saved.id in rollbacks) {
    const { [saved.id]: _ended, ...rest } = rollbacks;
    await rollbackItem.setValue(rest);
  }
  await bumpIcpRevision();
  return { ok: true, icp: saved };
}

/** Imports a JSON or CSV file chosen by the user; problems carry JSON paths (or CSV lines). */
export async function importIcpFile(
  name: string,
  text: string,
  db: IcpLensDatabase = database(),
): Promise<LocalResult> {
  if (text.length > MAX_DOCUMENT_BYTES)
    return {
      ok: false,
      problems: [
        { path: '', message: `the file is larger than ${formatBytes(MAX_DOCUMENT_BYTES)}` },
      ],
    };
  const stem = name.replace(/\.[a-z0-9]+$/i, '');
  const parsed: IcpParseResult = /\.csv$/i.test(name)
    ? icpFromCsv(text, {
        fallbackId: stem.toLowerCase().replace(/[^a-z0-9._-]+/g, '-'),
        fallbackName: stem,
      })
    : parseIcpText(text);
  if (!parsed.ok) return parsed;
  return store(db, parsed.icp, `file:${name}`);
}

/** Saves an ICP from the editor (validated again here: the editor's state is not trusted). */
export async function saveLocalIcp(
  document: unknown,
  db: IcpLensDatabase = database(),
): Promise<LocalResult> {
  const parsed = parseIcp(document);
  if (!parsed.ok) return parsed;
  return store(db, parsed.icp, EDITOR_SOURCE);
}

/** Stops using a local ICP; its versions stay in the history. */
export async function removeLocalIcp(id: string): Promise<void> {
  const ids = await localIcpIdsItem.getValue();
  await localIcpIdsItem.setValue(ids.filter((entry) => entry !== id));
  await bumpIcpRevision();
}

/**
 * Scores with an earlier version of an ICP until its source brings a new one (or Sync now); under
 * a public key, only a version signed with it.
 */
export async function rollBackTo(
  key: number,
  db: IcpLensDatabase = database(),
): Promise<LocalResult> {
  const config = await loadSyncConfig();
  if (config.locked) return LOCKED;
  const row = await db.icpVersions.get(key);
  const parsed = row ? parseIcp(row.document) : undefined;
  if (!row || !parsed?.ok)
    return { ok: false, problems: [{ path: '', message: 'that version is no longer stored' }] };
  if (config.publicKey && (await checkStoredSignature(row, config.publicKey)).state !== 'verified')
    return {
      ok: false,
      problems: [
        { path: '', message: 'that version is not signed with the configured public key' },
      ],
    };
  await rollbackItem.setValue({ ...(await rollbackItem.getValue()), [row.id]: key });
  await bumpIcpRevision();
  return parsed;
}

/** Goes back to the latest version of an ICP. */
export async function endRollbackOf(id: string): Promise<void> {
  const { [id]: _ended, ...rest } = await rollbackItem.getValue();
  await rollbackItem.setValue(rest);
  await bumpIcpRevision();
}
