/**
 * The order in which the map ranks flows: most persons first, ties by origin, destination and
 * category, compared code unit by code unit (for the ASCII keys rutas writes, ISO codes,
 * cluster keys and category names, and any text below U+10000, DuckDB's own VARCHAR order). A
 * missing category (read as '' from an unvalidated partitioned file) sorts last, as NULLS
 * LAST would. The flows statement returns every flow unordered (flowsQuery), so this order,
 * not the engine's, decides which flows make the top N: the layer (toFlowData) and the
 * figure guard (guardFlowFigures) cut at the same place. A full sort: a view has a few
 * hundred country flows, and admin-1 ends or the exploitation split a few thousand at most,
 * which sort in about a millisecond. Returns the row indices in rank order (the figure guard
 * ranks each variant's slice of its statement, splitVariants). Pure.
 */
export function rankFlows(
  persons: Float64Array,
  origin: readonly string[],
  destination: readonly string[],
  category: readonly string[],
): number[] {
  return Array.from(persons, (_, i) => i).sort(
    (a, b) =>
      persons[b]! - persons[a]! ||
      compareText(origin[a]!, origin[b]!) ||
      compareText(destination[a]!, destination[b]!) ||
      compareMissingLast(category[a]!, category[b]!),
  );
}

function compareMissingLast(a: string, b: string): number {
  if (a === '' || b === '') return (a === '' ? 1 : 0) - (b === '' ? 1 : 0);
  return compareText(a, b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
