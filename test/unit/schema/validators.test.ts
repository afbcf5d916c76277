import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateValidators, VALIDATORS_DIR } from '../../../scripts/build-validators.ts';
import { validate as validateCorridor } from '../../../src/schema/validators/corridor.js';
import { validate as validateIncident } from '../../../src/schema/validators/incident.js';

const generated = generateValidators();

describe('precompiled validators (src/schema/validators)', () => {
  it('generates the corridor, incident and column-mapping validators', () => {
    expect([...generated.keys()].sort()).toEqual([
      'column-mapping.d.ts',
      'column-mapping.js',
      'corridor.d.ts',
      'corridor.js',
      'incident.d.ts',
      'incident.js',
    ]);
  });

  it.each([...generated.keys()])('%s is up to date (run `npx tsx scripts/build-validators.ts`)', (file) => {
    const committed = readFileSync(resolve(VALIDATORS_DIR, file), 'utf8');
    expect(committed).toBe(generated.get(file));
  });

  it.each([...generated.keys()].filter((f) => f.endsWith('.js')))(
    '%s never compiles code at run time and imports only ESM',
    (file) => {
      const text = generated.get(file) ?? '';
      expect(text).not.toMatch(/new\s+Function|\beval\s*\(|\brequire\s*\(/);
      for (const line of text.split('\n').filter((l) => l.startsWith('import '))) {
        expect(line).toMatch(/^import \{ fullFormats \} from "ajv-formats\/dist\/formats\.js";$/);
      }
    },
  );
});

const line = {
  type: 'Feature',
  geometry: {
    type: 'LineString',
    coordinates: [
      [-77, 8],
      [-80, 9],
    ],
  },
  properties: { kind: 'drug', name: 'A', valid_from: '2020-01-01', valid_to: null },
};

describe('precompiled corridor validator', () => {
  it('accepts the bundled illustrative corridors', () => {
    const sample = JSON.parse(readFileSync(resolve('public/sample/corridors-illustrative.geojson'), 'utf8'));
    expect(validateCorridor(sample)).toBe(true);
  });

  it('accepts a minimal line corridor', () => {
    expect(validateCorridor({ type: 'FeatureCollection', features: [line] })).toBe(true);
  });

  it.each([
    ['a wrong root type', { type: 'Feature', features: [line] }, ''],
    [
      'an unknown kind',
      { type: 'FeatureCollection', features: [{ ...line, properties: { kind: 'x', name: 'A' } }] },
      '/features/0/properties/kind',
    ],
    [
      'a date that is not a date (format)',
      {
        type: 'FeatureCollection',
        features: [{ ...line, properties: { kind: 'drug', name: 'A', valid_from: '2020-13-45' } }],
      },
      '/features/0/properties/valid_from',
    ],
    [
      'a longitude out of range',
      {
        type: 'FeatureCollection',
        features: [
          {
            ...line,
            geometry: {
              type: 'LineString',
              coordinates: [
                [-200, 8],
                [-80, 9],
              ],
            },
          },
        ],
      },
      '/features/0/geometry',
    ],
  ])('rejects %s', (_label, doc, path) => {
    expect(validateCorridor(doc)).toBe(false);
    expect(validateCorridor.errors?.some((e) => e.instancePath.startsWith(path))).toBe(true);
  });

  it('reports all errors, not just the first (allErrors)', () => {
    expect(validateCorridor({})).toBe(false);
    expect(validateCorridor.errors?.length).toBeGreaterThanOrEqual(2);
  });
});

const incident = {
  id: 'x1',
  date: '2021-03-01',
  date_precision: 'month',
  country: 'COL',
  crime_type: 'smuggling',
  exploitation: ['sexual'],
  women: 0,
  men: 2,
  girls: 0,
  boys: 0,
  unknown_sex_age: 0,
};

describe('precompiled incident validator', () => {
  it('accepts a valid incident', () => {
    expect(validateIncident(incident)).toBe(true);
  });

  it('rejects repeated exploitation forms (uniqueItems, inlined deep equality)', () => {
    expect(validateIncident({ ...incident, exploitation: ['sexual', 'sexual'] })).toBe(false);
    expect(validateIncident.errors?.[0]?.keyword).toBe('uniqueItems');
  });

  it("counts an id's length in code points (inlined ucs2length)", () => {
    expect(validateIncident({ ...incident, id: '😀'.repeat(128) })).toBe(true);
    expect(validateIncident({ ...incident, id: '😀'.repeat(129) })).toBe(false);
  });

  it('rejects an empty object and a malformed date', () => {
    expect(validateIncident({})).toBe(false);
    expect(validateIncident({ date: 'yesterday' })).toBe(false);
    expect(validateIncident.errors?.some((e) => e.instancePath === '/date' && e.keyword === 'format')).toBe(
      true,
    );
  });
});
