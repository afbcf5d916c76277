import fc from 'fast-check';
import { CRIME_TYPES, EXPLOITATION_FORMS, SEX_AGE } from '../../../src/schema/incident.ts';
import type { Filters } from '../../../src/state/filters.ts';
import type { ViewConfig } from '../../../src/state/view-config.ts';
import { FLOW_ENDS, FLOW_SPLITS, isLabel } from '../../../src/state/view-config-schema.ts';

/** fast-check arbitraries of valid views, shared by the URL and deck tests. */
const month = fc
  .tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const period = fc.option(
  fc.tuple(month, month).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]),
);
const iso3 = fc.stringMatching(/^[A-Z]{3}$/);
const label = fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' }).filter(isLabel);
const list = <T>(item: fc.Arbitrary<T>, max = 6) => fc.uniqueArray(item, { maxLength: max });

export const filtersArbitrary: fc.Arbitrary<Filters> = fc.record({
  period,
  crimeTypes: list(fc.constantFrom(...CRIME_TYPES)),
  sexAge: list(fc.constantFrom(...SEX_AGE)),
  exploitation: list(fc.constantFrom(...EXPLOITATION_FORMS)),
  origin: list(iso3),
  transit: list(iso3),
  destination: list(iso3),
  detection: list(iso3),
  routes: list(label, 4),
  offices: list(label, 4),
});

export const viewArbitrary: fc.Arbitrary<ViewConfig> = fc.record({
  version: fc.constant(1 as const),
  filters: filtersArbitrary,
  layers: fc.record({
    incidents: fc.boolean(),
    flows: fc.boolean(),
    routes: fc.boolean(),
    corridors: fc.boolean(),
  }),
  flowSplit: fc.constantFrom(...FLOW_SPLITS),
  flowEnds: fc.constantFrom(...FLOW_ENDS),
  camera: fc.record({
    longitude: fc.double({ min: -180, max: 180, noNaN: true }),
    latitude: fc.double({ min: -85.06, max: 85.06, noNaN: true }),
    zoom: fc.double({ min: 0, max: 22, noNaN: true }),
  }),
  k: fc.integer({ min: 2, max: 1000 }),
});
