import type { ProtectedCell } from './types.ts';

/**
 * Differencing guard for ad-hoc views that are not slices of the protected cube: a child
 * view (parent plus one more filter value) is compared cell by cell with its parent, and a
 * child cell is hidden whenever parent − child lands in 1..k−1, since subtracting the two
 * published figures would reveal a small count. Cells match on their keys; a child cell with
 * no published parent is returned as is. Returns new cells; the inputs are not changed.
 */
export function guardDifference(
  parentCells: readonly ProtectedCell[],
  childCells: readonly ProtectedCell[],
  k: number,
): ProtectedCell[] {
  const parents = new Map<string, number | null>();
  for (const cell of parentCells) parents.set(JSON.stringify(cell.keys), cell.value);
  return childCells.map((cell) => {
    const parent = parents.get(JSON.stringify(cell.keys));
    if (cell.value === null || parent === null || parent === undefined)
      return { ...cell, keys: [...cell.keys] };
    const diff = parent - cell.value;
    if (diff > 0 && diff < k) return { keys: [...cell.keys], value: null, status: 'secondary' };
    return { ...cell, keys: [...cell.keys] };
  });
}
