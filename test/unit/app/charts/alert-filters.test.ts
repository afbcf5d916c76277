import { describe, expect, it } from 'vitest';
import { alertToFilters, splitOdKey } from '../../../../src/app/alerts/alert-filters.ts';

const month = Date.UTC(2021, 5, 1);

describe('alertToFilters', () => {
  it('isolates a country of detection and the months around the alert', () => {
    expect(alertToFilters({ keyKind: 'country', key: 'COL', month })).toEqual({
      detection: ['COL'],
      period: ['2021-04', '2021-08'],
    });
  });

  it('isolates a route', () => {
    expect(alertToFilters({ keyKind: 'route', key: 'Darién', month })).toEqual({
      routes: ['Darién'],
      period: ['2021-04', '2021-08'],
    });
  });

  it('isolates an origin → destination pair', () => {
    expect(alertToFilters({ keyKind: 'od', key: 'VEN→CHL', month })).toEqual({
      origin: ['VEN'],
      destination: ['CHL'],
      period: ['2021-04', '2021-08'],
    });
  });

  it('opens a corridor alert with the period only, even when its name holds the OD separator', () => {
    expect(alertToFilters({ keyKind: 'corridor', key: 'Pacific→Andes', month })).toEqual({
      period: ['2021-04', '2021-08'],
    });
  });

  it('clips the period to the data and crosses year ends', () => {
    expect(
      alertToFilters({ keyKind: 'country', key: 'PER', month: Date.UTC(2020, 0, 1) }, ['2019-12', '2020-02']),
    ).toEqual({
      detection: ['PER'],
      period: ['2019-12', '2020-02'],
    });
  });
});

describe('splitOdKey', () => {
  it('rejects malformed keys', () => {
    expect(splitOdKey('VEN→')).toBeNull();
    expect(splitOdKey('VEN')).toBeNull();
    expect(splitOdKey('VEN→CHL')).toEqual(['VEN', 'CHL']);
  });
});
