import { buildProvenance, type Provenance } from '../../../src/export/provenance.ts';
import type { ExportTable } from '../../../src/export/table-data.ts';

/** Payloads that a spreadsheet would run as formulas if written raw. */
export const FORMULAS = ['=HYPERLINK("http://x","y")', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'];

/** A small table mixing codes, counts, hidden cells, non-ASCII text and formula payloads. */
export const TABLE: ExportTable = {
  columns: ['country', 'crime', 'value', 'note'],
  rows: [
    ['BR', 'trafficking', 12, 'São Paulo, "centro"'],
    ['ES', 'smuggling', null, 'line\nbreak'],
    ['PT', 'trafficking', 0, null],
    ['MX', 'smuggling', 1234567, 'ñandú'],
    ...FORMULAS.map((f, i) => [`X${i}`, 'smuggling', i * 7, f]),
  ],
};

/** A valid provenance record. */
export const PROVENANCE: Provenance = buildProvenance({
  appVersion: '0.1.0',
  fingerprint: 'a'.repeat(64),
  filters: { country: ['BR', 'ES'], period: { from: '2020-01', to: '2024-12' } },
  sql: "SELECT country, count(*) FROM incidents WHERE note = 'a<b&c'",
  k: 5,
  roundBase: 1,
  exportedAt: new Date(Date.UTC(2026, 10, 28, 12, 0, 0)),
});
