import { joinText, type Notebook } from './ipynb.ts';

/** Global the generated module calls between cells (installed by the recorder). */
export const CELL_HOOK = '__rutasNotebookCell';

/** A notebook's code cells as one module, with where each cell starts. */
export interface AssembledModule {
  source: string;
  /** 1-based first line of each code cell in `source`, in code-cell order. */
  cellLines: number[];
}

/**
 * Concatenates the code cells into ONE TypeScript module, so cells share declarations and
 * imports exactly as in a kernel session. Before each cell a call tells the recorder which
 * cell runs now (so displays, console output and an error are attributed to it). Cells keep
 * their text unchanged; imports are hoisted by ESM, which is how a kernel behaves too once
 * every cell has run. Pure.
 */
export function assembleModule(notebook: Notebook): AssembledModule {
  const lines: string[] = [];
  const cellLines: number[] = [];
  let n = 0;
  for (const cell of notebook.cells) {
    if (cell.cell_type !== 'code') continue;
    lines.push(
      `(globalThis as Record<string, unknown> & { ${CELL_HOOK}: (i: number) => void }).${CELL_HOOK}(${n});`,
    );
    cellLines.push(lines.length + 1);
    lines.push(...joinText(cell.source).replace(/\n$/, '').split('\n'));
    lines.push(';');
    n++;
  }
  lines.push('export {};');
  return { source: `${lines.join('\n')}\n`, cellLines };
}

/** The code cell (0-based, in code-cell order) and its 1-based line for a module line. */
export function cellOfLine(
  cellLines: readonly number[],
  line: number,
): { cell: number; line: number } | null {
  let cell = -1;
  for (let i = 0; i < cellLines.length; i++) if ((cellLines[i] ?? Infinity) <= line) cell = i;
  return cell < 0 ? null : { cell, line: line - (cellLines[cell] ?? 0) + 1 };
}
