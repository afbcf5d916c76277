import type { Table } from 'apache-arrow';

/**
 * The rows of each of `count` variants of a `variantsQuery` result (ordered by variant), as
 * tables; a variant with no row gets an empty one. Pure.
 */
export function splitVariants(table: Table, count: number): Table[] {
  const variant = table.getChild('variant');
  const out: Table[] = [];
  let start = 0;
  for (let i = 1; i <= table.numRows; i++) {
    if (i === table.numRows || Number(variant?.get(i)) !== Number(variant?.get(start))) {
      const v = Number(variant?.get(start));
      while (out.length < v) out.push(table.slice(start, start));
      out.push(table.slice(start, i));
      start = i;
    }
  }
  while (out.length < count) out.push(table.slice(0, 0));
  return out;
}
