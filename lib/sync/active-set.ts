import type { IcpVersionRow } from '../db/database';
import type { Icp } from '../icp/schema';
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

export interface ActiveInput {
  /** Newest row of each configured source, in source order (policy sources first). */
  synced: { source: string; row: IcpVersionRow | undefined }[];
  /** Newest row of each local ICP in use (file import, editor). */
  local: (IcpVersionRow | undefined)[];
  /** ICP id → the row the user rolled back to. */
  rollbacks: ReadonlyMap<string, IcpVersionRow>;
  /** lockIcp: only synced ICPs, no rollback. */
  locked: boolean;
}

/**
 * Decides which ICPs are scored against: each configured source's latest accepted document,
 * then the user's local ICPs; a rollback swaps in the chosen row; the first ICP with a given id
 * wins (two sources serving the same id do not double-count). Rows that no longer validate are
 * skipped. Empty when nothing was ever synced or imported (the caller falls back to examples).
 */
export function chooseActiveIcps(input: ActiveInput): ActiveIcp[] {
  const out: ActiveIcp[] = [];
  const seen = new Set<string>();
  const take = (row: IcpVersionRow | undefined, source: string, synced: boolean) => {
    let chosen = row;
    const latest = rowIcp(row);
    if (!latest || seen.has(latest.id)) return;
    const rollback = input.locked ? undefined : input.rollbacks.get(latest.id);
    let icp = latest;
    if (rollback && rowIcp(rollback)) {
      chosen = rollback;
      icp = rowIcp(rollback)!;
    }
    seen.add(latest.id);
    out.push({
      icp,
      source,
      ...(chosen?.key !== undefined ? { key: chosen.key } : {}),
      rolledBack: chosen !== row,
      synced,
    });
  };
  for (const { source, row } of input.synced) take(row, source, true);
  if (!input.locked) for (const row of input.local) take(row, row?.source ?? 'editor', false);
  return out;
}
