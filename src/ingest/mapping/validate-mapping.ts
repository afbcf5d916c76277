import { validate } from '../../schema/validators/column-mapping.js';
import { IngestError } from '../ingest-error.ts';
import type { ColumnMapping } from './types.ts';

// Precompiled at build time (scripts/build-validators.ts): ajv's run-time `compile` uses
// `new Function`, which the app's Content-Security-Policy (no 'unsafe-eval') forbids.

/** Schema errors of a parsed mapping file as short `path: message` texts (empty when valid). */
export function mappingErrors(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`);
}

/** Guard: a value valid against data-schemas/column-mapping.schema.json. */
export function isColumnMapping(value: unknown): value is ColumnMapping {
  return mappingErrors(value).length === 0;
}

/** Throws `mapping_invalid` with the first schema errors unless `value` is a valid mapping. */
export function assertValidMapping(value: unknown): asserts value is ColumnMapping {
  const errors = mappingErrors(value);
  if (errors.length > 0)
    throw new IngestError('mapping_invalid', { file: '', detail: errors.slice(0, 3).join('; ') });
}

/** Parses and validates a mapping file's text. */
export function parseMapping(text: string): ColumnMapping {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new IngestError('mapping_invalid', {
      file: '',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  assertValidMapping(value);
  return value;
}

/** Serialises a mapping for saving (stable two-space JSON with a trailing newline). */
export function serializeMapping(mapping: ColumnMapping): string {
  return `${JSON.stringify(mapping, null, 2)}\n`;
}
