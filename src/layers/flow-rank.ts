/**
 * The order in which the map ranks flows: most persons first, ties by origin, destination and
 * category (compared code unit by code unit, which for the ASCII keys rutas writes, ISO codes,
 * cluster keys and category names, is DuckDB's own VARCHAR order). The flows statement
 * returns every flow unordered (flowsQuery), so this order, not the engine's, decides which
 * flows make the top N: the layer (toFlowData) and the figure guard (guardFlowFigures) cut
 * at the same place. Returns the row indices in rank order; `rows` ranks only those rows
 * (one variant of a guard statement). Pure.
 */
export function rankFlows(
  persons: Float64Array,
  origin: readonly string[],
  destination: readonly string[],
  category: readonly string[],
  rows?: readonly number[],
): number[] {
  const order = rows ? [...rows] : Array.from(persons, (_, i) => i);
  return order.sort(
    (a, b) =>
      persons[b]! - persons[a]! ||
      compareText(origin[a]!, origin[b]!) ||
      compareText(destination[a]!, destination[b]!) ||
      compareText(category[a]!, category[b]!),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
