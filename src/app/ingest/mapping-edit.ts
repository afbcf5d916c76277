import type {
  ColumnMapping,
  DateRule,
  MappingFields,
  SexAgeRule,
  ValueRule,
} from '../../ingest/mapping/types.ts';

/** Target fields the dialog edits one row each, with the kind of options they offer. */
export const TARGET_FIELDS = [
  { field: 'id', kind: 'text' },
  { field: 'date', kind: 'date' },
  { field: 'country', kind: 'country' },
  { field: 'admin1', kind: 'text' },
  { field: 'crime_type', kind: 'dictionary' },
  { field: 'exploitation', kind: 'dictionary' },
  { field: 'nationality', kind: 'country' },
  { field: 'origin', kind: 'country' },
  { field: 'transit', kind: 'country' },
  { field: 'destination', kind: 'country' },
  { field: 'route', kind: 'text' },
  { field: 'detection_source', kind: 'dictionary' },
  { field: 'office', kind: 'text' },
] as const satisfies readonly { field: keyof MappingFields; kind: string }[];

/** A field edited by a row of the dialog. */
export type TargetField = (typeof TARGET_FIELDS)[number]['field'];

/** Fields every row needs: with one of them unmapped, every row would be rejected. */
export const REQUIRED_FIELDS: readonly TargetField[] = ['date', 'country'];

type RuleOf<F extends TargetField> = NonNullable<MappingFields[F]>;

/** The source column a field reads, or '' when it reads none. */
export function fieldColumn(mapping: ColumnMapping, field: TargetField): string {
  return mapping.fields[field]?.column ?? '';
}

/**
 * Points `field` at `column` (keeping its other options), or removes the field when
 * `column` is ''. Returns a new mapping; the argument is not changed.
 */
export function setFieldColumn(mapping: ColumnMapping, field: TargetField, column: string): ColumnMapping {
  const fields: MappingFields = { ...mapping.fields };
  if (column === '') delete fields[field];
  else {
    const { constant: _constant, ...rest } = (fields[field] ?? {}) as ValueRule;
    (fields as Record<string, ValueRule>)[field] = { ...rest, column };
  }
  return { ...mapping, fields };
}

/**
 * Merges options into a field's rule (dates' `formats`, a `values` dictionary, `nullValues`,
 * a `pattern`); an option set to undefined or an empty list/object is removed.
 */
export function setFieldOptions<F extends TargetField>(
  mapping: ColumnMapping,
  field: F,
  patch: Partial<RuleOf<F>>,
): ColumnMapping {
  const rule = mapping.fields[field];
  if (!rule) return mapping;
  const next: Record<string, unknown> = { ...rule, ...patch };
  for (const [key, value] of Object.entries(next)) {
    const empty =
      value === undefined ||
      value === '' ||
      (Array.isArray(value) && value.length === 0) ||
      (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.keys(value).length === 0);
    if (empty) delete next[key];
  }
  return { ...mapping, fields: { ...mapping.fields, [field]: next } };
}

/** Date formats of the mapping's date rule ([] = the defaults). */
export function dateFormats(mapping: ColumnMapping): string[] {
  return [...((mapping.fields.date as DateRule | undefined)?.formats ?? [])];
}

/** How the coordinates are read: two columns, one `"lat, lon"` column, or none. */
export type CoordinateMode = 'pair' | 'combined' | 'none';

/** The coordinate mode of a mapping. */
export function coordinateMode(mapping: ColumnMapping): CoordinateMode {
  if (mapping.fields.coordinates) return 'combined';
  if (mapping.fields.lat || mapping.fields.lon) return 'pair';
  return 'none';
}

/**
 * Sets the coordinate columns: `pair` uses `lat`/`lon`, `combined` splits one column
 * (`order` says which number comes first). Empty column names remove the rule.
 */
export function setCoordinates(
  mapping: ColumnMapping,
  mode: CoordinateMode,
  columns: { lat?: string; lon?: string; combined?: string; order?: 'lat_lon' | 'lon_lat' },
): ColumnMapping {
  const { lat: _lat, lon: _lon, coordinates: _c, ...rest } = mapping.fields;
  const fields: MappingFields = rest;
  if (mode === 'pair') {
    if (columns.lat) fields.lat = { column: columns.lat };
    if (columns.lon) fields.lon = { column: columns.lon };
  } else if (mode === 'combined' && columns.combined) {
    fields.coordinates = { column: columns.combined, order: columns.order ?? 'lat_lon' };
  }
  return { ...mapping, fields };
}

/** Marks a source column to be dropped (not loaded) or kept. */
export function setDropped(mapping: ColumnMapping, column: string, dropped: boolean): ColumnMapping {
  const drop = new Set(mapping.drop ?? []);
  if (dropped) drop.add(column);
  else drop.delete(column);
  const { drop: _old, ...rest } = mapping;
  return drop.size > 0 ? { ...rest, drop: [...drop] } : rest;
}

/** Sets the record level together with a sex/age rule that fits it. */
export function setSexAge(mapping: ColumnMapping, rule: SexAgeRule | undefined): ColumnMapping {
  const { sexAge: _old, ...rest } = mapping;
  const recordLevel = rule?.mode === 'person' || rule?.mode === 'category' ? 'person' : 'incident';
  return rule ? { ...rest, recordLevel, sexAge: rule } : { ...rest, recordLevel };
}

/** Sets the coordinate grid in degrees (the default 0.01 is left implicit). */
export function setGrid(mapping: ColumnMapping, grid: number): ColumnMapping {
  const { coordinateGrid: _old, ...rest } = mapping;
  return grid === 0.01 ? rest : { ...rest, coordinateGrid: grid };
}
