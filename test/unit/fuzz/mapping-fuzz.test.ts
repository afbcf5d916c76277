/**
 * Property-based tests of the pure parts of ingest: the mapping validator and the mapping
 * compiler, over random mapping objects and random column sets with hostile names: 10,000
 * pure cases (5,000 + 5,000), plus a sample whose compiled SQL DuckDB EXPLAINs (a string can
 * look right and still be invalid SQL; one EXPLAIN of a full mapping costs ~0.3 s here, hence
 * the small number). Set FC_SEED to replay a failure.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import { installCountryLookup } from '../../../src/ingest/countries.ts';
import { isIngestError } from '../../../src/ingest/ingest-error.ts';
import { MissingColumnError } from '../../../src/ingest/mapping/compile-context.ts';
import { compileMapping } from '../../../src/ingest/mapping/compile-mapping.ts';
import type { ColumnMapping } from '../../../src/ingest/mapping/types.ts';
import {
  assertValidMapping,
  isColumnMapping,
  mappingErrors,
} from '../../../src/ingest/mapping/validate-mapping.ts';
import { sqlIdent } from '../../../src/ingest/sql-literal.ts';
import { columnNameArb, mappingArb } from './mapping-arbitraries.ts';

const EXPLAIN_RUNS = 40;
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const runs = (numRuns: number) => ({ numRuns, ...(seed !== undefined ? { seed } : {}) });

describe('mapping validation never throws anything but mapping_invalid', () => {
  it('holds for 5,000 random JSON values and near-mappings', () => {
    const nearMapping = fc.record(
      {
        version: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
        recordLevel: fc.oneof(fc.constantFrom('incident', 'person'), fc.string()),
        fields: fc.oneof(fc.object(), fc.dictionary(fc.string(), fc.anything())),
        sexAge: fc.anything(),
        drop: fc.anything(),
        coordinateGrid: fc.oneof(fc.double(), fc.string()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), nearMapping), (value) => {
        const errors = mappingErrors(value);
        expect(Array.isArray(errors)).toBe(true);
        try {
          assertValidMapping(value);
          expect(errors).toEqual([]);
        } catch (error) {
          expect(isIngestError(error) && error.code).toBe('mapping_invalid');
          expect(errors.length).toBeGreaterThan(0);
        }
      }),
      runs(5000),
    );
  });
});

describe('compileMapping over random valid mappings and column sets', () => {
  it('returns SQL or names a missing column, for 5,000 cases', () => {
    fc.assert(
      fc.property(
        mappingArb,
        fc.uniqueArray(columnNameArb, { maxLength: 12 }),
        fc.boolean(),
        (mapping, extra, allPresent) => {
          fc.pre(isColumnMapping(mapping));
          const used = usedColumns(mapping);
          const columns = allPresent ? [...new Set([...used, ...extra])] : extra;
          try {
            const compiled = compileMapping(mapping, { rawTable: 'raw', columns, today: '2026-01-01' });
            expect(typeof compiled.sql).toBe('string');
            expect(compiled.sql).toMatch(/^\s*(WITH|SELECT)/i);
          } catch (error) {
            expect(error).toBeInstanceOf(MissingColumnError);
            expect(allPresent).toBe(false);
            expect(columns).not.toContain((error as MissingColumnError).column);
          }
        },
      ),
      runs(5000),
    );
  });
});

describe('compiled SQL is valid DuckDB SQL', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openNodeDatabase();
    await installCountryLookup(db);
  });
  afterAll(async () => db.close());

  it(`EXPLAINs for ${EXPLAIN_RUNS} random mappings over a table with exactly their columns`, async () => {
    let explained = 0;
    await fc.assert(
      fc.asyncProperty(mappingArb, async (mapping) => {
        fc.pre(isColumnMapping(mapping));
        // Invalid RE2 in `pattern`/`separator` fails at bind time by design of the schema (it
        // takes any string); ingest turns that into a typed error, see ingest-fuzz.test.ts.
        fc.pre(!regexesOf(mapping).some((r) => INVALID_REGEX.has(r)));
        const columns = [...new Set(usedColumns(mapping))];
        // A raw table never has two names equal but for case: DuckDB matches identifiers
        // case-insensitively, and read_csv renames the second one (`Y`, `y` → `Y`, `y_1`).
        fc.pre(new Set(columns.map((c) => c.toLowerCase())).size === columns.length);
        const defs = columns.length ? columns.map((c) => `${sqlIdent(c)} VARCHAR`).join(', ') : '"_" VARCHAR';
        await db.exec(`CREATE OR REPLACE TABLE raw (${defs})`);
        const compiled = compileMapping(mapping, { rawTable: 'raw', columns, today: '2026-01-01' });
        await db.query(`EXPLAIN ${compiled.sql}`);
        explained++;
      }),
      runs(EXPLAIN_RUNS),
    );
    expect(explained).toBeGreaterThan(EXPLAIN_RUNS / 2);
  });
});

/** Regexes of the arbitraries that RE2 refuses. */
const INVALID_REGEX = new Set(['((', '\\', '[']);

/** Every `pattern` and `separator` (RE2 regexes) in a mapping. */
function regexesOf(mapping: ColumnMapping): string[] {
  const out: string[] = [];
  JSON.stringify(mapping, (key, value: unknown) => {
    if ((key === 'pattern' || key === 'separator') && typeof value === 'string') out.push(value);
    return value;
  });
  return out;
}

/** Every source column a mapping refers to. */
function usedColumns(mapping: ColumnMapping): string[] {
  const out: string[] = [];
  const visit = (value: unknown, key?: string): void => {
    if (Array.isArray(value)) {
      if (key === 'sum') for (const v of value) if (typeof v === 'string') out.push(v);
      return;
    }
    if (typeof value !== 'object' || value === null) {
      if (
        typeof value === 'string' &&
        ['column', 'precisionColumn', 'females', 'males', 'children'].includes(key ?? '')
      )
        out.push(value);
      return;
    }
    for (const [k, v] of Object.entries(value)) {
      if (k === 'flags' && typeof v === 'object' && v !== null) out.push(...Object.keys(v));
      else if (k !== 'values') visit(v, k);
    }
  };
  visit(mapping.fields);
  visit(mapping.sexAge);
  return out;
}
