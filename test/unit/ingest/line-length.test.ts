import { describe, expect, it } from 'vitest';
import { findOverlongLine } from '../../../src/ingest/formats/line-length.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('findOverlongLine', () => {
  it.each([
    ['short lines', 'a,b\n1,2\n', null],
    ['the second line too long', 'a,b\n12345678901\n', 2],
    ['a last line without newline too long', 'a\nb\n01234567890', 3],
    ['exactly at the limit', '0123456789\n', null],
  ] as const)('%s', async (_, text, expected) => {
    await expect(findOverlongLine({ name: 'x.csv', bytes: enc(text) }, 10)).resolves.toBe(expected);
  });

  it('reads a File in slices, counting lines across them', async () => {
    const file = new File([`a\n${'x'.repeat(30)}\n`], 'x.csv');
    await expect(findOverlongLine({ name: 'x.csv', file }, 20)).resolves.toBe(2);
  });
});
