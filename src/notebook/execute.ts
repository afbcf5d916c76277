import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { assembleModule, cellOfLine } from './assemble.ts';
import { type Notebook, type NotebookOutput, parseNotebook, splitLines } from './ipynb.ts';
import type { RecordedOutput, RunRecord } from './recorder.ts';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
/** tsx's loader, resolved from the project (not the notebook's folder, which may be anywhere). */
const TSX_LOADER = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/package.json')
    .replace(/package\.json$/, 'dist/loader.mjs'),
).href;

/** A failed cell, located for the person reading the runner's message. */
export interface CellFailure {
  /** 0-based index among all cells of the notebook (what Jupyter front ends show). */
  cellIndex: number | null;
  /** 1-based number among code cells, as in `In [n]`. */
  codeCell: number | null;
  name: string;
  message: string;
  /** Stack with the temporary module's positions rewritten as `cell N:line:col`. */
  stack: string;
}

/** A notebook executed: the notebook with fresh outputs, and the failure if a cell threw. */
export interface NotebookRun {
  notebook: Notebook;
  failure: CellFailure | null;
}

/** Options of {@link executeNotebook}. */
export interface ExecuteOptions {
  /** Kill the run after this long; default 5 minutes. */
  timeoutMs?: number;
}

function toOutput(output: RecordedOutput): NotebookOutput {
  if (output.kind === 'stream')
    return { output_type: 'stream', name: output.name, text: splitLines(output.text) };
  const data: Record<string, string[]> = {};
  for (const [mime, text] of Object.entries(output.bundle)) data[mime] = splitLines(text);
  return { output_type: 'display_data', data, metadata: {} };
}

/**
 * Writes a run's outputs into a copy of the notebook: each code cell gets its outputs and
 * `execution_count` 1, 2, … in order; the failed cell gets an `error` output and the cells
 * after it none (they did not run). Cell ids are kept, or set to `cell-N` when missing
 * (nbformat 4.5 requires them), so re-runs do not churn. Pure.
 */
export function applyOutputs(notebook: Notebook, record: RunRecord): Notebook {
  let n = 0;
  const failed = record.error?.cell ?? null;
  const cells = notebook.cells.map((cell, index) => {
    const id = cell.id ?? `cell-${index}`;
    if (cell.cell_type !== 'code') return { ...cell, id };
    const i = n++;
    const ran = record.error === null || (failed !== null && i <= failed);
    const outputs = ran ? (record.cells[i] ?? []).map(toOutput) : [];
    if (record.error && i === failed) {
      outputs.push({
        output_type: 'error',
        ename: record.error.name,
        evalue: record.error.message,
        traceback: [`${record.error.name}: ${record.error.message}`],
      });
    }
    return { ...cell, id, outputs, execution_count: ran ? i + 1 : null };
  });
  return { ...notebook, nbformat: 4, nbformat_minor: Math.max(5, notebook.nbformat_minor), cells };
}

function run(args: string[], cwd: string, timeoutMs: number): Promise<{ stderr: string; code: number }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (err, _o, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ stderr: String(stderr), code });
      },
    );
  });
}

let serial = 0;

/**
 * Executes a notebook headless, as `npm run notebooks` does: its code cells become one
 * module (written beside the notebook, so `../src/…` imports resolve as in the notebook),
 * run by `child.ts` in a fresh Node process with tsx and the notebook's folder as working
 * directory (as a Jupyter kernel has). The temporary files are removed afterwards.
 */
export async function executeNotebook(path: string, options: ExecuteOptions = {}): Promise<NotebookRun> {
  const notebook = parseNotebook(await readFile(path, 'utf8'));
  const { source, cellLines } = assembleModule(notebook);
  const tag = `${process.pid}-${++serial}`;
  const modulePath = join(dirname(path), `.${basename(path, '.ipynb')}.${tag}.run.ts`);
  const resultPath = join(tmpdir(), `rutas-notebook-${tag}.json`);
  try {
    await writeFile(modulePath, source);
    const child = await run(
      ['--import', TSX_LOADER, CHILD, modulePath, resultPath],
      dirname(path),
      options.timeoutMs ?? 300_000,
    );
    let record: RunRecord;
    try {
      record = JSON.parse(await readFile(resultPath, 'utf8')) as RunRecord;
    } catch {
      const message = `the notebook process ended with code ${child.code} and no result\n${child.stderr}`;
      return {
        notebook,
        failure: { cellIndex: null, codeCell: null, name: 'RunnerError', message, stack: '' },
      };
    }
    const out = applyOutputs(notebook, record);
    if (!record.error) return { notebook: out, failure: null };
    const codeIndices = out.cells.flatMap((c, i) => (c.cell_type === 'code' ? [i] : []));
    const cell = record.error.cell;
    const stack = record.error.stack.replaceAll(
      new RegExp(`(?:file://)?${modulePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):(\\d+)`, 'g'),
      (_m, line: string, col: string) => {
        const at = cellOfLine(cellLines, Number(line));
        return at ? `cell ${at.cell + 1}:${at.line}:${col}` : `module:${line}:${col}`;
      },
    );
    return {
      notebook: out,
      failure: {
        cellIndex: cell === null ? null : (codeIndices[cell] ?? null),
        codeCell: cell === null ? null : cell + 1,
        name: record.error.name,
        message: record.error.message,
        stack,
      },
    };
  } finally {
    await rm(modulePath, { force: true });
    await rm(resultPath, { force: true });
  }
}
