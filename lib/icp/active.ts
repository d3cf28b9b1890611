import { database, type IcpLensDatabase, type IcpVersionRow } from '../db/database';
import { chooseActiveIcps, type ActiveIcp, type IcpsInUse } from '../sync/active-set';
import { loadSyncConfig, type SyncConfig } from '../sync/config';
import { localIcpIdsItem, rollbackItem } from '../sync/settings';
import { checkStoredSignatures } from '../sync/stored-signature';
import { latestFromSource, latestOfIcp } from '../sync/versions';
import { bundledIcps } from './bundled';
import type { Icp } from './schema';

let bundled: Icp[] | undefined;

function examples(): Icp[] {
  // Validated once, then kept: this runs on every page.
  bundled ??= bundledIcps();
  return bundled;
}

/**
 * The ICPs in use with their origin: every configured source's latest accepted version (or the
 * version the user rolled back to), then the user's imported and edited ICPs; with a public key,
 * only versions signed with it, the others listed as withheld. `signed` says a key is configured.
 */
export async function listIcpsInUse(
  db: IcpLensDatabase = database(),
  config?: SyncConfig,
): Promise<IcpsInUse & { signed: boolean }> {
  const resolved = config ?? (await loadSyncConfig());
  const [localIds, rollbackKeys] = await Promise.all([
    localIcpIdsItem.getValue(),
    rollbackItem.getValue(),
  ]);
  const synced = await Promise.all(
    resolved.sources.map(async (source) => ({
      source: source.url,
      row: await latestFromSource(db, source.url),
    })),
  );
  const local = await Promise.all(localIds.map((id) => latestOfIcp(db, id)));
  const rollbacks = new Map<string, IcpVersionRow>();
  for (const [id, key] of Object.entries(rollbackKeys)) {
    const row = await db.icpVersions.get(key);
    if (row && row.id === id) rollbacks.set(id, row);
  }
  const rows = [...synced.map((entry) => entry.row), ...local, ...rollbacks.values()];
  const signatures = resolved.publicKey
    ? await checkStoredSignatures(rows, resolved.publicKey)
    : undefined;
  const chosen = chooseActiveIcps({
    synced,
    local,
    rollbacks,
    locked: resolved.locked,
    ...(signatures ? { signatures } : {}),
  });
  return { ...chosen, signed: signatures !== undefined };
}

/** The ICPs in use with their origin (see listIcpsInUse). Empty when none. */
export async function listActiveIcps(
  db: IcpLensDatabase = database(),
  config?: SyncConfig,
): Promise<ActiveIcp[]> {
  return (await listIcpsInUse(db, config)).active;
}

/**
 * The ICPs the extension scores against right now, background side: the synced and imported
 * ones, or the bundled examples while there are none, except under a public key: unsigned
 * examples do not score for a team that asked for signed ICPs. Never throws: a storage failure
 * falls back to the examples rather than leaving pages unscored.
 */
export async function getActiveIcps(): Promise<Icp[]> {
  try {
    const { active, signed } = await listIcpsInUse();
    if (active.length) return active.map((entry) => entry.icp);
    return signed ? [] : examples();
  } catch (error) {
    console.warn('[icp-lens] could not read the synced ICPs, using the examples:', error);
    return examples();
  }
}
