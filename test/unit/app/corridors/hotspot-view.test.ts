import { describe, expect, it } from 'vitest';
import type { Crossing } from '../../../../src/analytics/corridors/crossings.ts';
import { guardHotspots, sortGuardedHotspots } from '../../../../src/analytics/corridors/guard-hotspots.ts';
import type { HotspotRow } from '../../../../src/analytics/corridors/hotspots.ts';
import {
  hotspotExportTable,
  isShown,
  summariseCrossings,
} from '../../../../src/app/corridors/hotspot-view.ts';
import { toCsv } from '../../../../src/export/csv.ts';

const K = 5;

function row(partial: Partial<HotspotRow>): HotspotRow {
  return {
    segmentId: '0:2',
    segment: 0,
    corridorIndex: 0,
    corridorName: '=HYPERLINK("x")',
    kind: 'drug',
    lengthKm: 98.76,
    score: 2.5,
    weight: 40,
    byCrimeType: [30, 7, 3, 0],
    previousWeight: 20,
    change: 1,
    slopePerMonth: 0.1,
    ...partial,
  };
}

/** hotspotFigures of one segment: weight, by crime type, previous weight. */
const figures = (r: HotspotRow) => Float64Array.from([r.weight, ...r.byCrimeType, r.previousWeight]);

describe('hotspot suppression', () => {
  it('draws 0 and counts ≥ k on the score layer, not 1..k−1', () => {
    expect([0, 1, 4, 5, 6].map((n) => isShown(n, K))).toEqual([true, false, false, true, true]);
  });

  it('hides a change computed from a hidden count, on either side, and the score with its count', () => {
    const guard = (r: HotspotRow) => guardHotspots([r], figures(r), [], 4, K)[0]!;
    expect(guard(row({})).change).toBe(1);
    expect(guard(row({ previousWeight: 3, change: 12 })).change).toBeNull();
    expect(guard(row({ weight: 4, byCrimeType: [4, 0, 0, 0], change: -0.8 })).change).toBeNull();
    expect(guard(row({ weight: 2, byCrimeType: [2, 0, 0, 0] })).score).toBeNull();
    expect(guard(row({})).score).toBe(2.5);
  });

  it('hides a crime type the weight minus the others would give back (line rule)', () => {
    // 40 = 30 + 7 + 3 + 0: the 3 is small, so 7 is hidden beside it.
    const g = guardHotspots([row({})], figures(row({})), [], 4, K)[0]!;
    expect(g.weight).toBe(40);
    expect(g.byCrimeType).toEqual([30, null, null, 0]);
  });

  it('hides what a filter state one click away changes by 1..k−1, and the score and change with it', () => {
    const r = row({});
    const near = Float64Array.from([37, 27, 7, 3, 0, 20]);
    const g = guardHotspots([r], figures(r), [near], 4, K)[0]!;
    expect(g.weight).toBeNull();
    expect(g.byCrimeType).toEqual([null, null, null, null]);
    expect(g.score).toBeNull();
    expect(g.change).toBeNull();
    // The previous period is the same there: it stays.
    expect(g.previousWeight).toBe(20);
  });

  it('exports hidden counts as empty cells and file text as inert text', () => {
    const r = row({ previousWeight: 4, change: 9 });
    const table = hotspotExportTable(guardHotspots([r], figures(r), [], 4, K));
    expect(table.columns).toEqual([
      'corridor',
      'kind',
      'segment',
      'length_km',
      'score',
      'persons',
      'persons_trafficking',
      'persons_smuggling',
      'persons_both',
      'persons_unknown',
      'persons_previous_period',
      'change',
    ]);
    expect(table.rows[0]).toEqual([
      '=HYPERLINK("x")',
      'drug',
      3,
      98.8,
      2.5,
      40,
      30,
      null,
      null,
      0,
      null,
      null,
    ]);
    const csv = new TextDecoder().decode(toCsv(table));
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",drug,3,98.8,2.5,40,30,,,0,,`);
  });
});

describe('summariseCrossings', () => {
  const base: Crossing = {
    routeKey: 'VEN → COL → PAN → USA',
    crimeType: 'smuggling',
    corridorIndex: 0,
    corridorName: 'A',
    kind: 'drug',
    type: 'cross',
    lon: 0,
    lat: 0,
    volume: 9,
    along: 0,
  };
  it('groups points of one route and corridor, largest volume first', () => {
    const out = summariseCrossings([
      base,
      { ...base, along: 1 },
      { ...base, routeKey: 'COL → PAN', volume: 30 },
      { ...base, corridorIndex: 1, corridorName: 'B' },
    ]);
    expect(out.map((c) => [c.routeKey, c.corridorName, c.points, c.volume])).toEqual([
      ['COL → PAN', 'A', 1, 30],
      ['VEN → COL → PAN → USA', 'A', 2, 9],
      ['VEN → COL → PAN → USA', 'B', 1, 9],
    ]);
  });
});

describe('sorting the guarded hotspot table', () => {
  it('sorts by the shown figures: a hidden count sorts last whatever its value', () => {
    const big = row({ segmentId: '0:1', segment: 0, weight: 90, byCrimeType: [90, 0, 0, 0] });
    const mid = row({ segmentId: '0:2', segment: 1, weight: 50, byCrimeType: [50, 0, 0, 0] });
    const figures = Float64Array.from([90, 90, 0, 0, 0, 20, 50, 50, 0, 0, 0, 20]);
    // One click away segment 0 reads 88: its 90 is hidden.
    const near = Float64Array.from([88, 88, 0, 0, 0, 20, 50, 50, 0, 0, 0, 20]);
    const guarded = guardHotspots([big, mid], figures, [near], 4, K);
    expect(guarded.map((g) => g.weight)).toEqual([null, 50]);
    const order = sortGuardedHotspots(guarded, 'weight', 'desc').map((g) => g.row.segmentId);
    expect(order).toEqual(['0:2', '0:1']);
    expect(sortGuardedHotspots(guarded, 'weight', 'asc').map((g) => g.row.segmentId)).toEqual(['0:2', '0:1']);
  });
});
