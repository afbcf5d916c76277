import type { PartitionFile, PartitionManifest } from './manifest.ts';

/**
 * Which months of which partition files are loaded: file path → `YYYY-MM` months of its
 * year. A file is one (year, country); tracking months inside it lets a wider period load
 * only the months it adds, and no row is ever loaded twice.
 */
export type Coverage = ReadonlyMap<string, ReadonlySet<string>>;

/** Nothing loaded. */
export const EMPTY_COVERAGE: Coverage = new Map();

/** What a view asks of a partitioned extract: its period and its countries of detection. */
export interface ViewNeeds {
  /** Inclusive `YYYY-MM` range; null = every month. */
  period: readonly [string, string] | null;
  /** Countries of detection; empty = all. */
  countries: readonly string[];
}

/** One file to read and the months of it to load (never empty). */
export interface PartitionRequest {
  file: PartitionFile;
  months: readonly string[];
}

/** The twelve `YYYY-MM` months of a year. Pure. */
export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/**
 * The reads that bring the loaded data up to what `needs` asks: for each partition of a
 * needed year and country, the needed months not yet in `coverage`. Empty when the view is
 * already covered. Files in manifest order. Pure.
 */
export function requestsFor(
  manifest: PartitionManifest,
  needs: ViewNeeds,
  coverage: Coverage = EMPTY_COVERAGE,
): PartitionRequest[] {
  const countries = new Set(needs.countries);
  const [from, to] = needs.period ?? ['0000-01', '9999-12'];
  const out: PartitionRequest[] = [];
  for (const file of manifest.files) {
    if (countries.size > 0 && !countries.has(file.country)) continue;
    const have = coverage.get(file.path);
    const months = monthsOfYear(file.year).filter((m) => m >= from && m <= to && !have?.has(m));
    if (months.length > 0) out.push({ file, months });
  }
  return out;
}

/** `coverage` plus the months of `requests` (a new map; the argument is not changed). Pure. */
export function withRequests(coverage: Coverage, requests: readonly PartitionRequest[]): Coverage {
  const out = new Map<string, ReadonlySet<string>>(coverage);
  for (const r of requests) out.set(r.file.path, new Set([...(out.get(r.file.path) ?? []), ...r.months]));
  return out;
}

/** Everything loaded, as requests (to load it again into a fresh engine after a crash). Pure. */
export function coverageRequests(manifest: PartitionManifest, coverage: Coverage): PartitionRequest[] {
  return manifest.files.flatMap((file) => {
    const months = [...(coverage.get(file.path) ?? [])].sort();
    return months.length > 0 ? [{ file, months }] : [];
  });
}

/**
 * Sorted months as inclusive `[first, last]` runs of consecutive months, so a SQL predicate
 * stays short (`date BETWEEN … OR …`). Pure.
 */
export function monthRuns(months: readonly string[]): [string, string][] {
  const next = (m: string): string => {
    const [y, mm] = m.split('-').map(Number) as [number, number];
    return mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
  };
  const runs: [string, string][] = [];
  for (const m of [...new Set(months)].sort()) {
    const last = runs.at(-1);
    if (last && next(last[1]) === m) last[1] = m;
    else runs.push([m, m]);
  }
  return runs;
}

/** What is loaded, for the status line: month span, countries, files. */
export interface CoverageSummary {
  /** First and last loaded month; null when nothing is loaded. */
  span: readonly [string, string] | null;
  countries: number;
  totalCountries: number;
  files: number;
  totalFiles: number;
}

/** Summarises `coverage` against the manifest. Pure. */
export function coverageSummary(manifest: PartitionManifest, coverage: Coverage): CoverageSummary {
  const months = [...coverage.values()].flatMap((s) => [...s]).sort();
  const loaded = manifest.files.filter((f) => (coverage.get(f.path)?.size ?? 0) > 0);
  return {
    span: months.length ? [months[0]!, months.at(-1)!] : null,
    countries: new Set(loaded.map((f) => f.country)).size,
    totalCountries: new Set(manifest.files.map((f) => f.country)).size,
    files: loaded.length,
    totalFiles: manifest.files.length,
  };
}
