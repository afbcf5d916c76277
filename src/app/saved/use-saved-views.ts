import { useCallback, useEffect, useRef, useState } from 'react';
import type { Slide } from '../../state/deck.ts';
import { loadSavedViews, storeSavedViews } from './saved-views-storage.ts';

/** The saved views (in deck order) and whether the browser could keep the last change. */
export interface SavedViews {
  slides: readonly Slide[];
  update: (change: (slides: readonly Slide[]) => Slide[]) => void;
  storageFailed: boolean;
}

/** Saved views kept in localStorage, read once and written after every change. */
export function useSavedViews(): SavedViews {
  const [slides, setSlides] = useState<readonly Slide[]>(() => loadSavedViews());
  const [storageFailed, setStorageFailed] = useState(false);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setStorageFailed(!storeSavedViews(slides));
  }, [slides]);
  const update = useCallback((change: (slides: readonly Slide[]) => Slide[]) => setSlides(change), []);
  return { slides, update, storageFailed };
}
