/**
 * Child-process entry of the notebook runner: `node --import tsx child.ts MODULE RESULT`.
 * Installs the recorder, imports the assembled module (which runs every cell in order) and
 * writes the {@link RunRecord} as JSON to RESULT. Run apart from the runner so each notebook
 * starts from a clean process, as a fresh kernel would.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { installRecorder } from './recorder.ts';

const [modulePath, resultPath] = process.argv.slice(2);
if (!modulePath || !resultPath) {
  process.stderr.write('usage: child.ts MODULE RESULT\n');
  process.exit(2);
}
const { record, fail } = installRecorder();
process.on('unhandledRejection', fail);
try {
  await import(pathToFileURL(modulePath).href);
} catch (error) {
  fail(error);
}
writeFileSync(resultPath, JSON.stringify(record));
process.exit(0);
