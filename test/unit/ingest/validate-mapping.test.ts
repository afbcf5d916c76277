import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  mappingErrors,
  parseMapping,
  serializeMapping,
} from '../../../src/ingest/mapping/validate-mapping.ts';

const dir = resolve(process.cwd(), 'test/fixtures/mappings');

describe('column-mapping schema', () => {
  it('accepts every committed mapping and round-trips it', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.mapping.json'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) {
      const mapping = parseMapping(readFileSync(resolve(dir, f), 'utf8'));
      expect(parseMapping(serializeMapping(mapping))).toEqual(mapping);
    }
  });
  it('rejects wrong shapes with readable errors', () => {
    expect(mappingErrors({ version: 2, recordLevel: 'incident', fields: {} })).not.toEqual([]);
    expect(mappingErrors({ version: 1, recordLevel: 'incident', fields: { id: {} } })).not.toEqual([]);
    expect(
      mappingErrors({ version: 1, recordLevel: 'incident', fields: { nope: { column: 'x' } } }),
    ).not.toEqual([]);
    expect(mappingErrors({ version: 1, recordLevel: 'row', fields: {} })).not.toEqual([]);
    expect(() => parseMapping('{')).toThrow(/mapping is not valid/);
  });
});
