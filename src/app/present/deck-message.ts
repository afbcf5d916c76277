import type { TFunction } from 'i18next';
import type { ParsedDeck } from '../../state/deck-file.ts';

/**
 * The message to show after reading a deck: why nothing could be opened, how many slides
 * were dropped, or that some settings were reset; null when everything was read.
 */
export function deckMessage(parsed: ParsedDeck, t: TFunction<'present'>): string | null {
  if (!parsed.slides.length) return t('deck.invalid');
  const dropped = parsed.problems.filter((p) => p.code === 'slide').length;
  if (dropped) return t('deck.dropped', { count: dropped });
  return parsed.problems.length ? t('deck.partial') : null;
}
