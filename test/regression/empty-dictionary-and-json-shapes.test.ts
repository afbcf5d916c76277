// Bugs found by the ingest fuzzers (issue #11): a mapping rule with an empty value dictionary
// compiled to `CASE x ELSE NULL END` (invalid SQL, an "internal" error); a JSON list holding
// no objects, and a JSON nested 100k levels deep, also ended as "internal" instead of a plain
// message; the rejection report left a leading TAB or CR live for spreadsheets.
import { describe, expect, it } from 'vitest';
import { jsonToColumns } from '../../src/ingest/formats/json.ts';
import { IngestError } from '../../src/ingest/ingest-error.ts';
import { dictionarySQL } from '../../src/ingest/mapping/sql-parts.ts';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof IngestError ? error.code : `not an IngestError: ${String(error)}`;
  }
  return 'no error';
}

describe('regressions', () => {
  it('an empty dictionary maps to NULL, not to a CASE without WHEN', () => {
    expect(dictionarySQL('x', {}, {}, [])).toBe('NULL');
    expect(dictionarySQL('x', { f: 'women' }, {}, [])).toContain('WHEN');
  });

  it('a JSON list of non-objects says it holds no records', () => {
    expect(codeOf(() => jsonToColumns('[1, 2, 3]', 'numbers.json', false))).toBe('json_not_records');
  });

  it('a JSON nested 100k levels deep is unreadable, not an internal error', () => {
    const deep = `[{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}]`;
    expect(['json_unreadable', 'json_not_records']).toContain(
      codeOf(() => jsonToColumns(deep, 'deep.json', false)),
    );
  });
});
