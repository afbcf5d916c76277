import { ALL_FLOWS } from './flow-catalog.ts';
import { allocateChunk, type IncidentChunk, toEpochDay } from './incident-chunk.ts';
import { drawDetectionSource, officeFor } from './offices.ts';
import {
  drawCrimeType,
  drawExploitation,
  drawPersons,
  emptyCounts,
  fillSmuggled,
  fillUnknown,
  fillVictims,
} from './people.ts';
import { type MonthPlan, planMonths, prepareFlow } from './plan.ts';
import { createPrng, type Prng } from './prng.ts';
import { isAfterShift } from './time-model.ts';
import { pick } from './weighted.ts';

/** Version of the generator's model; written to file metadata and bumped whenever output changes. */
export const GENERATOR_VERSION = '1.0.0';

/** What to generate. */
export interface GenerateOptions {
  /** Seed of the pseudo-random generator: same seed and options → same rows. */
  seed: number;
  /** Exact number of incidents. */
  rows: number;
  /** First month, `YYYY-MM` (default 2015-01). */
  from?: string;
  /** Last month, `YYYY-MM` (default 2025-12). */
  to?: string;
  /** Rows per chunk (default 100,000); does not change the rows generated. */
  chunkSize?: number;
}

/** Defaults of {@link GenerateOptions}. */
export const GENERATE_DEFAULTS = { from: '2015-01', to: '2025-12', chunkSize: 100_000 } as const;

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** True in the border-closure period (April 2020 – June 2021), when border posts detected less. */
const inClosures = (year: number, month: number): boolean =>
  (year === 2020 && month >= 4) || (year === 2021 && month <= 6);

/** Writes row `i` of `chunk` for an incident drawn in `plan`'s month. */
function fillRow(prng: Prng, chunk: IncidentChunk, i: number, plan: MonthPlan, id: string): void {
  const { year, month } = plan;
  const after = isAfterShift(year, month) ? 1 : 0;
  const flow = pick(plan.flows, prng.next());
  const spec = flow.spec;
  const origin = pick(flow.origins[after] as NonNullable<(typeof flow.origins)[0]>, prng.next());
  const anchor = pick(origin.detect[after] as NonNullable<(typeof origin.detect)[0]>, prng.next());
  const s = chunk.strings;

  const p = prng.next();
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (p < 0.88) {
    chunk.date[i] = toEpochDay(year, month, 1 + prng.int(days));
    s.date_precision[i] = 'day';
  } else if (p < 0.97) {
    chunk.date[i] = toEpochDay(year, month, 1);
    s.date_precision[i] = 'month';
  } else {
    chunk.date[i] = toEpochDay(year, 1, 1);
    s.date_precision[i] = 'year';
  }

  s.id[i] = id;
  s.country[i] = anchor.country;
  s.admin1[i] = prng.next() < 0.08 ? null : anchor.admin1;
  if (prng.next() < 0.03) {
    chunk.lat[i] = Number.NaN;
    chunk.lon[i] = Number.NaN;
  } else {
    chunk.lat[i] = round2(Math.max(-90, Math.min(90, anchor.lat + prng.normal() * anchor.spread)));
    chunk.lon[i] = round2(Math.max(-180, Math.min(180, anchor.lon + prng.normal() * anchor.spread)));
  }

  const crime = drawCrimeType(prng, spec.trafficking);
  s.crime_type[i] = crime;
  const n = drawPersons(prng, crime, spec.largeGroups === true);
  const counts = COUNTS;
  if (crime === 'trafficking' || crime === 'both') {
    const mostlyFemale = fillVictims(prng, n, anchor.subregion, counts);
    s.exploitation[i] = drawExploitation(prng, mostlyFemale);
  } else {
    if (crime === 'smuggling') fillSmuggled(prng, n, spec.route === 'Darién' && after === 1, counts);
    else fillUnknown(prng, n, counts);
    s.exploitation[i] = '';
  }
  chunk.ints.women[i] = counts.women;
  chunk.ints.men[i] = counts.men;
  chunk.ints.girls[i] = counts.girls;
  chunk.ints.boys[i] = counts.boys;
  chunk.ints.unknown_sex_age[i] = counts.unknown;

  s.nationality[i] = prng.next() < 0.03 ? null : origin.nationality;
  s.origin[i] = prng.next() < 0.02 ? null : origin.origin;
  s.transit[i] = origin.transit;
  s.destination[i] = prng.next() < 0.03 ? null : spec.destination;
  s.route[i] = prng.next() < 0.03 ? null : spec.route;
  const source = drawDetectionSource(prng, anchor.kind, inClosures(year, month));
  s.detection_source[i] = source;
  s.office[i] = prng.next() < 0.02 ? null : officeFor(anchor.country, source);
}

const COUNTS = emptyCounts();

/**
 * Generates a synthetic extract of flat incidents, chunk by chunk, deterministically from the
 * seed. Rows are in month order; at least one chunk is yielded (empty when `rows` is 0) so
 * writers always see the schema. The data follow published patterns but are not real cases.
 */
export function* generateIncidents(options: GenerateOptions): Generator<IncidentChunk> {
  const { seed, rows } = options;
  const from = options.from ?? GENERATE_DEFAULTS.from;
  const to = options.to ?? GENERATE_DEFAULTS.to;
  const chunkSize = Math.max(1, options.chunkSize ?? GENERATE_DEFAULTS.chunkSize);
  if (!Number.isInteger(rows) || rows < 0)
    throw new Error(`rows must be a non-negative integer, got ${rows}`);
  const prng = createPrng(seed);
  const months = planMonths(ALL_FLOWS.map(prepareFlow), rows, from, to);
  const width = Math.max(6, String(rows).length);
  let produced = 0;
  let chunk = allocateChunk(Math.min(chunkSize, rows));
  let fill = 0;
  for (const plan of months) {
    for (let k = 0; k < plan.count; k++) {
      produced++;
      fillRow(prng, chunk, fill, plan, `SYN-${String(produced).padStart(width, '0')}`);
      fill++;
      if (fill === chunk.length) {
        yield chunk;
        chunk = allocateChunk(Math.min(chunkSize, rows - produced));
        fill = 0;
      }
    }
  }
  if (rows === 0) yield chunk;
}
