import { useEffect, useMemo, useState } from 'react';
import type { Icp } from '../../lib/icp/schema';
import { icpsToScore, listIcpsInUse } from '../../lib/sync/active';
import { readManagedPolicy, watchManagedPolicy } from '../../lib/policy/managed-storage';
import { NO_POLICY, type ManagedPolicy } from '../../lib/policy/policy';
import type { ActiveIcp, WithheldIcp } from '../../lib/sync/active-set';
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
 * scored against (`icps`: those, or the bundled examples when there are none and no public key),
 * with a public key (`signed`) those withheld for want of a signature with it, and the ICP
 * revision; read again whenever the revision moves (sync, import, edit, rollback) or the policy
 * changes.
 */
export function useActiveIcps(): {
  active: ActiveIcp[] | undefined;
  withheld: WithheldIcp[];
  signed: boolean;
  icps: Icp[];
  revision: number;
} {
  const [revision] = useStorageItem(icpRevisionItem);
  const policy = usePolicy();
  const [inUse, setInUse] = useState<{
    active: ActiveIcp[] | undefined;
    withheld: WithheldIcp[];
    signed: boolean;
  }>({ active: undefined, withheld: [], signed: false });
  useEffect(() => {
    let live = true;
    void listIcpsInUse()
      .then((found) => live && setInUse(found))
      .catch(() => live && setInUse({ active: [], withheld: [], signed: false }));
    return () => {
      live = false;
    };
  }, [revision, policy]);
  const { active, signed } = inUse;
  const icps = useMemo(() => (active ? icpsToScore(active, signed) : []), [active, signed]);
  return { ...inUse, icps, revision: revision ?? 0 };
}
