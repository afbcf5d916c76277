import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { partitionExtract } from '../../../../scripts/partition-extract.ts';
import { generateToFile, parseGenerateArgs } from '../../../../src/cli/generate.ts';
import type { PartitionManifest } from '../../../../src/ingest/partitioned/manifest.ts';

/** Test helper: one HTTP request the static server answered. */
export interface LoggedRequest {
  path: string;
  /** Requested byte range `[start, end)`; null = whole file. */
  range: [number, number] | null;
}

/** Test helper: a generated extract (2020–2022), its single file and its partitioned copy. */
export interface PartitionedFixture {
  dir: string;
  single: string;
  partitioned: string;
  manifest: PartitionManifest;
}

/** Test helper: generates 150k incidents over 2020–2022 and partitions them with 2048-row groups. */
export async function partitionedFixture(): Promise<PartitionedFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'rutas-partitioned-'));
  const single = join(dir, 'incidents.parquet');
  const args = parseGenerateArgs([
    '--rows',
    '150000',
    '--seed',
    '5',
    '--from',
    '2020-01',
    '--to',
    '2022-12',
    '--out',
    single,
  ]);
  if (!args) throw new Error('generator arguments rejected');
  await generateToFile(args);
  const partitioned = join(dir, 'parts');
  const manifest = await partitionExtract(single, partitioned, { rowGroupSize: 2048 });
  return { dir, single, partitioned, manifest };
}

/**
 * Test helper: a static server on 127.0.0.1 over `root` that honours `Range: bytes=a-b` (206)
 * and logs every request, as a plain static host (nginx, GitHub Pages) would serve the files.
 */
export async function staticServer(
  root: string,
): Promise<{ server: Server; base: string; log: LoggedRequest[] }> {
  const log: LoggedRequest[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\//, '');
    const file = resolve(root, path);
    if (!file.startsWith(resolve(root) + sep)) {
      res.writeHead(403).end();
      return;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    const m = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    if (!m) {
      log.push({ path, range: null });
      res.writeHead(200, { 'content-length': bytes.length, 'accept-ranges': 'bytes' }).end(bytes);
      return;
    }
    const start = Number(m[1]);
    const end = Math.min(m[2] ? Number(m[2]) + 1 : bytes.length, bytes.length);
    log.push({ path, range: [start, end] });
    res
      .writeHead(206, {
        'content-length': end - start,
        'content-range': `bytes ${start}-${end - 1}/${bytes.length}`,
        'accept-ranges': 'bytes',
      })
      .end(bytes.subarray(start, end));
  });
  // A long keep-alive: DuckDB-WASM's blocking build can hold the event loop for seconds, and a
  // socket the server times out meanwhile is reset under the client's next request.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}/`, log };
}
