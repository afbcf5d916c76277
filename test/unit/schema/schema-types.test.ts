import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  formatWithBiome,
  GENERATED_TYPES_DIR,
  generateSchemaTypes,
  type Json,
  schemaToTypeScript,
  toCompilableSchema,
} from '../../../scripts/build-schema-types.ts';

const FILES = ['column-mapping.ts', 'corridor.ts', 'incident.ts'];

interface IncidentSchemaPart {
  properties: Record<string, { enum?: Json[] }>;
}

function readSchema(file: string): IncidentSchemaPart {
  return JSON.parse(readFileSync(resolve('data-schemas', file), 'utf8')) as IncidentSchemaPart;
}

let generated = new Map<string, string>();
beforeAll(async () => {
  generated = await generateSchemaTypes();
});

describe('generated schema types (src/schema/generated)', () => {
  it('generates the incident, corridor and column-mapping types', () => {
    expect([...generated.keys()].sort()).toEqual(FILES);
  });

  it.each(FILES)('%s is up to date (run `npx tsx scripts/build-schema-types.ts`)', (file) => {
    const committed = readFileSync(resolve(GENERATED_TYPES_DIR, file), 'utf8');
    expect(committed).toBe(generated.get(file));
  });

  it.each(FILES)('%s says where it comes from and is already biome-formatted', (file) => {
    const text = generated.get(file) ?? '';
    const schemaFile = file.replace(/\.ts$/, '.schema.json');
    expect(text.split('\n')[0]).toBe(
      `// Generated from data-schemas/${schemaFile} by scripts/build-schema-types.ts; do not edit.`,
    );
    expect(formatWithBiome(text, `${GENERATED_TYPES_DIR}/${file}`)).toBe(text);
    expect(text).not.toMatch(/\bany\b/);
  });

  it('exports the root types under stable names', () => {
    expect(generated.get('incident.ts')).toMatch(/^export interface Incident \{$/m);
    expect(generated.get('corridor.ts')).toMatch(/^export interface CorridorCollection \{$/m);
    expect(generated.get('column-mapping.ts')).toMatch(/^export interface ColumnMapping \{$/m);
    expect(generated.get('column-mapping.ts')).toMatch(/^export interface DateRule \{$/m);
    expect(generated.get('column-mapping.ts')).not.toMatch(/\bValue1\b|\binterface Date\b/);
  });

  it('a changed schema gives different output, so a stale file is detected', async () => {
    const schema = readSchema('incident.schema.json');
    const changed = structuredClone(schema);
    changed.properties.crime_type?.enum?.push('kidnapping');
    const before = generated.get('incident.ts');
    const after = await schemaToTypeScript(changed as unknown as Json, 'incident', 'incident.schema.json');
    expect(schema.properties.crime_type?.enum).not.toContain('kidnapping');
    expect(after).not.toBe(before);
    expect(after).toContain("'kidnapping'");
  });

  it('refuses a generated type that would shadow a global', async () => {
    const schema = {
      type: 'object',
      properties: { when: { $ref: '#/$defs/date' } },
      $defs: { date: { type: 'object', properties: { column: { type: 'string' } } } },
    };
    await expect(schemaToTypeScript(schema, 'other', 'other.schema.json')).rejects.toThrow(
      /shadows a global/,
    );
  });
});

describe('toCompilableSchema', () => {
  it.each([
    [
      'prefixItems becomes tuple items',
      { type: 'array', prefixItems: [{ type: 'number' }, { type: 'string' }] },
      { type: 'array', items: [{ type: 'number' }, { type: 'string' }] },
    ],
    [
      'prefixItems with items: the rest becomes additionalItems',
      { type: 'array', prefixItems: [{ type: 'number' }], items: { type: 'string' } },
      { type: 'array', items: [{ type: 'number' }], additionalItems: { type: 'string' } },
    ],
    [
      'a $ref with a description keeps the description and one shared type',
      { $ref: '#/$defs/value', description: 'Doc' },
      { description: 'Doc', allOf: [{ $ref: '#/$defs/value' }] },
    ],
    ['a bare $ref is kept', { $ref: '#/$defs/value' }, { $ref: '#/$defs/value' }],
    [
      'oneOf branches that only add required become whole object branches',
      {
        description: 'column or constant',
        type: 'object',
        properties: { column: { type: 'string' }, constant: { type: 'string' } },
        oneOf: [{ required: ['column'] }, { required: ['constant'] }],
      },
      {
        description: 'column or constant',
        oneOf: [
          {
            type: 'object',
            properties: { column: { type: 'string' }, constant: { type: 'string' } },
            required: ['column'],
          },
          {
            type: 'object',
            properties: { column: { type: 'string' }, constant: { type: 'string' } },
            required: ['constant'],
          },
        ],
      },
    ],
    [
      'oneOf branches with their own shape are left alone',
      { type: 'object', properties: {}, oneOf: [{ required: ['a'], properties: { a: {} } }] },
      { type: 'object', properties: {}, oneOf: [{ required: ['a'], properties: { a: {} } }] },
    ],
  ])('%s', (_name, input, expected) => {
    const copy = structuredClone(input);
    expect(toCompilableSchema(input)).toEqual(expected);
    expect(input).toEqual(copy);
  });
});
