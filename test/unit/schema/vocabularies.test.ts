import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import mappingSchema from '../../../data-schemas/column-mapping.schema.json' with { type: 'json' };
import corridorSchema from '../../../data-schemas/corridor.schema.json' with { type: 'json' };
import incidentSchema from '../../../data-schemas/incident.schema.json' with { type: 'json' };
import { REJECTION_REASONS } from '../../../src/ingest/messages.ts';
import {
  CRIME_TYPES,
  DATE_PRECISIONS,
  DETECTION_SOURCES,
  EXPLOITATION_FORMS,
  FLAT_COLUMNS,
  INCIDENT_SCHEMA,
  SEX_AGE,
} from '../../../src/schema/incident.ts';
import { validate as validateMapping } from '../../../src/schema/validators/column-mapping.js';

/** The parts of a property schema these checks read. */
interface PropertySchema {
  type?: string | string[];
  format?: string;
  enum?: (string | null)[];
  items?: { type?: string; enum?: string[] };
}

const properties: Record<string, PropertySchema> = incidentSchema.properties;
const required: string[] = incidentSchema.required;

/** The DuckDB type a flat extract column must have, from the schema property's type. */
function flatSqlType(p: PropertySchema): string {
  const types = Array.isArray(p.type) ? p.type : [p.type];
  if (types.includes('integer')) return 'INTEGER';
  if (types.includes('number')) return 'DOUBLE';
  if (p.format === 'date') return 'DATE';
  return 'VARCHAR';
}

describe('incident vocabularies equal data-schemas/incident.schema.json', () => {
  it.each([
    ['CRIME_TYPES', CRIME_TYPES, properties.crime_type?.enum],
    ['EXPLOITATION_FORMS', EXPLOITATION_FORMS, properties.exploitation?.items?.enum],
    ['DATE_PRECISIONS', DATE_PRECISIONS, properties.date_precision?.enum],
    ['DETECTION_SOURCES', DETECTION_SOURCES, properties.detection_source?.enum?.filter((v) => v !== null)],
  ])('%s equals the schema enum, in order', (_name, constant, schemaEnum) => {
    expect(schemaEnum).toBeDefined();
    expect([...constant]).toEqual(schemaEnum);
  });

  it('detection_source may be null in the schema (DETECTION_SOURCES leaves null out)', () => {
    expect(properties.detection_source?.enum).toContain(null);
    expect(DETECTION_SOURCES).not.toContain(null);
  });

  it('SEX_AGE are exactly the required integer count properties, in schema order', () => {
    const counts = Object.keys(properties).filter((k) => properties[k]?.type === 'integer');
    expect([...SEX_AGE]).toEqual(counts);
    for (const k of SEX_AGE) expect(required).toContain(k);
  });

  it('FLAT_COLUMNS covers exactly the schema properties, each once', () => {
    const names = FLAT_COLUMNS.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(Object.keys(properties).sort());
  });

  it.each(FLAT_COLUMNS.map(([name, type]) => [name, type]))(
    'FLAT_COLUMNS gives %s the type its schema property implies (%s)',
    (name, type) => {
      const p = properties[name];
      expect(p).toBeDefined();
      expect(type).toBe(flatSqlType(p ?? {}));
    },
  );

  it('INCIDENT_SCHEMA is the schema file', () => {
    expect(INCIDENT_SCHEMA).toEqual(incidentSchema);
  });
});

describe('column-mapping vocabularies agree with the incident schema', () => {
  const defs = mappingSchema.$defs;
  const fields = Object.keys(mappingSchema.properties.fields.properties);

  it('exploitation flags map to exactly the exploitation forms', () => {
    expect(defs.exploitation.properties.flags.additionalProperties.enum).toEqual([...EXPLOITATION_FORMS]);
  });

  it('every mapped field is an incident property (or the combined coordinates column)', () => {
    for (const f of fields) expect([...Object.keys(properties), 'coordinates']).toContain(f);
  });

  it('every non-count incident property can be mapped', () => {
    const mappable = Object.keys(properties).filter(
      (k) => !(SEX_AGE as readonly string[]).includes(k) && k !== 'date_precision',
    );
    for (const k of mappable) expect(fields).toContain(k);
  });

  it('the "columns" sex/age mode has one count per SEX_AGE category', () => {
    const columnsMode = mappingSchema.properties.sexAge.oneOf.find(
      (b) => b.properties.mode.const === 'columns',
    );
    expect(Object.keys(columnsMode?.properties ?? {}).filter((k) => k !== 'mode')).toEqual([...SEX_AGE]);
  });
});

describe('data-schemas/README.md documents every field and code', () => {
  const readme = readFileSync(resolve('data-schemas/README.md'), 'utf8');
  /** Table rows start with the field in backquotes, after an optional rule/mode column. */
  const rowFor = (field: string) =>
    new RegExp(`^\\|(?: [^|]+ \\|)? \`${field.replace(/[$[\].]/g, '\\$&')}\` \\|`, 'm');
  /** The text of the `## title…` section, up to the next `## ` heading. */
  const section = (title: string) => {
    const start = readme.indexOf(`\n## ${title}`);
    const end = readme.indexOf('\n## ', start + 1);
    return start < 0 ? '' : readme.slice(start, end < 0 ? undefined : end);
  };
  const corridorProperties = Object.keys(corridorSchema.$defs.corridor.properties.properties.properties);
  const mappingTop = Object.keys(mappingSchema.properties);
  const mappingFields = Object.keys(mappingSchema.properties.fields.properties);
  const readKeys = Object.keys(mappingSchema.properties.read.properties).map((k) => `read.${k}`);
  const codes = [
    ...CRIME_TYPES,
    ...EXPLOITATION_FORMS,
    ...DETECTION_SOURCES,
    ...DATE_PRECISIONS,
    ...mappingSchema.properties.recordLevel.enum,
    ...corridorSchema.$defs.corridor.properties.properties.properties.kind.enum,
    ...mappingSchema.properties.sexAge.oneOf.map((b) => b.properties.mode.const),
  ];

  it('finds rows only where they are (the row matcher can fail)', () => {
    expect(section('Incident')).toMatch(rowFor('crime_type'));
    expect(section('Incident')).not.toMatch(rowFor('recordLevel'));
    expect(readme).not.toMatch(rowFor('no_such_field'));
  });

  it.each(Object.keys(properties))('incident field %s has a row', (field) => {
    expect(section('Incident')).toMatch(rowFor(field));
  });

  it.each(corridorProperties)('corridor property %s has a row', (field) => {
    expect(section('Corridors')).toMatch(rowFor(`features[].properties.${field}`));
  });

  it.each([...mappingTop, ...readKeys, ...mappingFields])('column-mapping field %s has a row', (field) => {
    expect(section('Column mapping')).toMatch(rowFor(field));
  });

  it.each(codes)('code %s is documented', (code) => {
    expect(readme).toContain(`\`${code}\``);
  });

  it.each(REJECTION_REASONS)('rejection reason %s has a row', (reason) => {
    expect(section('How to check')).toMatch(rowFor(reason));
  });

  it('the example mapping is valid against column-mapping.schema.json', () => {
    const block = /```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const ok = validateMapping(JSON.parse(block ?? 'null'));
    expect(validateMapping.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});
