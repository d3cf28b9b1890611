import { useCallback, useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { listActiveIcps } from '../../lib/sync/active';
import { readManagedPolicy, watchManagedPolicy } from '../../lib/policy/managed-storage';
import { NO_POLICY, type ManagedPolicy } from '../../lib/policy/policy';
import type { ActiveIcp } from '../../lib/sync/active-set';
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

/** The active ICPs with their origin, re-read whenever the ICP revision moves. */
export function useActiveIcps(): { active: ActiveIcp[] | undefined; revision: number } {
  const [revision] = useItem(icpRevisionItem);
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
  return { active, revision: revision ?? 0 };
}
