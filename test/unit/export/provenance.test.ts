import { describe, expect, it } from 'vitest';
import { toJson } from '../../../src/export/json.ts';
import {
  buildProvenance,
  checkRestorable,
  parseProvenance,
  serializeProvenance,
} from '../../../src/export/provenance.ts';
import { PROVENANCE, TABLE } from './fixtures.ts';

describe('provenance', () => {
  it('round-trips through JSON', () => {
    expect(parseProvenance(serializeProvenance(PROVENANCE))).toEqual({ ok: true, provenance: PROVENANCE });
    expect(PROVENANCE.exportedAt).toBe('2026-11-28T12:00:00.000Z');
  });

  it('rejects malformed records with field codes', () => {
    expect(parseProvenance('{')).toEqual({ ok: false, errors: ['not-json'] });
    const bad = { ...PROVENANCE, fingerprint: 'xyz', k: 0, schema: 'other' };
    const r = parseProvenance(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(['schema:unsupported', 'fingerprint:not-sha256', 'k:invalid']);
    expect(() => buildProvenance({ ...PROVENANCE, roundBase: 0 })).toThrow(/roundBase:invalid/);
  });

  it('says whether a view can be restored over the loaded data', () => {
    expect(checkRestorable(PROVENANCE, { appVersion: '0.1.0', fingerprint: 'a'.repeat(64) })).toEqual([]);
    expect(checkRestorable(PROVENANCE, { appVersion: '0.2.0', fingerprint: 'b'.repeat(64) })).toEqual([
      'fingerprint-mismatch',
      'version-mismatch',
    ]);
  });

  it('JSON export carries rows, nulls and provenance', () => {
    const parsed = JSON.parse(toJson(TABLE, PROVENANCE));
    expect(parsed.provenance).toEqual(PROVENANCE);
    expect(parsed.rows[0]).toEqual({
      country: 'BR',
      crime: 'trafficking',
      value: 12,
      note: 'São Paulo, "centro"',
    });
    expect(parsed.rows[1].value).toBeNull();
    expect(parsed.rows.map((r: { value: number | null }) => r.value)).toEqual(TABLE.rows.map((r) => r[2]));
  });
});
