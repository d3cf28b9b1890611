import { database, type IcpLensDatabase } from '../db/database';
import { loadSyncConfig, type ResolvedSource, type SyncConfig } from './config';
import { fetchIcpDocument, type FetchIcpOptions } from './fetch-document';
import { bumpIcpRevision, rollbackItem, syncStatusItem } from './settings';
import { forgetUnusedTokens } from './sources';
import type { SourceStatus } from './status';
import { checkStoredSignature } from './stored-signature';
import { latestFromSource, recordVersion, rowIcp, sameDocument, touchVersion } from './versions';

/** Why a sync runs; a manual "Sync now" also ends local rollbacks of the synced ICPs. */
export type SyncReason = 'manual' | 'alarm' | 'startup' | 'install' | 'settings';

export interface SyncDeps {
  db?: IcpLensDatabase;
  fetchOptions?: FetchIcpOptions;
  now?: () => number;
  /** Settings and policy; read from storage when not given. */
  config?: SyncConfig;
}

export interface SyncReport {
  statuses: SourceStatus[];
  /** True when the active ICPs may have changed (a new version or an ended rollback). */
  changed: boolean;
}

const when = (time: number) => new Date(time).toISOString().slice(0, 16).replace('T', ' ');

/**
 * Syncs one source: conditional GET, full validation, and a new `icpVersions` row only for a
 * document that passed every check and differs from the last one. A failure never touches the
 * stored versions: the last good one stays active and the status says so. Under a public key the
 * last version counts only if its stored signature verifies with that key (stored-signature.ts);
 * a verified download of the same document adds its signature to the stored version.
 */
export async function syncSource(
  source: ResolvedSource,
  reason: SyncReason,
  deps: SyncDeps & { publicKey?: string; previousStatus?: SourceStatus } = {},
): Promise<{ status: SourceStatus; changed: boolean }> {
  const db = deps.db ?? database();
  const now = (deps.now ?? Date.now)();
  const previous = await latestFromSource(db, source.url);
  const previousIcp = rowIcp(previous);
  // Whether the stored version scores: always without a key, only when signed by it with one.
  const previousScores = Boolean(
    previous &&
    previousIcp &&
    (!deps.publicKey ||
      (await checkStoredSignature(previous, deps.publicKey)).state === 'verified'),
  );
  // A version that does not verify with the configured key must be fetched and verified again.
  const conditional = previous && previousScores;
  const outcome = await fetchIcpDocument(
    {
      url: source.url,
      ...(source.token ? { token: source.token } : {}),
      ...(deps.publicKey ? { publicKey: deps.publicKey } : {}),
      ...(conditional && previous.etag ? { etag: previous.etag } : {}),
      ...(conditional && previous.lastModified ? { lastModified: previous.lastModified } : {}),
    },
    deps.fetchOptions,
  );

  let changed = false;
  if (reason === 'manual' && previousIcp) changed = await endRollback(previousIcp.id);

  if (outcome.kind === 'failed') {
    const still =
      previousIcp && previousScores
        ? `Still scoring with "${previousIcp.name}" version ${previousIcp.version} (fetched ${when(previous!.fetchedAt)} UTC).`
        : previousIcp
          ? `"${previousIcp.name}" version ${previousIcp.version}, stored earlier, is not signed with the configured public key, so this source adds no ICP until it serves a signed version.`
          : 'Nothing was ever synced from this source, so it adds no ICP yet.';
    const status: SourceStatus = {
      url: source.url,
      state: 'error',
      checkedAt: now,
      message: `${capitalise(outcome.failure.message)}. ${still}`,
      code: outcome.failure.code,
      ...(outcome.failure.problems ? { problems: outcome.failure.problems } : {}),
      ...(previousIcp && previousScores
        ? { icpId: previousIcp.id, version: previousIcp.version }
        : {}),
      ...(deps.previousStatus?.lastSuccessAt
        ? { lastSuccessAt: deps.previousStatus.lastSuccessAt }
        : {}),
    };
    return { status, changed };
  }

  if (outcome.kind === 'not-modified' && conditional && previousIcp) {
    return {
      status: {
        url: source.url,
        state: 'unchanged',
        checkedAt: now,
        message: `Up to date: "${previousIcp.name}" version ${previousIcp.version} (not modified).`,
        icpId: previousIcp.id,
        version: previousIcp.version,
        lastSuccessAt: now,
      },
      changed,
    };
  }
  if (outcome.kind === 'not-modified') {
    // Answered 304 to a request that had no validators: nothing new to keep or to verify.
    return {
      status: {
        url: source.url,
        state: 'error',
        checkedAt: now,
        code: 'http',
        message:
          'The server answered 304 Not Modified to a request without validators; nothing was updated.',
      },
      changed,
    };
  }

  const { icp } = outcome;
  const validators = {
    ...(outcome.etag ? { etag: outcome.etag } : {}),
    ...(outcome.lastModified ? { lastModified: outcome.lastModified } : {}),
    ...(outcome.verified && deps.publicKey ? { signedBy: deps.publicKey } : {}),
    ...(outcome.signature ? { signature: outcome.signature, signedText: outcome.text } : {}),
  };
  if (previous?.key !== undefined && previousIcp && sameDocument(previousIcp, icp)) {
    await touchVersion(db, previous.key, validators);
    // Signed now, the stored version scores again under the key: open tabs must be rescored.
    const nowScores = !previousScores && outcome.verified;
    return {
      status: {
        url: source.url,
        state: 'unchanged',
        checkedAt: now,
        message: `Up to date: "${icp.name}" version ${icp.version}${nowScores ? ' (signature verified)' : ''}.`,
        icpId: icp.id,
        version: icp.version,
        lastSuccessAt: now,
      },
      changed: changed || nowScores,
    };
  }

  await recordVersion(db, {
    id: icp.id,
    version: icp.version,
    fetchedAt: now,
    source: source.url,
    document: icp,
    format: outcome.format,
    ...validators,
  });
  await endRollback(icp.id);
  const notes: string[] = [];
  if (previousIcp && previousIcp.id === icp.id && previousIcp.version === icp.version)
    notes.push(
      `the document changed but its version is still ${icp.version}; raise it on every change`,
    );
  else if (previousIcp && previousIcp.id === icp.id && icp.version < previousIcp.version)
    notes.push(
      `version ${icp.version} is older than the version ${previousIcp.version} it replaces`,
    );
  if (outcome.verified) notes.push('signature verified');
  return {
    status: {
      url: source.url,
      state: 'updated',
      checkedAt: now,
      message: `Updated to "${icp.name}" version ${icp.version}${notes.length ? ` (${notes.join('; ')})` : ''}.`,
      icpId: icp.id,
      version: icp.version,
      lastSuccessAt: now,
    },
    changed: true,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

async function endRollback(icpId: string): Promise<boolean> {
  const rollbacks = await rollbackItem.getValue();
  if (!(icpId in rollbacks)) return false;
  const { [icpId]: _ended, ...rest } = rollbacks;
  await rollbackItem.setValue(rest);
  return true;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Syncs every configured source (or only `onlyUrl`), one run at a time, and stores each
 * source's status. Statuses of sources no longer configured are dropped. Never throws.
 */
export function syncAll(
  reason: SyncReason,
  deps: SyncDeps = {},
  onlyUrl?: string,
): Promise<SyncReport> {
  const run = queue.then(() => runSync(reason, deps, onlyUrl));
  queue = run.catch(() => undefined);
  return run;
}

async function runSync(reason: SyncReason, deps: SyncDeps, onlyUrl?: string): Promise<SyncReport> {
  const config = deps.config ?? (await loadSyncConfig());
  await forgetUnusedTokens(config.policy);
  const previousStatuses = await syncStatusItem.getValue();
  const targets = config.sources.filter((source) => !onlyUrl || source.url === onlyUrl);
  const results = await Promise.all(
    targets.map((source) =>
      syncSource(source, reason, {
        ...deps,
        ...(config.publicKey ? { publicKey: config.publicKey } : {}),
        ...(previousStatuses[source.url] ? { previousStatus: previousStatuses[source.url] } : {}),
      }).catch((error: unknown) => ({
        // Defensive: syncSource reports failures itself; this catches storage errors.
        status: {
          url: source.url,
          state: 'error' as const,
          checkedAt: (deps.now ?? Date.now)(),
          message: `Sync failed: ${error instanceof Error ? error.message : String(error)}. The last good ICP stays active.`,
        },
        changed: false,
      })),
    ),
  );
  const configured = new Set(config.sources.map((source) => source.url));
  const statuses: Record<string, SourceStatus> = Object.fromEntries(
    Object.entries(await syncStatusItem.getValue()).filter(([url]) => configured.has(url)),
  );
  for (const { status } of results) statuses[status.url] = status;
  await syncStatusItem.setValue(statuses);
  const changed = results.some((result) => result.changed);
  if (changed) await bumpIcpRevision();
  return { statuses: results.map((result) => result.status), changed };
}
