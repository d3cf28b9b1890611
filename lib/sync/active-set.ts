import type { IcpVersionRow } from '../db/database';
import type { Icp } from '../icp/schema';
import type { StoredSignature } from './stored-signature';
import { rowIcp } from './versions';

/** One ICP in use, with where it comes from (for the ICP tab and the popup). */
export interface ActiveIcp {
  icp: Icp;
  /** Source URL, `file:<name>` or `editor`. */
  source: string;
  /** The `icpVersions` row scored with. */
  key?: number;
  /** The user rolled this ICP back to an earlier version. */
  rolledBack: boolean;
  /** Synced from a URL: read-only in the editor. */
  synced: boolean;
}

/** An ICP that would score but for the public key: shown as unsigned, never scored. */
export interface WithheldIcp {
  icp: Icp;
  source: string;
  synced: boolean;
  /**
   * `unsigned`: stored without a signature (accepted before a key was configured, or made or
   * imported on this device); `not-verified`: its signature is not by the configured key.
   */
  reason: 'unsigned' | 'not-verified';
}

export interface ActiveInput {
  /** Newest row of each configured source, in source order (policy sources first). */
  synced: { source: string; row: IcpVersionRow | undefined }[];
  /** Newest row of each local ICP in use (file import, editor). */
  local: (IcpVersionRow | undefined)[];
  /** ICP id → the row the user rolled back to. */
  rollbacks: ReadonlyMap<string, IcpVersionRow>;
  /** lockIcp: only synced ICPs, no rollback. */
  locked: boolean;
  /**
   * Set when a public key is configured: each row's check against it (by row key). Only
   * verified rows score then, with the ICP read from their signed bytes.
   */
  signatures?: ReadonlyMap<number, StoredSignature>;
}

export interface IcpsInUse {
  active: ActiveIcp[];
  /** ICPs left out because they are not signed with the configured key (none without a key). */
  withheld: WithheldIcp[];
}

/**
 * Decides which ICPs are scored against: each configured source's latest accepted document,
 * then the user's local ICPs; a rollback swaps in the chosen row; the first ICP with a given id
 * wins (two sources serving the same id do not double-count). Rows that no longer validate are
 * skipped. With a public key, a row scores only if its stored signature verifies with that key;
 * the others are listed as withheld. `active` is empty when nothing was ever synced or imported
 * (the caller then falls back to the examples, unless a key is configured).
 */
export function chooseActiveIcps(input: ActiveInput): IcpsInUse {
  const active: ActiveIcp[] = [];
  const withheld: WithheldIcp[] = [];
  const seen = new Set<string>();
  const signatureOf = (row: IcpVersionRow) =>
    row.key === undefined ? undefined : input.signatures?.get(row.key);
  /** The ICP a row may score with: its document, or under a key what its verified bytes hold. */
  const usable = (row: IcpVersionRow | undefined): Icp | undefined => {
    if (!row || !input.signatures) return rowIcp(row);
    const check = signatureOf(row);
    return check?.state === 'verified' ? check.icp : undefined;
  };
  const take = (row: IcpVersionRow | undefined, source: string, synced: boolean) => {
    const stored = rowIcp(row);
    if (!row || !stored || seen.has(stored.id)) return;
    const latest = usable(row);
    const rollbackRow = input.locked ? undefined : input.rollbacks.get(stored.id);
    const rolledBack = usable(rollbackRow);
    if (!latest && !rolledBack) {
      const check = signatureOf(row);
      if (check?.state !== 'invalid')
        withheld.push({
          icp: stored,
          source,
          synced,
          reason: check?.state === 'not-verified' ? 'not-verified' : 'unsigned',
        });
      return;
    }
    const chosen = rolledBack ? rollbackRow! : row;
    seen.add(stored.id);
    active.push({
      icp: (rolledBack ?? latest)!,
      source,
      ...(chosen.key !== undefined ? { key: chosen.key } : {}),
      rolledBack: chosen !== row,
      synced,
    });
  };
  for (const { source, row } of input.synced) take(row, source, true);
  if (!input.locked) for (const row of input.local) take(row, row?.source ?? 'editor', false);
  return { active, withheld };
}
