import { useSyncExternalStore } from 'react';
import { Presentation } from './Presentation.tsx';
import { presentation, stopPresentation } from './presentation-store.ts';

/**
 * Shows the presentation when a deck is open. Mount it once at the root, outside the
 * services provider, so a deck can be presented while (or instead of) the database loads.
 */
export function PresentationHost() {
  const slides = useSyncExternalStore(presentation.subscribe, presentation.get);
  if (!slides?.length) return null;
  return <Presentation slides={slides} onExit={stopPresentation} />;
}
