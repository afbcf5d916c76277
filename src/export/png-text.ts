import { crc32 } from './crc32.ts';

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/**
 * Adds a text chunk to a PNG right after its IHDR chunk and returns new bytes (the input is
 * not changed). Uses an uncompressed iTXt chunk, whose text is UTF-8, because provenance
 * carries filter values in any script; the keyword must be 1–79 printable Latin-1
 * characters. Throws on bytes that are not a PNG.
 */
export function embedPngText(png: Uint8Array, key: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e\xa1-\xff]{1,79}$/.test(key) || key.startsWith(' ') || key.endsWith(' ')) {
    throw new RangeError('PNG text keyword must be 1-79 Latin-1 characters without edge spaces');
  }
  assertPng(png);
  const keyBytes = Uint8Array.from(key, (ch) => ch.charCodeAt(0));
  const textBytes = new TextEncoder().encode(text);
  // keyword \0, compression flag 0, method 0, empty language tag \0, empty translated keyword \0
  const data = concat([keyBytes, Uint8Array.of(0, 0, 0, 0, 0), textBytes]);
  const chunk = makeChunk('iTXt', data);
  const ihdrEnd = 8 + 12 + readUint32(png, 8);
  return concat([png.subarray(0, ihdrEnd), chunk, png.subarray(ihdrEnd)]);
}

/**
 * Reads every tEXt and uncompressed iTXt chunk of a PNG into keyword → text (a later chunk
 * with the same keyword wins). Checks each chunk's CRC and throws on a corrupt file.
 */
export function readPngText(png: Uint8Array): Map<string, string> {
  assertPng(png);
  const out = new Map<string, string>();
  let at = 8;
  while (at + 12 <= png.length) {
    const length = readUint32(png, at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (end > png.length) throw new RangeError('PNG chunk runs past the end of the file');
    if (crc32(png.subarray(at + 4, at + 8 + length)) !== readUint32(png, at + 8 + length)) {
      throw new RangeError(`PNG chunk ${type} has a bad CRC`);
    }
    const data = png.subarray(at + 8, at + 8 + length);
    const zero = data.indexOf(0);
    if (zero > 0 && type === 'tEXt') {
      out.set(latin1(data.subarray(0, zero)), latin1(data.subarray(zero + 1)));
    } else if (zero > 0 && type === 'iTXt' && data[zero + 1] === 0) {
      const lang = data.indexOf(0, zero + 3);
      const translated = lang < 0 ? -1 : data.indexOf(0, lang + 1);
      if (translated >= 0)
        out.set(latin1(data.subarray(0, zero)), new TextDecoder().decode(data.subarray(translated + 1)));
    }
    if (type === 'IEND') break;
    at = end;
  }
  return out;
}

function assertPng(png: Uint8Array): void {
  const ok = png.length >= 33 && SIGNATURE.every((b, i) => png[i] === b);
  if (!ok || String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new RangeError('not a PNG file');
}

function makeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function readUint32(bytes: Uint8Array, at: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(at);
}

function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
