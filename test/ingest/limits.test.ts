/**
 * Resource limits of ingest (Node, duckdb-wasm): a huge single line, deeply nested JSON, a
 * file over the size limit (a sparse file and a File that only claims its size: nothing
 * close to 2 GB is written or read), and a long CSV that loads with bounded memory. Each
 * either loads or ends in a typed IngestError naming the file, and the incidents loaded
 * before are still there. The limits themselves are described in SECURITY.md.
 */
import { closeSync, mkdtempSync, openAsBlob, openSync, rmSync, truncateSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { openNodeDatabase } from '../../src/db/node-database.ts';
import { dropReportTables, ingestFile } from '../../src/ingest/ingest.ts';
import { type IngestError, isIngestError } from '../../src/ingest/ingest-error.ts';
import type { IngestSource } from '../../src/ingest/source.ts';

const MB = 1024 ** 2;
const dir = mkdtempSync(join(tmpdir(), 'rutas-limits-'));
let db: Database;

beforeAll(async () => {
  db = await openNodeDatabase();
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await db.exec("CREATE OR REPLACE TABLE incidents AS SELECT 'previous' AS id");
});

async function failure(source: IngestSource, options = {}): Promise<IngestError> {
  const error = await ingestFile(db, source, undefined, options).then(
    () => null,
    (e: unknown) => e,
  );
  if (!isIngestError(error)) throw new Error(`expected an IngestError, got ${String(error)}`);
  expect(error.params.file).toBe(source.name);
  expect(error.message).toContain(source.name);
  expect(error.message.length).toBeLessThan(400);
  const kept = await db.query('SELECT id FROM incidents');
  expect(kept.toArray().map((r) => r.id)).toEqual(['previous']);
  return error;
}

const enc = (s: string) => new TextEncoder().encode(s);

describe('size guard (default 2 GiB, the wasm heap limit)', () => {
  it('refuses a 2.5 GB sparse file before reading it (file_too_large)', async () => {
    const path = join(dir, 'huge.csv');
    const fd = openSync(path, 'w');
    const header = enc(`id,fecha,pais\n${'1,2024-01-05,COL\n'.repeat(8192)}`);
    writeSync(fd, header);
    closeSync(fd);
    truncateSync(path, 2.5 * 1024 ** 3);
    const file = (await openAsBlob(path)) as unknown as File;
    const rss = process.memoryUsage().rss;
    const error = await failure({ name: 'huge.csv', file });
    expect(error.code).toBe('file_too_large');
    expect(error.params).toMatchObject({ sizeMb: 2560, limitMb: 2048 });
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * MB);
  });

  it('uses a lower maxBytes when given (a 10M-line file is refused the same way)', async () => {
    // 10M lines of this extract are ~230 MB: the guard, not the line count, decides.
    const lines = 200_000;
    const bytes = enc(`id,fecha,pais\n${'1,2024-01-05,COL\n'.repeat(lines)}`);
    const error = await failure({ name: 'long.csv', bytes }, { maxBytes: MB });
    expect(error.code).toBe('file_too_large');
    expect(error.message).toMatch(/limit 1 MB/);
  });
});

describe('huge lines and deep nesting', () => {
  it('refuses a CSV whose single line is 100 MB (csv_unreadable, line too long)', async () => {
    const line = new Uint8Array(100 * MB + 20).fill(0x78);
    line.set(enc('id,ruta\n1,'), 0);
    const rss = process.memoryUsage().rss;
    const error = await failure({ name: 'one-line.csv', bytes: line });
    expect(error.code).toBe('csv_unreadable');
    expect(String(error.params.detail)).toMatch(/line \d+ is longer than the maximum/);
    // Refused by the pre-scan before DuckDB copies anything into its heap.
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * MB);
  }, 240_000);

  // json.ts answers json_not_records for a list without objects, and json_unreadable when a
  // cell nested too deeply overflows the stack (test/regression/empty-dictionary-and-json-shapes.test.ts).
  const N = 100_000;
  const nested: [string, string][] = [
    ['a list of 100k-deep arrays', `[${'['.repeat(N)}${']'.repeat(N)}]`],
    ['records holding a 100k-deep object', `{"data":[{"id":"1","x":${'{"a":'.repeat(N)}1${'}'.repeat(N)}}]}`],
    ['100k unclosed brackets', '['.repeat(N)],
  ];
  for (const [name, text] of nested) {
    it(`ends deeply nested JSON in a typed error: ${name}`, async () => {
      const error = await failure({ name: 'deep.json', bytes: enc(text) });
      expect(error.code).toMatch(/^(json_unreadable|json_not_records|no_data_rows)$/);
    });
  }
});

describe('bounded memory on a long file', () => {
  it('loads 300,000 lines with loaded + rejected = rows, RSS growing far less than JS objects would', async () => {
    const lines = 300_000;
    const row = (i: number) => `${i},2024-0${(i % 9) + 1}-05,${i % 3 ? 'COL' : 'PER'},trata,${(i % 7) + 1}\n`;
    const parts: string[] = ['id,fecha,pais,tipo de delito,mujeres\n'];
    for (let i = 0; i < lines; i++) parts.push(row(i));
    const bytes = enc(parts.join(''));
    parts.length = 0;
    const rss = process.memoryUsage().rss;
    const started = performance.now();
    const result = await ingestFile(db, { name: 'long.csv', bytes });
    const seconds = (performance.now() - started) / 1000;
    const grew = (process.memoryUsage().rss - rss) / MB;
    const summary = result.files[0];
    expect(summary?.rowsRead).toBe(lines);
    expect((summary?.rowsLoaded ?? 0) + (summary?.rowsRejected ?? 0)).toBe(lines);
    expect(summary?.rowsLoaded).toBe(lines);
    // ~9 MB of CSV: DuckDB's columnar tables stay well under 400 MB of RSS growth.
    expect(grew).toBeLessThan(400);
    console.info(
      `limits: ${lines} lines (${(bytes.byteLength / MB).toFixed(1)} MB) in ${seconds.toFixed(1)} s, RSS +${grew.toFixed(0)} MB`,
    );
    await dropReportTables(db, result);
  }, 120_000);
});
