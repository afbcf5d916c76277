import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/aggregate.ts';
import { assembleModule, cellOfLine } from '../../../src/notebook/assemble.ts';
import { executeNotebook, type NotebookRun } from '../../../src/notebook/execute.ts';
import { joinText, type Notebook, serializeNotebook } from '../../../src/notebook/ipynb.ts';
import { escapeMarkdownCell } from '../../../src/notebook/markdown-table.ts';

const NOTEBOOKS = resolve('notebooks');
const DATA = resolve(process.cwd(), '../shared/data');
const RAW_TO_TABLE = '04-raw-extract-to-publishable-table.ipynb';

function notebookOf(cells: [string, string][]): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: cells.map(([type, source], i) =>
      type === 'code'
        ? { cell_type: 'code', id: `c${i}`, source, metadata: {}, outputs: [], execution_count: null }
        : { cell_type: 'markdown', id: `c${i}`, source, metadata: {} },
    ),
  };
}

describe('notebook assembly (pure)', () => {
  it('puts every code cell in one module and maps module lines back to cells', () => {
    const nb = notebookOf([
      ['code', 'const a = 1;\nconst b = 2;'],
      ['markdown', '# text'],
      ['code', 'display(a + b);'],
    ]);
    const { source, cellLines } = assembleModule(nb);
    const lines = source.split('\n');
    expect(lines[(cellLines[0] ?? 0) - 1]).toBe('const a = 1;');
    expect(lines[(cellLines[1] ?? 0) - 1]).toBe('display(a + b);');
    expect(cellOfLine(cellLines, (cellLines[0] ?? 0) + 1)).toEqual({ cell: 0, line: 2 });
    expect(cellOfLine(cellLines, cellLines[1] ?? 0)).toEqual({ cell: 1, line: 1 });
    expect(source).not.toContain('# text');
  });

  it('serializes as Jupyter does: sorted keys, one-space indent, trailing newline', () => {
    const text = serializeNotebook(notebookOf([['code', 'x']]));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.indexOf('"cells"')).toBeLessThan(text.indexOf('"metadata"'));
    expect(text).toContain('\n "cells": [');
  });

  it('escapes file text so a Markdown table shows it and never renders it', () => {
    expect(escapeMarkdownCell('<img src=x onerror=alert(1)>|*a*')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;\\|\\*a\\*',
    );
  });
});

describe('notebook runner', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rutas-nb-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('records displays and console output per cell, shares declarations, and names a failing cell', async () => {
    const display = resolve('src/notebook/display.ts');
    const nb = notebookOf([
      ['code', `import { display } from '${display}';\nconst n = 41;\nconsole.log('hello');`],
      ['markdown', 'between'],
      ['code', 'display(n + 1);'],
      ['code', "throw new RangeError('boom');"],
      ['code', 'display(0);'],
    ]);
    const path = join(dir, 'fails.ipynb');
    await writeFile(path, JSON.stringify(nb));
    const { notebook, failure } = await executeNotebook(path);
    expect(failure).toMatchObject({ cellIndex: 3, codeCell: 3, name: 'RangeError', message: 'boom' });
    expect(failure?.stack).toMatch(/cell 3:1:/);
    const code = notebook.cells.filter((c) => c.cell_type === 'code');
    expect(code.map((c) => c.execution_count)).toEqual([1, 2, 3, null]);
    expect(code[0]?.outputs).toEqual([{ output_type: 'stream', name: 'stdout', text: ['hello\n'] }]);
    expect(code[1]?.outputs).toEqual([
      { output_type: 'display_data', data: { 'text/plain': ['42'] }, metadata: {} },
    ]);
    expect(code[2]?.outputs[0]).toMatchObject({ output_type: 'error', ename: 'RangeError' });
    expect(await readdir(dir)).toEqual(['fails.ipynb']);
  });
});

describe('committed notebooks', async () => {
  const names = (await readdir(NOTEBOOKS)).filter((n) => n.endsWith('.ipynb')).sort();
  const runnable = names.filter((n) => n !== RAW_TO_TABLE || existsSync(DATA));
  const runs = new Map<string, NotebookRun>();
  beforeAll(async () => {
    const results = await Promise.all(runnable.map((n) => executeNotebook(join(NOTEBOOKS, n))));
    for (const [i, r] of results.entries()) runs.set(runnable[i] ?? '', r);
  }, 180_000);

  it('has the four notebooks of issue #9, each declaring the Deno TypeScript kernel', async () => {
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      const nb = JSON.parse(await readFile(join(NOTEBOOKS, name), 'utf8')) as Notebook;
      expect(nb.metadata.kernelspec).toMatchObject({ name: 'deno', language: 'typescript' });
    }
  });

  it.each(runnable)('%s runs without error and its committed outputs are up to date', async (name) => {
    const result = runs.get(name);
    expect(result?.failure ?? null).toBeNull();
    const committed = await readFile(join(NOTEBOOKS, name), 'utf8');
    expect(serializeNotebook(result?.notebook as Notebook)).toBe(committed);
  });

  it.skipIf(!existsSync(DATA))(
    "the raw-extract notebook's table equals `rutas aggregate`'s, byte for byte",
    async () => {
      const nb = runs.get(RAW_TO_TABLE)?.notebook;
      const outputs = (nb?.cells ?? []).flatMap((c) => (c.cell_type === 'code' ? c.outputs : []));
      const table = outputs.find((o) => o.output_type === 'display_data' && 'text/csv' in o.data);
      if (table?.output_type !== 'display_data') throw new Error('no text/csv output in the notebook');
      const prov = outputs.find(
        (o) =>
          o.output_type === 'display_data' &&
          joinText(o.data['text/plain'] ?? '').includes('rutas-provenance/1'),
      );
      if (prov?.output_type !== 'display_data') throw new Error('no provenance output in the notebook');
      const dir = await mkdtemp(join(tmpdir(), 'rutas-nb-cli-'));
      try {
        const out = join(dir, 'table.csv');
        const code = await run([
          join(DATA, 'ctdc-k11-2020/ctdc_global_k11_2020.csv'),
          '--mapping',
          'test/fixtures/mappings/ctdc.mapping.json',
          '--by',
          'country,sex_age',
          '--where',
          'period=2015-01..2018-12',
          '--k',
          '20',
          '--round',
          '5',
          '--exported-at',
          '2026-01-01T00:00:00.000Z',
          '--out',
          out,
        ]);
        expect(code).toBe(0);
        expect(await readFile(out, 'utf8')).toBe(joinText(table.data['text/csv'] ?? ''));
        expect(JSON.parse(await readFile(`${out}.provenance.json`, 'utf8'))).toEqual(
          JSON.parse(joinText(prov.data['text/plain'] ?? '')),
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
