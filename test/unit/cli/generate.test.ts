import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetMetadata } from 'hyparquet';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseGenerateArgs, run } from '../../../src/cli/generate.ts';
import { COMMANDS, main } from '../../../src/cli/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'rutas-generate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let out: string[];
let err: string[];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => out.push(String(s)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => err.push(String(s)) > 0);
});
afterEach(() => vi.restoreAllMocks());

describe('parseGenerateArgs', () => {
  it('reads options, infers the format from the extension and applies defaults', () => {
    expect(parseGenerateArgs(['--out', 'x.CSV', '--rows', '5', '--seed=-3'])).toEqual({
      out: 'x.CSV',
      format: 'csv',
      options: { rows: 5, seed: -3, from: '2015-01', to: '2025-12', chunkSize: 100_000 },
    });
    expect(parseGenerateArgs(['--out', 'x.bin'])?.format).toBe('parquet');
    expect(parseGenerateArgs(['--help'])).toBeNull();
  });

  it.each([
    [[], /--out is required/],
    [['--out', 'a.csv', '--rows', '1.5'], /--rows must be an integer/],
    [['--out', 'a.csv', '--rows=-1'], /--rows must be an integer >= 0/],
    [['--out', 'a.csv', '--format', 'xlsx'], /--format must be csv or parquet/],
    [['--out', 'a.csv', '--from', '2020-1'], /YYYY-MM/],
    [['--out', 'a.csv', '--from', '2021-01', '--to', '2020-01'], /after --to/],
    [['--out', 'a.csv', '--bogus'], /Unknown option/],
  ])('rejects %j', (args, message) => {
    expect(() => parseGenerateArgs(args)).toThrow(message);
  });
});

describe('rutas generate', () => {
  it('writes a CSV with the exact row count and the same bytes for the same seed', async () => {
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    expect(await run(['--rows', '2500', '--seed', '7', '--out', a])).toBe(0);
    expect(await run(['--rows', '2500', '--seed', '7', '--out', b, '--chunk-size', '999'])).toBe(0);
    const text = readFileSync(a, 'utf8');
    expect(text.trimEnd().split('\r\n').length).toBe(2501);
    expect(readFileSync(b).equals(readFileSync(a))).toBe(true);
    expect(existsSync(`${a}.partial`)).toBe(false);
    expect(out.join('')).toMatch(/wrote 2500 synthetic incidents \(seed 7\)/);
  });

  it('writes a Parquet file labelled synthetic, with its seed', async () => {
    const file = join(dir, 'a.parquet');
    expect(await run(['--rows', '3000', '--seed', '9', '--out', file, '--chunk-size', '1000'])).toBe(0);
    const bytes = readFileSync(file);
    const meta = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    expect(meta.num_rows).toBe(3000n);
    expect(meta.row_groups.length).toBe(3);
    const kv = new Map(meta.key_value_metadata?.map((e) => [e.key, e.value]));
    expect(kv.get('rutas:synthetic')).toBe('true');
    expect(kv.get('rutas:seed')).toBe('9');
  });

  it('exits 2 with usage on bad arguments, 0 on --help, 1 when the file cannot be written', async () => {
    expect(await run(['--rows', 'many', '--out', join(dir, 'x.csv')])).toBe(2);
    expect(err.join('')).toMatch(/usage: rutas generate/);
    expect(await run(['--help'])).toBe(0);
    expect(out.join('')).toMatch(/--seed N/);
    expect(await run(['--rows', '10', '--out', join(dir, 'missing-dir', 'x.csv')])).toBe(1);
  });
});

describe('rutas dispatcher', () => {
  it('routes to a subcommand, and answers an unknown or missing command with usage and exit 2', async () => {
    expect(Object.keys(COMMANDS)).toContain('generate');
    expect(await main(['generate', '--help'])).toBe(0);
    expect(await main(['frobnicate'])).toBe(2);
    expect(err.join('')).toMatch(/unknown command "frobnicate"[\s\S]*usage: rutas <command>/);
    expect(await main([])).toBe(2);
    expect(await main(['--help'])).toBe(0);
    expect(out.join('')).toMatch(/generate +write a seeded synthetic/);
  });
});
