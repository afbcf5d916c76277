import { DECK_MAX_CHARS, type ParsedDeck, parseDeck } from '../../state/deck-file.ts';

/** Reads a deck file chosen by the user and validates it; never throws. */
export async function readDeckFile(file: File): Promise<ParsedDeck> {
  if (file.size > DECK_MAX_CHARS) return { slides: [], problems: [{ slide: null, code: 'tooLarge' }] };
  try {
    return parseDeck(await file.text());
  } catch {
    return { slides: [], problems: [{ slide: null, code: 'json' }] };
  }
}
