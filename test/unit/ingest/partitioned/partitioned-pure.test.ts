import { describe, expect, it } from 'vitest';
import { joinPieces } from '../../../../src/ingest/partitioned/column-pieces.ts';
import {
  coverageRequests,
  coverageSummary,
  EMPTY_COVERAGE,
  monthRuns,
  requestsFor,
  withRequests,
} from '../../../../src/ingest/partitioned/coverage.ts';
import { manifestExtent, parseManifest, partitionPath } from '../../../../src/ingest/partitioned/manifest.ts';
import { mergeRanges, narrowBuffer } from '../../../../src/ingest/partitioned/narrow-buffer.ts';
import { periodDays } from '../../../../src/ingest/partitioned/select-partitions.ts';

const file = (year: number, country: string) => ({
  path: partitionPath(year, country),
  year,
  country,
  bytes: 100,
  footerBytes: 20,
  rows: 1,
});

describe('partitioned extract helpers', () => {
  it('requests only the needed months of the needed years and countries', () => {
    const m = parseManifest({ version: 1, files: [file(2020, 'COL'), file(2021, 'COL'), file(2021, 'MEX')] });
    const picked = requestsFor(m, { period: ['2021-02', '2021-04'], countries: ['COL'] });
    expect(picked.map((r) => [r.file.path, r.months])).toEqual([
      ['year=2021/country=COL/part-0.parquet', ['2021-02', '2021-03', '2021-04']],
    ]);
    const all = requestsFor(m, { period: null, countries: [] });
    expect(all).toHaveLength(3);
    expect(all.every((r) => r.months.length === 12)).toBe(true);
  });

  it('asks only for what a wider view adds to what is loaded, never twice', () => {
    const m = parseManifest({ version: 1, files: [file(2020, 'COL'), file(2021, 'COL'), file(2021, 'MEX')] });
    const first = requestsFor(m, { period: ['2020-11', '2021-01'], countries: ['COL'] });
    const coverage = withRequests(EMPTY_COVERAGE, first);
    expect(requestsFor(m, { period: ['2020-12', '2021-01'], countries: ['COL'] }, coverage)).toEqual([]);
    const more = requestsFor(m, { period: ['2020-10', '2021-02'], countries: [] }, coverage);
    expect(more.map((r) => [r.file.country, r.file.year, r.months])).toEqual([
      ['COL', 2020, ['2020-10']],
      ['COL', 2021, ['2021-02']],
      ['MEX', 2021, ['2021-01', '2021-02']],
    ]);
    const after = withRequests(coverage, more);
    expect(coverageRequests(m, after).map((r) => r.months)).toEqual([
      ['2020-10', '2020-11', '2020-12'],
      ['2021-01', '2021-02'],
      ['2021-01', '2021-02'],
    ]);
    expect(coverageSummary(m, after)).toEqual({
      span: ['2020-10', '2021-02'],
      countries: 2,
      totalCountries: 2,
      files: 3,
      totalFiles: 3,
    });
    expect(coverageSummary(m, EMPTY_COVERAGE).span).toBeNull();
  });

  it('joins months into runs across a year boundary', () => {
    expect(monthRuns(['2021-03', '2020-12', '2021-01', '2021-02', '2021-05'])).toEqual([
      ['2020-12', '2021-03'],
      ['2021-05', '2021-05'],
    ]);
  });

  it('summarises a manifest and keeps its synthetic label', () => {
    const m = parseManifest({ version: 1, synthetic: true, files: [file(2021, 'MEX'), file(2019, 'COL')] });
    expect(m.synthetic).toBe(true);
    expect(parseManifest({ version: 1, synthetic: 'yes', files: [] }).synthetic).toBeUndefined();
    expect(manifestExtent(m)).toEqual({
      years: [2019, 2021],
      countries: ['COL', 'MEX'],
      rows: 2,
      bytes: 200,
    });
  });

  it('rejects manifests pointing outside the Hive layout', () => {
    expect(() => parseManifest({ version: 1, files: [{ ...file(2020, 'COL'), country: 'PER' }] })).toThrow();
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

  it('joins decoded runs of a column into the row range, typed when they are', () => {
    const whole = Int32Array.of(1, 2, 3);
    expect(joinPieces([{ columnData: whole, rowStart: 10, rowEnd: 13 }], 10, 13)).toBe(whole);
    const typed = joinPieces(
      [
        { columnData: Float64Array.of(3, 4), rowStart: 2, rowEnd: 4 },
        { columnData: Float64Array.of(0, 1, 2), rowStart: 0, rowEnd: 3 },
      ],
      1,
      4,
    );
    expect(typed).toBeInstanceOf(Float64Array);
    expect(Array.from(typed)).toEqual([1, 2, 4]);
    expect(
      joinPieces(
        [
          { columnData: [null, 'a'], rowStart: 0, rowEnd: 2 },
          { columnData: Int32Array.of(7), rowStart: 2, rowEnd: 3 },
        ],
        0,
        3,
      ),
    ).toEqual([null, 'a', 7]);
    expect(() => joinPieces([{ columnData: [1], rowStart: 0, rowEnd: 1 }], 0, 2)).toThrow(/not decoded/);
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
