import type { Slide } from '../../state/deck.ts';
import { createStore } from '../../state/store.ts';

/**
 * The deck being presented, or null. A module-level store rather than a service, because a
 * deck can be opened before (or without) the database: the boot screen's "Open a deck"
 * button and the dashboard's "Present" button both write here, and one
 * {@link PresentationHost} mounted at the root reads it.
 */
export const presentation = createStore<readonly Slide[] | null>(null);

/** Starts presenting `slides` (does nothing for an empty deck). */
export function startPresentation(slides: readonly Slide[]): void {
  if (slides.length) presentation.set(slides);
}

/** Leaves presentation mode. */
export function stopPresentation(): void {
  presentation.set(null);
}
