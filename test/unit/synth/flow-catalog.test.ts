import { describe, expect, it } from 'vitest';
import { countryByIso3 } from '../../../src/geo/countries.ts';
import { ANCHORS } from '../../../src/synth/anchors.ts';
import { ALL_FLOWS } from '../../../src/synth/flow-catalog.ts';
import { pathOf } from '../../../src/synth/flow-types.ts';
import { prepareFlow } from '../../../src/synth/plan.ts';
import { profileAt, SEASONS, seasonAt, shiftFactor } from '../../../src/synth/time-model.ts';

describe('flow catalog', () => {
  it('has unique ids and prepares every flow (a detection place on every origin path)', () => {
    expect(new Set(ALL_FLOWS.map((f) => f.id)).size).toBe(ALL_FLOWS.length);
    for (const f of ALL_FLOWS) expect(() => prepareFlow(f), f.id).not.toThrow();
  });

  it('uses every listed detection place on at least one origin path (no silently dropped anchor)', () => {
    for (const f of ALL_FLOWS) {
      const paths = f.origins.map((o) => pathOf(f, o));
      for (const [id] of f.detect) {
        expect(
          paths.some((p) => p.includes(ANCHORS[id].country)),
          `${f.id}: ${id}`,
        ).toBe(true);
      }
    }
  });

  it('only uses countries of the country table (every ISO3 the generator can emit)', () => {
    const emitted = new Set<string>();
    for (const f of ALL_FLOWS) {
      for (const o of f.origins) for (const c of [...pathOf(f, o), o.nationality ?? o.origin]) emitted.add(c);
    }
    for (const a of Object.values(ANCHORS)) emitted.add(a.country);
    for (const c of emitted) expect(countryByIso3(c), c).toBeDefined();
    for (const a of Object.values(ANCHORS))
      if (a.admin1) expect(a.admin1.slice(0, 2)).toBe(countryByIso3(a.country)?.iso2);
  });
});

describe('time model', () => {
  it('interpolates profiles, normalises seasons and applies the 2020 shift', () => {
    expect(profileAt('darienVenezuela', 2015, 6)).toBe(0);
    expect(profileAt('darienVenezuela', 2023, 7)).toBeGreaterThan(2.5);
    for (const name of Object.keys(SEASONS) as (keyof typeof SEASONS)[]) {
      const mean = Array.from({ length: 12 }, (_, i) => seasonAt(name, i + 1)).reduce((a, b) => a + b) / 12;
      expect(mean).toBeCloseTo(1, 10);
    }
    expect(shiftFactor(2020, 2, false)).toBe(1);
    expect(shiftFactor(2020, 5, false)).toBeLessThan(shiftFactor(2020, 5, true));
    expect(shiftFactor(2022, 5, true)).toBeGreaterThan(1);
  });
});
