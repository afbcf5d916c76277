import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../../src/state/view-config.ts';
import { VIEW_CONFIG_SCHEMA, validateViewConfig } from '../../../src/state/view-config-schema.ts';
import { viewArbitrary } from './view-arbitrary.ts';

const ajv = new Ajv({ allErrors: true });
const schemaValid = ajv.compile(VIEW_CONFIG_SCHEMA);

/** Small corruptions of a valid view: a part replaced by a wrong value. */
const corrupted = fc
  .tuple(
    viewArbitrary,
    fc.constantFrom('k', 'camera', 'flowSplit', 'layers', 'crimeTypes', 'origin', 'period', 'extra'),
    fc.constantFrom<unknown>(1, 0, -5, 'x', null, [], ['arson'], ['col'], { longitude: 500 }, 3.5, true),
  )
  .map(([view, part, bad]) => {
    const copy = structuredClone(view) as unknown as Record<string, Record<string, unknown>>;
    if (part === 'crimeTypes' || part === 'origin' || part === 'period') copy.filters![part] = bad;
    else (copy as Record<string, unknown>)[part] = bad;
    return copy as unknown;
  });

describe('VIEW_CONFIG_SCHEMA and the hand-written checks', () => {
  it('accepts every generated valid view, as ajv does', () => {
    fc.assert(
      fc.property(viewArbitrary, (view) => {
        const plain = JSON.parse(JSON.stringify(view));
        expect(schemaValid(plain)).toBe(true);
        expect(validateViewConfig(plain)?.problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with ajv on corrupted views (the schema cannot see a backwards period)', () => {
    fc.assert(
      fc.property(corrupted, (value) => {
        const plain = JSON.parse(JSON.stringify(value));
        const f = plain.filters?.period;
        const backwards = Array.isArray(f) && f.length === 2 && f[0] > f[1];
        const checked = validateViewConfig(plain);
        const handValid = checked !== null && checked.problems.length === 0;
        expect(handValid).toBe(schemaValid(plain) && !backwards);
      }),
      { numRuns: 500 },
    );
  });

  it('restores what it can: good parts kept, bad parts reset to the default and reported', () => {
    const checked = validateViewConfig({
      ...DEFAULT_VIEW,
      k: 1,
      camera: { longitude: 10, latitude: 99, zoom: 3 },
      filters: { ...DEFAULT_VIEW.filters, crimeTypes: ['smuggling'], sexAge: ['aliens'] },
    });
    expect(checked?.view.k).toBe(DEFAULT_VIEW.k);
    expect(checked?.view.camera).toEqual(DEFAULT_VIEW.camera);
    expect(checked?.view.filters.crimeTypes).toEqual(['smuggling']);
    expect(checked?.view.filters.sexAge).toEqual([]);
    expect(checked?.problems.map((p) => p.part).sort()).toEqual(['camera', 'k', 'sexAge']);
  });

  it('returns null for something that is not a version-1 view', () => {
    expect(validateViewConfig(null)).toBeNull();
    expect(validateViewConfig({ ...DEFAULT_VIEW, version: 2 })).toBeNull();
  });
});
