/**
 * `npm run bench`: generates the seeded datasets, runs every engine on them and writes
 * bench/RESULTS.md. Options:
 * - `--sizes 100k,1m,10m` (default 100k,1m; 10M takes long, see RESULTS.md; `--sizes ''`
 *   runs no size and only re-renders the report from bench/out/results/);
 * - `--quick` (5 runs per interactive operation instead of 20), `--runs N`, `--seed N`;
 * - `--engines browser,wasm-node,native,naive`;
 * - `--skip-corridors` (otherwise bench/corridors.bench.ts runs once after the sizes);
 * - environment `BENCH_CUBES=0`: the browser page keeps every view on the raw table (baseline).
 * Benchmarks are not part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBenchPage, runBrowserBench } from './lib/browser-bench.ts';
import { parseResult } from './lib/child-io.ts';
import { type CorridorsRun, runCorridorsBench } from './lib/corridors.ts';
import { type Dataset, ensureDataset, parseSize, sizeLabel } from './lib/dataset.ts';
import { keepIngestBlock } from './lib/ingest-block.ts';
import { INTRO } from './lib/intro.ts';
import { describeMachine } from './lib/machine.ts';
import { renderResults, type SizeRun } from './lib/report.ts';
import type { EngineResult } from './lib/stats.ts';

const ENGINES = ['browser', 'wasm-node', 'native', 'naive'] as const;
type Engine = (typeof ENGINES)[number];
const RESULTS_DIR = resolve('bench/out/results');
/** An engine process still running after this long is killed and reported as failed. */
const ENGINE_TIMEOUT_MS = 30 * 60_000;

const log = (s: string): void => {
  process.stdout.write(`${s}\n`);
};
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100k,1m' },
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      seed: { type: 'string', default: '1' },
      engines: { type: 'string', default: ENGINES.join(',') },
      'skip-corridors': { type: 'boolean', default: false },
    },
  });
  const engines = values.engines.split(',').map((e) => e.trim());
  for (const e of engines)
    if (!(ENGINES as readonly string[]).includes(e)) throw new Error(`unknown engine ${e}`);
  return {
    sizes: values.sizes
      .split(',')
      .filter((t) => t.trim())
      .map(parseSize),
    runs: values.runs ? Number(values.runs) : null,
    quick: values.quick,
    seed: Number(values.seed),
    engines: engines as Engine[],
    corridors: !values['skip-corridors'],
  };
}

/** Runs one Node engine in its own process, so heap figures and crashes stay separate. */
function runNodeEngine(
  engine: Exclude<Engine, 'browser'>,
  data: Dataset,
  runs: number,
): Promise<EngineResult> {
  const heapMb = Math.max(4096, Math.ceil((data.rows / 1_000_000) * 1200));
  const args = [
    ...process.execArgv,
    '--expose-gc',
    `--max-old-space-size=${heapMb}`,
    resolve(`bench/engines/${engine}.ts`),
    '--parquet',
    data.parquet,
    '--csv',
    data.csv,
    '--runs',
    String(runs),
  ];
  const env = { ...process.env, BENCH_NAIVE_SKIP_CSV: data.rows >= 10_000_000 ? '1' : '0' };
  return new Promise((ok) => {
    const child = spawn(process.execPath, args, {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: ENGINE_TIMEOUT_MS,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('close', (code) => {
      const result = parseResult(stdout);
      if (result) ok(result);
      else {
        const lines = stderr.trim().split('\n');
        const first = lines.find((l) => /Error|error:/.test(l)) ?? '';
        const why = `${engine} failed (exit ${code}): ${first.trim()} … ${lines.slice(-2).join(' ').trim()}`;
        log(`  ${why}`);
        ok({ engine, ops: {}, memory: {}, notes: [why] });
      }
    });
  });
}

async function runSize(rows: number, o: ReturnType<typeof options>, command: string): Promise<SizeRun> {
  const t0 = performance.now();
  const loadBefore = load();
  const label = sizeLabel(rows);
  // At 10M the raw engines take seconds per run, so they run 5 times; the browser answers
  // from cubes in tens of milliseconds and runs 20 times, so its p95 is not just its maximum.
  const runs = o.runs ?? (o.quick || rows >= 10_000_000 ? 5 : 20);
  const browserRuns = o.runs ?? (o.quick ? 5 : 20);
  log(`== ${label} rows, ${runs} runs, ${browserRuns} in the browser (load ${loadBefore})`);
  const data = await ensureDataset(rows, o.seed, log);
  const engines: EngineResult[] = [];
  for (const engine of o.engines) {
    const e0 = performance.now();
    if (engine === 'browser') {
      try {
        engines.push(await runBrowserBench(data.parquet, data.csv, browserRuns, log));
      } catch (error) {
        log(`  browser failed: ${(error as Error).message}`);
        engines.push({
          engine,
          ops: {},
          memory: {},
          notes: [`failed: ${(error as Error).message.split('\n')[0]}`],
        });
      }
    } else engines.push(await runNodeEngine(engine, data, runs));
    log(`  ${engine} done in ${((performance.now() - e0) / 1000).toFixed(1)} s`);
  }
  return {
    label,
    rows,
    seed: o.seed,
    parquetBytes: data.parquetBytes,
    csvBytes: data.csvBytes,
    runs,
    browserRuns,
    command,
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    wallSeconds: (performance.now() - t0) / 1000,
    loadBefore,
    loadAfter: load(),
    machine: describeMachine(),
    engines,
  };
}

const o = options();
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const t0 = performance.now();
if (o.sizes.length && o.engines.includes('browser')) {
  log('building the bench page (bench/vite.bench.config.ts)');
  await buildBenchPage();
}
mkdirSync(RESULTS_DIR, { recursive: true });
for (const rows of o.sizes) {
  const run = await runSize(rows, o, command);
  const file = join(RESULTS_DIR, `${run.label}.json`);
  if (existsSync(file)) {
    // Engines not re-run this time keep their earlier figures, and say so.
    const earlier = JSON.parse(readFileSync(file, 'utf8')) as SizeRun;
    for (const e of earlier.engines) {
      if (run.engines.some((r) => r.engine === e.engine)) continue;
      // An engine already carried over keeps the note naming the run that measured it.
      if (e.notes.some((n) => n.startsWith('figures from'))) run.engines.push(e);
      else {
        const from = `figures from the earlier run of ${earlier.date} (\`${earlier.command}\`)`;
        run.engines.push({ ...e, notes: [...e.notes, from] });
      }
    }
  }
  writeFileSync(file, JSON.stringify(run, null, 1));
}
const corridorsFile = join(RESULTS_DIR, 'corridors.json');
if (o.corridors) {
  log('== corridor proximity (bench/corridors.bench.ts)');
  const run = await runCorridorsBench();
  if (run) writeFileSync(corridorsFile, JSON.stringify(run, null, 1));
  log(run ? `  done in ${run.seconds.toFixed(0)} s` : '  absent, skipped');
}
const corridors = existsSync(corridorsFile)
  ? (JSON.parse(readFileSync(corridorsFile, 'utf8')) as CorridorsRun)
  : null;
const stored = readdirSync(RESULTS_DIR)
  .filter((f) => f.endsWith('.json') && f !== 'corridors.json')
  .map((f) => JSON.parse(readFileSync(join(RESULTS_DIR, f), 'utf8')) as SizeRun);
const resultsFile = resolve('bench/RESULTS.md');
// The ingest section is written by bench/ingest.bench.ts; carry it over unchanged.
const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
writeFileSync(resultsFile, keepIngestBlock(previous, renderResults(stored, INTRO, corridors)));
log(`wrote bench/RESULTS.md; total ${((performance.now() - t0) / 1000).toFixed(0)} s`);
