/**
 * Property-based ingest tests in a real DuckDB (duckdb-wasm, Node build):
 * 1. 10,000 generated rows (5 extracts × 2,000), each clean or with one known corruption,
 *    go through the whole ingest (Arrow IPC → automatic mapping → validation): every clean row
 *    loads, every corrupted row is rejected with its reason, loaded + rejected = rows.
 * 2. Random byte-level damage to CSV files (BOM, invalid UTF-8, blank lines, stray quotes,
 *    NUL bytes, other delimiters, truncation): ingest ends in a typed IngestError other than
 *    `internal`, or loads with loaded + rejected = rows read, and a failed load leaves the
 *    previous incidents in place.
 * Set FC_SEED to replay a failure.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import { stringColumnsToIPC } from '../../../src/ingest/formats/string-columns.ts';
import { dropReportTables, ingestFile } from '../../../src/ingest/ingest.ts';
import { isIngestError } from '../../../src/ingest/ingest-error.ts';
import { assignIds, FUZZ_HEADER, type FuzzRow, fuzzRowArb } from './row-arbitraries.ts';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const runs = (numRuns: number) => ({ numRuns, endOnFailure: true, ...(seed !== undefined ? { seed } : {}) });
const ROWS_PER_EXTRACT = 2000;
const EXTRACTS = 5;
const BYTE_CASES = 40;

let db: Database;
beforeAll(async () => {
  db = await openNodeDatabase();
});
afterAll(async () => db.close());

function toIpc(rows: readonly FuzzRow[]): Uint8Array {
  return stringColumnsToIPC({
    names: [...FUZZ_HEADER],
    values: FUZZ_HEADER.map((_, c) => rows.map((r) => (r.cells[c] === '' ? null : (r.cells[c] ?? null)))),
  });
}

describe('row-level oracle over 10,000 generated rows', () => {
  it(`loads clean rows and rejects corrupted ones with their reason (${EXTRACTS} × ${ROWS_PER_EXTRACT} rows)`, async () => {
    let checked = 0;
    await fc.assert(
      // Rows come from a per-case seed, so a failure reports one number, not 2,000 rows.
      fc.asyncProperty(fc.integer(), async (rowSeed) => {
        const rows = fc.sample(fuzzRowArb, { numRuns: ROWS_PER_EXTRACT, seed: rowSeed });
        assignIds(rows);
        const result = await ingestFile(db, { name: 'fuzz.arrow', bytes: toIpc(rows) });
        const summary = result.files[0];
        expect(summary?.rowsRead).toBe(rows.length);
        expect((summary?.rowsLoaded ?? 0) + (summary?.rowsRejected ?? 0)).toBe(rows.length);
        const rejected = new Map<number, Set<string>>();
        for (const r of (await db.query(`SELECT "row", reason FROM "${result.rejections}"`)).toArray()) {
          const row = Number(r.row);
          rejected.set(row, (rejected.get(row) ?? new Set()).add(String(r.reason)));
        }
        rows.forEach((row, i) => {
          const reasons = rejected.get(i + 1);
          if (row.reason === null)
            expect({ row: i + 1, cells: row.cells, reasons }).toEqual({
              row: i + 1,
              cells: row.cells,
              reasons: undefined,
            });
          else
            expect({ row: i + 1, cells: row.cells, has: reasons?.has(row.reason) }).toEqual({
              row: i + 1,
              cells: row.cells,
              has: true,
            });
        });
        checked += rows.length;
        await dropReportTables(db, result);
      }),
      runs(EXTRACTS),
    );
    expect(checked).toBe(EXTRACTS * ROWS_PER_EXTRACT);
  });
});

/** Byte-level damage to a CSV file. */
const damageArb = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('bom' as const) }),
    fc.record({ kind: fc.constant('invalid_utf8' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('blank_lines' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('stray_quote' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('nul' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('random_bytes' as const),
      at: fc.nat(),
      bytes: fc.uint8Array({ maxLength: 8 }),
    }),
  ),
  { maxLength: 3 },
);

function applyDamage(bytes: Uint8Array, damage: readonly Damage[]): Uint8Array {
  let out = bytes;
  for (const d of damage) {
    const at = 'at' in d ? d.at % (out.length + 1) : 0;
    const insert = (extra: number[] | Uint8Array): Uint8Array =>
      Uint8Array.from([...out.subarray(0, at), ...extra, ...out.subarray(at)]);
    if (d.kind === 'bom') out = Uint8Array.from([0xef, 0xbb, 0xbf, ...out]);
    else if (d.kind === 'invalid_utf8') out = insert([0xc3, 0x28, 0xff]);
    else if (d.kind === 'blank_lines') out = insert([0x0a, 0x0a, 0x0d, 0x0a]);
    else if (d.kind === 'stray_quote') out = insert([0x22]);
    else if (d.kind === 'nul') out = insert([0x00]);
    else if (d.kind === 'truncate') out = out.subarray(0, at);
    else out = insert(d.bytes);
  }
  return out;
}
type Damage = typeof damageArb extends fc.Arbitrary<(infer D)[]> ? D : never;

function csvText(rows: readonly FuzzRow[], delimiter: string): string {
  const field = (v: string) => (/[",;\t|\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return [FUZZ_HEADER.join(delimiter), ...rows.map((r) => r.cells.map(field).join(delimiter))].join('\n');
}

describe('byte-level damage', () => {
  it(`ends in a typed error or a reconciled load (${BYTE_CASES} damaged files)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fuzzRowArb, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(',', ';', '\t', '|'),
        damageArb,
        async (rows, delimiter, damage) => {
          assignIds(rows);
          await db.exec("CREATE OR REPLACE TABLE incidents AS SELECT 'previous' AS id");
          const bytes = applyDamage(new TextEncoder().encode(csvText(rows, delimiter)), damage);
          const outcome = await ingestFile(db, { name: 'damaged.csv', bytes }).then(
            (result) => ({ result }),
            (error: unknown) => ({ error }),
          );
          if ('error' in outcome) {
            const e = outcome.error;
            expect(isIngestError(e) ? `${e.code}: ${e.message}` : String(e)).not.toMatch(
              /^internal|^(?!\w+:)/,
            );
            const kept = await db.query('SELECT id FROM incidents');
            expect(kept.toArray().map((r) => r.id)).toEqual(['previous']);
            return;
          }
          const summary = outcome.result.files[0];
          expect((summary?.rowsLoaded ?? 0) + (summary?.rowsRejected ?? 0)).toBe(summary?.rowsRead);
          if (damage.length === 0) expect(summary?.rowsRead).toBe(rows.length);
          await dropReportTables(db, outcome.result);
        },
      ),
      runs(BYTE_CASES),
    );
  });
});
