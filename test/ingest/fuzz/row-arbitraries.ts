/**
 * Rows of a flat extract for the ingest fuzz tests, each with at most one known corruption
 * and the rejection reason it must produce (from the corpus in test/ingest/corpus-csv.ts).
 */
import fc from 'fast-check';

/** Header of the generated extracts (the corpus header: the automatic mapping understands it). */
export const FUZZ_HEADER = [
  'id',
  'fecha',
  'pais',
  'lat',
  'lon',
  'tipo de delito',
  'mujeres',
  'hombres',
  'ninas',
  'ninos',
  'ruta',
] as const;

/** A generated row: cells in header order, and the reason it must be rejected for (null: must load). */
export interface FuzzRow {
  cells: string[];
  reason: string | null;
  /** Set when the row must reuse the id of an earlier clean row. */
  duplicate: boolean;
}

/** Payloads for the free-text column: markup, formulas, bidi controls, quotes, delimiters. */
export const TEXT_PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'javascript:alert(1)',
  '=HYPERLINK("http://x","y")',
  "+cmd|' /C calc'!A0",
  '@SUM(1+1)',
  '-2+3',
  '\u202Egnp.exe',
  'a,b;c|d\te',
  '"quoted" ""twice""',
  'línea\nnueva',
  'Darién',
];

const cleanDate = fc
  .record({
    y: fc.integer({ min: 2015, max: 2024 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const text = fc.oneof(
  fc.constantFrom(...TEXT_PAYLOADS),
  fc.string({ maxLength: 40 }).filter((s) => !s.includes('@')),
);

interface Corruption {
  reason: string | null;
  /** Cells to overwrite, by column index. */
  set: Readonly<Record<number, string>>;
  duplicate?: boolean;
}

/** One corruption per row at most; `reason` is what the rejection report must say. */
const CORRUPTIONS: Corruption[] = [
  { reason: 'date_unparseable', set: { 1: '32/13/2024' } },
  { reason: 'date_future', set: { 1: '2999-01-01' } },
  { reason: 'required_missing', set: { 1: '' } },
  { reason: 'country_unknown', set: { 2: 'Atlantis' } },
  { reason: 'coords_swapped', set: { 2: 'MEX', 3: '-99.13', 4: '19.43' } },
  { reason: 'coords_out_of_range', set: { 3: '95', 4: '200' } },
  { reason: 'coords_unparseable', set: { 3: 'norte', 4: '-79.5' } },
  { reason: 'coords_incomplete', set: { 3: '8.9', 4: '' } },
  { reason: 'count_negative', set: { 6: '-1' } },
  { reason: 'count_not_integer', set: { 6: '1.5' } },
  { reason: 'count_not_integer', set: { 7: 'dos' } },
  { reason: 'count_censored', set: { 6: '<5' } },
  { reason: 'value_unknown', set: { 5: 'contrabando de loros' } },
  { reason: 'id_duplicate', set: {}, duplicate: true },
  // Kept with a warning, not rejected:
  { reason: null, set: { 6: '1.234' } },
  { reason: null, set: { 2: 'Perú' } },
  { reason: null, set: { 5: 'Trata de personas' } },
];

/** One generated row (id filled in later by {@link assignIds}). */
export const fuzzRowArb: fc.Arbitrary<FuzzRow> = fc
  .record({
    date: cleanDate,
    country: fc.constantFrom('COL', 'PAN', 'PER', 'MEX', 'ECU'),
    crime: fc.constantFrom('trata', 'trafico ilicito de migrantes'),
    women: fc.integer({ min: 1, max: 40 }),
    men: fc.integer({ min: 0, max: 40 }),
    route: text,
    corruption: fc.option(fc.constantFrom(...CORRUPTIONS), { freq: 2 }),
  })
  .map((r) => {
    const cells = ['', r.date, r.country, '', '', r.crime, String(r.women), String(r.men), '0', '0', r.route];
    Object.assign(cells, r.corruption?.set ?? {});
    return { cells, reason: r.corruption?.reason ?? null, duplicate: r.corruption?.duplicate ?? false };
  });

/**
 * Gives every row an id: unique `r<i>`, or for a duplicate the id of an earlier clean row (a
 * duplicate with no clean row before it becomes a clean row itself). Mutates `rows`.
 */
export function assignIds(rows: FuzzRow[]): void {
  const clean: string[] = [];
  rows.forEach((row, i) => {
    const previous = clean[i % Math.max(clean.length, 1)];
    if (row.duplicate && previous !== undefined) {
      row.cells[0] = previous;
      return;
    }
    if (row.duplicate) Object.assign(row, { duplicate: false, reason: null });
    row.cells[0] = `r${i}`;
    if (row.reason === null) clean.push(row.cells[0]);
  });
}
