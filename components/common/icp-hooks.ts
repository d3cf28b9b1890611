import { useEffect, useMemo, useState } from 'react';
import type { Icp } from '../../lib/icp/schema';
import { icpsToScore, listActiveIcps } from '../../lib/sync/active';
import { readManagedPolicy, watchManagedPolicy } from '../../lib/policy/managed-storage';
import { NO_POLICY, type ManagedPolicy } from '../../lib/policy/policy';
import type { ActiveIcp } from '../../lib/sync/active-set';
import { icpRevisionItem } from '../../lib/storage/items';
import { useStorageItem } from './use-storage-item';

/** The admin policy, following changes. */
export function usePolicy(): ManagedPolicy {
  const [policy, setPolicy] = useState<ManagedPolicy>(NO_POLICY);
  useEffect(() => {
    const read = () => void readManagedPolicy().then(setPolicy);
    read();
    return watchManagedPolicy(read);
  }, []);
  return policy;
}

/**
 * The ICPs in use with their origin (`active`, undefined while loading), the ICPs pages are
 * scored against (`icps`: those, or the bundled examples when there are none), and the ICP
 * revision; read again whenever the revision moves (sync, import, edit, rollback) or the policy
 * changes.
 */
export function useActiveIcps(): {
  active: ActiveIcp[] | undefined;
  icps: Icp[];
  revision: number;
} {
  const [revision] = useStorageItem(icpRevisionItem);
  const policy = usePolicy();
  const [active, setActive] = useState<ActiveIcp[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void listActiveIcps()
      .then((list) => live && setActive(list))
      .catch(() => live && setActive([]));
    return () => {
      live = false;
    };
  }, [revision, policy]);
  const icps = useMemo(() => (active ? icpsToScore(active) : []), [active]);
  return { active, icps, revision: revision ?? 0 };
}
