import { wktToGeoJSON } from '@terraformer/wkt';
import { type CorridorIssue, corridorIssue } from './corridor-issues.ts';

/**
 * Splits CSV text into rows of strings (RFC 4180: quoted fields, doubled quotes, CRLF or
 * LF, a leading BOM dropped). The delimiter is `,` or `;`, whichever the header line has more
 * of outside quotes. Corridor files are small, so this runs in memory. Cells stay strings:
 * nothing is evaluated, so a cell starting with `=` is just text.
 * @returns rows, or an error detail when a quote is never closed
 */
export function splitCsv(text: string): { rows: string[][]; error: string | null } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const headerEnd = src.search(/\r?\n/);
  const header = headerEnd < 0 ? src : src.slice(0, headerEnd);
  const outside = header.replace(/"[^"]*"/g, '');
  const delimiter = (outside.match(/;/g)?.length ?? 0) > (outside.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (quoted) return { rows, error: 'a quoted field is never closed' };
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return { rows: rows.filter((r) => r.some((c) => c.trim() !== '')), error: null };
}

const GEOMETRY_COLUMNS = ['wkt', 'geometry', 'geom'];

/** Result of {@link corridorRowsToFeatures}: raw features (not yet validated) and row errors. */
export interface CorridorRowsResult {
  features: unknown[];
  /** CSV data row (0-based) of each feature, for messages. */
  rowOf: number[];
  errors: CorridorIssue[];
}

/**
 * Turns CSV rows (the first is the header: name, kind, source, valid_from, valid_to and a
 * geometry column named wkt, geometry or geom; case-insensitive) into raw GeoJSON features
 * with WKT read by @terraformer/wkt. Empty optional cells become absent or null. Rows whose
 * WKT cannot be read are reported and left out; everything else is validated later with the
 * GeoJSON path, so both formats give the same checks and messages.
 */
export function corridorRowsToFeatures(rows: readonly string[][], file: string): CorridorRowsResult {
  const out: CorridorRowsResult = { features: [], rowOf: [], errors: [] };
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string): number => header.indexOf(name);
  const geomCol = header.findIndex((h) => GEOMETRY_COLUMNS.includes(h));
  for (const required of ['name', 'kind']) {
    if (col(required) < 0)
      out.errors.push(corridorIssue('missing_column', file, null, null, { column: required }));
  }
  if (geomCol < 0) out.errors.push(corridorIssue('missing_column', file, null, null, { column: 'wkt' }));
  if (out.errors.length > 0) return out;
  rows.slice(1).forEach((cells, r) => {
    const get = (name: string): string => (col(name) >= 0 ? (cells[col(name)] ?? '').trim() : '');
    const name = get('name');
    let geometry: unknown;
    try {
      geometry = wktToGeoJSON((cells[geomCol] ?? '').trim());
    } catch (e) {
      const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
      out.errors.push(corridorIssue('invalid_wkt', file, r, name || null, { detail }));
      return;
    }
    const properties: Record<string, string | null> = { name, kind: get('kind') };
    if (get('source') !== '') properties.source = get('source');
    for (const key of ['valid_from', 'valid_to']) properties[key] = get(key) === '' ? null : get(key);
    out.features.push({ type: 'Feature', geometry, properties });
    out.rowOf.push(r);
  });
  return out;
}
