import type { GenerateOptions } from './generate-incidents.ts';

/** Options of the bundled sample public/sample/incidents-sample.parquet (scripts/build-sample.ts). */
export const SAMPLE_OPTIONS: GenerateOptions = { seed: 2020, rows: 50_000 };

/** Path of the bundled sample inside public/, as the app fetches it. */
export const SAMPLE_PARQUET_PATH = 'sample/incidents-sample.parquet';

/** Path of the illustrative corridors inside public/. */
export const SAMPLE_CORRIDORS_PATH = 'sample/corridors-illustrative.geojson';
