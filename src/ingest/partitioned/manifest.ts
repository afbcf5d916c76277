/**
 * The manifest of a Hive-partitioned extract (`year=YYYY/country=XXX/part-0.parquet`), written
 * next to the files by scripts/partition-extract.ts. It lets a reader pick files without
 * listing a directory (a static HTTP server cannot list) and fetch each footer in one range
 * request (its length is known).
 */
export interface PartitionFile {
  /** Path relative to the manifest, `/`-separated. */
  path: string;
  year: number;
  /** ISO3 country of detection. */
  country: string;
  /** File size in bytes. */
  bytes: number;
  /** Length of the footer plus its 8-byte trailer (length + `PAR1`). */
  footerBytes: number;
  rows: number;
}

/** A partitioned extract's manifest. */
export interface PartitionManifest {
  version: 1;
  /** Partition keys, outermost first; they are not stored inside the files (Hive style). */
  partitionBy: ['year', 'country'];
  files: PartitionFile[];
  /**
   * True when the extract is generated (the source file carried `rutas:synthetic`), so the app
   * labels it SYNTHETIC like the bundled sample. Absent means real data.
   */
  synthetic?: boolean;
}

/** File name of the manifest in the extract's folder. */
export const MANIFEST_NAME = 'manifest.json';

/** The Hive path of one partition's file. */
export function partitionPath(year: number, country: string, part = 0): string {
  return `year=${year}/country=${country}/part-${part}.parquet`;
}

function isFile(v: unknown): v is PartitionFile {
  if (typeof v !== 'object' || v === null) return false;
  const f = v as Record<string, unknown>;
  return (
    typeof f.path === 'string' &&
    /^year=\d{4}\/country=[A-Z0-9_]{1,8}\/[\w.-]+\.parquet$/.test(f.path) &&
    Number.isInteger(f.year) &&
    typeof f.country === 'string' &&
    // the keys must be the path's own, or a view would read another partition than it asked for
    f.path.startsWith(`year=${f.year}/country=${f.country}/`) &&
    Number.isInteger(f.bytes) &&
    Number.isInteger(f.footerBytes) &&
    Number.isInteger(f.rows) &&
    (f.bytes as number) >= (f.footerBytes as number) &&
    (f.footerBytes as number) >= 12
  );
}

/**
 * Checks a parsed manifest. Paths are restricted to the Hive layout so a crafted manifest
 * cannot point the reader at another URL (`..`, absolute URLs). Throws on anything else.
 */
export function parseManifest(value: unknown): PartitionManifest {
  const m = value as Partial<PartitionManifest> | null;
  if (m?.version !== 1 || !Array.isArray(m.files) || !m.files.every(isFile)) {
    throw new Error('not a rutas partition manifest (version 1)');
  }
  return {
    version: 1,
    partitionBy: ['year', 'country'],
    files: m.files,
    ...(m.synthetic === true ? { synthetic: true } : {}),
  };
}

/** What a manifest holds, for the dialog: years, countries (sorted), rows and bytes in all. */
export interface ManifestExtent {
  years: readonly [number, number] | null;
  countries: string[];
  rows: number;
  bytes: number;
}

/** Summarises a manifest (years, countries, rows, bytes). Pure. */
export function manifestExtent(manifest: PartitionManifest): ManifestExtent {
  const years = manifest.files.map((f) => f.year);
  return {
    years: years.length ? [Math.min(...years), Math.max(...years)] : null,
    countries: [...new Set(manifest.files.map((f) => f.country))].sort(),
    rows: manifest.files.reduce((n, f) => n + f.rows, 0),
    bytes: manifest.files.reduce((n, f) => n + f.bytes, 0),
  };
}
