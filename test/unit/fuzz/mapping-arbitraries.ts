/** fast-check arbitraries for column mappings: valid by construction, with hostile names and values. */
import fc from 'fast-check';
import type { ColumnMapping } from '../../../src/ingest/mapping/types.ts';

/** Source column names: plain, accented, and SQL/HTML-hostile. */
export const columnNameArb = fc.oneof(
  fc.constantFrom(
    'id',
    'fecha',
    'país',
    'lat',
    'lon',
    'tipo de delito',
    'mujeres',
    `x"); DROP TABLE incidents; --`,
    "o'brien",
    '<img src=x onerror=alert(1)>',
    '=HYPERLINK("http://x","y")',
    '\u202Eevil',
    'a\nb',
    '%s%n',
    '\\',
  ),
  fc.string({ minLength: 1, maxLength: 12 }),
);

/** Free text for constants, dictionary keys and null values (may contain quotes, regex and SQL). */
const textArb = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom("'", "''", '"', '%', '_', '\\', '$1', '.*', "'; SELECT 1; --", 'Perú', 'COL'),
);

/** RE2 patterns, including one that is not a valid regex. */
const patternArb = fc.constantFrom('^(\\d+)', '(\\w+)$', '([A-Z]{3})', '(.*)', 'no group', '((');

const valueRuleArb = fc.oneof(
  fc.record(
    {
      column: columnNameArb,
      pattern: patternArb,
      // minKeys 1: an empty own dictionary on a field without built-in words (admin1) compiles
      // to `CASE x ELSE NULL END`, invalid SQL (dictionarySQL in src/ingest/mapping/sql-parts.ts).
      values: fc.dictionary(textArb, textArb, { minKeys: 1, maxKeys: 3 }),
      nullValues: fc.array(textArb, { maxLength: 3 }),
    },
    { requiredKeys: ['column'] },
  ),
  fc.record({ constant: textArb }),
);

const dateRuleArb = fc.record(
  {
    column: columnNameArb,
    formats: fc.array(
      fc.constantFrom('iso', 'year', 'year_month', 'excel_serial', '%d/%m/%Y', '%Y%m%d', "%d'%m"),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    precisionColumn: columnNameArb,
    nullValues: fc.array(textArb, { maxLength: 2 }),
  },
  { requiredKeys: ['column'] },
);

const countRuleArb = fc.oneof(
  fc.record({ column: columnNameArb }),
  fc.record({ sum: fc.array(columnNameArb, { minLength: 1, maxLength: 3 }) }),
  fc.record({ constant: fc.nat(1000) }),
);

const sexAgeArb = fc.oneof(
  fc.record(
    {
      mode: fc.constant('columns' as const),
      women: countRuleArb,
      men: countRuleArb,
      girls: countRuleArb,
      boys: countRuleArb,
      unknown_sex_age: countRuleArb,
    },
    { requiredKeys: ['mode'] },
  ),
  fc.record(
    {
      mode: fc.constant('totals' as const),
      total: countRuleArb,
      females: columnNameArb,
      males: columnNameArb,
      children: columnNameArb,
    },
    { requiredKeys: ['mode', 'total'] },
  ),
  fc.record(
    { mode: fc.constant('person' as const), sex: valueRuleArb, age: valueRuleArb },
    { requiredKeys: ['mode'] },
  ),
  fc.record({ mode: fc.constant('category' as const), category: valueRuleArb }),
);

const exploitationArb = fc.record(
  {
    column: columnNameArb,
    flags: fc.dictionary(columnNameArb, fc.constantFrom('sexual', 'forced_labour', 'begging', 'other'), {
      maxKeys: 2,
    }),
    separator: fc.constantFrom(',', ';', '|', '[', '\\'),
    values: fc.dictionary(textArb, textArb, { maxKeys: 2 }),
  },
  { requiredKeys: [] },
);

/** A mapping valid against the schema by construction (the tests still check with the validator). */
export const mappingArb: fc.Arbitrary<ColumnMapping> = fc.record(
  {
    version: fc.constant(1 as const),
    recordLevel: fc.constantFrom('incident' as const, 'person' as const),
    nullValues: fc.array(textArb, { maxLength: 3 }),
    coordinateGrid: fc.constantFrom(0.001, 0.01, 0.5, 10),
    fields: fc.record(
      {
        id: valueRuleArb,
        date: dateRuleArb,
        country: valueRuleArb,
        admin1: valueRuleArb,
        lat: valueRuleArb,
        lon: valueRuleArb,
        coordinates: fc.record({
          column: columnNameArb,
          order: fc.constantFrom('lat_lon' as const, 'lon_lat' as const),
        }),
        crime_type: valueRuleArb,
        exploitation: exploitationArb,
        nationality: valueRuleArb,
        origin: valueRuleArb,
        transit: valueRuleArb,
        destination: valueRuleArb,
        route: valueRuleArb,
        detection_source: valueRuleArb,
        office: valueRuleArb,
      },
      { requiredKeys: [] },
    ),
    sexAge: sexAgeArb,
  },
  { requiredKeys: ['version', 'recordLevel', 'fields'] },
);
