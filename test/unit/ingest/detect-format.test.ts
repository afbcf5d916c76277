import { describe, expect, it } from 'vitest';
import { detectEncoding, detectFormat, looksBinary } from '../../../src/ingest/detect-format.ts';
import { decodeWindows1252 } from '../../../src/ingest/formats/windows-1252.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('detectFormat', () => {
  it('tells encodings apart by strict UTF-8 decoding', () => {
    expect(detectEncoding(enc('país,Perú'), true)).toBe('utf-8');
    expect(detectEncoding(Uint8Array.from([0x50, 0xe9, 0x0a]), true)).toBe('latin-1');
    expect(detectEncoding(Uint8Array.from([0x93, 0x61, 0x94]), true)).toBe('windows-1252');
    // A multi-byte character cut at the end of a sample is not an encoding error.
    expect(detectEncoding(enc('abcé').subarray(0, 4), false)).toBe('utf-8');
  });
  it('decodes Windows-1252 quotes and euro', () => {
    expect(decodeWindows1252(Uint8Array.from([0x93, 0x61, 0x94, 0x80, 0xe9]))).toBe('\u201ca\u201d\u20acé');
  });
  it('uses magic bytes before the extension', async () => {
    const parquetNamedCsv = Uint8Array.from([...enc('PAR1'), 0, 0, 0, 0, 0, 0, 0, 0, ...enc('PAR1')]);
    expect((await detectFormat({ name: 'x.csv', bytes: parquetNamedCsv })).format).toBe('parquet');
    expect((await detectFormat({ name: 'x.dat', bytes: enc('[{"a":1}]') })).format).toBe('json');
    expect((await detectFormat({ name: 'x.csv', bytes: enc('\uFEFFa,b\n1,2') })).bom).toBe(true);
  });
  it('flags binary content', () => {
    expect(looksBinary(Uint8Array.from([1, 2, 0, 3]))).toBe(true);
    expect(looksBinary(enc('a,b\n1,2\n'))).toBe(false);
  });
  it('throws typed errors', async () => {
    await expect(detectFormat({ name: 'e.csv', bytes: new Uint8Array(0) })).rejects.toMatchObject({
      code: 'empty_file',
    });
    await expect(detectFormat({ name: 't.parquet', bytes: enc('PAR1abcdefgh') })).rejects.toMatchObject({
      code: 'parquet_truncated',
    });
  });
});
