import { tableFromArrays } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.ts';
import { toGridCells } from '../../../src/layers/grid-cells.ts';
import { toGridData } from '../../../src/layers/grid-data.ts';
import { incidentsGridQuery } from '../../../src/query/incidents-grid-query.ts';
import { EMPTY_FILTERS } from '../../../src/state/filters.ts';
import { fixtureDatabase, incident } from '../../helpers/incidents-fixture.ts';

// Five 2° cells: (−73, 5) 6 smuggling + 2 trafficking = 8, (−79, 9) 8, (−79, 7) 8, (−67, 7) 9,
// (−99, 23) 3 (< k).
const rows = [
  incident({ id: 'a', lon: -72.5, lat: 4.5, men: 6 }),
  incident({ id: 'b', lon: -72.9, lat: 4.1, crime_type: 'trafficking', men: 0, women: 2 }),
  incident({ id: 'c', lon: -79.5, lat: 8.5, men: 8 }),
  incident({ id: 'f', lon: -78.5, lat: 6.5, men: 8 }),
  incident({ id: 'd', lon: -66.5, lat: 6.5, men: 9 }),
  incident({ id: 'e', lon: -99.0, lat: 22.5, men: 3 }),
];

let db: Database;
beforeAll(async () => {
  db = await fixtureDatabase(rows);
});
afterAll(() => db.close());

describe('toGridData', () => {
  it('draws cells of at least k persons at their centres, largest first, ties west to east', async () => {
    const grid = toGridData(
      await db.query(incidentsGridQuery({ filters: EMPTY_FILTERS, cellDegrees: 2 })),
      5,
    );
    expect(grid.length).toBe(4);
    expect(grid.hiddenCells).toBe(1);
    expect(Array.from(grid.persons)).toEqual([9, 8, 8, 8]);
    expect(Array.from(grid.positions)).toEqual([-67, 7, -79, 7, -79, 9, -73, 5]);
    // Persons per crime type, in CRIME_TYPES order.
    expect(Array.from(grid.byCrimeType.subarray(12, 16))).toEqual([2, 6, 0, 0]);
    expect(grid.maxPersons).toBe(9);
  });
});

describe('toGridCells', () => {
  const table = tableFromArrays({
    x: Float32Array.from([-73, -79, -73, -73, -79]),
    y: Float32Array.from([5, 9, 5, 5, 9]),
    crime_type: ['smuggling', 'smuggling', 'trafficking', 'not validated', 'both'],
    persons: Float64Array.from([6, 8, 2, 4, 1]),
  });

  it('pivots one row per cell and crime type into cells; an unknown crime type counts in the total only', () => {
    const cells = toGridCells(table);
    expect(cells.length).toBe(2);
    expect(Array.from(cells.x)).toEqual([-73, -79]);
    expect(Array.from(cells.persons)).toEqual([12, 9]);
    expect(Array.from(cells.byCrimeType)).toEqual([2, 6, 0, 0, 0, 8, 1, 0]);
  });

  it('pivots a slice of a statement (one variant of a guard statement)', () => {
    const cells = toGridCells(table.slice(1, 3));
    expect(Array.from(cells.y)).toEqual([9, 5]);
    expect(Array.from(cells.persons)).toEqual([8, 2]);
  });
});
