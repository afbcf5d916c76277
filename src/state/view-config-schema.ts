import type { FlowEnds, FlowSplit } from '../query/flows-query.ts';
import { CRIME_TYPES, EXPLOITATION_FORMS, SEX_AGE } from '../schema/incident.ts';
import { type Filters, LIST_FILTER_KEYS } from './filters.ts';
import { type Camera, DEFAULT_VIEW, type LayerVisibility, type ViewConfig } from './view-config.ts';

/** Flow splits a view may ask for. */
export const FLOW_SPLITS: readonly FlowSplit[] = ['crime_type', 'sex_age', 'exploitation'];
/** Flow ends a view may ask for. */
export const FLOW_ENDS: readonly FlowEnds[] = ['country', 'admin1'];
/** Camera limits: MapLibre's Web Mercator latitude range and zoom range. */
export const CAMERA_LIMITS = { longitude: 180, latitude: 85.06, minZoom: 0, maxZoom: 22 } as const;
/** Suppression threshold limits: k below 2 would show single persons. */
export const K_LIMITS = { min: 2, max: 1000 } as const;
/** Longest free-text label (route, office): the incident schema's maxLength. */
export const LABEL_MAX = 80;
/** Most values a list filter may hold (there are ~250 countries). */
export const LIST_MAX = 300;

const ISO3 = '^[A-Z]{3}$';
const MONTH = '^(19|20)\\d{2}-(0[1-9]|1[0-2])$';
const LABEL = '^[^\\u0000-\\u001f\\u007f]+$';
const list = (items: object) => ({ type: 'array', items, uniqueItems: true, maxItems: LIST_MAX });
const label = { type: 'string', minLength: 1, maxLength: LABEL_MAX, pattern: LABEL };

/**
 * JSON schema of {@link ViewConfig}: the contract of URLs, saved views and deck files. The
 * app validates with the hand-written checks below instead of ajv, because ajv compiles with
 * `new Function` and the app's Content-Security-Policy forbids eval; a unit test checks that
 * the two agree. (JSON schema cannot say "start ≤ end" for the period; the checks do.)
 */
export const VIEW_CONFIG_SCHEMA = {
  $id: 'https://rutas.invalid/schemas/view-config.schema.json',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'filters', 'layers', 'flowSplit', 'camera', 'k'],
  properties: {
    version: { const: 1 },
    filters: {
      type: 'object',
      additionalProperties: false,
      required: ['period', ...LIST_FILTER_KEYS],
      properties: {
        period: {
          oneOf: [
            { type: 'null' },
            {
              type: 'array',
              minItems: 2,
              maxItems: 2,
              items: { type: 'string', pattern: MONTH },
            },
          ],
        },
        crimeTypes: list({ enum: [...CRIME_TYPES] }),
        sexAge: list({ enum: [...SEX_AGE] }),
        exploitation: list({ enum: [...EXPLOITATION_FORMS] }),
        origin: list({ type: 'string', pattern: ISO3 }),
        transit: list({ type: 'string', pattern: ISO3 }),
        destination: list({ type: 'string', pattern: ISO3 }),
        detection: list({ type: 'string', pattern: ISO3 }),
        routes: list(label),
        offices: list(label),
      },
    },
    layers: {
      type: 'object',
      additionalProperties: false,
      required: ['incidents', 'flows', 'routes', 'corridors'],
      properties: {
        incidents: { type: 'boolean' },
        flows: { type: 'boolean' },
        routes: { type: 'boolean' },
        corridors: { type: 'boolean' },
      },
    },
    flowSplit: { enum: [...FLOW_SPLITS] },
    // Optional: links and decks made before admin-1 ends existed have none (= country).
    flowEnds: { enum: [...FLOW_ENDS] },
    camera: {
      type: 'object',
      additionalProperties: false,
      required: ['longitude', 'latitude', 'zoom'],
      properties: {
        longitude: { type: 'number', minimum: -180, maximum: 180 },
        latitude: { type: 'number', minimum: -CAMERA_LIMITS.latitude, maximum: CAMERA_LIMITS.latitude },
        zoom: { type: 'number', minimum: CAMERA_LIMITS.minZoom, maximum: CAMERA_LIMITS.maxZoom },
      },
    },
    k: { type: 'integer', minimum: K_LIMITS.min, maximum: K_LIMITS.max },
  },
} as const;

/** A list filter: every filter but the period. */
export type ListFilterKey = Exclude<keyof Filters, 'period'>;
/** The parts of a view that are validated (and restored, or dropped) independently. */
export type ViewPart = keyof Filters | 'layers' | 'flowSplit' | 'flowEnds' | 'camera' | 'k';

/** Why a part of a view was not restored. */
export interface ViewProblem {
  /** The part (`crimeTypes`, `camera`…), or a URL key / file field when no part applies. */
  part: string;
  /** `invalid` value, `unknown` key, unsupported `version`, `tooLong` input, bad `fingerprint`. */
  code: 'invalid' | 'unknown' | 'version' | 'tooLong' | 'fingerprint';
}

const has = (values: readonly string[]) => (v: string) => values.includes(v);
const iso3 = (v: string) => /^[A-Z]{3}$/.test(v);
/** Whether a free-text label is acceptable: 1–80 characters, no control characters. */
export const isLabel = (v: string) => v.length >= 1 && v.length <= LABEL_MAX && new RegExp(LABEL).test(v);

/** The item check of each list filter. */
export const LIST_ITEM_CHECKS: Readonly<Record<ListFilterKey, (v: string) => boolean>> = {
  crimeTypes: has(CRIME_TYPES),
  sexAge: has(SEX_AGE),
  exploitation: has(EXPLOITATION_FORMS),
  origin: iso3,
  transit: iso3,
  destination: iso3,
  detection: iso3,
  routes: isLabel,
  offices: isLabel,
};

/** Whether a string is a `YYYY-MM` month between 1900 and 2099. */
export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && new RegExp(MONTH).test(value);
}

/** Whether a value is a valid period: two months, start not after end. */
export function isPeriod(value: unknown): value is readonly [string, string] {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    isMonth(value[0]) &&
    isMonth(value[1]) &&
    value[0] <= value[1]
  );
}

/** Whether a value is a valid list for the list filter `key`: known items, no duplicates. */
export function isListFilter(key: ListFilterKey, value: unknown): value is readonly string[] {
  if (!Array.isArray(value) || value.length > LIST_MAX) return false;
  const check = LIST_ITEM_CHECKS[key];
  if (!value.every((v) => typeof v === 'string' && check(v))) return false;
  return new Set(value).size === value.length;
}

const inRange = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const exactKeys = (v: object, keys: readonly string[]) =>
  Object.keys(v).length === keys.length && keys.every((k) => Object.hasOwn(v, k));
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a value is a valid camera within Web Mercator and zoom limits. */
export function isCamera(value: unknown): value is Camera {
  return (
    isObject(value) &&
    exactKeys(value, ['longitude', 'latitude', 'zoom']) &&
    inRange(value.longitude, -CAMERA_LIMITS.longitude, CAMERA_LIMITS.longitude) &&
    inRange(value.latitude, -CAMERA_LIMITS.latitude, CAMERA_LIMITS.latitude) &&
    inRange(value.zoom, CAMERA_LIMITS.minZoom, CAMERA_LIMITS.maxZoom)
  );
}

/** Whether a value is a valid set of layer switches. */
export function isLayers(value: unknown): value is LayerVisibility {
  const keys = ['incidents', 'flows', 'routes', 'corridors'] as const;
  return isObject(value) && exactKeys(value, keys) && keys.every((k) => typeof value[k] === 'boolean');
}

/** Whether a value is a valid suppression threshold (an integer, at least 2). */
export function isK(value: unknown): value is number {
  return Number.isInteger(value) && inRange(value, K_LIMITS.min, K_LIMITS.max);
}

/** Whether a value is a known flow split. */
export function isFlowSplit(value: unknown): value is FlowSplit {
  return typeof value === 'string' && (FLOW_SPLITS as readonly string[]).includes(value);
}

/** Whether a value is a known choice of flow ends. */
export function isFlowEnds(value: unknown): value is FlowEnds {
  return typeof value === 'string' && (FLOW_ENDS as readonly string[]).includes(value);
}

const LIST_KEYS = Object.keys(LIST_ITEM_CHECKS) as ListFilterKey[];

/**
 * Validates an untrusted view (from a saved-views store or a deck file) part by part and
 * "restores what it can": every valid part is kept, every invalid one falls back to the
 * default and is reported. Returns null when the value is not a version-1 view at all.
 */
export function validateViewConfig(value: unknown): { view: ViewConfig; problems: ViewProblem[] } | null {
  if (!isObject(value) || value.version !== 1) return null;
  const problems: ViewProblem[] = [];
  const bad = (part: string) => problems.push({ part, code: 'invalid' });
  const filters: Record<string, unknown> = { ...DEFAULT_VIEW.filters };
  const f = value.filters;
  if (!isObject(f)) bad('filters');
  else {
    if (f.period === null || isPeriod(f.period))
      filters.period = f.period ? [f.period[0], f.period[1]] : null;
    else bad('period');
    for (const key of LIST_KEYS) {
      if (isListFilter(key, f[key])) filters[key] = [...f[key]];
      else bad(key);
    }
    for (const key of Object.keys(f))
      if (key !== 'period' && !LIST_KEYS.includes(key as ListFilterKey))
        problems.push({ part: key, code: 'unknown' });
  }
  const view: ViewConfig = { ...DEFAULT_VIEW, filters: filters as unknown as Filters };
  if (isLayers(value.layers)) view.layers = { ...value.layers };
  else bad('layers');
  if (isFlowSplit(value.flowSplit)) view.flowSplit = value.flowSplit;
  else bad('flowSplit');
  if (isFlowEnds(value.flowEnds)) view.flowEnds = value.flowEnds;
  else if (value.flowEnds !== undefined) bad('flowEnds');
  if (isCamera(value.camera)) view.camera = { ...value.camera };
  else bad('camera');
  if (isK(value.k)) view.k = value.k;
  else bad('k');
  for (const key of Object.keys(value))
    if (!(key in DEFAULT_VIEW)) problems.push({ part: key, code: 'unknown' });
  return { view, problems };
}
