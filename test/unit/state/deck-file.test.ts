import { describe, expect, it } from 'vitest';
import type { FlowData } from '../../../src/layers/flow-data.ts';
import type { GridData } from '../../../src/layers/grid-data.ts';
import type { RouteData } from '../../../src/layers/route-data.ts';
import { type Slide, toDeckFile } from '../../../src/state/deck.ts';
import { parseDeck } from '../../../src/state/deck-file.ts';
import {
  drawingWeight,
  flowDataOfSnapshot,
  gridDataOfSnapshot,
  routeDataOfSnapshot,
  toSlideSnapshot,
  toSnapshotDataset,
} from '../../../src/state/deck-snapshot.ts';
import { DEFAULT_VIEW } from '../../../src/state/view-config.ts';

const flows: FlowData = {
  length: 3,
  source: Float32Array.from([-74.1, 4.6, -66.9, 10.5, -58.4, -34.6]),
  target: Float32Array.from([-3.7, 40.4, -99.1, 19.4, -9.1, 38.7]),
  persons: Float64Array.from([40, 3, 12]),
  origin: ['COL', 'VEN', 'ARG'],
  destination: ['ESP', 'MEX', 'PRT'],
  category: ['trafficking', 'smuggling', 'trafficking'],
  otherPersons: 7,
  otherFlows: 2,
  maxPersons: 40,
};
const routes: RouteData = {
  length: 2,
  positions: Float32Array.from([-74, 4, -79, 9, -99, 19, -66, 10, -3, 40]),
  startIndices: Uint32Array.from([0, 3, 5]),
  persons: Float64Array.from([2, 9]),
  route: ['Darién', 'Atlántico'],
  crimeType: ['smuggling', 'trafficking'],
  origin: ['COL', 'VEN'],
  transit: ['PAN', ''],
  destination: ['MEX', 'ESP'],
  maxPersons: 9,
};
const grid: GridData = {
  length: 2,
  positions: Float32Array.from([-70, -33, -64, -31]),
  persons: Float64Array.from([8, 30]),
  byCrimeType: Float64Array.from([6, 2, 0, 0, 29, 1, 0, 0]),
  colors: Uint8ClampedArray.from([204, 51, 17, 170, 0, 119, 187, 170]),
  hiddenCells: 4,
  maxPersons: 30,
};
const meta = {
  periodLabel: 'Jan 2020 – Dec 2021',
  k: 5,
  dataset: { name: '<b>x</b>', synthetic: true, fingerprint: 'abcdefabcdef' },
};

function deckText(slides: Slide[]): string {
  return JSON.stringify(toDeckFile(slides));
}

describe('slide snapshots', () => {
  const snap = toSlideSnapshot({ flows, routes, grid }, meta);

  it('keep only items with at least k persons, as drawing weights, and none of the small totals', () => {
    // 40 and 12 persons are kept as the middles of their classes, 37 and 12: widths, not figures.
    expect(snap.flows?.persons).toEqual([37, 12]);
    expect(snap.flows?.origin).toEqual(['COL', 'ARG']);
    expect(snap.routes?.persons).toEqual([7]);
    expect(snap.routes?.startIndices).toEqual([0, 2]);
    expect(snap.routes?.positions).toEqual([-66, 10, -3, 40]);
    expect(snap.grid?.persons).toEqual([7, 29]);
    const text = JSON.stringify(snap);
    expect(text).not.toContain('otherPersons');
    expect(text).not.toContain('byCrimeType');
  });

  it('keep a count only as a drawing weight that stands for at least k counts', () => {
    const k = 5;
    const counts = new Map<number, number>();
    let last = 0;
    for (let n = k; n <= 20_000; n++) {
      const w = drawingWeight(n, k);
      expect(w).toBeGreaterThanOrEqual(k);
      expect(w).toBeGreaterThanOrEqual(last);
      if (n >= 10 * k) expect(Math.abs(w - n) / n).toBeLessThan(0.15);
      counts.set(w, (counts.get(w) ?? 0) + 1);
      last = w;
    }
    // No weight pins a count (the last class may be cut by the loop's end).
    const classes = [...counts.values()].slice(0, -1);
    expect(Math.min(...classes)).toBeGreaterThanOrEqual(k);
    // Counts a few persons apart mostly share a weight, so two slides subtract to 0.
    expect(drawingWeight(5, k)).toBe(drawingWeight(8, k));
    expect(drawingWeight(118, k)).toBe(drawingWeight(122, k));
  });

  it('rebuild layer data the existing factories take', () => {
    const f = flowDataOfSnapshot(snap.flows!);
    expect(f.length).toBe(2);
    expect(Array.from(f.source)).toEqual(Array.from(Float32Array.from([-74.1, 4.6, -58.4, -34.6])));
    expect(f.maxPersons).toBe(37);
    const r = routeDataOfSnapshot(snap.routes!);
    expect(Array.from(r.startIndices)).toEqual([0, 2]);
    const g = gridDataOfSnapshot(snap.grid!);
    expect(Array.from(g.colors)).toEqual([204, 51, 17, 170, 0, 119, 187, 170]);
  });

  it('round-trip through a deck file', () => {
    const slide: Slide = { id: 's-1', title: 'Uno', caption: 'Texto', view: DEFAULT_VIEW, snapshot: snap };
    const parsed = parseDeck(deckText([slide]));
    expect(parsed.problems).toEqual([]);
    expect(parsed.slides).toEqual([slide]);
  });
});

describe('parseDeck', () => {
  const snap = toSlideSnapshot({ flows, routes: null, grid: null }, meta);
  const good: Slide = { id: 's-1', title: 'One', caption: '', view: DEFAULT_VIEW, snapshot: snap };

  it.each([
    ['not JSON', '{', 'json'],
    ['another format', JSON.stringify({ format: 'x', version: 1, slides: [] }), 'format'],
    ['a future version', JSON.stringify({ format: 'rutas-deck', version: 2, slides: [] }), 'format'],
  ])('refuses %s', (_, text, code) => {
    expect(parseDeck(text)).toEqual({ slides: [], problems: [{ slide: null, code }] });
  });

  it.each([
    ['a count below k', { ...good, snapshot: { ...snap, flows: { ...snap.flows!, persons: [40, 4] } } }],
    ['k below 2', { ...good, snapshot: { ...snap, k: 1 }, view: { ...DEFAULT_VIEW, k: 1 } }],
    ['view k different from snapshot k', { ...good, view: { ...DEFAULT_VIEW, k: 10 } }],
    [
      'arrays of different lengths',
      { ...good, snapshot: { ...snap, flows: { ...snap.flows!, origin: ['COL'] } } },
    ],
    [
      'a latitude of 300',
      { ...good, snapshot: { ...snap, flows: { ...snap.flows!, source: [0, 300, 0, 0] } } },
    ],
    ['an extra field (incident rows)', { ...good, snapshot: { ...snap, rows: [{ id: 1 }] } }],
    ['a title that is not text', { ...good, title: { html: '<img>' } }],
  ])('drops a slide with %s and keeps the others', (_, bad) => {
    const parsed = parseDeck(deckText([good, bad as unknown as Slide]));
    expect(parsed.slides.map((s) => s.title)).toEqual(['One']);
    expect(parsed.problems).toEqual([{ slide: 1, code: 'slide' }]);
  });

  it('keeps HTML-looking text as plain text', () => {
    const html = { ...good, title: '<img src=x onerror=alert(1)>', caption: '=HYPERLINK("x")' };
    expect(parseDeck(deckText([html])).slides[0]?.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('restores a slide whose view has a bad part, and reports it', () => {
    const bad = { ...good, view: { ...DEFAULT_VIEW, camera: { longitude: 999, latitude: 0, zoom: 2 } } };
    const parsed = parseDeck(deckText([bad]));
    expect(parsed.slides[0]?.view.camera).toEqual(DEFAULT_VIEW.camera);
    expect(parsed.problems).toEqual([{ slide: 0, code: 'camera' }]);
  });

  it('keeps the map size a slide was saved at, and ignores a bad one with a note', () => {
    const sized: Slide = { ...good, mapSize: [1366, 705] };
    expect(parseDeck(deckText([sized])).slides[0]?.mapSize).toEqual([1366, 705]);
    for (const mapSize of [[0, 705], [1366.5, 705], ['1366', 705], [1366], [1366, 705, 1], [1e6, 705]]) {
      const parsed = parseDeck(deckText([{ ...good, mapSize } as unknown as Slide]));
      expect(parsed.slides[0]?.title).toBe('One');
      expect(parsed.slides[0]).not.toHaveProperty('mapSize');
      expect(parsed.problems).toEqual([{ slide: 0, code: 'mapSize' }]);
    }
    // Decks saved before the size was recorded read as they did.
    expect(parseDeck(deckText([good])).problems).toEqual([]);
  });

  it('gives duplicate slide ids distinct ones', () => {
    const parsed = parseDeck(deckText([good, good]));
    expect(new Set(parsed.slides.map((s) => s.id)).size).toBe(2);
  });
});

describe('deck fingerprint', () => {
  const goodSlide = (): Slide => ({
    id: 's-1',
    title: 'One',
    caption: '',
    view: DEFAULT_VIEW,
    snapshot: toSlideSnapshot({ flows, routes, grid }, meta),
  });
  const full = 'abcdef'.repeat(10).concat('abcd');
  const stamped = toSlideSnapshot(
    { flows, routes, grid },
    { ...meta, dataset: toSnapshotDataset({ name: 'x', synthetic: false, fingerprint: full }) },
  );

  it('carries the full fingerprint beside the 12-hex prefix, through a deck file', () => {
    expect(stamped.dataset).toEqual({
      name: 'x',
      synthetic: false,
      fingerprint: full.slice(0, 12),
      fullFingerprint: full,
    });
    const slide = { ...goodSlide(), snapshot: stamped };
    const parsed = parseDeck(deckText([slide]));
    expect(parsed.slides[0]?.snapshot.dataset.fullFingerprint).toBe(full);
  });

  it('still reads decks saved with the prefix only', () => {
    const parsed = parseDeck(deckText([goodSlide()]));
    expect(parsed.slides).toHaveLength(1);
    expect(parsed.slides[0]?.snapshot.dataset.fullFingerprint).toBeUndefined();
  });

  it('drops a slide whose full fingerprint is malformed or disagrees with its prefix', () => {
    for (const bad of ['xyz', `${'0'.repeat(64)}`]) {
      const snapshot = { ...stamped, dataset: { ...stamped.dataset, fullFingerprint: bad } };
      const parsed = parseDeck(deckText([{ ...goodSlide(), snapshot }]));
      expect(parsed.slides).toEqual([]);
    }
  });
});
