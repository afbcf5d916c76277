import { CAPTION_MAX, DECK_FORMAT, DECK_VERSION, SLIDES_MAX, type Slide, TITLE_MAX } from './deck.ts';
import type { FlowSnapshot, GridSnapshot, RouteSnapshot, SlideSnapshot } from './deck-snapshot.ts';
import { isMapSize } from './fit-camera.ts';
import { isK, validateViewConfig } from './view-config-schema.ts';

/** Largest deck file read (bytes of text). */
export const DECK_MAX_CHARS = 50_000_000;
/** Most items one layer of a slide may hold. */
const ITEMS_MAX = 200_000;

/** Why a deck, or one of its slides, was not (fully) accepted. */
export interface DeckProblem {
  /** Slide index (0-based), or null for the file itself. */
  slide: number | null;
  /**
   * `json`, `format`, `tooLarge`, `slide` (dropped), a view part that fell back to its default,
   * or `mapSize` (ignored: the slide is shown at its saved zoom).
   */
  code: string;
}

/** A deck read from text: the slides that passed validation, and what was dropped. */
export interface ParsedDeck {
  slides: Slide[];
  problems: DeckProblem[];
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isTextList = (v: unknown, n: number, max = 200): v is string[] =>
  Array.isArray(v) && v.length === n && v.every((s) => isText(s, max));
const isNumbers = (v: unknown, n: number, min: number, max: number): v is number[] =>
  Array.isArray(v) &&
  v.length === n &&
  v.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max);
const isPositions = (v: unknown, n: number): v is number[] =>
  Array.isArray(v) &&
  v.length === n * 2 &&
  v.every((x, i) => typeof x === 'number' && Number.isFinite(x) && Math.abs(x) <= (i % 2 ? 90 : 360));
const exact = (v: Obj, keys: readonly string[]) =>
  Object.keys(v).length === keys.length && keys.every((k) => Object.hasOwn(v, k));

/** Persons of each item: at least k (a deck never carries a suppressed count). */
function personsOf(v: unknown, k: number): number[] | null {
  return Array.isArray(v) && v.length <= ITEMS_MAX && isNumbers(v, v.length, k, 1e12) ? v : null;
}

function isFlows(v: unknown, k: number): v is FlowSnapshot {
  if (!isObject(v) || !exact(v, ['source', 'target', 'persons', 'origin', 'destination', 'category']))
    return false;
  const persons = personsOf(v.persons, k);
  if (!persons) return false;
  const n = persons.length;
  return (
    isPositions(v.source, n) &&
    isPositions(v.target, n) &&
    isTextList(v.origin, n) &&
    isTextList(v.destination, n) &&
    isTextList(v.category, n)
  );
}

function isRoutes(v: unknown, k: number): v is RouteSnapshot {
  const keys = [
    'positions',
    'startIndices',
    'persons',
    'route',
    'crimeType',
    'origin',
    'transit',
    'destination',
  ];
  if (!isObject(v) || !exact(v, keys)) return false;
  const persons = personsOf(v.persons, k);
  if (!persons || !Array.isArray(v.positions) || v.positions.length > ITEMS_MAX * 20) return false;
  const n = persons.length;
  const vertices = v.positions.length / 2;
  if (!isPositions(v.positions, vertices) || !isNumbers(v.startIndices, n + 1, 0, vertices)) return false;
  const starts = v.startIndices;
  if (starts[0] !== 0 || starts[n] !== vertices) return false;
  if (!starts.every((s, i) => Number.isInteger(s) && (i === 0 || s >= starts[i - 1]!))) return false;
  return ['route', 'crimeType', 'origin', 'transit', 'destination'].every((key) => isTextList(v[key], n));
}

function isGrid(v: unknown, k: number): v is GridSnapshot {
  if (!isObject(v) || !exact(v, ['positions', 'persons', 'colors'])) return false;
  const persons = personsOf(v.persons, k);
  if (!persons) return false;
  const n = persons.length;
  return (
    isPositions(v.positions, n) &&
    isNumbers(v.colors, n * 4, 0, 255) &&
    (v.colors as number[]).every(Number.isInteger)
  );
}

/**
 * A snapshot's dataset: name, synthetic flag, the fingerprint prefix and, in decks saved since
 * it was added, the full SHA-256, which must then start with the prefix. Older decks (no full
 * fingerprint) still read.
 */
function isSnapshotDataset(d: Obj): boolean {
  const full = Object.hasOwn(d, 'fullFingerprint');
  if (
    !exact(
      d,
      full ? ['name', 'synthetic', 'fingerprint', 'fullFingerprint'] : ['name', 'synthetic', 'fingerprint'],
    )
  )
    return false;
  if (!isText(d.name, 500) || typeof d.synthetic !== 'boolean' || !isText(d.fingerprint, 64)) return false;
  if (!full) return true;
  const f = d.fullFingerprint;
  return typeof f === 'string' && /^[0-9a-f]{64}$/.test(f) && f.startsWith(d.fingerprint);
}

/** Validates a slide's snapshot; every layer is optional (null), every count at least k. */
export function isSlideSnapshot(v: unknown): v is SlideSnapshot {
  if (!isObject(v) || !exact(v, ['periodLabel', 'dataset', 'k', 'flows', 'routes', 'grid'])) return false;
  const d = v.dataset;
  if (!isText(v.periodLabel, 200) || !isK(v.k) || !isObject(d) || !isSnapshotDataset(d)) return false;
  const k = v.k;
  return (
    (v.flows === null || isFlows(v.flows, k)) &&
    (v.routes === null || isRoutes(v.routes, k)) &&
    (v.grid === null || isGrid(v.grid, k))
  );
}

/**
 * Validates one slide. The view is restored part by part (problems reported per part); a
 * slide without a title string, a valid snapshot, or whose view k differs from its
 * snapshot's k is dropped.
 */
function readSlide(v: unknown, index: number, problems: DeckProblem[]): Slide | null {
  if (!isObject(v) || !isText(v.title, TITLE_MAX) || !isText(v.caption, CAPTION_MAX)) return null;
  const checked = validateViewConfig(v.view);
  if (!checked || !isSlideSnapshot(v.snapshot) || checked.view.k !== v.snapshot.k) return null;
  for (const p of checked.problems) problems.push({ slide: index, code: p.part });
  const id = typeof v.id === 'string' && /^[\w-]{1,64}$/.test(v.id) ? v.id : `s-${index}`;
  const slide: Slide = { id, title: v.title, caption: v.caption, view: checked.view, snapshot: v.snapshot };
  // The saved map size only frames the camera: a bad one is dropped (shown at the saved zoom).
  if (isMapSize(v.mapSize)) slide.mapSize = [v.mapSize[0], v.mapSize[1]];
  else if (v.mapSize !== undefined) problems.push({ slide: index, code: 'mapSize' });
  return slide;
}

/**
 * Reads a deck (an exported file, or the saved views kept in the browser) and validates it on
 * the way in. Never throws. Values from the file are kept as plain text: the app renders
 * them as text nodes, never as HTML.
 */
export function parseDeck(text: string): ParsedDeck {
  if (text.length > DECK_MAX_CHARS) return { slides: [], problems: [{ slide: null, code: 'tooLarge' }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { slides: [], problems: [{ slide: null, code: 'json' }] };
  }
  if (
    !isObject(json) ||
    json.format !== DECK_FORMAT ||
    json.version !== DECK_VERSION ||
    !Array.isArray(json.slides)
  )
    return { slides: [], problems: [{ slide: null, code: 'format' }] };
  const problems: DeckProblem[] = [];
  const slides: Slide[] = [];
  const ids = new Set<string>();
  json.slides.slice(0, SLIDES_MAX).forEach((raw, index) => {
    const slide = readSlide(raw, index, problems);
    if (!slide) {
      problems.push({ slide: index, code: 'slide' });
      return;
    }
    if (ids.has(slide.id)) slide.id = `${slide.id}-${index}`;
    ids.add(slide.id);
    slides.push(slide);
  });
  if (json.slides.length > SLIDES_MAX) problems.push({ slide: null, code: 'tooManySlides' });
  return { slides, problems };
}
