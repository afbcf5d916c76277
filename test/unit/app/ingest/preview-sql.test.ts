import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropInspection, inspectSource, previewMapping } from '../../../../src/app/ingest/inspect-source.ts';
import { setDropped, setFieldColumn } from '../../../../src/app/ingest/mapping-edit.ts';
import {
  mappedPreviewQuery,
  rawHeadQuery,
  reportCountQuery,
  reportPageQuery,
  reportReasonCountsQuery,
  unpackChecks,
} from '../../../../src/app/ingest/preview-sql.ts';
import type { Database } from '../../../../src/db/database.ts';
import { openNodeDatabase } from '../../../../src/db/node-database.ts';
import { MissingColumnError } from '../../../../src/ingest/mapping/compile-context.ts';

const CSV = [
  'ID caso;Fecha de registro;País;Tipo de delito;Mujeres;Niñas;Nombre de la víctima',
  'C-1;15/03/2024;Perú;Trata;2;1;Ana Pérez',
  'C-2;32/13/2024;Perú;Trata;1;0;Luz Díaz',
  'C-3;02/04/2024;Narnia;Tráfico de migrantes;0;0;=HYPERLINK("x")',
  '',
].join('\n');

let db: Database;
beforeAll(async () => {
  db = await openNodeDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe('preview SQL builders', () => {
  it('quote identifiers and refuse non-finite numbers', () => {
    expect(rawHeadQuery('a"b', 5)).toBe('SELECT * FROM "a""b" ORDER BY rowid LIMIT 5');
    expect(mappedPreviewQuery('SELECT 1 AS __row')).toContain('LIMIT 20');
    expect(() => reportPageQuery('t', Number.NaN, 10)).toThrow(RangeError);
    expect(reportPageQuery('t', 2, 10)).toContain('LIMIT 10 OFFSET 20');
    expect(reportCountQuery('r')).toBe('SELECT count(*)::DOUBLE AS n FROM "r"');
  });

  it('count report reasons by distinct file and row', async () => {
    await db.exec(
      `CREATE OR REPLACE TABLE rep AS SELECT * FROM (VALUES ('a.csv', 1, 'x', 'v', 'dup'), ('b.csv', 1, 'x', 'v', 'dup'), ('a.csv', 1, 'y', 'w', 'dup'), ('a.csv', 2, 'x', 'v', 'html')) t(file, "row", "column", "value", reason)`,
    );
    const rows = (await db.query(reportReasonCountsQuery('rep')))
      .toArray()
      .map((r) => [r.reason, r.lines, r.rows]);
    expect(rows).toEqual([
      ['dup', 3, 2],
      ['html', 1, 1],
    ]);
    const page = (await db.query(reportPageQuery('rep', 1, 2)))
      .toArray()
      .map((r) => `${r.file}:${r.row}:${r.column}`);
    expect(page).toEqual(['a.csv:2:x', 'b.csv:1:x']);
  });

  it('unpacks packed checks with their column labels', () => {
    expect(
      unpackChecks('1\u001fdate_unparseable\u001f32/13\u001e0\u001fcountry_unknown\u001fNarnia', [
        'País',
        'Fecha',
      ]),
    ).toEqual([
      { column: 'Fecha', reason: 'date_unparseable', value: '32/13' },
      { column: 'País', reason: 'country_unknown', value: 'Narnia' },
    ]);
    expect(unpackChecks(null, [])).toEqual([]);
  });
});

describe('inspect and preview a file as the dialog does', () => {
  it('flags personal data, needs the date column, and previews what Load will produce', async () => {
    const source = { name: 'casos.csv', bytes: new TextEncoder().encode(CSV) };
    const inspection = await inspectSource(db, source);
    try {
      expect(inspection.raw.rows).toBe(3);
      expect(inspection.personal.map((p) => p.column)).toEqual(['Nombre de la víctima']);
      expect(inspection.proposed.drop).toBeUndefined();
      expect(inspection.proposed.fields.date).toBeUndefined();
      expect(inspection.head[2]?.[6]).toBe('=HYPERLINK("x")');

      const withDate = setFieldColumn(inspection.proposed, 'date', 'Fecha de registro');
      const { rows, compiled } = await previewMapping(db, inspection, withDate, { office: 'Lima' });
      expect(rows).toHaveLength(3);
      expect(rows[0]).toMatchObject({
        id: 'C-1',
        country: 'PER',
        crime_type: 'trafficking',
        women: 2,
        girls: 1,
        office: 'Lima',
      });
      expect(unpackChecks(rows[0]?.__rej as string | null, compiled.checkColumns)).toEqual([]);
      expect(unpackChecks(rows[1]?.__rej as string, compiled.checkColumns).map((p) => p.reason)).toEqual([
        'date_unparseable',
      ]);
      expect(unpackChecks(rows[2]?.__rej as string, compiled.checkColumns).map((p) => p.reason)).toContain(
        'country_unknown',
      );

      const usesDropped = setFieldColumn(
        setDropped(withDate, 'Nombre de la víctima', true),
        'route',
        'Nombre de la víctima',
      );
      await expect(previewMapping(db, inspection, usesDropped, {})).rejects.toBeInstanceOf(
        MissingColumnError,
      );
    } finally {
      await dropInspection(db, inspection);
    }
  });

  it('refuses an empty file with a typed error', async () => {
    await expect(inspectSource(db, { name: 'vacio.csv', bytes: new Uint8Array(0) })).rejects.toMatchObject({
      code: 'empty_file',
    });
  });
});
