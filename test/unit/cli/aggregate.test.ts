import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAggregateArgs, run } from '../../../src/cli/aggregate.ts';
import { parseWhere } from '../../../src/cli/where.ts';
import { sha256Hex } from '../../../src/db/fingerprint.ts';
import { aggregateExport, computeAggregate } from '../../../src/export/aggregate.ts';
import { toCsv } from '../../../src/export/csv.ts';
import { PARQUET_PROVENANCE_KEY } from '../../../src/export/parquet.ts';
import { parseProvenance } from '../../../src/export/provenance.ts';
import { SAMPLE_PATH, sampleDatabase } from '../../helpers/sample-database.ts';

const DATA = resolve(process.cwd(), '../shared/data');
const CTDC = join(DATA, 'ctdc-k11-2020/ctdc_global_k11_2020.csv');
const IOM = join(DATA, 'iom-mmp-2026/missing_migrants_2026_jan_may.csv');
const MAPPINGS = resolve('test/fixtures/mappings');
const AT = '2026-01-01T00:00:00.000Z';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rutas-aggregate-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

/** Runs the command with stderr silenced; returns the exit code. */
async function cli(args: string[]): Promise<number> {
  const write = process.stderr.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    return await run(args);
  } finally {
    process.stderr.write = write;
  }
}

function csvRows(text: string): string[][] {
  return text
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(','));
}

describe('parseAggregateArgs', () => {
  it('builds the spec from --by, --where, --measure, --k and --round', () => {
    const a = parseAggregateArgs([
      'x.csv',
      '--by',
      'country,month',
      '--where',
      'crime_type=smuggling',
      '--k',
      '7',
      '--round',
      '5',
      '--measure',
      'incidents',
      '--out',
      't.parquet',
    ]);
    expect(a?.format).toBe('parquet');
    expect(a?.spec.by).toEqual(['country', 'month']);
    expect(a?.spec.filters.crimeTypes).toEqual(['smuggling']);
    expect(a?.spec.measure).toBe('incidents');
    expect([a?.k, a?.roundBase]).toEqual([7, 5]);
  });

  it.each([
    [['x.csv', '--out', 't.csv'], /--by is required/],
    [['x.csv', '--by', 'country'], /--out is required/],
    [['x.csv', '--by', 'country', '--out', 't.txt'], /--out must end/],
    [['x.csv', '--by', 'planet', '--out', 't.csv'], /unknown dimension/],
    [['x.csv', '--by', 'country,country', '--out', 't.csv'], /twice/],
    [['x.csv', '--by', 'country', '--out', 't.csv', '--k', '0'], /--k must be/],
    [['x.csv', '--by', 'country', '--out', 't.csv', '--where', 'origin=Venezuela'], /--where/],
    [['--by', 'country', '--out', 't.csv'], /exactly one input/],
  ])('refuses %j', (args, message) => {
    expect(() => parseAggregateArgs(args)).toThrow(message);
  });
});

describe('rutas aggregate: exit codes', () => {
  it('exits 2 on bad arguments and on a missing file', async () => {
    expect(await cli(['--by', 'country', '--out', join(dir, 'a.csv')])).toBe(2);
    expect(await cli([join(dir, 'missing.csv'), '--by', 'country', '--out', join(dir, 'a.csv')])).toBe(2);
  });
});

describe.skipIf(!existsSync(DATA))('rutas aggregate over the real files in ../shared/data', () => {
  it('CTDC → CSV: exit 0, no value in 1..k-1, provenance fingerprint = SHA-256 of the file', async () => {
    const out = join(dir, 'ctdc.csv');
    const k = 20;
    const code = await cli([
      CTDC,
      '--mapping',
      join(MAPPINGS, 'ctdc.mapping.json'),
      '--by',
      'country,sex_age',
      '--where',
      'period=2015..2018',
      '--k',
      String(k),
      '--round',
      '5',
      '--exported-at',
      AT,
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    const rows = csvRows(await readFile(out, 'utf8'));
    expect(rows[0]).toEqual(['country', 'sex_age', 'value', 'status']);
    const body = rows.slice(1);
    expect(body.length).toBeGreaterThan(20);
    const values = body.filter((r) => r[2] !== '').map((r) => Number(r[2]));
    expect(values.every((v) => v === 0 || v >= k)).toBe(true);
    expect(values.every((v) => v % 5 === 0)).toBe(true);
    expect(body.some((r) => r[3] === 'primary')).toBe(true);
    expect(body.filter((r) => r[2] === '').every((r) => r[3] === 'primary' || r[3] === 'secondary')).toBe(
      true,
    );
    const prov = parseProvenance(await readFile(`${out}.provenance.json`, 'utf8'));
    expect(prov.ok).toBe(true);
    if (!prov.ok) return;
    expect(prov.provenance.fingerprint).toBe(await sha256Hex(new Uint8Array(readFileSync(CTDC))));
    expect([prov.provenance.k, prov.provenance.roundBase, prov.provenance.exportedAt]).toEqual([k, 5, AT]);
  });

  it('IOM → XLSX and Parquet: readable back, provenance inside, no value in 1..k-1', async () => {
    const base = [
      IOM,
      '--mapping',
      join(MAPPINGS, 'iom-mmp.mapping.json'),
      '--by',
      'country,month',
      '--exported-at',
      AT,
    ];
    const xlsx = join(dir, 'iom.xlsx');
    const pq = join(dir, 'iom.parquet');
    expect(await cli([...base, '--out', xlsx])).toBe(0);
    expect(await cli([...base, '--out', pq])).toBe(0);
    const fingerprint = await sha256Hex(new Uint8Array(readFileSync(IOM)));

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(xlsx)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('data');
    const header = ((sheet?.getRow(1).values ?? []) as unknown[]).slice(1);
    expect(header).toEqual(['country', 'month', 'value', 'status']);
    const values: number[] = [];
    sheet?.eachRow((row, n) => {
      const v = row.getCell(3).value;
      if (n > 1 && typeof v === 'number') values.push(v);
    });
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((v) => v === 0 || v >= 5)).toBe(true);
    const xprov = parseProvenance(book.description ?? '');
    expect(xprov.ok && xprov.provenance.fingerprint).toBe(fingerprint);

    const bytes = new Uint8Array(await readFile(pq));
    const meta = parquetMetadata(bytes.buffer);
    const kv = meta.key_value_metadata?.find((e) => e.key === PARQUET_PROVENANCE_KEY);
    const pprov = parseProvenance(kv?.value ?? '');
    expect(pprov.ok && pprov.provenance.fingerprint).toBe(fingerprint);
    const rows = (await parquetReadObjects({ file: bytes.buffer })) as { value: number | null }[];
    expect(rows.length).toBe((sheet?.rowCount ?? 1) - 1);
    expect(rows.every((r) => r.value === null || r.value === 0 || r.value >= 5)).toBe(true);
  });
});

describe('rutas aggregate on the bundled sample equals the app path', () => {
  it('CLI (ingest through the flat mapping) = computeAggregate on the sample database', async () => {
    const out = join(dir, 'sample.json');
    const args = [
      '--by',
      'subregion,year,crime_type',
      '--where',
      'crime_type=trafficking,smuggling',
      '--k',
      '5',
      '--round',
      '5',
    ];
    const code = await cli([
      SAMPLE_PATH,
      '--mapping',
      join(MAPPINGS, 'rutas-flat.mapping.json'),
      ...args,
      '--exported-at',
      AT,
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    const fromCli = JSON.parse(await readFile(out, 'utf8')) as { provenance: unknown; columns: string[] };

    const db = await sampleDatabase();
    try {
      const where = parseWhere('crime_type=trafficking,smuggling');
      if (!where.ok) throw new Error(where.code);
      const result = await computeAggregate(
        db,
        { by: ['subregion', 'year', 'crime_type'], filters: where.filters, measure: 'persons' },
        { k: 5, roundBase: 5 },
      );
      const fingerprint = await sha256Hex(new Uint8Array(readFileSync(SAMPLE_PATH)));
      const app = aggregateExport(result, { appVersion: '0.1.0', fingerprint, exportedAt: AT });
      expect(fromCli.provenance).toEqual(app.provenance);
      expect(new TextDecoder().decode(toCsv(app.table)).length).toBeGreaterThan(100);
      const cliCsv = join(dir, 'sample.csv');
      await cli([
        SAMPLE_PATH,
        '--mapping',
        join(MAPPINGS, 'rutas-flat.mapping.json'),
        ...args,
        '--exported-at',
        AT,
        '--out',
        cliCsv,
      ]);
      expect(await readFile(cliCsv)).toEqual(Buffer.from(toCsv(app.table)));
    } finally {
      await db.close();
    }
  });
});
