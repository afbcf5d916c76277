/**
 * Hostile text reaching the writers and the chart functions: formula payloads stay inert in
 * CSV and XLSX exports (read back with exceljs: no formula cell), and markup in any label of
 * a chart stays text in its SVG (no element or attribute is created from it). Property-based,
 * 2,000 + 60 + 1,000 cases.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { horizontalBarsChart } from '../../../src/charts/horizontal-bars-chart.ts';
import { escapeXml } from '../../../src/charts/xml.ts';
import { inertText, toCsv } from '../../../src/export/csv.ts';
import { buildProvenance } from '../../../src/export/provenance.ts';
import { toXlsx } from '../../../src/export/xlsx.ts';
import payloads from '../../fixtures/hostile/payloads.json' with { type: 'json' };

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const runs = (numRuns: number) => ({ numRuns, ...(seed !== undefined ? { seed } : {}) });

/** Text that a spreadsheet would evaluate: a formula lead character, then anything. */
const formulaArb = fc
  .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string({ maxLength: 30 }))
  .map(([lead, rest]) => lead + rest);
const hostileArb = fc.oneof(fc.constantFrom(...payloads), formulaArb, fc.string({ maxLength: 40 }));

/** Parses one RFC 4180 CSV text into rows of fields (quotes honoured). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV export keeps formula payloads inert', () => {
  it('for 2,000 random texts: every cell reads back as the text, made inert when it starts like a formula', () => {
    fc.assert(
      fc.property(fc.array(hostileArb, { minLength: 1, maxLength: 5 }), (texts) => {
        const csv = new TextDecoder().decode(toCsv({ columns: ['a'], rows: texts.map((t) => [t]) }));
        const cells = parseCsv(csv)
          .slice(1)
          .map((r) => r[0] ?? '');
        expect(cells).toEqual(texts.map(inertText));
        for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      runs(2000),
    );
  });
});

describe('XLSX export keeps formula payloads inert', () => {
  it('for 60 random tables: no formula cell, values read back verbatim', async () => {
    const provenance = buildProvenance({
      appVersion: 'test',
      fingerprint: 'a'.repeat(64),
      filters: {},
      sql: 'SELECT 1',
      k: 5,
      roundBase: 1,
      exportedAt: '2026-01-01T00:00:00Z',
    });
    await fc.assert(
      fc.asyncProperty(fc.array(hostileArb, { minLength: 1, maxLength: 6 }), async (texts) => {
        const bytes = await toXlsx({ columns: ['text'], rows: texts.map((t) => [t]) }, provenance);
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(bytes.buffer as ArrayBuffer);
        const sheet = book.getWorksheet('data');
        const read = texts.map((_, i) => {
          const cell = sheet?.getRow(i + 2).getCell(1);
          expect(cell?.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell?.formula).toBeFalsy();
          return cell?.value ?? '';
        });
        // XML normalises a lone CR to LF; that is not a formula concern.
        expect(read).toEqual(texts.map((t) => t.replace(/\r\n?/g, '\n')));
      }),
      runs(60),
    );
  });
});

describe('chart SVG keeps labels as text', () => {
  it('escapeXml output never contains markup characters, for 1,000 random strings', () => {
    fc.assert(
      fc.property(hostileArb, (text) => {
        expect(escapeXml(text)).not.toMatch(/[<>"']/);
      }),
      runs(1000),
    );
  });

  it('a bar chart labelled with every payload has no element or handler from them', () => {
    const labels = payloads.map((p, i) => `${p}${i}`);
    const svg = horizontalBarsChart(
      { category: labels, value: labels.map((_, i) => 10 + i) },
      { labels: { title: payloads[0] ?? '', note: payloads[1] ?? '', xAxis: payloads[6] ?? '' } },
    );
    // Escaped text never contains `<`, so every `<…>` left is a tag the chart made itself.
    // Attribute values cannot hide a quote (escaped), so blank them before looking at names.
    const tags = (svg.match(/<[^>]*>/g) ?? []).map((t) => t.replace(/"[^"]*"/g, '""'));
    expect(tags.filter((t) => /^<\/?(img|script|iframe|object|foreignObject)\b|\son\w+=/i.test(t))).toEqual(
      [],
    );
    expect(svg).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
  });
});
