import { protectTable } from './protect-table.ts';
import { ALL, type CellStatus } from './types.ts';

/** One protected figure of a breakdown: `null` when hidden, with the reason. */
export interface ProtectedFigure {
  value: number | null;
  status: CellStatus;
}

/** A breakdown (categories and their total) after protection. */
export interface ProtectedBreakdown {
  total: ProtectedFigure;
  parts: Record<string, ProtectedFigure>;
}

/**
 * Protects a small breakdown shown together with its total (a tooltip, a legend line): the
 * 1-D table "categories + total" goes through the same protectTable as every export, so a
 * hidden part can never be recovered as total minus the shown parts.
 */
export function protectBreakdown(values: Readonly<Record<string, number>>, k: number): ProtectedBreakdown {
  const categories = Object.keys(values);
  const table = protectTable(
    categories.map((c) => ({ keys: [c], value: values[c] ?? 0 })),
    ['category'],
    { k, levels: [categories] },
  );
  const parts: Record<string, ProtectedFigure> = {};
  let total: ProtectedFigure = { value: null, status: 'primary' };
  for (const cell of table.rows) {
    const key = cell.keys[0]!;
    if (key === ALL) total = { value: cell.value, status: cell.status };
    else parts[key] = { value: cell.value, status: cell.status };
  }
  return { total, parts };
}
