import { storage } from 'wxt/utils/storage';
import { listIcpsInUse } from '../icp/active';

/**
 * What the popup says about ICPs left out for want of a signature, kept in session storage by
 * the background: the popup then needs neither the database nor signature checks to say it.
 */
export interface WithheldSummary {
  /** Names of the ICPs that would score but are not signed with the configured key. */
  names: string[];
  /** A key is configured and nothing scores (the examples are withheld too). */
  nothingScores: boolean;
}

export const withheldSummaryItem = storage.defineItem<WithheldSummary>('session:icpWithheld', {
  fallback: { names: [], nothingScores: false },
  version: 1,
});

/** Recomputes the summary from the ICPs in use; called whenever they may have changed. */
export async function publishWithheldSummary(): Promise<void> {
  const { active, withheld, signed } = await listIcpsInUse();
  await withheldSummaryItem.setValue({
    names: withheld.map((entry) => entry.icp.name),
    nothingScores: signed && active.length === 0,
  });
}
