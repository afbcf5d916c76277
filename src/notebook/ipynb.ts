/**
 * The Jupyter notebook format (nbformat 4.5) as far as rutas reads and writes it, and a
 * serializer that writes it the way Jupyter does (keys sorted, one-space indent, text as
 * lists of lines), so a notebook re-run by the runner diffs cleanly against one saved by
 * Jupyter or VS Code.
 */

/** Text in a notebook: one string or a list of lines (each but the last ending in `\n`). */
export type MultilineText = string | string[];

/** One output of a code cell. */
export type NotebookOutput =
  | { output_type: 'stream'; name: 'stdout' | 'stderr'; text: MultilineText }
  | { output_type: 'display_data'; data: Record<string, MultilineText>; metadata: Record<string, unknown> }
  | {
      output_type: 'execute_result';
      data: Record<string, MultilineText>;
      metadata: Record<string, unknown>;
      execution_count: number | null;
    }
  | { output_type: 'error'; ename: string; evalue: string; traceback: string[] };

/** A code cell. */
export interface CodeCell {
  cell_type: 'code';
  id?: string;
  source: MultilineText;
  metadata: Record<string, unknown>;
  outputs: NotebookOutput[];
  execution_count: number | null;
}

/** A Markdown (or raw) cell. */
export interface TextCell {
  cell_type: 'markdown' | 'raw';
  id?: string;
  source: MultilineText;
  metadata: Record<string, unknown>;
}

/** A notebook cell. */
export type NotebookCell = CodeCell | TextCell;

/** A whole notebook. */
export interface Notebook {
  nbformat: number;
  nbformat_minor: number;
  metadata: Record<string, unknown>;
  cells: NotebookCell[];
}

/** Kernel metadata of rutas notebooks: Deno's Jupyter kernel (TypeScript). */
export const DENO_KERNEL_METADATA = {
  kernelspec: { name: 'deno', display_name: 'Deno', language: 'typescript' },
  language_info: {
    name: 'typescript',
    file_extension: '.ts',
    mimetype: 'text/x.typescript',
    codemirror_mode: 'typescript',
    pygments_lexer: 'typescript',
  },
} as const;

/** Joins multiline text into one string. */
export function joinText(text: MultilineText): string {
  return Array.isArray(text) ? text.join('') : text;
}

/** Splits text into Jupyter's list-of-lines form (line ends kept). */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Parses notebook JSON; throws a TypeError when it is not an nbformat 4 notebook. */
export function parseNotebook(json: string): Notebook {
  const value = JSON.parse(json) as Partial<Notebook>;
  if (value.nbformat !== 4 || !Array.isArray(value.cells)) throw new TypeError('not an nbformat 4 notebook');
  return value as Notebook;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
  return out;
}

/** Writes a notebook as Jupyter does: sorted keys, indent 1, trailing newline. */
export function serializeNotebook(notebook: Notebook): string {
  return `${JSON.stringify(sortKeys(notebook), null, 1)}\n`;
}

/** The code cells of a notebook with their index among all cells. */
export function codeCells(notebook: Notebook): { index: number; cell: CodeCell }[] {
  return notebook.cells.flatMap((cell, index) => (cell.cell_type === 'code' ? [{ index, cell }] : []));
}
