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
