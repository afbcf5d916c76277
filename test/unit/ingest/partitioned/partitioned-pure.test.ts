import { describe, expect, it } from 'vitest';
import { parseManifest, partitionPath } from '../../../../src/ingest/partitioned/manifest.ts';
import { mergeRanges, narrowBuffer } from '../../../../src/ingest/partitioned/narrow-buffer.ts';
import { csvField, rowsToCsv } from '../../../../src/ingest/partitioned/rows-to-csv.ts';
import { periodDays, selectFiles } from '../../../../src/ingest/partitioned/select-partitions.ts';

const file = (year: number, country: string) => ({
  path: partitionPath(year, country),
  year,
  country,
  bytes: 100,
  footerBytes: 20,
  rows: 1,
});

describe('partitioned extract helpers', () => {
  it('selects only partitions of the needed years and countries', () => {
    const m = parseManifest({ version: 1, files: [file(2020, 'COL'), file(2021, 'COL'), file(2021, 'MEX')] });
    const picked = selectFiles(m, { period: ['2021-02', '2021-04'], countries: ['COL'], columns: [] });
    expect(picked.map((f) => f.path)).toEqual(['year=2021/country=COL/part-0.parquet']);
    expect(selectFiles(m, { period: null, countries: [], columns: [] })).toHaveLength(3);
  });

  it('rejects manifests pointing outside the Hive layout', () => {
    expect(() =>
      parseManifest({ version: 1, files: [{ ...file(2020, 'COL'), path: '../secret.parquet' }] }),
    ).toThrow();
    expect(() =>
      parseManifest({ version: 1, files: [{ ...file(2020, 'COL'), path: 'https://x/y.parquet' }] }),
    ).toThrow();
  });

  it('turns a month range into inclusive days', () => {
    expect(periodDays(['2024-01', '2024-02'])).toEqual(['2024-01-01', '2024-02-29']);
  });

  it('writes CSV that keeps empty strings apart from NULL and quotes payloads', () => {
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('""');
    expect(csvField('=1+1,"x"')).toBe('"=1+1,""x"""');
    expect(
      rowsToCsv(
        [
          [1, 'a'],
          [null, new Date('2021-03-04T00:00:00Z')],
        ],
        ['COL'],
      ),
    ).toBe('1,"a","COL"\n,2021-03-04,"COL"\n');
  });

  it('fetches only allowed bytes, zero-filling the rest of a slice', async () => {
    expect(
      mergeRanges([
        [5, 8],
        [0, 2],
        [2, 4],
      ]),
    ).toEqual([
      [0, 4],
      [5, 8],
    ]);
    const seen: [number, number][] = [];
    const inner = {
      byteLength: 10,
      slice: async (s: number, e?: number) => {
        seen.push([s, e ?? 10]);
        return Uint8Array.from({ length: (e ?? 10) - s }, (_, i) => s + i + 1).buffer;
      },
    };
    const out = new Uint8Array(
      await narrowBuffer(inner, [
        [1, 3],
        [6, 7],
      ]).slice(0, 8),
    );
    expect(Array.from(out)).toEqual([0, 2, 3, 0, 0, 0, 7, 0]);
    expect(seen.sort()).toEqual([
      [1, 3],
      [6, 7],
    ]);
  });
});
