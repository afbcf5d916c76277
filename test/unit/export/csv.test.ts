import { describe, expect, it } from 'vitest';
import { inertText, toCsv } from '../../../src/export/csv.ts';
import { FORMULAS, TABLE } from './fixtures.ts';

/** A small RFC 4180 reader, for read-back only. */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('toCsv', () => {
  it('reads back to the same numbers and text, with CRLF and quoting', () => {
    const text = new TextDecoder().decode(toCsv(TABLE));
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(TABLE.columns);
    TABLE.rows.forEach((row, i) => {
      const back = rows[i + 1]!;
      expect(back[2] === '' ? null : Number(back[2])).toBe(row[2]);
      expect(back[3]).toBe(row[3] === null ? '' : inertText(row[3] as string));
    });
    expect(rows).toHaveLength(TABLE.rows.length + 1);
  });

  it('makes formula payloads inert', () => {
    const rows = parseCsv(new TextDecoder().decode(toCsv(TABLE)));
    const notes = rows.slice(1).map((r) => r[3]!);
    for (const f of FORMULAS) expect(notes).toContain(`'${f}`);
    for (const n of notes) expect(n).not.toMatch(/^[=+\-@\t\r]/);
    expect(inertText('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(inertText('plain')).toBe('plain');
  });

  it('writes a UTF-8 BOM and another delimiter on request', () => {
    const bytes = toCsv(TABLE, { bom: true, delimiter: ';' });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    const rows = parseCsv(text, ';');
    expect(rows[1]).toEqual(['BR', 'trafficking', '12', 'São Paulo, "centro"']);
    expect([...toCsv(TABLE).subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
  });
});
