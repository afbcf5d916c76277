import { describe, expect, it } from 'vitest';
import type { KeyedSeries } from '../../../../src/analytics/alerts/keyed-series.ts';
import { fromMonthNumber, toMonthNumber } from '../../../../src/analytics/alerts/keyed-series.ts';
import { medianMad } from '../../../../src/analytics/alerts/robust-stats.ts';
import { scanAlerts } from '../../../../src/analytics/alerts/scan-alerts.ts';

const FIRST = 2018 * 12; // January 2018

/** One key, `months` months, incidents from `f`, persons 40/month with 10 children unless overridden. */
function oneKey(
  keyKind: KeyedSeries['keyKinds'][number],
  months: number,
  f: (t: number) => number,
  children: (t: number) => number = () => 10,
): KeyedSeries {
  return {
    keyKinds: [keyKind],
    keys: ['K'],
    firstMonth: FIRST,
    months,
    incidents: Float64Array.from({ length: months }, (_, t) => f(t)),
    persons: new Float64Array(months).fill(40),
    children: Float64Array.from({ length: months }, (_, t) => children(t)),
    womenGirls: new Float64Array(months).fill(20),
  };
}

describe('robust stats', () => {
  it('median and MAD', () => {
    // values 1 2 3 4 100: median 3, deviations 2 1 0 1 97 → MAD 1
    expect(medianMad(Float64Array.from([4, 100, 1, 3, 2]), 5)).toEqual({ median: 3, mad: 1 });
  });
  it('month numbers round-trip', () => {
    expect(fromMonthNumber(toMonthNumber(Date.UTC(2021, 6, 1)))).toBe(Date.UTC(2021, 6, 1));
  });
});

describe('scanAlerts', () => {
  it('flags a month far above its calendar-month median, with the numbers', () => {
    // 4 years; June values 20, 22, 21 then 60 in the 4th June (t = 41).
    const s = oneKey('route', 48, (t) => (t === 41 ? 60 : 20 + ((t * 7) % 3)));
    const alerts = scanAlerts(s, { mixZThreshold: 99 });
    expect(alerts).toHaveLength(1);
    const a = alerts[0];
    expect(a).toMatchObject({
      kind: 'spike',
      key: 'K',
      month: Date.UTC(2021, 5, 1),
      observed: 60,
      explanationCode: 'alert.spike',
    });
    // June history t = 5, 17, 29 → 20 + (35 % 3, 119 % 3, 203 % 3) = 22, 22, 22: median 22, MAD 0
    // → scale = max(0, 1, √22) = 4.690, z = (60 − 22)/4.690 = 8.10
    expect(a?.expected).toBe(22);
    expect(a?.score).toBeCloseTo(38 / Math.sqrt(22), 6);
  });

  it('needs minHistoryYears and honours drops, thresholds and since', () => {
    const s = oneKey('country', 48, (t) => (t === 41 ? 2 : 30));
    expect(scanAlerts(s, { mixZThreshold: 99 })[0]).toMatchObject({
      kind: 'drop',
      observed: 2,
      expected: 30,
    });
    expect(scanAlerts(s, { mixZThreshold: 99, includeDrops: false })).toHaveLength(0);
    expect(scanAlerts(s, { mixZThreshold: 99, minHistoryYears: 4 })).toHaveLength(0);
    expect(scanAlerts(s, { mixZThreshold: 99, since: Date.UTC(2021, 6, 1) })).toHaveLength(0);
  });

  it('reports a route first seen after 12+ months of zeros, but not a country', () => {
    const f = (t: number) => (t >= 14 ? 8 : 0);
    const route = scanAlerts(oneKey('route', 20, f), { mixZThreshold: 99 });
    expect(route).toEqual([
      expect.objectContaining({
        kind: 'first_appearance',
        month: Date.UTC(2019, 2, 1),
        observed: 8,
        score: 8,
      }),
    ]);
    expect(route[0]?.explanationCode).toBe('alert.new_route');
    expect(scanAlerts(oneKey('country', 20, f), { mixZThreshold: 99 })).toHaveLength(0);
    expect(
      scanAlerts(
        oneKey('od', 20, (t) => (t >= 11 ? 8 : 0)),
        { mixZThreshold: 99 },
      ),
    ).toHaveLength(0);
  });

  it('detects a shift in the share of children against the trailing 12 months', () => {
    // 40 persons a month, 10 children (25 %) for 12 months, then 30 of 40 (75 %).
    // Pooled p = (30 + 120)/(40 + 480) = 0.2885; se = √(p(1−p)(1/40 + 1/480)) = 0.0472;
    // z = (0.75 − 0.25)/0.0472 = 10.6.
    const s = oneKey(
      'country',
      13,
      () => 5,
      (t) => (t === 12 ? 30 : 10),
    );
    const alerts = scanAlerts(s);
    const mix = alerts.filter((a) => a.explanationCode === 'alert.children_share_shift');
    expect(mix).toHaveLength(1);
    expect(mix[0]).toMatchObject({ kind: 'mix_shift', observed: 0.75, expected: 0.25 });
    const p = 150 / 520;
    expect(mix[0]?.score).toBeCloseTo(0.5 / Math.sqrt(p * (1 - p) * (1 / 40 + 1 / 480)), 6);
  });

  it('ranks by score and truncates to maxAlerts', () => {
    const s: KeyedSeries = {
      keyKinds: ['route', 'route'],
      keys: ['A', 'B'],
      firstMonth: FIRST,
      months: 48,
      incidents: Float64Array.from({ length: 96 }, (_, i) => (i === 41 ? 50 : i === 48 + 41 ? 90 : 20)),
      persons: new Float64Array(96),
      children: new Float64Array(96),
      womenGirls: new Float64Array(96),
    };
    const alerts = scanAlerts(s);
    expect(alerts.map((a) => a.key)).toEqual(['B', 'A']);
    expect(scanAlerts(s, { maxAlerts: 1 }).map((a) => a.key)).toEqual(['B']);
  });
});
