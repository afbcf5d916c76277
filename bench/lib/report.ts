import { type CorridorsRun, corridorsSection } from './corridors.ts';
import type { Machine } from './machine.ts';
import { MEM, OP, opOrder } from './ops.ts';
import type { EngineResult, Sample } from './stats.ts';
import { SINGLE_QUERIES } from './workload.ts';

/** Everything measured for one dataset size, as stored in bench/out/results/<size>.json. */
export interface SizeRun {
  label: string;
  rows: number;
  seed: number;
  parquetBytes: number;
  csvBytes: number;
  runs: number;
  /** Runs per interactive operation in the browser, when not `runs` (10M: the cube path is fast, the raw engines are not). */
  browserRuns?: number;
  command: string;
  date: string;
  wallSeconds: number;
  loadBefore: string;
  loadAfter: string;
  machine: Machine;
  engines: EngineResult[];
}

/** How many runs each interactive operation had, in the browser and elsewhere. */
function runsText(run: SizeRun): string {
  if (run.browserRuns === undefined || run.browserRuns === run.runs)
    return `${run.runs} runs per interactive operation`;
  return `${run.browserRuns} runs per interactive operation in the browser, ${run.runs} in the other engines (each of their runs scans the whole table)`;
}

/** Report columns: engine id → heading. */
const COLUMNS: readonly [string, string][] = [
  ['browser', 'rutas in browser (DuckDB-WASM)'],
  ['wasm-node', 'duckdb-wasm, Node'],
  ['native', 'native DuckDB, Node'],
  ['naive', 'naive JS objects'],
];

/** The goal of issues #2/#10: filter → layer data p95 at 1M rows. */
export const MAP_GOAL_MS = 100;
/** Issue #10's brush goal: brush → all views, p95 at 10M incidents in the browser. */
export const BRUSH_GOAL_MS = 50;

function ms(v: number): string {
  if (!Number.isFinite(v)) return '–';
  return v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en-US');
}

function cell(s: Sample | undefined): string {
  if (!s) return '–';
  return s.n === 1 ? ms(s.p50) : `${ms(s.p50)} / ${ms(s.p95)}`;
}

function ratio(a: Sample | undefined, b: Sample | undefined): string {
  if (!a || !b || !(b.p50 > 0)) return '–';
  const r = a.p50 / b.p50;
  return `${r < 10 ? r.toFixed(2) : Math.round(r)}×`;
}

function mb(bytes: number | undefined): string {
  return bytes === undefined || !Number.isFinite(bytes) ? '–' : `${(bytes / 2 ** 20).toFixed(0)} MB`;
}

function sizeSection(run: SizeRun): string[] {
  const by = new Map(run.engines.map((e) => [e.engine, e]));
  const op = (engine: string, name: string) => by.get(engine)?.ops[name];
  const lines = [
    `## ${run.label} rows (${run.rows.toLocaleString('en-US')} incidents, seed ${run.seed})`,
    '',
    `Parquet ${mb(run.parquetBytes)} (${run.parquetBytes.toLocaleString('en-US')} bytes), CSV ${mb(run.csvBytes)} ` +
      `(${run.csvBytes.toLocaleString('en-US')} bytes). ${runsText(run)}. ` +
      `Measured ${run.date}; this size took ${run.wallSeconds.toFixed(0)} s wall time ` +
      `(load average ${run.loadBefore} before, ${run.loadAfter} after).`,
    '',
    `Command: \`${run.command}\``,
    '',
    `Times in ms, p50 / p95 (a single number: one run). Ratios use the p50s.`,
    '',
    `| operation | ${COLUMNS.map(([, h]) => h).join(' | ')} | naive / rutas | rutas / native |`,
    `|---|${COLUMNS.map(() => '---:').join('|')}|---:|---:|`,
  ];
  for (const name of opOrder(Object.keys(SINGLE_QUERIES))) {
    if (!COLUMNS.some(([e]) => op(e, name))) continue;
    const cells = COLUMNS.map(([e]) => cell(op(e, name)));
    lines.push(
      `| ${name} | ${cells.join(' | ')} | ${ratio(op('naive', name), op('browser', name))} | ${ratio(op('browser', name), op('native', name))} |`,
    );
  }
  lines.push(...cpuTable(by));
  lines.push(
    '',
    `| memory after load | ${COLUMNS.map(([, h]) => h).join(' | ')} |`,
    `|---|${COLUMNS.map(() => '---:').join('|')}|`,
  );
  for (const m of Object.values(MEM)) {
    lines.push(`| ${m} | ${COLUMNS.map(([e]) => mb(by.get(e)?.memory[m])).join(' | ')} |`);
  }
  const map = op('browser', OP.mapReady);
  if (map && run.rows === 1_000_000) {
    const ok = map.p95 <= MAP_GOAL_MS;
    lines.push(
      '',
      `**Goal (filter → layer data p95 ≤ ${MAP_GOAL_MS} ms at 1M, in the browser): ${ok ? 'met' : 'not met'}** — measured p95 ${ms(map.p95)} ms.`,
    );
  }
  const brush = op('browser', OP.appBrush);
  if (brush && run.rows === 10_000_000) {
    const ok = brush.p95 <= BRUSH_GOAL_MS;
    lines.push(
      '',
      `**Goal (brush → all views p95 ≤ ${BRUSH_GOAL_MS} ms at 10M, in the browser, "brush as the app runs it"): ${ok ? 'met' : 'not met'}** — measured p95 ${ms(brush.p95)} ms.`,
    );
  }
  const notes = run.engines.flatMap((e) => e.notes.map((n) => `${e.engine}: ${n}`));
  if (notes.length) lines.push('', ...notes.map((n) => `- ${n}`));
  lines.push('');
  return lines;
}

const CPU_COLUMNS = COLUMNS.filter(([e]) => e !== 'browser');

/**
 * Process CPU time (p50) of the Node engines: on a machine shared with other jobs it is the
 * steadier figure, since waiting for a core does not count.
 */
function cpuTable(by: Map<string, EngineResult>): string[] {
  const cpu = (engine: string, name: string) => by.get(engine)?.ops[name]?.cpu50;
  const rows = opOrder(Object.keys(SINGLE_QUERIES)).filter((name) =>
    CPU_COLUMNS.some(([e]) => cpu(e, name) !== undefined),
  );
  if (rows.length === 0) return [];
  const lines = [
    '',
    `Process CPU time of the Node engines, ms (p50; waiting for a core does not count, so this is steadier than wall time on a busy machine):`,
    '',
    `| operation (CPU ms) | ${CPU_COLUMNS.map(([, h]) => h).join(' | ')} | naive / duckdb-wasm | duckdb-wasm / native |`,
    `|---|${CPU_COLUMNS.map(() => '---:').join('|')}|---:|---:|`,
  ];
  for (const name of rows) {
    const v = CPU_COLUMNS.map(([e]) => cpu(e, name));
    const r = (a: number | undefined, b: number | undefined) =>
      a !== undefined && b !== undefined && b > 0
        ? ratio({ p50: a, p95: a, n: 1 }, { p50: b, p95: b, n: 1 })
        : '–';
    lines.push(
      `| ${name} | ${v.map((x) => (x === undefined ? '–' : ms(x))).join(' | ')} | ${r(cpu('naive', name), cpu('wasm-node', name))} | ${r(cpu('wasm-node', name), cpu('native', name))} |`,
    );
  }
  return lines;
}

/** Renders bench/RESULTS.md from the stored runs (smallest size first) and the intro text. */
export function renderResults(
  runs: readonly SizeRun[],
  intro: string,
  corridors: CorridorsRun | null = null,
): string {
  const sorted = [...runs].sort((a, b) => a.rows - b.rows);
  const machine = sorted.at(-1)?.machine;
  const lines = ['# rutas benchmarks', '', intro.trim(), ''];
  if (machine) {
    lines.push(
      '## Machine',
      '',
      `- CPU: ${machine.cpu}, nproc ${machine.nproc}`,
      `- Node ${machine.node}; ${machine.chromium}`,
      `- load average when the last size started: ${machine.loadAverage}`,
      '',
      '```',
      machine.memory,
      '```',
      '',
    );
  }
  for (const run of sorted) lines.push(...sizeSection(run));
  if (corridors) lines.push(...corridorsSection(corridors));
  return `${lines.join('\n')}\n`;
}
