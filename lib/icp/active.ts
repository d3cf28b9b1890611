import { bundledIcps } from './bundled';
import type { Icp } from './schema';

let bundled: Icp[] | undefined;

/**
 * The ICPs the extension scores against right now, background side. Until a team ICP is synced
 * these are the bundled examples (validated once, then kept: this runs on every page). The sync
 * feature extends this function; it stays the one place the background asks.
 */
export async function getActiveIcps(): Promise<Icp[]> {
  bundled ??= bundledIcps();
  return bundled;
}
