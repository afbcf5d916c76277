import type { Table } from 'apache-arrow';

/**
 * One statement for a view and its neighbouring views (the same builder under filters one
 * click away): each variant's rows tagged with its index in `variant` (0 = the view itself),
 * in `orderBy` order within a variant. A differencing guard needs all of them at once, and
 * one statement keeps that to one request through the coordinator. The variants must return
 * the same columns (they come from one builder). Pure.
 */
export function variantsQuery(sqls: readonly string[], orderBy: string): string {
  if (sqls.length === 0) throw new Error('variantsQuery needs at least the view itself');
  const parts = sqls.map((sql, i) => `SELECT ${i} AS variant, * FROM (\n${sql}\n)`);
  return `SELECT * FROM (\n${parts.join('\nUNION ALL\n')}\n)\nORDER BY variant, ${orderBy}`;
}

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
