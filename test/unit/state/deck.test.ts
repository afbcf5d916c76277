import { describe, expect, it } from 'vitest';
import {
  addSlide,
  deckFileName,
  moveSlide,
  removeSlide,
  SLIDES_MAX,
  type Slide,
} from '../../../src/state/deck.ts';
import { DEFAULT_VIEW } from '../../../src/state/view-config.ts';

const snapshot = {
  periodLabel: 'ene 2020 – dic 2021',
  dataset: { name: 'sample', synthetic: true, fingerprint: 'abcdefabcdef' },
  k: 5,
  flows: null,
  routes: null,
  grid: null,
};
const slide = (id: string): Slide => ({ id, title: id, caption: '', view: DEFAULT_VIEW, snapshot });
const ids = (slides: readonly Slide[]) => slides.map((s) => s.id);

describe('deck ordering', () => {
  const deck = ['a', 'b', 'c'].map(slide);

  it('moves a slide up and down, ignoring moves past either end', () => {
    expect(ids(moveSlide(deck, 2, -1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveSlide(deck, 0, 1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveSlide(deck, 0, -1))).toEqual(['a', 'b', 'c']);
    expect(ids(moveSlide(deck, 2, 1))).toEqual(['a', 'b', 'c']);
    expect(ids(deck)).toEqual(['a', 'b', 'c']);
  });

  it('removes a slide and appends with titles trimmed to their limit', () => {
    expect(ids(removeSlide(deck, 1))).toEqual(['a', 'c']);
    const long = { ...slide('d'), title: 'x'.repeat(500) };
    const added = addSlide(deck, long);
    expect(ids(added)).toEqual(['a', 'b', 'c', 'd']);
    expect(added[3]!.title).toHaveLength(200);
  });

  it('refuses slides beyond the maximum', () => {
    const full = Array.from({ length: SLIDES_MAX }, (_, i) => slide(`s${i}`));
    expect(addSlide(full, slide('one-more'))).toHaveLength(SLIDES_MAX);
  });

  it('names the file by date', () => {
    expect(deckFileName(new Date('2026-03-04T10:00:00Z'))).toBe('rutas-deck-2026-03-04.json');
  });
});
