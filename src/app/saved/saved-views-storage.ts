import type { Slide } from '../../state/deck.ts';
import { toDeckFile } from '../../state/deck.ts';
import { parseDeck } from '../../state/deck-file.ts';

/** localStorage key of the saved views (the deck file format, so one validator reads both). */
export const SAVED_VIEWS_KEY = 'rutas.saved-views.v1';

/** Reads the saved views kept in this browser; anything invalid is dropped by the deck validator. */
export function loadSavedViews(storage: Storage | null = globalThis.localStorage ?? null): Slide[] {
  try {
    const text = storage?.getItem(SAVED_VIEWS_KEY);
    return text ? parseDeck(text).slides : [];
  } catch {
    return [];
  }
}

/** Keeps the saved views in this browser; returns false when the browser refuses (quota, privacy mode). */
export function storeSavedViews(
  slides: readonly Slide[],
  storage: Storage | null = globalThis.localStorage ?? null,
): boolean {
  try {
    if (!storage) return false;
    if (slides.length) storage.setItem(SAVED_VIEWS_KEY, JSON.stringify(toDeckFile(slides)));
    else storage.removeItem(SAVED_VIEWS_KEY);
    return true;
  } catch {
    return false;
  }
}
