import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { openBrowserDatabase } from '../../db/browser-database.ts';
import type { Database } from '../../db/database.ts';
import type { Services } from '../services.ts';
import { DatabaseRecovery, type DataReloader, type RecoveryStatus } from './database-recovery.ts';

/** What {@link useDatabaseRecovery} returns: the status for the notice and a way to close it. */
export interface DatabaseRecoveryState {
  status: RecoveryStatus;
  dismiss: () => void;
}

/**
 * Keeps the data engine alive for the app: watches the coordinator's database, and when it
 * crashes (worker error, wasm trap, out-of-memory that leaves it dead) opens a new one with
 * `open`, runs `reload` on it (reference tables + the last good data), swaps it into the
 * coordinator and touches the dataset store so every view re-runs its query. `reload` is
 * read when a crash happens, so it may change as the user loads files.
 */
export function useDatabaseRecovery(
  services: Services,
  reload: DataReloader,
  open: () => Promise<Database> = openBrowserDatabase,
): DatabaseRecoveryState {
  // Read through refs at crash time: a new `reload` (the user loaded other files) must not
  // restart the watcher.
  const reloadRef = useRef(reload);
  const openRef = useRef(open);
  reloadRef.current = reload;
  openRef.current = open;
  const recovery = useMemo(
    () =>
      new DatabaseRecovery({
        coordinator: services.coordinator,
        open: () => openRef.current(),
        reload: (db) => reloadRef.current(db),
        onRestored: () => services.dataset.set((d) => ({ ...d })),
      }),
    [services],
  );
  useEffect(() => {
    recovery.start();
    return () => recovery.stop();
  }, [recovery]);
  const status = useSyncExternalStore(recovery.subscribe, () => recovery.status);
  return { status, dismiss: () => recovery.dismiss() };
}
