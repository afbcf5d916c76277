import { displayFigure } from '../display-count.ts';
import type { MapFigures } from './guard-map-figures.ts';

/** What a figure reads while its guard is still being computed. */
export const PENDING_FIGURE = '…';

/**
 * A guarded map figure as text: "…" while the guard has not answered for this view, "—"
 * when hidden, else the number (through displayFigure, the one path a count takes to the
 * screen). A figure is never shown before it has been guarded. Pure.
 */
export function figureText(
  figures: MapFigures | null,
  key: string,
  k: number,
  format: (n: number) => string,
): string {
  if (figures === null || !figures.has(key)) return PENDING_FIGURE;
  return displayFigure(figures.get(key) ?? null, k, format);
}
