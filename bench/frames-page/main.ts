/**
 * The frame-time bench page: the app's map stack (MapLibre with the offline base map, deck.gl's
 * MapboxOverlay as src/app/MapView.tsx sets it up) drawing N points through the app's
 * incidents layer (binary attributes), driven by bench/frames.bench.ts through
 * `window.frameBench`. No DuckDB, no UI: only what a pan or zoom costs to draw.
 */
import type { Layer } from '@deck.gl/core';
import { MapboxOverlay } from '@deck.gl/mapbox';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { AMERICAS_BOUNDS } from '../../src/basemap/region.ts';
import { buildBaseStyle } from '../../src/basemap/style.ts';
import { categoryColor } from '../../src/layers/colors.ts';
import type { GridData } from '../../src/layers/grid-data.ts';
import { incidentsLayer } from '../../src/layers/incidents-layer.ts';
import { CRIME_TYPES } from '../../src/schema/incident.ts';

setWorkerUrl(workerUrl);

/** One measured run at one number of points. Times in ms, memory in bytes. */
export interface FrameRun {
  points: number;
  /** Intervals between animation frames while the camera moves every frame. */
  rafMs: number[];
  /** Camera change → deck.gl and MapLibre drawn and their GPU work finished (1-pixel readback). */
  syncedMs: number[];
  /** deck.gl's own draw call time (onBeforeRender → onAfterRender) during the rAF frames. */
  deckCpuMs: number[];
  /** JS heap: after a GC before the frames, right after them (no GC), after a GC again. */
  heap: { start: number; afterFrames: number; afterGc: number };
  /** Bytes uploaded to deck.gl's GPU buffers during the rAF frames (attributes re-uploaded would show here). */
  uploadBytes: number;
  /** Frames deck.gl drew during the rAF frames. */
  deckRedraws: number;
}

/** What the page offers the driver. */
export interface FrameBenchApi {
  /** Resolves when the base map has loaded. */
  ready(): Promise<void>;
  /** Replaces the points (seeded), builds the layer once and waits for its first frame; returns ms. */
  setPoints(n: number): Promise<number>;
  run(options: { frames: number; warmup: number; synced: number }): Promise<FrameRun>;
}

type PerfMemory = { usedJSHeapSize: number };
const heap = (): number =>
  (performance as unknown as { memory?: PerfMemory }).memory?.usedJSHeapSize ?? Number.NaN;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Seeded points over Latin America: the GridData the incidents layer takes, built once. */
function pointsData(n: number, seed = 1): GridData {
  let s = seed >>> 0 || 1;
  const rand = (): number => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  const [w, south, e, north] = AMERICAS_BOUNDS;
  const positions = new Float32Array(n * 2);
  const persons = new Float64Array(n);
  const colors = new Uint8ClampedArray(n * 4);
  const palette = CRIME_TYPES.map((t) => categoryColor(t));
  let maxPersons = 0;
  for (let i = 0; i < n; i++) {
    positions[i * 2] = w + (e - w) * rand();
    positions[i * 2 + 1] = south + (north - south) * rand();
    const p = 5 + Math.floor(60 * rand() ** 3);
    persons[i] = p;
    if (p > maxPersons) maxPersons = p;
    const [r, g, b] = palette[Math.floor(rand() * palette.length)]!;
    colors[i * 4] = r;
    colors[i * 4 + 1] = g;
    colors[i * 4 + 2] = b;
    colors[i * 4 + 3] = 170;
  }
  return {
    length: n,
    positions,
    persons,
    byCrimeType: new Float64Array(n * 4),
    colors,
    hiddenCells: 0,
    maxPersons,
  };
}

const map = new MapLibreMap({
  container: 'map',
  style: buildBaseStyle({ baseUrl: document.baseURI, theme: 'light' }),
  center: [-72, 0],
  zoom: 2.5,
  attributionControl: false,
  canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
});
const loaded = new Promise<void>((ok) => map.once('load', () => ok()));

let renderStart = 0;
let afterRender: (() => void) | null = null;
let deckGl: WebGL2RenderingContext | null = null;
const stats = { recording: false, deckCpuMs: [] as number[], uploadBytes: 0, redraws: 0 };

/** Counts bytes given to buffer uploads on deck.gl's context (patched once, on its first frame). */
function watchUploads(gl: WebGL2RenderingContext): void {
  const bufferData = gl.bufferData.bind(gl) as (...a: unknown[]) => void;
  const bufferSubData = gl.bufferSubData.bind(gl) as (...a: unknown[]) => void;
  const size = (v: unknown): number =>
    typeof v === 'number' ? 0 : ((v as ArrayBufferView | null)?.byteLength ?? 0);
  (gl as unknown as { bufferData: (...a: unknown[]) => void }).bufferData = (...a: unknown[]) => {
    if (stats.recording) stats.uploadBytes += size(a[1]);
    bufferData(...a);
  };
  (gl as unknown as { bufferSubData: (...a: unknown[]) => void }).bufferSubData = (...a: unknown[]) => {
    if (stats.recording) stats.uploadBytes += size(a[2]);
    bufferSubData(...a);
  };
}

const overlay = new MapboxOverlay({
  interleaved: false,
  layers: [],
  onBeforeRender: () => {
    renderStart = performance.now();
  },
  onAfterRender: ({ gl }: { gl: WebGL2RenderingContext }) => {
    if (!deckGl) {
      deckGl = gl;
      watchUploads(gl);
    }
    if (stats.recording) {
      stats.deckCpuMs.push(performance.now() - renderStart);
      stats.redraws++;
    }
    afterRender?.();
    afterRender = null;
  },
});
map.addControl(overlay);

const pixel = new Uint8Array(4);
/** Blocks until the GPU has finished both canvases' work (a readback waits for it). */
function syncGpu(): void {
  deckGl?.readPixels(0, 0, 1, 1, deckGl.RGBA, deckGl.UNSIGNED_BYTE, pixel);
  const mapGl = map.getCanvas().getContext('webgl2');
  mapGl?.readPixels(0, 0, 1, 1, mapGl.RGBA, mapGl.UNSIGNED_BYTE, pixel);
}

/** The camera path: a loop of pans and zooms over the region, precomputed (nothing allocated per step). */
const PATH = Array.from({ length: 64 }, (_, i) => {
  const a = (2 * Math.PI * i) / 64;
  return {
    center: [-72 + 14 * Math.sin(a), 2 + 10 * Math.cos(a)] as [number, number],
    zoom: 2.6 + 0.8 * Math.sin(2 * a),
  };
});

let currentPoints = 0;
let cameraIndex = 0;

/** Moves to the next camera of the path: always a different one, so deck.gl always redraws. */
function nextCamera(step = 1): void {
  cameraIndex = (cameraIndex + step) % PATH.length;
  map.jumpTo(PATH[cameraIndex]!);
}

/** Resolves after deck.gl's next draw; rejects if none comes (a wait that would hang the bench). */
function drawn(limitMs = 600_000): Promise<void> {
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`no deck.gl frame within ${limitMs} ms`)), limitMs);
    afterRender = () => {
      clearTimeout(timer);
      ok();
    };
  });
}

const api: FrameBenchApi = {
  ready: () => loaded,
  async setPoints(n) {
    const t0 = performance.now();
    const layers: Layer[] = n > 0 ? [incidentsLayer(pointsData(n))] : [];
    currentPoints = n;
    const first = drawn();
    overlay.setProps({ layers });
    nextCamera(32);
    await first;
    syncGpu();
    return performance.now() - t0;
  },
  async run({ frames, warmup, synced }) {
    // Synced frames: one camera change at a time, timed until the GPU is done.
    const syncedMs: number[] = [];
    for (let i = 0; i < synced; i++) {
      const t0 = performance.now();
      const done = drawn();
      nextCamera(7);
      await done;
      syncGpu();
      syncedMs.push(performance.now() - t0);
    }
    // Free-running frames: the camera moves at every animation frame.
    for (let i = 0; i < warmup; i++) await new Promise((ok) => requestAnimationFrame(ok));
    gc();
    const start = heap();
    stats.deckCpuMs = [];
    stats.uploadBytes = 0;
    stats.redraws = 0;
    const rafMs = new Array<number>(frames);
    stats.recording = true;
    await new Promise<void>((ok) => {
      let i = 0;
      let last = -1;
      const tick = (t: number): void => {
        if (last >= 0) rafMs[i - 1] = t - last;
        last = t;
        if (i === frames) {
          ok();
          return;
        }
        nextCamera();
        i++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    stats.recording = false;
    const afterFrames = heap();
    gc();
    const afterGc = heap();
    return {
      points: currentPoints,
      rafMs,
      syncedMs,
      deckCpuMs: [...stats.deckCpuMs],
      heap: { start, afterFrames, afterGc },
      uploadBytes: stats.uploadBytes,
      deckRedraws: stats.redraws,
    };
  },
};

(window as unknown as { frameBench: FrameBenchApi }).frameBench = api;
