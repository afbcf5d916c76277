/**
 * Benchmark (not a test) of map frame times at scale (issue #10, item 5): headless chromium
 * opens bench/frames-page, which draws N seeded points through the app's incidents layer
 * (binary attributes) over the offline base map, then pans and zooms programmatically. For
 * each N it records frame times at p50/p95 two ways (requestAnimationFrame intervals while the
 * camera moves every frame; one camera change at a time until the GPU is done), deck.gl's
 * draw-call time, the bytes uploaded to GPU buffers while panning (re-uploaded attributes
 * would show), and the JS heap before and after the frames (reported, not asserted: heap
 * that grows per frame means per-frame allocation). WebGL is software here (llvmpipe or
 * SwiftShader): the figures are relative, for comparing sizes and changes on one machine.
 *
 *   npx tsx bench/frames.bench.ts [--points 0,100000,1000000] [--frames 20] [--synced 5]
 *     [--warmup 3] [--gl llvmpipe|swiftshader] [--json bench/out/frames.json]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, serveDist } from '../test/e2e/harness.ts';
import type { FrameBenchApi, FrameRun } from './frames-page/main.ts';
import { describeMachine } from './lib/machine.ts';
import { quantile } from './lib/stats.ts';

const { values } = parseArgs({
  options: {
    points: { type: 'string', default: '0,100000,1000000' },
    frames: { type: 'string', default: '20' },
    synced: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '3' },
    gl: { type: 'string', default: 'llvmpipe' },
    json: { type: 'string', default: 'bench/out/frames.json' },
  },
});

/** Renderer flags (see /work/shared/ENVIRONMENT.md): the e2e harness's llvmpipe, or Chromium's SwiftShader. */
const GL_FLAGS: Record<string, string[]> = {
  llvmpipe: ['--use-angle=gl-egl', '--ignore-gpu-blocklist'],
  swiftshader: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
};
const renderer = GL_FLAGS[values.gl];
if (!renderer) throw new Error(`--gl must be one of ${Object.keys(GL_FLAGS).join(', ')}`);
const points = values.points.split(',').map(Number);
const frames = Number(values.frames);
const synced = Number(values.synced);
const warmup = Number(values.warmup);

/** A summary row: times in ms, heap in bytes per frame. */
interface Row {
  points: number;
  firstDrawMs: number;
  raf50: number;
  raf95: number;
  synced50: number;
  synced95: number;
  deckCpu50: number;
  deckRedraws: number;
  uploadBytesPerFrame: number;
  heapPerFrameNoGc: number;
  heapPerFrameRetained: number;
}

function summarise(run: FrameRun, firstDrawMs: number): Row {
  return {
    points: run.points,
    firstDrawMs,
    raf50: quantile(run.rafMs, 0.5),
    raf95: quantile(run.rafMs, 0.95),
    synced50: quantile(run.syncedMs, 0.5),
    synced95: quantile(run.syncedMs, 0.95),
    deckCpu50: quantile(run.deckCpuMs, 0.5),
    deckRedraws: run.deckRedraws,
    uploadBytesPerFrame: run.uploadBytes / Math.max(1, run.rafMs.length),
    heapPerFrameNoGc: (run.heap.afterFrames - run.heap.start) / run.rafMs.length,
    heapPerFrameRetained: (run.heap.afterGc - run.heap.start) / run.rafMs.length,
  };
}

const f0 = (n: number): string => (Number.isFinite(n) ? n.toFixed(0) : 'n/a');
const f1 = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');

function table(rows: readonly Row[]): string {
  const head =
    '| points | first draw ms | rAF frame p50 / p95 ms | synced frame p50 / p95 ms | deck.gl draw call p50 ms | deck redraws | GPU upload B/frame | heap B/frame (no GC) | heap B/frame retained |';
  const sep = `|${'---|'.repeat(9)}`;
  const body = rows.map(
    (r) =>
      `| ${r.points.toLocaleString('en')} | ${f0(r.firstDrawMs)} | ${f1(r.raf50)} / ${f1(r.raf95)} | ${f1(r.synced50)} / ${f1(r.synced95)} | ${f1(r.deckCpu50)} | ${r.deckRedraws} | ${f0(r.uploadBytesPerFrame)} | ${f0(r.heapPerFrameNoGc)} | ${f0(r.heapPerFrameRetained)} |`,
  );
  return [head, sep, ...body].join('\n');
}

const machine = describeMachine();
process.stdout.write(
  `frames bench: ${values.gl}, points ${points.join(', ')}, ${frames} rAF + ${synced} synced frames, load ${machine.loadAverage}\n`,
);
await build({ configFile: resolve('bench/frames-page/vite.config.ts'), logLevel: 'warn' });
const server = await serveDist(resolve('bench/out/frames-page-dist'));
const profile = mkdtempSync(join(tmpdir(), 'rutas-frames-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1440, height: 900 },
  args: [
    ...renderer,
    ...CHROMIUM_ARGS.filter((a) => !a.startsWith('--use-angle') && a !== '--ignore-gpu-blocklist'),
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ],
});
const rows: Row[] = [];
const runs: FrameRun[] = [];
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(60 * 60_000);
  page.on('pageerror', (e) => process.stderr.write(`page error: ${String(e)}\n`));
  page.on('crash', () => process.stderr.write('page crashed (renderer or GPU process)\n'));
  await page.goto(server.url);
  await page.waitForFunction(() => 'frameBench' in window);
  await page.evaluate(() => (window as unknown as { frameBench: FrameBenchApi }).frameBench.ready());
  const gpu = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const ext = gl?.getExtension('WEBGL_debug_renderer_info');
    return ext && gl ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'unknown';
  });
  process.stdout.write(`renderer: ${gpu}\n`);
  for (const n of points) {
    const firstDrawMs = await page.evaluate(
      (count) => (window as unknown as { frameBench: FrameBenchApi }).frameBench.setPoints(count),
      n,
    );
    const run = await page.evaluate(
      (o) => (window as unknown as { frameBench: FrameBenchApi }).frameBench.run(o),
      { frames, warmup, synced },
    );
    runs.push(run);
    rows.push(summarise(run, firstDrawMs));
    process.stdout.write(`${table(rows.slice(-1)).split('\n').at(-1)}\n`);
  }
  const report = [
    `frames bench, ${values.gl} (${gpu}); ${frames} rAF frames after ${warmup} warm-up, ${synced} synced frames; viewport 1440x900`,
    `machine: ${machine.nproc} cores, ${machine.cpu}; ${machine.chromium}; load at end ${describeMachine().loadAverage}`,
    '',
    table(rows),
  ].join('\n');
  process.stdout.write(`\n${report}\n`);
  mkdirSync(dirname(resolve(values.json)), { recursive: true });
  writeFileSync(
    resolve(values.json),
    `${JSON.stringify({ gl: values.gl, gpu, machine, rows, runs }, null, 1)}\n`,
  );
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
