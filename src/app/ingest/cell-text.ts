/** Longest cell text shown in a preview table; the rest is cut with an ellipsis. */
export const MAX_CELL_CHARS = 120;

/**
 * A value from a file as plain display text: null/undefined → '', anything else its string,
 * cut to {@link MAX_CELL_CHARS}. It is always rendered as a React text node, so markup shows
 * as characters and `=SUM(...)` stays text; nothing is ever evaluated. Pure.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text;
}
