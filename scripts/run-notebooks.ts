/**
 * `npm run notebooks [-- --check] [NOTEBOOK.ipynb…]`: executes every notebook in notebooks/
 * headless (see src/notebook/execute.ts), each in a fresh process, and writes the outputs
 * back into the .ipynb files. With `--check` nothing is written: the run fails when a
 * committed notebook's outputs differ from a fresh run (stale outputs), which is what CI
 * runs. Either way a cell that throws fails the run, naming the notebook and the cell.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { executeNotebook } from '../src/notebook/execute.ts';
import { serializeNotebook } from '../src/notebook/ipynb.ts';

const NOTEBOOK_DIR = resolve('notebooks');

async function listNotebooks(): Promise<string[]> {
  const names = await readdir(NOTEBOOK_DIR);
  return names
    .filter((n) => n.endsWith('.ipynb'))
    .sort()
    .map((n) => join(NOTEBOOK_DIR, n));
}

async function runOne(path: string, check: boolean): Promise<boolean> {
  const name = relative(process.cwd(), path);
  const started = performance.now();
  const { notebook, failure } = await executeNotebook(path);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (failure) {
    const where =
      failure.codeCell === null
        ? 'while loading its imports'
        : `in cell ${(failure.cellIndex ?? 0) + 1} (In [${failure.codeCell}])`;
    console.error(`✗ ${name}: failed ${where}: ${failure.name}: ${failure.message}`);
    if (failure.stack) console.error(failure.stack.split('\n').slice(0, 8).join('\n'));
    return false;
  }
  const text = serializeNotebook(notebook);
  const before = await readFile(path, 'utf8');
  if (check) {
    if (text !== before) {
      console.error(
        `✗ ${name}: committed outputs are out of date; run \`npm run notebooks\` and commit (${seconds} s)`,
      );
      return false;
    }
    console.log(`✓ ${name}: outputs up to date (${seconds} s)`);
    return true;
  }
  if (text !== before) await writeFile(path, text);
  console.log(`✓ ${name}: ${text === before ? 'unchanged' : 'outputs written'} (${seconds} s)`);
  return true;
}

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { check: { type: 'boolean', default: false } },
});
const paths = positionals.length > 0 ? positionals.map((p) => resolve(p)) : await listNotebooks();
if (paths.length === 0) {
  console.error('no notebooks found in notebooks/');
  process.exitCode = 1;
} else {
  let ok = 0;
  for (const path of paths) if (await runOne(path, values.check)) ok++;
  console.log(`notebooks: ${ok} passed, ${paths.length - ok} failed`);
  process.exitCode = ok === paths.length ? 0 : 1;
}
