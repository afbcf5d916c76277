import { describe, expect, it } from 'vitest';
import { formatWhere, parseWhere } from '../../../src/cli/where.ts';
import { filterPredicate } from '../../../src/query/filters.ts';
import { EMPTY_FILTERS } from '../../../src/state/filters.ts';

describe('parseWhere', () => {
  it('parses the example of the issue into the shared Filters', () => {
    const r = parseWhere('crime_type=trafficking;period=2019-01..2021-12;origin=VEN,COL');
    expect(r).toEqual({
      ok: true,
      filters: {
        ...EMPTY_FILTERS,
        crimeTypes: ['trafficking'],
        period: ['2019-01', '2021-12'],
        origin: ['VEN', 'COL'],
      },
    });
  });

  it('treats blank text as no restriction', () => {
    expect(parseWhere('')).toEqual({ ok: true, filters: EMPTY_FILTERS });
    expect(parseWhere(' ; ')).toEqual({ ok: true, filters: EMPTY_FILTERS });
  });

  it.each([
    ['period=2020', ['2020-01', '2020-12']],
    ['period=2019..2020', ['2019-01', '2020-12']],
    ['period=2020-03', ['2020-03', '2020-03']],
    ['period = 2020-03 .. 2020-05', ['2020-03', '2020-05']],
  ])('reads the period %s', (text, period) => {
    const r = parseWhere(text);
    expect(r.ok && r.filters.period).toEqual(period);
  });

  it('maps aliases and upper-cases country codes, dropping repeats', () => {
    const r = parseWhere(
      'country=col,COL;transit=pan;destination=usa;sex_age=women,girls;exploitation=sexual',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.filters.detection).toEqual(['COL']);
    expect(r.filters.transit).toEqual(['PAN']);
    expect(r.filters.destination).toEqual(['USA']);
    expect(r.filters.sexAge).toEqual(['women', 'girls']);
    expect(r.filters.exploitation).toEqual(['sexual']);
  });

  it('keeps escaped separators in free-text values', () => {
    const r = parseWhere('route=Darién\\, north\\;x;office=a\\\\b');
    expect(r.ok && r.filters.routes).toEqual(['Darién, north;x']);
    expect(r.ok && r.filters.offices).toEqual(['a\\b']);
  });

  it.each([
    ['crime_type', 'missing-equals'],
    ['colour=red', 'unknown-key'],
    ['origin=VEN;origin=COL', 'duplicate-key'],
    ['country=COL;detection=VEN', 'duplicate-key'],
    ['origin=', 'empty-value'],
    ['origin=VEN,,COL', 'empty-value'],
    ['crime_type=theft', 'bad-value'],
    ['origin=Venezuela', 'bad-value'],
    ["origin=VE'", 'bad-value'],
    ['period=2021-12..2019-01', 'bad-period'],
    ['period=2020-13', 'bad-period'],
    ['period=2019..2020..2021', 'bad-period'],
    ['route=abc\\', 'dangling-escape'],
  ])('refuses %s with %s', (text, code) => {
    const r = parseWhere(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe(code);
  });

  it('never lets a quote reach SQL unescaped: free text becomes an escaped literal', () => {
    const r = parseWhere("route=x') OR 1=1 --");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(filterPredicate(r.filters)).toBe("(route IN ('x'') OR 1=1 --'))");
  });

  it('formatWhere is the inverse of parseWhere for canonical text', () => {
    const text = 'period=2019-01..2021-12;crime_type=trafficking,smuggling;origin=VEN,COL;route=a\\,b';
    const r = parseWhere(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(formatWhere(r.filters)).toBe(text);
    expect(parseWhere(formatWhere(r.filters))).toEqual(r);
  });
});
