import type { Database } from '../../db/database.ts';
import { loadReferenceTables } from '../../db/reference-tables.ts';
import { createIncidentsTableSQL } from '../../schema/incident.ts';
import type { DataReloader } from './database-recovery.ts';

/**
 * Remembers how to put the data on screen back into a fresh engine: boot remembers the
 * sample, a successful load of the user's files replaces it. The reference tables are always
 * loaded first, so a remembered reloader only loads incidents.
 */
export class LastGoodData {
  #load: DataReloader;

  constructor(load: DataReloader) {
    this.#load = load;
  }

  /** Makes `load` the way to restore the data (call after a load succeeded, never before). */
  remember(load: DataReloader): void {
    this.#load = load;
  }

  /** Loads reference tables and the last good data into `db` (the recovery hook's `reload`). */
  reload: DataReloader = async (db: Database) => {
    await loadReferenceTables(db);
    await this.#load(db);
  };
}

/**
 * A reloader for the bundled sample kept as its Parquet bytes: decode (parquet-wasm in the
 * browser, passed in so this module stays free of `?url` imports) and build `incidents`
 * the way boot does.
 */
export function sampleReloader(
  bytes: Uint8Array,
  parquetToIPC: (bytes: Uint8Array) => Promise<Uint8Array>,
): DataReloader {
  return async (db) => {
    await db.insertArrowIPC('sample_flat', await parquetToIPC(bytes));
    await db.exec(createIncidentsTableSQL('sample_flat'));
    await db.exec('DROP TABLE sample_flat');
  };
}
