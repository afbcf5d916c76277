import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { openNodeDatabase } from '../../src/db/node-database.ts';
import { dropReportTables, ingestFile } from '../../src/ingest/ingest.ts';
import { isIngestError } from '../../src/ingest/ingest-error.ts';
import { CORPUS } from './corpus-files.ts';

/**
 * Table-driven corpus of awkward and malformed files. Each either fails with its typed
 * error (and leaves the previous incidents in place) or loads with the expected counts,
 * and loaded + rejected always equals the rows in the file.
 */
describe('ingest corpus', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openNodeDatabase();
    await db.exec("CREATE TABLE incidents AS SELECT 'previous' AS id");
  });
  afterAll(async () => db.close());

  it('has at least 40 files', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  for (const c of CORPUS) {
    it(c.name, async () => {
      const source = { name: c.file, bytes: await c.bytes() };
      const options = c.maxBytes !== undefined ? { maxBytes: c.maxBytes } : {};
      if (c.error) {
        await db.exec("CREATE OR REPLACE TABLE incidents AS SELECT 'previous' AS id");
        const error = await ingestFile(db, source, c.mapping, options).then(
          () => null,
          (e: unknown) => e,
        );
        expect(isIngestError(error) ? error.code : error).toBe(c.error);
        expect(isIngestError(error) && error.params.file).toBe(c.file);
        const kept = await db.query('SELECT id FROM incidents');
        expect(kept.toArray().map((r) => r.id)).toEqual(['previous']);
        return;
      }
      const result = await ingestFile(db, source, c.mapping, options);
      const summary = result.files[0];
      if (!summary) throw new Error('no summary');
      expect(summary.rowsLoaded + summary.rowsRejected).toBe(summary.rowsRead);
      if (c.loaded !== undefined) expect(summary.rowsLoaded).toBe(c.loaded);
      if (c.rejected !== undefined) expect(summary.rowsRejected).toBe(c.rejected);
      const reasons = Object.fromEntries(summary.rejections.map((r) => [r.code, r.rows]));
      expect(reasons).toEqual(c.reasons ?? {});
      const warnings = [...summary.fileWarnings, ...summary.warnings.map((w) => w.code)];
      for (const w of c.warnings ?? []) expect(warnings).toContain(w);
      const listed = await db.query(`SELECT count(DISTINCT "row")::INTEGER AS n FROM "${result.rejections}"`);
      expect(listed.get(0)?.n).toBe(summary.rowsRejected);
      if (c.check) {
        const [sql, expected] = c.check;
        const value = (await db.query(`SELECT (${sql}) AS v`)).get(0)?.v;
        expect(value).toBe(expected);
      }
      await dropReportTables(db, result);
    });
  }
});
