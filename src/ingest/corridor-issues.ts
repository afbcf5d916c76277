/**
 * Problems found in a corridor file. Each has a code (the i18n key suffix), the feature it
 * concerns (index in the file, name when known; null for file-level problems), parameters
 * for the translated text, and an English default message. Values from the file are data
 * only: the message is plain text, never HTML.
 */
export const CORRIDOR_ISSUE_TEXT = {
  invalid_json: 'is not valid JSON: {detail}',
  not_feature_collection: 'is not a GeoJSON FeatureCollection',
  empty_file: 'is empty',
  missing_column: 'has no "{column}" column',
  csv_syntax: 'row {row}: {detail}',
  invalid_wkt: 'could not read the WKT geometry: {detail}',
  schema: '{path} {detail}',
  unsupported_geometry:
    'has geometry type "{type}"; expected LineString, MultiLineString, Polygon or MultiPolygon',
  bad_coordinates: 'has a position that is not a pair of numbers at {at}',
  coordinate_out_of_range: 'has a position out of range at {at}: longitude {lon}, latitude {lat}',
  lat_lon_swapped: 'looks like latitude and longitude are swapped at {at} ({lon}, {lat})',
  too_few_points: 'has too few distinct points at {at}: {count} (needs {needed})',
  unclosed_ring: 'has a ring that is not closed at {at}: first point ({x0}, {y0}), last point ({x1}, {y1})',
  self_intersection: 'crosses itself near ({lon}, {lat})',
  line_self_intersection: 'line crosses itself near ({lon}, {lat})',
  unknown_kind: 'has unknown kind "{kind}"; expected drug, fuel, arms or other',
  missing_name: 'has no name',
  date_order: 'valid_from {from} is after valid_to {to}',
  winding_fixed: 'had rings in clockwise order; rewound to RFC 7946 (exterior counter-clockwise)',
  duplicate_points_removed: 'had {count} repeated consecutive point(s); removed',
} as const;

/** An issue code. */
export type CorridorIssueCode = keyof typeof CORRIDOR_ISSUE_TEXT;

/** Parameters of an issue message. */
export type IssueParams = Record<string, string | number>;

/** One error or warning about a corridor file. */
export interface CorridorIssue {
  code: CorridorIssueCode;
  file: string;
  /** Index of the feature (or CSV data row, 0-based) in the file; null for the whole file. */
  feature: number | null;
  name: string | null;
  params: IssueParams;
  /** English default text, naming the file and the feature. */
  message: string;
}

/** Builds an issue with its English default message. */
export function corridorIssue(
  code: CorridorIssueCode,
  file: string,
  feature: number | null,
  name: string | null,
  params: IssueParams = {},
): CorridorIssue {
  const text = CORRIDOR_ISSUE_TEXT[code].replace(/\{(\w+)\}/g, (_m, key: string) =>
    String(params[key] ?? ''),
  );
  const where = feature === null ? '' : name ? ` feature ${feature} ("${name}")` : ` feature ${feature}`;
  return { code, file, feature, name, params, message: `${file}${where}: ${text}` };
}
