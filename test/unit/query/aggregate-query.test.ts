import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.ts';
import {
  AGGREGATE_DIMENSIONS,
  type AggregateSpec,
  aggregateQuery,
  isAggregateDimension,
} from '../../../src/query/aggregate-query.ts';
import { EMPTY_FILTERS, type Filters } from '../../../src/state/filters.ts';
import { fixtureDatabase, incident } from '../../helpers/incidents-fixture.ts';

let db: Database;

beforeAll(async () => {
  db = await fixtureDatabase([
    incident({
      id: 'a',
      date: '2021-01-10',
      country: 'COL',
      admin1: 'CO-ANT',
      crime_type: 'trafficking',
      exploitation: 'sexual|forced_labour',
      women: 2,
      men: 1,
      girls: 0,
      nationality: 'VEN',
      route: 'andes',
      origin: 'VEN',
      destination: 'COL',
      office: 'Bogotá',
    }),
    incident({ id: 'b', date: '2021-05-03', country: 'PAN', crime_type: 'smuggling', men: 0, girls: 3 }),
    incident({
      id: 'c',
      date: '2022-11-30',
      country: 'ESP',
      crime_type: 'smuggling',
      men: 4,
      office: "O'Neil",
    }),
    incident({ id: 'd', date: '2022-12-01', country: 'COL', crime_type: 'trafficking', men: 0, women: 5 }),
  ]);
});
afterAll(async () => db.close());

const spec = (
  by: AggregateSpec['by'],
  measure: AggregateSpec['measure'] = 'persons',
  filters: Partial<Filters> = {},
) => ({
  by,
  measure,
  filters: { ...EMPTY_FILTERS, ...filters },
});

async function rows(s: AggregateSpec): Promise<Record<string, unknown>[]> {
  const sql = aggregateQuery(s);
  expect((await db.query(`EXPLAIN ${sql}`)).numRows).toBeGreaterThan(0);
  return (await db.query(sql)).toArray().map((r) => r.toJSON());
}

describe('aggregateQuery', () => {
  it('builds one GROUP BY with quoted dimension aliases and a DOUBLE value', () => {
    const sql = aggregateQuery(spec(['country', 'month']));
    expect(sql).toContain(`AS "country"`);
    expect(sql).toContain(`AS "month"`);
    expect(sql).toContain('::DOUBLE AS value');
    expect(sql).toContain('GROUP BY 1, 2');
    expect(sql).toContain('FROM incidents WHERE TRUE');
    expect(aggregateQuery(spec(['country']), 'cube_x')).toContain('FROM cube_x WHERE');
  });

  it('passes EXPLAIN for every dimension alone and all of them together, both measures', async () => {
    for (const measure of ['persons', 'incidents'] as const) {
      for (const d of AGGREGATE_DIMENSIONS)
        expect((await rows(spec([d], measure))).length).toBeGreaterThan(0);
      expect((await rows(spec(AGGREGATE_DIMENSIONS, measure))).length).toBeGreaterThan(0);
    }
  });

  it('counts persons and incidents by country and time', async () => {
    expect(await rows(spec(['country']))).toEqual([
      { country: 'COL', value: 8 },
      { country: 'ESP', value: 4 },
      { country: 'PAN', value: 3 },
    ]);
    expect(await rows(spec(['year', 'quarter'], 'incidents'))).toEqual([
      { year: '2021', quarter: '2021-Q1', value: 1 },
      { year: '2021', quarter: '2021-Q2', value: 1 },
      { year: '2022', quarter: '2022-Q4', value: 2 },
    ]);
    expect((await rows(spec(['month']))).map((r) => r.month)).toEqual([
      '2021-01',
      '2021-05',
      '2022-11',
      '2022-12',
    ]);
  });

  it('maps subregions and missing codes to unknown', async () => {
    expect(await rows(spec(['subregion']))).toEqual([
      { subregion: 'central_america_caribbean', value: 3 },
      { subregion: 'iberia', value: 4 },
      { subregion: 'south_america', value: 8 },
    ]);
    expect(await rows(spec(['admin1'], 'incidents'))).toEqual([
      { admin1: 'CO-ANT', value: 1 },
      { admin1: 'unknown', value: 3 },
    ]);
  });

  it('unpivots sex/age: persons per category, incidents with anyone in it', async () => {
    const persons = await rows(spec(['sex_age']));
    expect(Object.fromEntries(persons.map((r) => [r.sex_age, r.value]))).toEqual({
      women: 7,
      men: 5,
      girls: 3,
      boys: 0,
      unknown_sex_age: 0,
    });
    const incidents = await rows(spec(['sex_age'], 'incidents'));
    expect(Object.fromEntries(incidents.map((r) => [r.sex_age, r.value]))).toEqual({
      women: 2,
      men: 2,
      girls: 1,
      boys: 0,
      unknown_sex_age: 0,
    });
  });

  it('unnests exploitation: a case with two forms counts under both, none is unknown', async () => {
    expect(await rows(spec(['exploitation'], 'incidents'))).toEqual([
      { exploitation: 'forced_labour', value: 1 },
      { exploitation: 'sexual', value: 1 },
      { exploitation: 'unknown', value: 3 },
    ]);
  });

  it('applies the shared filters, including the sex/age selection of the measure', async () => {
    expect(await rows(spec(['country'], 'persons', { period: ['2022-01', '2022-12'] }))).toEqual([
      { country: 'COL', value: 5 },
      { country: 'ESP', value: 4 },
    ]);
    expect(await rows(spec(['country'], 'persons', { sexAge: ['women', 'girls'] }))).toEqual([
      { country: 'COL', value: 7 },
      { country: 'PAN', value: 3 },
    ]);
    const bySex = await rows(spec(['sex_age'], 'persons', { sexAge: ['girls'] }));
    expect(bySex).toEqual([{ sex_age: 'girls', value: 3 }]);
    expect(await rows(spec(['office'], 'incidents', { offices: ["O'Neil"] }))).toEqual([
      { office: "O'Neil", value: 1 },
    ]);
  });

  it('rejects empty, repeated and unknown dimensions', () => {
    expect(() => aggregateQuery(spec([]))).toThrow(RangeError);
    expect(() => aggregateQuery(spec(['country', 'country']))).toThrow(/twice/);
    expect(() => aggregateQuery(spec(['country; DROP TABLE incidents' as 'country']))).toThrow(/unknown/);
    expect(isAggregateDimension('corridor')).toBe(false);
    expect(isAggregateDimension('route')).toBe(true);
  });
});
