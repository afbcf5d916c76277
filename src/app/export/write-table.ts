import { toCsv } from '../../export/csv.ts';
import { toJson } from '../../export/json.ts';
import { type Provenance, serializeProvenance } from '../../export/provenance.ts';
import type { ExportTable } from '../../export/table-data.ts';

/** Table file formats the app writes. */
export const TABLE_FORMATS = ['csv', 'xlsx', 'parquet', 'json'] as const;
/** A table file format. */
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** MIME types of the downloads. */
export const MIME: Readonly<Record<TableFormat | 'provenance', string>> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  parquet: 'application/vnd.apache.parquet',
  json: 'application/json',
  provenance: 'application/json',
};

/**
 * Writes a table in one format with its provenance inside (XLSX properties, Parquet
 * key-value metadata, a JSON field; CSV has no place for it, hence the sidecar). The XLSX
 * and Parquet writers are loaded on first use, so the dashboard does not pay for them.
 */
export async function writeTable(
  format: TableFormat,
  table: ExportTable,
  provenance: Provenance,
  options: { bom: boolean },
): Promise<Uint8Array | string> {
  switch (format) {
    case 'csv':
      return toCsv(table, { bom: options.bom });
    case 'json':
      return toJson(table, provenance);
    case 'xlsx': {
      const { toXlsx } = await import('../../export/xlsx.ts');
      return toXlsx(table, provenance);
    }
    case 'parquet': {
      const [{ toParquet }, { browserParquetModule }] = await Promise.all([
        import('../../export/parquet.ts'),
        import('../../db/parquet-module.ts'),
      ]);
      return toParquet(table, provenance, await browserParquetModule());
    }
  }
}

/** The sidecar provenance file: the record as pretty JSON. */
export function provenanceSidecar(provenance: Provenance): string {
  return `${JSON.stringify(JSON.parse(serializeProvenance(provenance)), null, 2)}\n`;
}
