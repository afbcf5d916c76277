import { describe, expect, it } from 'vitest';
import { countryByIso3 } from '../../../src/geo/countries.ts';
import { generateIncidents } from '../../../src/synth/generate-incidents.ts';
import type { IncidentChunk } from '../../../src/synth/incident-chunk.ts';
import { ROUTE_LABELS } from '../../../src/synth/route-labels.ts';
import { chunkRow, incidentValidator, unflatten } from './unflatten.ts';

function collect(chunks: Iterable<IncidentChunk>) {
  const rows = [];
  for (const c of chunks) for (let i = 0; i < c.length; i++) rows.push(chunkRow(c, i));
  return rows;
}

describe('generateIncidents', () => {
  it('yields exactly the requested number of rows, in chunks no larger than chunkSize', () => {
    const cases: [rows: number, chunkSize: number][] = [
      [1, 10],
      [999, 100],
      [2500, 1000],
      [3000, 1000],
    ];
    for (const [rows, chunkSize] of cases) {
      const lengths = [...generateIncidents({ seed: 3, rows, chunkSize })].map((c) => c.length);
      expect(lengths.reduce((a, b) => a + b, 0)).toBe(rows);
      expect(Math.max(...lengths)).toBeLessThanOrEqual(chunkSize);
    }
    const empty = [...generateIncidents({ seed: 3, rows: 0 })];
    expect(empty.map((c) => c.length)).toEqual([0]);
  });

  it('does not depend on the chunk size, and depends on the seed', () => {
    const a = collect(generateIncidents({ seed: 9, rows: 3000, chunkSize: 250 }));
    const b = collect(generateIncidents({ seed: 9, rows: 3000, chunkSize: 3000 }));
    const c = collect(generateIncidents({ seed: 10, rows: 3000 }));
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('writes rows valid against the incident schema, with opaque unique ids and months in order', () => {
    const validate = incidentValidator();
    const rows = collect(generateIncidents({ seed: 5, rows: 20_000, chunkSize: 7000 }));
    const ids = new Set<string>();
    let lastMonth = '';
    for (const row of rows) {
      const ok = validate(unflatten(row));
      if (!ok) expect({ row, errors: validate.errors }).toBeUndefined();
      ids.add(row.id as string);
      const month = (row.date as string).slice(0, 7);
      if (row.date_precision !== 'year') {
        expect(month >= lastMonth).toBe(true);
        lastMonth = month;
      }
    }
    expect(ids.size).toBe(rows.length);
    expect(rows[0]?.id).toBe('SYN-000001');
    expect(rows.every((r) => (r.date as string) >= '2015-01-01' && (r.date as string) <= '2025-12-31')).toBe(
      true,
    );
  });

  it('puts the detection country on the route, uses known countries and route labels, coarsens to 0.01°', () => {
    const rows = collect(generateIncidents({ seed: 6, rows: 10_000 }));
    const labels = new Set<string | null>([...ROUTE_LABELS, null]);
    for (const r of rows) {
      const transit = r.transit === '' ? [] : (r.transit as string).split('|');
      const path = [r.origin, ...transit, r.destination].filter((c) => c !== null);
      if (r.origin !== null && r.destination !== null) expect(path, String(r.id)).toContain(r.country);
      for (const c of [r.country, r.nationality, ...path])
        if (c !== null) expect(countryByIso3(c as string), String(c)).toBeDefined();
      expect(labels.has(r.route as string | null)).toBe(true);
      for (const v of [r.lat, r.lon])
        if (v !== null)
          expect(Math.abs((v as number) * 100 - Math.round((v as number) * 100))).toBeLessThan(1e-6);
      if (r.crime_type === 'smuggling') expect(r.exploitation).toBe('');
      if (r.crime_type === 'trafficking') expect(r.exploitation).not.toBe('');
    }
  });

  it('honours --from/--to and rejects a bad row count', () => {
    const rows = collect(generateIncidents({ seed: 1, rows: 500, from: '2020-03', to: '2020-05' }));
    expect(rows.every((r) => (r.date as string) >= '2020-01-01' && (r.date as string) < '2020-06-01')).toBe(
      true,
    );
    expect(() => [...generateIncidents({ seed: 1, rows: -1 })]).toThrow(/non-negative/);
    expect(() => [...generateIncidents({ seed: 1, rows: 1, from: '2020-13' })]).toThrow(/YYYY-MM/);
  });
});
