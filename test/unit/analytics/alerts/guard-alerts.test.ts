import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../../src/analytics/alerts/alert-types.ts';
import { guardAlerts } from '../../../../src/analytics/alerts/guard-alerts.ts';
import { fromMonthNumber, type KeyedSeries } from '../../../../src/analytics/alerts/keyed-series.ts';
import { scanAlerts } from '../../../../src/analytics/alerts/scan-alerts.ts';

const K = 5;
const FIRST = 2018 * 12; // 2018-01
const MONTHS = 48;

/** One country's series: `incidents` by month from 2018-01, persons 2 per incident. */
function series(
  key: string,
  incidents: (m: number) => number,
  women = (m: number) => incidents(m),
): KeyedSeries {
  const inc = Float64Array.from({ length: MONTHS }, (_, m) => incidents(m));
  return {
    keyKinds: ['country'],
    keys: [key],
    firstMonth: FIRST,
    months: MONTHS,
    incidents: inc,
    persons: inc.map((n) => 2 * n),
    children: new Float64Array(MONTHS),
    womenGirls: Float64Array.from({ length: MONTHS }, (_, m) => women(m)),
  };
}

/** 10 incidents a month, 40 in 2021-06 (month 41): a spike over a median of 10. */
const view = series('COL', (m) => (m === 41 ? 40 : 10));

describe('guardAlerts', () => {
  it('hides the spike count that a filter value more changes by fewer than k', () => {
    const alerts = scanAlerts(view);
    const spike = alerts.find((a) => a.kind === 'spike' && a.month === fromMonthNumber(FIRST + 41));
    expect(spike?.observed).toBe(40);
    // One click away the month reads 37 (3 apart) and the earlier Junes 10 (the same).
    const near = series('COL', (m) => (m === 41 ? 37 : 10));
    const [g] = guardAlerts([spike!], view, [near], K);
    expect(g).toEqual({ observed: true, expected: false, persons: false });
    // 30 apart is no small count: nothing hidden.
    const far = series('COL', (m) => (m === 41 ? 10 : 10));
    expect(guardAlerts([spike!], view, [far], K)[0]).toEqual({
      observed: false,
      expected: false,
      persons: false,
    });
  });

  it('compares the baseline as the median of the same months under the other filters', () => {
    const spike = scanAlerts(view).find((a) => a.kind === 'spike')!;
    // Earlier Junes 12 instead of 10: the median moves by 2.
    const near = series('COL', (m) => (m === 41 ? 40 : m % 12 === 5 ? 12 : 10));
    expect(guardAlerts([spike], view, [near], K)[0]).toEqual({
      observed: false,
      expected: true,
      persons: false,
    });
  });

  it('treats a key the neighbour lacks as zero there, and guards corridor series alike', () => {
    const spike = scanAlerts(view).find((a) => a.kind === 'spike')!;
    const other = series('PER', () => 10);
    // 40 against 0: no small difference.
    expect(guardAlerts([spike], view, [other], K)[0]!.observed).toBe(false);
    // A corridor alert reads the corridor series (keyKind corridor) the same way.
    const corridorView: KeyedSeries = { ...view, keyKinds: ['corridor'], keys: ['Pacific'] };
    const corridorNear: KeyedSeries = {
      ...series('COL', (m) => (m === 41 ? 38 : 10)),
      keyKinds: ['corridor'],
      keys: ['Pacific'],
    };
    const corridor: Alert = { ...spike, keyKind: 'corridor', key: 'Pacific' };
    expect(guardAlerts([corridor], corridorView, [corridorNear], K)[0]).toEqual({
      observed: true,
      expected: false,
      persons: false,
    });
  });

  it('guards a mix shift: persons and the group of the month, the trailing shares', () => {
    // Women + girls: 10 of 20 persons a month, then 2 of 20 in month 30.
    const mixView = series(
      'COL',
      () => 10,
      (m) => (m === 30 ? 2 : 10),
    );
    const mix: Alert = {
      kind: 'mix_shift',
      keyKind: 'country',
      key: 'COL',
      month: fromMonthNumber(FIRST + 30),
      observed: 0.1,
      expected: 0.5,
      score: 4,
      explanationCode: 'alert.women_girls_share_shift',
      params: { z: -4, group: 2, persons: 20, trailingGroup: 120, trailingPersons: 240 },
    };
    // One click away: the same month has 23 persons (3 apart), the trailing year is the same.
    const near = series(
      'COL',
      (m) => (m === 30 ? 11.5 : 10),
      (m) => (m === 30 ? 2 : 10),
    );
    expect(guardAlerts([mix], mixView, [near], K)[0]).toEqual({
      observed: true,
      expected: false,
      persons: true,
    });
  });
});
