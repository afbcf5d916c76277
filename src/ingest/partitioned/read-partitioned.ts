import { asyncBufferFromUrl, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import type { Database } from '../../db/database.ts';
import { sqlIdent, sqlString } from '../../query/sql.ts';
import { FLAT_COLUMNS } from '../../schema/incident.ts';
import type { PartitionManifest } from './manifest.ts';
import { narrowBuffer } from './narrow-buffer.ts';
import { rowsToCsv } from './rows-to-csv.ts';
import {
  chunkRange,
  type PartitionNeeds,
  periodDays,
  rowGroupOverlaps,
  selectFiles,
} from './select-partitions.ts';

/** Options of {@link readPartitioned}. */
export interface ReadPartitionedOptions {
  db: Database;
  /** URL of the extract's folder (where manifest.json is), ending with `/`. */
  baseUrl: string;
  manifest: PartitionManifest;
  needs: PartitionNeeds;
  /** Flat table to (re)create and fill; default `flat` (then `createIncidentsTableSQL('flat')`). */
  table?: string;
  /** fetch to use (tests, a worker); default the global one. */
  fetch?: typeof globalThis.fetch;
}

/** What a read touched, for the loading screen and for tests. */
export interface ReadReport {
  files: string[];
  rowGroupsRead: number;
  rowGroupsSkipped: number;
  rowsLoaded: number;
}

const TYPES = new Map<string, string>(FLAT_COLUMNS);

/**
 * Loads the rows a view needs from a Hive-partitioned extract over HTTP range requests:
 * only the partitions of the needed years and countries, in each only the row groups whose
 * date statistics overlap the period, and in those only the needed column chunks (plus each
 * footer, fetched in one request since the manifest gives its length). Row groups go into
 * DuckDB one at a time as CSV (see rows-to-csv.ts), so memory holds one row group, not the
 * extract. The table gets every flat column (unread ones NULL) and only rows in the period.
 */
export async function readPartitioned(options: ReadPartitionedOptions): Promise<ReadReport> {
  const { db, manifest, needs } = options;
  const table = options.table ?? 'flat';
  const days = needs.period ? periodDays(needs.period) : null;
  const columns = [...new Set([...needs.columns.filter((c) => c !== 'country'), ...(days ? ['date'] : [])])];
  for (const c of columns) if (!TYPES.has(c)) throw new Error(`unknown column ${c}`);
  await db.exec(
    `CREATE OR REPLACE TABLE ${sqlIdent(table)} (${FLAT_COLUMNS.map(([n, t]) => `${sqlIdent(n)} ${t}`).join(', ')})`,
  );
  const csvColumns = [...columns, 'country'];
  const spec = csvColumns.map((c) => `${sqlString(c)}: ${sqlString(TYPES.get(c) ?? 'VARCHAR')}`).join(', ');
  const where = days ? `WHERE "date" BETWEEN DATE ${sqlString(days[0])} AND DATE ${sqlString(days[1])}` : '';
  const report: ReadReport = { files: [], rowGroupsRead: 0, rowGroupsSkipped: 0, rowsLoaded: 0 };
  for (const part of selectFiles(manifest, needs)) {
    report.files.push(part.path);
    const url = new URL(part.path, options.baseUrl).href;
    const file = await asyncBufferFromUrl({ url, byteLength: part.bytes, fetch: options.fetch });
    const metadata = await parquetMetadataAsync(file, { initialFetchSize: part.footerBytes });
    let rowStart = 0;
    for (const [index, group] of metadata.row_groups.entries()) {
      const rowEnd = rowStart + Number(group.num_rows);
      if (days && !rowGroupOverlaps(group, 'date', days)) {
        report.rowGroupsSkipped++;
        rowStart = rowEnd;
        continue;
      }
      const chunks = columns.map((c) => chunkRange(group, c)).filter((r) => r !== null);
      const narrowed = narrowBuffer(file, chunks);
      const rows = await parquetReadObjects({ file: narrowed, metadata, columns, rowStart, rowEnd });
      const csv = rowsToCsv(
        rows.map((r) => columns.map((c) => r[c])),
        [part.country],
      );
      const name = `partition-${report.files.length}-${index}.csv`;
      await db.registerBuffer(name, new TextEncoder().encode(csv));
      await db.exec(`INSERT INTO ${sqlIdent(table)} (${csvColumns.map(sqlIdent).join(', ')})
SELECT * FROM read_csv(${sqlString(name)}, header = false, auto_detect = false, delim = ',', quote = '"', escape = '"',
  allow_quoted_nulls = false, columns = {${spec}}) ${where}`);
      await db.dropFile(name);
      report.rowGroupsRead++;
      rowStart = rowEnd;
    }
  }
  const count = await db.query(`SELECT count(*)::DOUBLE AS n FROM ${sqlIdent(table)}`);
  report.rowsLoaded = Number(count.get(0)?.n ?? 0);
  return report;
}
