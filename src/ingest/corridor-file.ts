import type { ErrorObject } from 'ajv';
import {
  CORRIDOR_KINDS,
  type CorridorCollection,
  type CorridorFeature,
  type CorridorKind,
} from '../analytics/corridors/types.ts';
import { validate as validateCorridorSchema } from '../schema/validators/corridor.js';
import { corridorRowsToFeatures, splitCsv } from './corridor-csv.ts';
import { checkCorridorGeometry } from './corridor-geometry-checks.ts';
import { type CorridorIssue, corridorIssue } from './corridor-issues.ts';

/**
 * Result of reading a corridor file: the valid (and fixed) features, errors for the features
 * left out or the file as a whole, and warnings for what was fixed or only looks suspicious.
 * `collection` is null only when nothing could be read at all.
 */
export interface CorridorParseResult {
  collection: CorridorCollection | null;
  errors: CorridorIssue[];
  warnings: CorridorIssue[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function featureName(f: unknown): string | null {
  const props = isObject(f) ? f.properties : null;
  const name = isObject(props) ? props.name : null;
  return typeof name === 'string' && name.trim() !== '' ? name : null;
}

/** Schema errors grouped by feature index (-1: the collection itself). */
function schemaErrorsByFeature(root: unknown): Map<number, ErrorObject[]> {
  // Precompiled at build time (scripts/build-validators.ts): the app's CSP forbids ajv's `new Function`.
  const validate = validateCorridorSchema;
  const byFeature = new Map<number, ErrorObject[]>();
  if (validate(root)) return byFeature;
  for (const e of validate.errors ?? []) {
    const m = /^\/features\/(\d+)(\/.*)?$/.exec(e.instancePath);
    const index = m ? Number(m[1]) : -1;
    byFeature.set(index, [...(byFeature.get(index) ?? []), e]);
  }
  return byFeature;
}

/**
 * Validates a parsed GeoJSON value as a corridor collection: JSON Schema 2020-12 with
 * formats (ajv, precompiled into src/schema/validators/corridor.js) for structure and properties, then geometry checks and fixes (see
 * corridor-geometry-checks.ts). A feature with any error is left out of the collection; the
 * others keep their order. Schema errors about a geometry or a kind already explained by a
 * specific check are not repeated.
 * @param rowOf maps feature index → CSV row when the features came from a CSV file
 */
export function validateCorridorCollection(
  root: unknown,
  file: string,
  rowOf?: readonly number[],
): CorridorParseResult {
  const errors: CorridorIssue[] = [];
  const warnings: CorridorIssue[] = [];
  if (!isObject(root) || root.type !== 'FeatureCollection' || !Array.isArray(root.features)) {
    return {
      collection: null,
      errors: [corridorIssue('not_feature_collection', file, null, null)],
      warnings,
    };
  }
  const schemaErrors = schemaErrorsByFeature(root);
  for (const e of schemaErrors.get(-1) ?? []) {
    errors.push(
      corridorIssue('schema', file, null, null, { path: e.instancePath || '/', detail: e.message ?? '' }),
    );
  }
  const features: CorridorFeature[] = [];
  root.features.forEach((raw: unknown, index) => {
    const at = rowOf?.[index] ?? index;
    const name = featureName(raw);
    const own: CorridorIssue[] = [];
    const props = isObject(raw) && isObject(raw.properties) ? raw.properties : {};
    const kind = props.kind;
    if (!CORRIDOR_KINDS.includes(kind as CorridorKind)) {
      own.push(corridorIssue('unknown_kind', file, at, name, { kind: String(kind ?? '') }));
    }
    if (name === null) own.push(corridorIssue('missing_name', file, at, null));
    const from = props.valid_from;
    const to = props.valid_to;
    if (typeof from === 'string' && typeof to === 'string' && from > to) {
      own.push(corridorIssue('date_order', file, at, name, { from, to }));
    }
    const geom = checkCorridorGeometry(isObject(raw) ? raw.geometry : null);
    for (const p of geom.errors) own.push(corridorIssue(p.code, file, at, name, p.params));
    for (const p of geom.warnings) warnings.push(corridorIssue(p.code, file, at, name, p.params));
    for (const e of schemaErrors.get(index) ?? []) {
      const path = e.instancePath.replace(/^\/features\/\d+/, '');
      const explained =
        (path.startsWith('/geometry') && geom.errors.length > 0) ||
        path === '/properties/kind' ||
        (path === '/properties/name' && name === null) ||
        (path === '/properties' && e.keyword === 'required');
      if (!explained) own.push(corridorIssue('schema', file, at, name, { path, detail: e.message ?? '' }));
    }
    if (own.length > 0 || !geom.geometry || !isObject(raw)) {
      errors.push(...own);
      return;
    }
    features.push({ ...(raw as unknown as CorridorFeature), geometry: geom.geometry });
  });
  const collection: CorridorCollection = { type: 'FeatureCollection', features };
  if (typeof root.illustrative === 'boolean') collection.illustrative = root.illustrative;
  return { collection, errors, warnings };
}

/** Reads a GeoJSON corridor file's text. */
export function parseCorridorGeoJSON(text: string, file: string): CorridorParseResult {
  if (text.trim() === '')
    return { collection: null, errors: [corridorIssue('empty_file', file, null, null)], warnings: [] };
  let root: unknown;
  try {
    root = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      collection: null,
      errors: [corridorIssue('invalid_json', file, null, null, { detail })],
      warnings: [],
    };
  }
  return validateCorridorCollection(root, file);
}

/**
 * Reads corridor rows given as string arrays (header first), e.g. from a spreadsheet the
 * caller already split; see {@link corridorRowsToFeatures} for the columns.
 */
export function parseCorridorRows(rows: readonly string[][], file: string): CorridorParseResult {
  if (rows.length === 0)
    return { collection: null, errors: [corridorIssue('empty_file', file, null, null)], warnings: [] };
  const { features, rowOf, errors } = corridorRowsToFeatures(rows, file);
  if (errors.some((e) => e.feature === null)) return { collection: null, errors, warnings: [] };
  const result = validateCorridorCollection({ type: 'FeatureCollection', features }, file, rowOf);
  return {
    ...result,
    errors: [...errors, ...result.errors].sort((a, b) => (a.feature ?? -1) - (b.feature ?? -1)),
  };
}

/** Reads a CSV corridor file's text (name, kind, source, valid_from, valid_to, wkt). */
export function parseCorridorCsv(text: string, file: string): CorridorParseResult {
  const { rows, error } = splitCsv(text);
  if (error) {
    return {
      collection: null,
      errors: [corridorIssue('csv_syntax', file, null, null, { row: rows.length, detail: error })],
      warnings: [],
    };
  }
  return parseCorridorRows(rows, file);
}

/**
 * Reads a corridor file of either format: a `.csv` name, or text that neither has a
 * `.json`/`.geojson` name nor starts with `{`, goes to the CSV reader; the rest to GeoJSON.
 */
export function parseCorridorFile(text: string, file: string): CorridorParseResult {
  const isCsv = /\.csv$/i.test(file) || (!/\.(geo)?json$/i.test(file) && !text.trimStart().startsWith('{'));
  return isCsv ? parseCorridorCsv(text, file) : parseCorridorGeoJSON(text, file);
}
