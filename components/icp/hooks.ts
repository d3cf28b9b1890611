import { useCallback, useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { listIcpsInUse } from '../../lib/icp/active';
import { readManagedPolicy, watchManagedPolicy } from '../../lib/policy/managed-storage';
import { NO_POLICY, type ManagedPolicy } from '../../lib/policy/policy';
import type { ActiveIcp, WithheldIcp } from '../../lib/sync/active-set';
import { icpRevisionItem } from '../../lib/sync/settings';

/** A storage item's value (undefined while loading) and its setter; follows changes made elsewhere. */
export function useItem<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
): [T | undefined, (value: T) => Promise<void>] {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void item.getValue().then((current) => live && setValue(current));
    const unwatch = item.watch((next) => setValue(next ?? item.fallback));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  const set = useCallback((next: T) => item.setValue(next), [item]);
  return [value, set];
}

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
 * The active ICPs with their origin, re-read whenever the ICP revision moves; with a public key
 * (`signed`), also those withheld for want of a signature with it.
 */
export function useActiveIcps(): {
  active: ActiveIcp[] | undefined;
  withheld: WithheldIcp[];
  signed: boolean;
  revision: number;
} {
  const [revision] = useItem(icpRevisionItem);
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
  return { ...inUse, revision: revision ?? 0 };
}
