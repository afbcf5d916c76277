import { describe, expect, it } from 'vitest';
import { displayCount, displayFigure } from '../../../src/app/display-count.ts';
import { boundsOfMapData } from '../../../src/app/map-bounds.ts';
import { windowEnding } from '../../../src/app/TimeSlider.tsx';
import { addMonths, monthRange } from '../../../src/state/months.ts';

describe('displayCount', () => {
  const fmt = (n: number) => String(n);
  it.each([
    [0, '0'],
    [1, '<5'],
    [4, '<5'],
    [5, '5'],
    [123, '123'],
    // A hidden figure may be hidden to protect another and hold 40: never "<5".
    [null, '—'],
  ] as const)('%s with k = 5 → %s', (n, text) => {
    expect(displayCount(n, 5, fmt)).toBe(text);
  });
});

describe('displayFigure', () => {
  it('shows any hidden figure as the same marker, published ones as counts', () => {
    const fmt = (n: number) => String(n);
    expect(displayFigure(null, 5, fmt)).toBe('—');
    expect(displayFigure(12, 5, fmt)).toBe('12');
    expect(displayFigure(3, 5, fmt)).toBe('<5');
  });
});

describe('months', () => {
  it('lists an inclusive range across a year end', () => {
    expect(monthRange('2019-11', '2020-02')).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
  });
  it('adds and subtracts months', () => {
    expect(addMonths('2020-01', -1)).toBe('2019-12');
    expect(addMonths('2020-12', 1)).toBe('2021-01');
    expect(addMonths('2020-03', -14)).toBe('2019-01');
  });
  it('clips a playback window to the first month', () => {
    const months = monthRange('2020-01', '2020-12');
    expect(windowEnding(months, 1, 12)).toEqual(['2020-01', '2020-02']);
    expect(windowEnding(months, 11, 3)).toEqual(['2020-10', '2020-12']);
  });
});

describe('boundsOfMapData', () => {
  it('spans flows, routes and cells; null when nothing is drawn', () => {
    expect(boundsOfMapData({ flows: null, routes: null, grid: null })).toBeNull();
    const bounds = boundsOfMapData({
      flows: { source: Float32Array.of(-70, 5), target: Float32Array.of(-3, 40) } as never,
      routes: null,
      grid: { positions: Float32Array.of(-80, -30) } as never,
    });
    expect(bounds).toEqual([-80, -30, -3, 40]);
  });
});
