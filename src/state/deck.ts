import type { SlideSnapshot } from './deck-snapshot.ts';
import type { MapSize } from './fit-camera.ts';
import type { ViewConfig } from './view-config.ts';

/** Longest slide title and caption accepted (characters). */
export const TITLE_MAX = 200;
export const CAPTION_MAX = 2000;
/** Most slides a deck may hold. */
export const SLIDES_MAX = 200;

/**
 * A saved view: a title and caption over a view config, with the snapshot of what the map
 * drew when it was saved. Saved views in their order are the deck.
 */
export interface Slide {
  /** Stable id for React keys and reordering. */
  id: string;
  title: string;
  caption: string;
  view: ViewConfig;
  snapshot: SlideSnapshot;
  /**
   * The map's size when the slide was saved, so the presentation shows the same area on a
   * screen of another shape (fitCamera). Absent in decks saved before it was recorded: those
   * are shown at the saved zoom.
   */
  mapSize?: MapSize;
}

/** The file format of an exported deck: self-contained, presentable without the data. */
export interface DeckFile {
  format: 'rutas-deck';
  version: 1;
  /** When the file was written (ISO 8601). */
  exported: string;
  slides: Slide[];
}

/** Format marker and version of {@link DeckFile}. */
export const DECK_FORMAT = 'rutas-deck';
export const DECK_VERSION = 1;

/** A new slide id (random, not derived from any content). */
export function newSlideId(): string {
  return `s-${Math.random().toString(36).slice(2, 10)}${Date.now().toString(36)}`;
}

/** Appends a slide; titles and captions are trimmed to their limits. */
export function addSlide(slides: readonly Slide[], slide: Slide): Slide[] {
  if (slides.length >= SLIDES_MAX) return [...slides];
  return [
    ...slides,
    { ...slide, title: slide.title.slice(0, TITLE_MAX), caption: slide.caption.slice(0, CAPTION_MAX) },
  ];
}

/** Moves the slide at `index` by `delta` places (−1 up, +1 down); out-of-range moves do nothing. */
export function moveSlide(slides: readonly Slide[], index: number, delta: number): Slide[] {
  const to = index + delta;
  if (index < 0 || index >= slides.length || to < 0 || to >= slides.length) return [...slides];
  const out = [...slides];
  const [moved] = out.splice(index, 1);
  out.splice(to, 0, moved!);
  return out;
}

/** Removes the slide at `index`. */
export function removeSlide(slides: readonly Slide[], index: number): Slide[] {
  return slides.filter((_, i) => i !== index);
}

/** Wraps slides into the deck file object (not yet text). */
export function toDeckFile(slides: readonly Slide[], now: Date = new Date()): DeckFile {
  return { format: DECK_FORMAT, version: DECK_VERSION, exported: now.toISOString(), slides: [...slides] };
}

/** A deck file's name: `rutas-deck-YYYY-MM-DD.json`. */
export function deckFileName(now: Date = new Date()): string {
  return `rutas-deck-${now.toISOString().slice(0, 10)}.json`;
}
