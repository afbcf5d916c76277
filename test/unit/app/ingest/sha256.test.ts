import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashFiles, Sha256 } from '../../../../src/app/ingest/sha256.ts';

async function reference(bytes: Uint8Array): Promise<string> {
  const digest = await webcrypto.subtle.digest('SHA-256', bytes);
  return Buffer.from(digest).toString('hex');
}

describe('Sha256', () => {
  it('matches WebCrypto for lengths around the block boundaries', async () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 70_000]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 31 + n) & 0xff);
      expect(new Sha256().update(bytes).hex()).toBe(await reference(bytes));
    }
  });

  it('hashes streamed chunks of several files as their concatenation', async () => {
    const a = new Uint8Array(100_000).map((_, i) => i & 0xff);
    const b = new TextEncoder().encode('fecha;país\n2024-01-01;Perú\n');
    const whole = new Uint8Array(a.length + b.length);
    whole.set(a);
    whole.set(b, a.length);
    const files = [new Blob([a.subarray(0, 7), a.subarray(7)]), new Blob([b])];
    expect(await hashFiles(files)).toBe(await reference(whole));
  });
});
