import { describe, expect, it } from 'vitest';
import type { Crossing } from '../../../../src/analytics/corridors/crossings.ts';
import type { HotspotRow } from '../../../../src/analytics/corridors/hotspots.ts';
import {
  hotspotExportTable,
  isShown,
  summariseCrossings,
  visibleChange,
  visibleScore,
} from '../../../../src/app/corridors/hotspot-view.ts';
import { toCsv } from '../../../../src/export/csv.ts';

function row(partial: Partial<HotspotRow>): HotspotRow {
  return {
    segmentId: '0:2',
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

describe('hotspot suppression', () => {
  it('shows 0 and counts ≥ k, hides 1..k−1', () => {
    expect([0, 1, 4, 5, 6].map((n) => isShown(n, 5))).toEqual([true, false, false, true, true]);
  });

  it('hides a change computed from a suppressed count, on either side', () => {
    expect(visibleChange(row({}), 5)).toBe(1);
    expect(visibleChange(row({ previousWeight: 3, change: 12 }), 5)).toBeNull();
    expect(visibleChange(row({ weight: 4, change: -0.8 }), 5)).toBeNull();
  });

  it('hides the score of a suppressed count', () => {
    expect(visibleScore(row({ weight: 2 }), 5)).toBeNull();
    expect(visibleScore(row({}), 5)).toBe(2.5);
  });

  it('exports suppressed counts as empty cells and file text as inert text', () => {
    const table = hotspotExportTable([row({ previousWeight: 4, change: 9 })], 5);
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
    expect(table.rows[0]).toEqual(['=HYPERLINK("x")', 'drug', 3, 98.8, 2.5, 40, 30, 7, null, 0, null, null]);
    const csv = new TextDecoder().decode(toCsv(table));
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",drug,3,98.8,2.5,40,30,7,,0,,`);
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
