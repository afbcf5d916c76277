import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAggregatedPositions } from '../../../src/app/corridors/aggregated-positions.ts';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import { toFloat32, toFloat64 } from '../../../src/layers/arrow-to-binary.ts';

// Arrow JS keeps a slice's value buffers starting at its first value and keeps `offset` for
// the validity bitmap only: the converters must read a slice (splitVariants) exactly like the
// same rows queried on their own.
let db: Database;
beforeAll(async () => {
  db = await openNodeDatabase();
});
afterAll(async () => db.close());

describe('Arrow → typed arrays on slices of a multi-batch result', () => {
  it('reads the same numbers and positions from a slice as from the rows alone', async () => {
    // 5000 rows: DuckDB sends them in batches of 2048, so the slice starts inside a batch.
    const sql = (where: string) => `SELECT i::DOUBLE AS n, (i / 3)::FLOAT AS p,
  (i % 200)::DOUBLE AS lon, 1::DOUBLE AS lat, (i % 4)::UTINYINT AS crime_type_code, i::INTEGER AS month_index,
  1::DOUBLE AS persons, 0::DOUBLE AS women, 0::DOUBLE AS men, 0::DOUBLE AS girls, 0::DOUBLE AS boys, 0::DOUBLE AS unknown_sex_age
FROM range(5000) t(i) ${where} ORDER BY i`;
    const all = await db.query(sql(''));
    expect(all.batches.length).toBeGreaterThan(1);
    const slice = all.slice(2500, 4100);
    const alone = await db.query(sql('WHERE i >= 2500 AND i < 4100'));
    expect(Array.from(toFloat64(slice, 'n'))).toEqual(Array.from(toFloat64(alone, 'n')));
    expect(Array.from(toFloat32(slice, 'p'))).toEqual(Array.from(toFloat32(alone, 'p')));
    expect(toFloat32(alone, 'p')[1]).toBe(Math.fround(2501 / 3));
    const x = toAggregatedPositions(slice);
    const y = toAggregatedPositions(alone);
    expect(Array.from(x.month)).toEqual(Array.from(y.month));
    expect(Array.from(x.crimeType)).toEqual(Array.from(y.crimeType));
    expect(Array.from(x.lon)).toEqual(Array.from(y.lon));
  });
});
