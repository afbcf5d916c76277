import { dropReportTables, type ExtractInput, type IngestResult, ingestMany } from '../../ingest/ingest.ts';
import type { ColumnMapping } from '../../ingest/mapping/types.ts';
import type { IngestPhase } from '../../ingest/prepare-extract.ts';
import { DEFAULT_VIEW } from '../../state/view-config.ts';
import { describeDataset } from '../boot.ts';
import type { Services } from '../services.ts';
import { hashFiles } from './sha256.ts';

/** One file of a load as the dialog hands it over. */
export interface LoadRequest {
  file: File;
  mapping: ColumnMapping;
  office: string;
}

/**
 * Loads the files into `incidents` with ingestMany (each File read in place for CSV) and,
 * only when the table was replaced, updates what the app shows: the dataset info (file
 * names, not synthetic, SHA-256 of the files' bytes, counts and months), filters reset to
 * the defaults (the old ones may not exist in the new data), the query cache dropped, and
 * these files remembered as the data to restore after an engine crash.
 * On any error `incidents` and the dataset info are untouched. Aborting `signal` cancels
 * the load mid-statement (see ingestMany), leaving the previous data in place.
 */
export async function runIngest(
  services: Services,
  requests: readonly LoadRequest[],
  options: { signal: AbortSignal; onProgress: (phase: IngestPhase, file: string) => void },
): Promise<IngestResult> {
  const { coordinator, dataset, view, lastGood } = services;
  const db = coordinator.db;
  const inputs: ExtractInput[] = requests.map((r) => ({
    source: {
      name: r.file.name,
      file: r.file,
      ...(r.office.trim() !== '' ? { office: r.office.trim() } : {}),
    },
    mapping: r.mapping,
  }));
  const result = await ingestMany(db, inputs, { signal: options.signal, onProgress: options.onProgress });
  if (result.swapped) {
    coordinator.invalidate();
    const fingerprint = await hashFiles(requests.map((r) => r.file));
    const name = requests.map((r) => r.file.name).join(', ');
    dataset.set(await describeDataset(db, name, false, fingerprint));
    view.set((v) => ({ ...v, filters: DEFAULT_VIEW.filters }));
    // After an engine crash, recovery reloads these files with these mappings, not the sample.
    lastGood.remember(async (fresh) => {
      await dropReportTables(fresh, await ingestMany(fresh, inputs));
    });
  }
  return result;
}
