import { errorDetail, IngestError } from '../ingest-error.ts';
import { ColumnCollector, type StringColumns } from './string-columns.ts';

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Flattens one GeoJSON feature: its properties plus `latitude`/`longitude` of a Point geometry. */
function featureRecord(feature: unknown): JsonRecord {
  if (!isRecord(feature)) return {};
  const properties = isRecord(feature.properties) ? feature.properties : {};
  const geometry = isRecord(feature.geometry) ? feature.geometry : null;
  const coords =
    geometry?.type === 'Point' && Array.isArray(geometry.coordinates) ? geometry.coordinates : [];
  return { ...properties, latitude: coords[1] ?? null, longitude: coords[0] ?? null };
}

/**
 * Parses JSON (an array of records, `{data|records|rows: [...]}`, or a GeoJSON
 * FeatureCollection of points) or NDJSON into string columns. Every element of the list is
 * one row, even if it is not an object (it then has no values and fails validation), so
 * no row disappears.
 */
export function jsonToColumns(text: string, file: string, ndjson: boolean): StringColumns {
  let columns: StringColumns;
  try {
    columns = parseJsonColumns(text, file, ndjson);
  } catch (error) {
    // Pathologically deep nesting overflows the stack while cells are turned into text.
    if (error instanceof RangeError)
      throw new IngestError('json_unreadable', { file, detail: errorDetail(error) });
    throw error;
  }
  // A list of non-objects (numbers, strings) has no field to map: say so rather than fail later.
  if (columns.names.length === 0) throw new IngestError('json_not_records', { file });
  return columns;
}

function parseJsonColumns(text: string, file: string, ndjson: boolean): StringColumns {
  const collector = new ColumnCollector();
  const addAny = (value: unknown): void => collector.add(isRecord(value) ? value : {});
  if (ndjson) {
    const lines = text.split(/\r?\n/);
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        addAny(JSON.parse(line));
      } catch (error) {
        throw new IngestError('json_unreadable', { file, detail: `line ${i + 1}: ${errorDetail(error)}` });
      }
    });
    return collector.result();
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new IngestError('json_unreadable', { file, detail: errorDetail(error) });
  }
  if (isRecord(parsed) && parsed.type === 'FeatureCollection' && Array.isArray(parsed.features)) {
    for (const feature of parsed.features) collector.add(featureRecord(feature));
    return collector.result();
  }
  const list = Array.isArray(parsed)
    ? parsed
    : isRecord(parsed)
      ? [parsed.data, parsed.records, parsed.rows].find(Array.isArray)
      : undefined;
  if (!Array.isArray(list)) throw new IngestError('json_not_records', { file });
  for (const item of list) addAny(item);
  return collector.result();
}
