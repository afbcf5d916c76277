import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/export/crc32.ts';
import { fingerprintBytes, fingerprintTable } from '../../../src/export/fingerprint.ts';
import { embedPngText, readPngText } from '../../../src/export/png-text.ts';
import { parseProvenance, serializeProvenance } from '../../../src/export/provenance.ts';
import { embedSvgMetadata, readSvgMetadata } from '../../../src/export/svg-metadata.ts';
import { PROVENANCE, TABLE } from './fixtures.ts';

/** A valid 1×1 grey PNG (signature, IHDR, IDAT, IEND), built by hand. */
const PNG_1X1 = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

describe('figures and fingerprints', () => {
  it('crc32 matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(readPngText(PNG_1X1).size).toBe(0);
  });

  it('embeds provenance in a PNG iTXt chunk and reads it back', () => {
    const text = serializeProvenance({ ...PROVENANCE, filters: { place: 'São Paulo — 東京' } });
    const out = embedPngText(PNG_1X1, 'rutas:provenance', text);
    expect(out.length).toBeGreaterThan(PNG_1X1.length);
    expect(readPngText(out).get('rutas:provenance')).toBe(text);
    expect(parseProvenance(readPngText(out).get('rutas:provenance')!).ok).toBe(true);
    const corrupt = out.slice();
    corrupt[40] = corrupt[40]! ^ 0xff;
    expect(() => readPngText(corrupt)).toThrow(/CRC/);
    expect(() => embedPngText(new Uint8Array(40), 'k', 'v')).toThrow(/not a PNG/);
  });

  it('embeds escaped provenance in SVG metadata', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" data-x="a>b" width="10"><rect/></svg>';
    const out = embedSvgMetadata(svg, PROVENANCE);
    expect(out.startsWith('<svg xmlns="http://www.w3.org/2000/svg" data-x="a>b" width="10"><metadata>')).toBe(
      true,
    );
    expect(out).toContain('&lt;b&amp;c');
    expect(out).not.toContain("'a<b&c'");
    expect(parseProvenance(readSvgMetadata(out)!)).toEqual({ ok: true, provenance: PROVENANCE });
    expect(() => embedSvgMetadata('<div/>', PROVENANCE)).toThrow(RangeError);
  });

  it('fingerprints bytes with SHA-256 and tables independent of row order', async () => {
    expect(await fingerprintBytes(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    const a = await fingerprintTable(TABLE);
    const b = await fingerprintTable({ ...TABLE, rows: [...TABLE.rows].reverse() });
    const c = await fingerprintTable({ ...TABLE, rows: TABLE.rows.slice(1) });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });
});
