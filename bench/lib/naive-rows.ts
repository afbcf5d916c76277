import { parquetMetadata, parquetReadObjects } from 'hyparquet';

/**
 * The "as many dashboards do" baseline: every incident becomes a JS object, read from the
 * CSV text or with hyparquet from Parquet. Only used by the bench, to show what the DuckDB
 * path saves.
 */

/** One incident as a naive dashboard keeps it: derived month and list splits done once. */
export interface NaiveRow {
  month: string;
  country: string;
  lat: number | null;
  lon: number | null;
  crime_type: string;
  exploitation: string[];
  women: number;
  men: number;
  girls: number;
  boys: number;
  unknown_sex_age: number;
  persons: number;
  nationality: string | null;
  origin: string | null;
  transit: string[];
  destination: string | null;
  route: string | null;
  detection_source: string | null;
}

type Raw = Record<string, unknown>;

const text = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));
const num = (v: unknown): number => (v === null || v === undefined || v === '' ? 0 : Number(v));
const list = (v: unknown): string[] => (v ? String(v).split('|') : []);
const coord = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v));

function dateText(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v ?? '');
}

/** A raw record (CSV strings or hyparquet values) as a {@link NaiveRow}. */
export function toNaiveRow(r: Raw): NaiveRow {
  const women = num(r.women);
  const men = num(r.men);
  const girls = num(r.girls);
  const boys = num(r.boys);
  const unknown = num(r.unknown_sex_age);
  return {
    month: dateText(r.date).slice(0, 7),
    country: String(r.country ?? ''),
    lat: coord(r.lat),
    lon: coord(r.lon),
    crime_type: String(r.crime_type ?? ''),
    exploitation: list(r.exploitation),
    women,
    men,
    girls,
    boys,
    unknown_sex_age: unknown,
    persons: women + men + girls + boys + unknown,
    nationality: text(r.nationality),
    origin: text(r.origin),
    transit: list(r.transit),
    destination: text(r.destination),
    route: text(r.route),
    detection_source: text(r.detection_source),
  };
}

/** Splits one CSV line (RFC 4180 quotes, comma delimiter). */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}

/** Parses the generator's CSV (header row, no embedded newlines) into rows. */
export function csvToRows(csv: string): NaiveRow[] {
  const rows: NaiveRow[] = [];
  let at = csv.indexOf('\n');
  const header = splitCsvLine(csv.slice(0, at).replace(/\r$/, ''));
  while (at >= 0 && at < csv.length - 1) {
    const next = csv.indexOf('\n', at + 1);
    const line = csv.slice(at + 1, next < 0 ? csv.length : next).replace(/\r$/, '');
    at = next;
    if (!line) continue;
    const cells = splitCsvLine(line);
    const raw: Raw = {};
    header.forEach((h, i) => {
      raw[h] = cells[i];
    });
    rows.push(toNaiveRow(raw));
  }
  return rows;
}

/** Rows hyparquet decodes at a time, so its raw objects never all live at once. */
const SLICE = 1_000_000;

/** Reads Parquet bytes with hyparquet into rows, a slice of rows at a time. */
export async function parquetToRows(bytes: Uint8Array): Promise<NaiveRow[]> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const metadata = parquetMetadata(file);
  const total = Number(metadata.num_rows);
  const rows = new Array<NaiveRow>(total);
  for (let rowStart = 0; rowStart < total; rowStart += SLICE) {
    const rowEnd = Math.min(total, rowStart + SLICE);
    const objects = (await parquetReadObjects({ file, metadata, rowStart, rowEnd })) as Raw[];
    for (let i = 0; i < objects.length; i++) rows[rowStart + i] = toNaiveRow(objects[i]!);
  }
  return rows;
}
