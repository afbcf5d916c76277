import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { openBrowserDatabase } from '../../db/browser-database.ts';
import type { Database } from '../../db/database.ts';
import type { Services } from '../services.ts';
import { type DataReloader, DatabaseRecovery, type RecoveryStatus } from './database-recovery.ts';

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
  const recovery = useMemo(
    () =>
      new DatabaseRecovery({
        coordinator: services.coordinator,
        open,
        reload: (db) => reload(db),
        onRestored: () => services.dataset.set((d) => ({ ...d })),
      }),
    // A new controller only for other services; `reload` and `open` are read through the closure.
    // biome-ignore lint/correctness/useExhaustiveDependencies: see above.
    [services],
  );
  useEffect(() => {
    recovery.start();
    return () => recovery.stop();
  }, [recovery]);
  const status = useSyncExternalStore(recovery.subscribe, () => recovery.status);
  return { status, dismiss: () => recovery.dismiss() };
}
