import { describe, expect, it } from 'vitest';
import { crossingFigureKey, sortCrossingsByFigure } from '../../../../src/app/corridors/crossing-figures.ts';
import type { CrossingSummary } from '../../../../src/app/corridors/hotspot-view.ts';

const crossing = (routeKey: string, volume: number): CrossingSummary => ({
  routeKey,
  crimeType: 'smuggling',
  corridorIndex: 0,
  corridorName: 'A',
  kind: 'drug',
  points: 1,
  volume,
});

describe('sortCrossingsByFigure', () => {
  it('orders by the shown figure, hidden and unchecked ones last, never by the raw volume', () => {
    // Raw volumes 90 > 60 > 30, but 60 is hidden: between 90 and 30 it would be pinned.
    const list = [crossing('a', 90), crossing('b', 60), crossing('c', 30)];
    const figures = new Map([
      [crossingFigureKey('a', 'smuggling'), 90],
      [crossingFigureKey('b', 'smuggling'), null],
      [crossingFigureKey('c', 'smuggling'), 30],
    ]);
    expect(sortCrossingsByFigure(list, figures).map((c) => c.routeKey)).toEqual(['a', 'c', 'b']);
    // Before the guard answers, nothing is ordered by a figure.
    expect(sortCrossingsByFigure(list, null).map((c) => c.routeKey)).toEqual(['a', 'b', 'c']);
  });
});
