import type { Filters } from './filters.ts';
import { DEFAULT_VIEW, type LayerVisibility, type ViewConfig } from './view-config.ts';
import {
  isCamera,
  isFlowEnds,
  isFlowSplit,
  isK,
  isListFilter,
  isPeriod,
  type ListFilterKey,
  type ViewProblem,
} from './view-config-schema.ts';

/** Version of the URL format; a different `v=` is not decoded. */
export const URL_VERSION = 1;
/** Hash fragments longer than this are refused unread (a view needs a few hundred characters). */
export const MAX_HASH_LENGTH = 16_000;
/** Length of the dataset fingerprint carried in the URL (hex characters). */
export const FINGERPRINT_LENGTH = 12;

/** URL key of each list filter: short, yet readable in a link. */
const LIST_KEYS: Readonly<Record<ListFilterKey, string>> = {
  crimeTypes: 'ct',
  sexAge: 'sa',
  exploitation: 'ex',
  origin: 'or',
  transit: 'tr',
  destination: 'de',
  detection: 'dt',
  routes: 'rt',
  offices: 'of',
};
/** One letter per layer switch; `ly=` lists the layers that are on. */
const LAYER_LETTERS: Readonly<Record<keyof LayerVisibility, string>> = {
  incidents: 'i',
  flows: 'f',
  routes: 'r',
  corridors: 'c',
};

/** What {@link decodeView} found in a hash fragment. */
export interface DecodedView {
  /** The view restored from the URL (defaults where a part was dropped); null if the hash holds none. */
  view: ViewConfig | null;
  /** The dataset fingerprint the link was made with (12 hex characters), if present and valid. */
  fingerprint: string | null;
  /** Parts that were dropped, for the notice. */
  problems: ViewProblem[];
}

/** A number as text that parses back to exactly the same number (including −0). */
function numberText(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

function encodeList(values: readonly string[]): string {
  return values.map(encodeURIComponent).join(',');
}

/**
 * Encodes a view as a compact, readable hash fragment (without `#`), e.g.
 * `v=1&d=3fa2…&p=2020-01~2021-06&ct=trafficking&ly=fc&fs=crime_type&cam=-60,12,2.2&k=5`.
 * Empty filters are left out. Only configuration goes in: no counts, no rows, nothing from
 * the data but its 12-character fingerprint, so the link says when it is opened on other data.
 */
export function encodeView(view: ViewConfig, fingerprint: string): string {
  const parts: string[] = [`v=${URL_VERSION}`];
  const fp = fingerprint.slice(0, FINGERPRINT_LENGTH).toLowerCase();
  if (/^[0-9a-f]{12}$/.test(fp)) parts.push(`d=${fp}`);
  const { filters } = view;
  if (filters.period) parts.push(`p=${filters.period[0]}~${filters.period[1]}`);
  for (const [key, short] of Object.entries(LIST_KEYS) as [ListFilterKey, string][]) {
    const values = filters[key] as readonly string[];
    if (values.length) parts.push(`${short}=${encodeList(values)}`);
  }
  const layers = (Object.entries(LAYER_LETTERS) as [keyof LayerVisibility, string][])
    .filter(([layer]) => view.layers[layer])
    .map(([, letter]) => letter)
    .join('');
  parts.push(`ly=${layers}`);
  parts.push(`fs=${view.flowSplit}`);
  // Only when not the default, so links made before admin-1 ends existed read the same.
  if (view.flowEnds !== 'country') parts.push(`fe=${view.flowEnds}`);
  const { longitude, latitude, zoom } = view.camera;
  parts.push(`cam=${[longitude, latitude, zoom].map(numberText).join(',')}`);
  parts.push(`k=${numberText(view.k)}`);
  return parts.join('&');
}

function decodeList(text: string): string[] | null {
  if (text === '') return [];
  try {
    return text.split(',').map(decodeURIComponent);
  } catch {
    return null;
  }
}

/** A strict decimal number (no hex, no empty string, no whitespace). */
function parseNumber(text: string): number | null {
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

function parseLayers(text: string): LayerVisibility | null {
  if (!/^[ifrc]*$/.test(text) || new Set(text).size !== text.length) return null;
  const out = { incidents: false, flows: false, routes: false, corridors: false };
  for (const [layer, letter] of Object.entries(LAYER_LETTERS) as [keyof LayerVisibility, string][])
    out[layer] = text.includes(letter);
  return out;
}

/** Applies one `key=value` pair to the view being restored; returns false if it is not valid. */
function applyPair(view: ViewConfig, filters: Record<string, unknown>, key: string, value: string): boolean {
  if (key === 'p') {
    const period = value.split('~');
    if (!isPeriod(period)) return false;
    filters.period = [period[0], period[1]];
    return true;
  }
  const listKey = (Object.keys(LIST_KEYS) as ListFilterKey[]).find((k) => LIST_KEYS[k] === key);
  if (listKey) {
    const values = decodeList(value);
    if (!isListFilter(listKey, values)) return false;
    filters[listKey] = values;
    return true;
  }
  if (key === 'ly') {
    const layers = parseLayers(value);
    if (layers) view.layers = layers;
    return layers !== null;
  }
  if (key === 'fs') {
    if (isFlowSplit(value)) view.flowSplit = value;
    return isFlowSplit(value);
  }
  if (key === 'fe') {
    if (isFlowEnds(value)) view.flowEnds = value;
    return isFlowEnds(value);
  }
  if (key === 'cam') {
    const [longitude, latitude, zoom, ...rest] = value.split(',').map(parseNumber);
    const camera = { longitude, latitude, zoom };
    if (rest.length || !isCamera(camera)) return false;
    view.camera = camera;
    return true;
  }
  const k = parseNumber(value);
  if (!isK(k)) return false;
  view.k = k;
  return true;
}

const PART_OF_KEY: Readonly<Record<string, string>> = {
  p: 'period',
  ly: 'layers',
  fs: 'flowSplit',
  fe: 'flowEnds',
  cam: 'camera',
  k: 'k',
  ...Object.fromEntries(Object.entries(LIST_KEYS).map(([part, key]) => [key, part])),
};

/**
 * Decodes a hash fragment written by {@link encodeView} (with or without `#`). Never throws:
 * every valid part is restored over the defaults and every invalid, unknown or repeated part
 * is dropped and reported. An empty hash gives `view: null` with no problems; a hash of
 * another format or version gives `view: null` with a `version` problem.
 */
export function decodeView(hash: string): DecodedView {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === '') return { view: null, fingerprint: null, problems: [] };
  if (text.length > MAX_HASH_LENGTH)
    return { view: null, fingerprint: null, problems: [{ part: 'hash', code: 'tooLong' }] };
  const pairs = text.split('&').map((pair) => {
    const at = pair.indexOf('=');
    return at < 0 ? ([pair, null] as const) : ([pair.slice(0, at), pair.slice(at + 1)] as const);
  });
  const version = pairs.find(([key]) => key === 'v');
  if (!version || version[1] !== String(URL_VERSION))
    return { view: null, fingerprint: null, problems: [{ part: 'v', code: 'version' }] };
  const problems: ViewProblem[] = [];
  const view: ViewConfig = { ...DEFAULT_VIEW };
  const filters: Record<string, unknown> = { ...DEFAULT_VIEW.filters };
  let fingerprint: string | null = null;
  const seen = new Set<string>();
  for (const [key, value] of pairs) {
    if (key === 'v') continue;
    const part = key === 'd' ? 'fingerprint' : Object.hasOwn(PART_OF_KEY, key) ? PART_OF_KEY[key] : undefined;
    if (!part) {
      problems.push({ part: key.slice(0, 24), code: 'unknown' });
      continue;
    }
    if (seen.has(key) || value === null) {
      problems.push({ part, code: 'invalid' });
      continue;
    }
    seen.add(key);
    if (key === 'd') {
      if (/^[0-9a-f]{12}$/.test(value)) fingerprint = value;
      else problems.push({ part, code: 'fingerprint' });
    } else if (!applyPair(view, filters, key, value)) {
      problems.push({ part, code: 'invalid' });
    }
  }
  view.filters = filters as unknown as Filters;
  return { view, fingerprint, problems };
}

/** Whether a link made on data with `linked` fingerprint is being opened on other data. */
export function isOtherData(linked: string | null, current: string): boolean {
  return linked !== null && linked !== current.slice(0, FINGERPRINT_LENGTH).toLowerCase();
}
