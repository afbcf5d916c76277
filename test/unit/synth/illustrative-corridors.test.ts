import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import corridorSchema from '../../../data-schemas/corridor.schema.json' with { type: 'json' };
import { ILLUSTRATIVE_SOURCE, illustrativeCorridors } from '../../../src/synth/illustrative-corridors.ts';
import { SAMPLE_CORRIDORS_PATH } from '../../../src/synth/sample-options.ts';

const validator = () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(corridorSchema);
};

describe('illustrative corridors', () => {
  it('are a valid corridor collection, flagged illustrative, with every kind', () => {
    const fc = illustrativeCorridors();
    const validate = validator();
    expect(validate(fc), JSON.stringify(validate.errors)).toBe(true);
    expect(fc.illustrative).toBe(true);
    expect(fc.features.length).toBeGreaterThanOrEqual(10);
    expect(new Set(fc.features.map((f) => f.properties.kind))).toEqual(
      new Set(['drug', 'fuel', 'arms', 'other']),
    );
    expect(fc.features.every((f) => f.properties.source === ILLUSTRATIVE_SOURCE)).toBe(true);
    expect(new Set(fc.features.map((f) => f.id)).size).toBe(fc.features.length);
  });

  it('the schema rejects a wrong kind (the validator is live)', () => {
    const fc = illustrativeCorridors();
    const broken = { ...fc, features: [{ ...fc.features[0], properties: { kind: 'people', name: 'x' } }] };
    expect(validator()(broken)).toBe(false);
  });

  it('the bundled file is the generated collection (rerun scripts/build-sample.ts after a change)', () => {
    const file = JSON.parse(readFileSync(resolve(process.cwd(), 'public', SAMPLE_CORRIDORS_PATH), 'utf8'));
    expect(file).toEqual(JSON.parse(JSON.stringify(illustrativeCorridors())));
  });
});
