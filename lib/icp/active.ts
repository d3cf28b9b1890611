import { bundledIcps } from './bundled';
import type { Icp } from './schema';

/**
 * The ICPs the extension scores against right now, background side. Until a team ICP is synced
 * these are the bundled examples; the sync feature extends this function (it stays the one place
 * the background asks).
 */
export async function getActiveIcps(): Promise<Icp[]> {
  return bundledIcps();
}
