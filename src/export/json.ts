import type { Provenance } from './provenance.ts';
import type { ExportTable, ExportValue } from './table-data.ts';

/**
 * Writes a table as JSON text: `{provenance, columns, rows}` with each row an object keyed
 * by column name; hidden values are `null`. The provenance travels inside the file.
 */
export function toJson(table: ExportTable, provenance: Provenance): string {
  const rows = table.rows.map((row) => {
    const out: Record<string, ExportValue> = {};
    table.columns.forEach((name, i) => {
      out[name] = row[i] ?? null;
    });
    return out;
  });
  return JSON.stringify({ provenance, columns: table.columns, rows }, null, 2);
}
