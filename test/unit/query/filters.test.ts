import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.ts';
import { filterPredicate, monthLiteral, personsExpr } from '../../../src/query/filters.ts';
import { sqlIdent, sqlString } from '../../../src/query/sql.ts';
import { EMPTY_FILTERS, type Filters } from '../../../src/state/filters.ts';
import { fixtureDatabase, incident } from '../../helpers/incidents-fixture.ts';

let db: Database;
beforeAll(async () => {
  db = await fixtureDatabase([
    incident({
      id: '1',
      date: '2020-02-10',
      crime_type: 'trafficking',
      women: 2,
      men: 0,
      exploitation: 'sexual|forced_labour',
      transit: 'GTM|MEX',
      route: "O'Higgins",
    }),
    incident({ id: '2', date: '2020-03-05', crime_type: 'smuggling', men: 3, transit: 'PAN' }),
    incident({ id: '3', date: '2021-07-01', crime_type: 'smuggling', girls: 1, men: 0, office: 'MP-GTM' }),
  ]);
});
afterAll(() => db.close());

async function ids(filters: Filters): Promise<string[]> {
  const t = await db.query(`SELECT id FROM incidents WHERE ${filterPredicate(filters)} ORDER BY id`);
  return t.toArray().map((r) => String(r.id));
}

describe('filterPredicate', () => {
  it('is TRUE with no filter', () => {
    expect(filterPredicate(EMPTY_FILTERS)).toBe('TRUE');
  });

  it.each<[string, Partial<Filters>, string[]]>([
    ['period', { period: ['2020-03', '2021-06'] }, ['2']],
    ['crime type', { crimeTypes: ['trafficking'] }, ['1']],
    ['transit (list)', { transit: ['MEX'] }, ['1']],
    ['exploitation (list)', { exploitation: ['forced_labour'] }, ['1']],
    ['sex/age', { sexAge: ['girls'] }, ['3']],
    ['office', { offices: ['MP-GTM'] }, ['3']],
    ['route with a quote', { routes: ["O'Higgins"] }, ['1']],
    ['two dimensions', { crimeTypes: ['smuggling'], period: ['2020-01', '2020-12'] }, ['2']],
  ])('filters by %s', async (_, partial, expected) => {
    await expect(ids({ ...EMPTY_FILTERS, ...partial })).resolves.toEqual(expected);
  });

  it('leaves out the dimensions a view selects itself (cross-filtering)', async () => {
    const f: Filters = { ...EMPTY_FILTERS, crimeTypes: ['trafficking'], period: ['2021-01', '2021-12'] };
    expect(filterPredicate(f, ['period'])).not.toContain('month');
    await expect(
      db.query(`SELECT id FROM incidents WHERE ${filterPredicate(f, ['period'])}`).then((t) => t.numRows),
    ).resolves.toBe(1);
  });

  it('counts only the selected sex/age categories', () => {
    expect(personsExpr(EMPTY_FILTERS)).toBe('persons');
    expect(personsExpr({ ...EMPTY_FILTERS, sexAge: ['women', 'girls'] })).toBe('(women + girls)');
  });

  it('rejects a malformed month instead of emitting SQL', () => {
    expect(() => monthLiteral("2020-01'; DROP TABLE incidents; --")).toThrow(RangeError);
  });

  it('escapes literals and identifiers', () => {
    expect(sqlString("a'b")).toBe("'a''b'");
    expect(sqlIdent('a"b')).toBe('"a""b"');
  });
});
