import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { openNodeDatabase } from '../../src/db/node-database.ts';
import { loadReferenceTables } from '../../src/db/reference-tables.ts';
import { ingestFile } from '../../src/ingest/ingest.ts';
import { parseMapping } from '../../src/ingest/mapping/validate-mapping.ts';
import { toFlowData } from '../../src/layers/flow-data.ts';
import { flowsQuery } from '../../src/query/flows-query.ts';
import { EMPTY_FILTERS } from '../../src/state/filters.ts';

const dir = resolve(process.cwd(), '../shared/data');
const CTDC = resolve(dir, 'ctdc-k11-2020/ctdc_global_k11_2020.csv');

/**
 * The map works on the real CTDC victim-level file: citizenship → country of exploitation
 * flows, computed by the same query and layer-data code the app runs, hand-checked against
 * plain SQL over the raw CSV.
 */
describe.skipIf(!existsSync(dir))('CTDC flows (../shared/data absent: skipped)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openNodeDatabase();
    await loadReferenceTables(db);
    const mapping = parseMapping(readFileSync(resolve('test/fixtures/mappings/ctdc.mapping.json'), 'utf8'));
    await ingestFile(db, { name: 'ctdc_global_k11_2020.csv', bytes: readFileSync(CTDC) }, mapping);
    await db.registerBuffer('ctdc-raw.csv', readFileSync(CTDC));
  });
  afterAll(() => db.close());

  it('draws citizenship → exploitation flows whose persons match the raw file', async () => {
    const flows = toFlowData(await db.query(flowsQuery({ filters: EMPTY_FILTERS, split: 'crime_type' })), 5, {
      topN: 50,
    });
    expect(flows.length).toBeGreaterThan(5);
    expect(flows.category.every((c) => c === 'trafficking')).toBe(true);
    // The largest flow, checked against the raw victim rows (ISO-2 codes in the file).
    const raw = await db.query(`SELECT citizenship AS o, CountryOfExploitation AS d, count(*)::DOUBLE AS n
      FROM read_csv('ctdc-raw.csv', all_varchar=true)
      WHERE citizenship NOT IN ('0', '') AND CountryOfExploitation NOT IN ('0', '') AND citizenship <> CountryOfExploitation
      GROUP BY ALL ORDER BY n DESC LIMIT 1`);
    expect(flows.persons[0]).toBe(Number(raw.get(0)?.n));
  });
});
