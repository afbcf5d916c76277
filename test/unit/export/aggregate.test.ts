import ExcelJS from 'exceljs';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import * as parquet from 'parquet-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProvenanceFile } from '../../../src/app/export/read-provenance-file.ts';
import type { Database } from '../../../src/db/database.ts';
import {
  ALL_IN_DATA,
  aggregateExport,
  computeAggregate,
  specFromProvenance,
  TooManyCellsError,
} from '../../../src/export/aggregate.ts';
import { pngWithProvenance, svgSize, toSvgFile } from '../../../src/export/chart-figure.ts';
import { toCsv } from '../../../src/export/csv.ts';
import { toJson } from '../../../src/export/json.ts';
import { PARQUET_PROVENANCE_KEY, toParquet } from '../../../src/export/parquet.ts';
import { type JsonValue, parseProvenance } from '../../../src/export/provenance.ts';
import { toXlsx } from '../../../src/export/xlsx.ts';
import type { AggregateSpec } from '../../../src/query/aggregate-query.ts';
import { EMPTY_FILTERS } from '../../../src/state/filters.ts';
import { DEFAULT_VIEW } from '../../../src/state/view-config.ts';
import { fixtureDatabase, incident } from '../../helpers/incidents-fixture.ts';

const JSON_FILTERS = JSON.parse(JSON.stringify(EMPTY_FILTERS)) as { [key: string]: JsonValue };
const HYPERLINK = '=HYPERLINK("http://x","y")';
let db: Database;

// persons: COL trafficking 6, COL smuggling 4 (< k), PAN trafficking 7, PAN smuggling 8
beforeAll(async () => {
  db = await fixtureDatabase([
    incident({ id: '1', country: 'COL', crime_type: 'trafficking', men: 0, women: 6, office: HYPERLINK }),
    incident({ id: '2', country: 'COL', crime_type: 'smuggling', men: 4 }),
    incident({ id: '3', country: 'PAN', crime_type: 'trafficking', men: 0, girls: 7, office: 'All' }),
    incident({ id: '4', country: 'PAN', crime_type: 'smuggling', men: 3 }),
    incident({ id: '5', country: 'PAN', crime_type: 'smuggling', men: 5 }),
  ]);
});
afterAll(async () => db.close());

const SPEC: AggregateSpec = { by: ['country', 'crime_type'], filters: EMPTY_FILTERS, measure: 'persons' };
const PROV = { appVersion: '0.1.0', fingerprint: 'b'.repeat(64), exportedAt: '2026-11-28T12:00:00.000Z' };
const cells = (rows: { keys: string[]; value: number | null; status: string }[]) =>
  rows.map((r) => [r.keys.join('/'), r.value, r.status]);

describe('computeAggregate', () => {
  it('equals the hand-protected table: the small cell and its rectangle hidden, margins shown', async () => {
    const { table, sql } = await computeAggregate(db, SPEC, { k: 5, roundBase: 1 });
    expect(sql).toContain('GROUP BY 1, 2');
    expect(cells(table.rows)).toEqual([
      ['All/All', 25, 'published'],
      ['All/smuggling', 12, 'published'],
      ['All/trafficking', 13, 'published'],
      ['COL/All', 10, 'published'],
      ['COL/smuggling', null, 'primary'],
      ['COL/trafficking', null, 'secondary'],
      ['PAN/All', 15, 'published'],
      ['PAN/smuggling', null, 'secondary'],
      ['PAN/trafficking', null, 'secondary'],
    ]);
  });

  it('never publishes a value in 1..k-1 and rounds shown cells to the base', async () => {
    for (const k of [2, 5, 8, 11]) {
      for (const by of [
        ['country'],
        ['crime_type', 'sex_age'],
        ['country', 'crime_type', 'sex_age'],
      ] as const) {
        const { table } = await computeAggregate(db, { ...SPEC, by }, { k, roundBase: 1 });
        for (const r of table.rows) if (r.value !== null) expect(r.value === 0 || r.value >= k).toBe(true);
      }
    }
    const rounded = await computeAggregate(db, SPEC, { k: 5, roundBase: 5 });
    expect(cells(rounded.table.rows).filter((c) => c[1] !== null)).toEqual([
      ['All/All', 25, 'rounded'],
      ['All/smuggling', 10, 'rounded'],
      ['All/trafficking', 15, 'rounded'],
      ['COL/All', 10, 'rounded'],
      ['PAN/All', 15, 'rounded'],
    ]);
  });

  it('hides what subtracting the export one filter value away would reveal', async () => {
    // By country, trafficking only: COL 6, PAN 7. One click away ("Clear all") the same export
    // reads COL 10, PAN 15: COL's 6 beside 10 gives the 4 smuggling persons of COL.
    const trafficking = {
      ...SPEC,
      by: ['country'] as const,
      filters: { ...EMPTY_FILTERS, crimeTypes: ['trafficking' as const] },
    };
    const guarded = await computeAggregate(db, trafficking, { k: 5, roundBase: 1 });
    const shown = Object.fromEntries(guarded.table.rows.map((r) => [r.keys.join('/'), r.value]));
    expect(shown.COL).toBeNull();
    // The line rule hides PAN too, or the total 13 minus PAN would give COL back.
    expect(shown.PAN).toBeNull();
    expect(shown.All).toBe(13);
    const all = await computeAggregate(db, { ...SPEC, by: ['country'] }, { k: 5, roundBase: 1 });
    expect(Object.fromEntries(all.table.rows.map((r) => [r.keys.join('/'), r.value]))).toEqual({
      All: 25,
      COL: 10,
      PAN: 15,
    });
  });

  it('renames a data value equal to the reserved total code and refuses huge cubes', async () => {
    const { table } = await computeAggregate(
      db,
      { ...SPEC, by: ['office'], measure: 'incidents' },
      { k: 1, roundBase: 1 },
    );
    expect(table.rows.map((r) => r.keys[0])).toContain(ALL_IN_DATA);
    const many = Array.from({ length: 40 }, (_, i) =>
      incident({
        id: `m${i}`,
        office: `o${i}`,
        route: `r${i}`,
        nationality: `n${i}`,
        date: `20${10 + (i % 10)}-0${1 + (i % 9)}-01`,
      }),
    );
    const big = await fixtureDatabase(many);
    const by = ['office', 'route', 'nationality', 'month'] as const;
    await expect(computeAggregate(big, { ...SPEC, by }, { k: 5, roundBase: 1 })).rejects.toBeInstanceOf(
      TooManyCellsError,
    );
    // One office alone is a small table, but "Clear all" one click away is the huge one, which
    // the differencing guard would have to build.
    const one = { ...SPEC, by, filters: { ...EMPTY_FILTERS, offices: ['o0'] } };
    await expect(computeAggregate(big, one, { k: 5, roundBase: 1 })).rejects.toBeInstanceOf(
      TooManyCellsError,
    );
    await big.close();
  });
});

describe('aggregate exports read back equal to the protected table', () => {
  it('CSV, XLSX, Parquet and JSON carry the same numbers, hidden cells empty, text inert', async () => {
    const result = await computeAggregate(
      db,
      { ...SPEC, by: ['office', 'crime_type'] },
      { k: 5, roundBase: 1 },
    );
    const { table, provenance } = aggregateExport(result, { ...PROV, view: DEFAULT_VIEW });
    const expected = result.table.rows.map((r) => [...r.keys, r.value, r.status]);
    expect(table.rows).toEqual(expected);

    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(toCsv(table, { bom: true }));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const csvRows = csv.slice(1).trimEnd().split('\r\n').slice(1);
    expect(csvRows).toHaveLength(expected.length);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    csvRows.forEach((line, i) => {
      // value and status are the last two fields and never quoted; text before them may hold commas
      const value = line.split(',').at(-2);
      expect(value === '' ? null : Number(value)).toBe(expected[i]!.at(-2));
    });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(table, provenance)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('data')!;
    const xlsxRows: unknown[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) xlsxRows.push([1, 2, 3, 4].map((c) => row.getCell(c).value ?? null));
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula));
    });
    expect(xlsxRows).toEqual(expected);
    expect(parseProvenance(workbook.description ?? '')).toEqual({ ok: true, provenance });

    const pq = toParquet(table, provenance, parquet);
    const file = pq.buffer.slice(pq.byteOffset, pq.byteOffset + pq.byteLength) as ArrayBuffer;
    const pqRows = await parquetReadObjects({ file });
    expect(pqRows.map((r) => [r.office, r.crime_type, r.value, r.status])).toEqual(expected);
    const kv = parquetMetadata(file).key_value_metadata ?? [];
    expect(parseProvenance(kv.find((e) => e.key === PARQUET_PROVENANCE_KEY)?.value ?? '')).toEqual({
      ok: true,
      provenance,
    });

    const json = JSON.parse(toJson(table, provenance)) as {
      rows: Record<string, unknown>[];
      provenance: unknown;
    };
    expect(json.rows.map((r) => [r.office, r.crime_type, r.value, r.status])).toEqual(expected);
    expect(json.provenance).toEqual(provenance);
  });

  it('writes Parquet without apache-arrow builders (no new Function under a strict CSP)', () => {
    const original = globalThis.Function;
    globalThis.Function = new Proxy(original, {
      construct: () => {
        throw new EvalError('blocked by CSP');
      },
      apply: () => {
        throw new EvalError('blocked by CSP');
      },
    });
    try {
      const table = {
        columns: ['a', 'v'],
        rows: [
          ['x', 1],
          [null, null],
          ['ñ', 2.5],
        ],
      };
      const { provenance } = aggregateExport(
        { spec: SPEC, sql: 'SELECT 1', table: { dims: ['a'], rows: [], k: 5, roundBase: 1 } },
        PROV,
      );
      expect(toParquet(table, provenance, parquet).length).toBeGreaterThan(100);
    } finally {
      globalThis.Function = original;
    }
  });

  it('provenance restores the spec and view, and recomputing gives the same table', async () => {
    const view = { ...DEFAULT_VIEW, k: 6, filters: { ...EMPTY_FILTERS, crimeTypes: ['smuggling' as const] } };
    const spec: AggregateSpec = { by: ['country', 'sex_age'], filters: view.filters, measure: 'persons' };
    const first = await computeAggregate(db, spec, { k: 6, roundBase: 5 });
    const { provenance } = aggregateExport(first, { ...PROV, view });
    const parsed = parseProvenance(JSON.stringify(provenance));
    if (!parsed.ok) throw new Error(parsed.errors.join());
    const restored = specFromProvenance(parsed.provenance)!;
    expect(restored.spec).toEqual(spec);
    expect(restored.view).toEqual(view);
    expect([restored.k, restored.roundBase, restored.problems]).toEqual([6, 5, []]);
    const again = await computeAggregate(db, restored.spec, restored);
    expect(again.table).toEqual(first.table);
    expect(again.sql).toBe(provenance.sql);
  });

  it('rejects a record with no aggregation and reports invalid filters', () => {
    const { provenance } = aggregateExport(
      { spec: SPEC, sql: 'SELECT 1', table: { dims: ['country'], rows: [], k: 5, roundBase: 1 } },
      PROV,
    );
    expect(specFromProvenance({ ...provenance, filters: { by: ['nope'], measure: 'persons' } })).toBeNull();
    expect(specFromProvenance({ ...provenance, filters: null })).toBeNull();
    const bad = specFromProvenance({
      ...provenance,
      filters: { by: ['country'], measure: 'incidents', filters: { ...JSON_FILTERS, origin: ['<script>'] } },
    })!;
    expect(bad.problems).toEqual(['origin']);
    expect(bad.spec.filters.origin).toEqual([]);
  });
});

describe('restoring from any exported file', () => {
  it('finds the same provenance in a sidecar, a JSON table, an SVG and a PNG', async () => {
    const result = await computeAggregate(db, SPEC, { k: 5, roundBase: 1 });
    const { table, provenance } = aggregateExport(result, PROV);
    const encode = (text: string) => new TextEncoder().encode(text);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><title>a</title></svg>';
    // 1×1 PNG: signature, IHDR, IDAT, IEND
    const png = Uint8Array.from(
      atob(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      ),
      (c) => c.charCodeAt(0),
    );
    const files = [
      encode(JSON.stringify(provenance)),
      encode(toJson(table, provenance)),
      encode(toSvgFile(svg, provenance)),
      pngWithProvenance(png, provenance),
    ];
    for (const bytes of files) expect(readProvenanceFile(bytes)).toEqual({ ok: true, provenance });
    expect(svgSize(svg)).toEqual({ width: 1200, height: 675 });
    expect(readProvenanceFile(encode('{"schema":"other"}')).ok).toBe(false);
    expect(readProvenanceFile(png)).toEqual({ ok: false, errors: ['no-provenance'] });
  });
});
