import { type Table as ArrowTable, tableFromArrays, tableToIPC } from 'apache-arrow';
import ExcelJS from 'exceljs';
import { Table as ParquetTable, writeParquet } from 'parquet-wasm/node';
import type { ColumnMapping } from '../../src/ingest/mapping/types.ts';

/** What one corpus file must produce. */
export interface CorpusCase {
  name: string;
  file: string;
  bytes: () => Promise<Uint8Array> | Uint8Array;
  mapping?: ColumnMapping;
  maxBytes?: number;
  /** Expected error code (nothing loaded). */
  error?: string;
  loaded?: number;
  rejected?: number;
  /** Expected rows per rejection reason (all reasons present must be listed). */
  reasons?: Record<string, number>;
  /** Warning codes that must appear (row or file level). */
  warnings?: string[];
  /** SQL on `incidents` and its expected single value. */
  check?: [string, string | number];
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff));
/** Windows-1252 for the few characters used here (curly quotes, euro). */
const cp1252 = (s: string): Uint8Array =>
  Uint8Array.from(
    [...s].map((c) => ({ '\u201c': 0x93, '\u201d': 0x94, '\u20ac': 0x80 })[c] ?? c.charCodeAt(0) & 0xff),
  );

export const HEADER = 'id,fecha,pais,lat,lon,tipo de delito,mujeres,hombres,ninas,ninos,ruta';
const ROW1 = '1,2024-01-05,COL,4.61,-74.08,trata,1,0,0,0,Darien';
const ROW2 = '2,2024-02-10,PAN,8.98,-79.52,trafico ilicito de migrantes,0,2,1,0,Darien';
const csv =
  (...rows: string[]): (() => Uint8Array) =>
  () =>
    enc([HEADER, ...rows].join('\n'));
const one = (row: string): (() => Uint8Array) => csv(ROW1, row);

async function xlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('casos');
  ws.addRow(['id', 'fecha', 'pais', 'tipo de delito', 'mujeres', 'ruta']);
  ws.addRow(['a1', new Date(Date.UTC(2024, 0, 5)), 'Colombia', 'Trata de personas', 2, 'Darién']);
  ws.addRow(['a2', 45296, 'Brasil', 'Tráfico ilícito de migrantes', 1, { formula: 'SUM(1,2)', result: 3 }]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function parquet(): Uint8Array {
  const t = tableFromArrays({
    id: ['p1', 'p2', 'p3'],
    fecha: ['2024-01-05', '2024-02-01', '2024-03-09'],
    pais: ['COL', 'BRA', 'ESP'],
  });
  return writeParquet(ParquetTable.fromIPCStream(tableToIPC(t, 'stream')));
}

function arrowFile(): Uint8Array {
  const t: ArrowTable = tableFromArrays({
    id: ['r1', 'r2'],
    fecha: ['2024-01-05', '2024-01-06'],
    pais: ['PER', 'CHL'],
    mujeres: Int32Array.from([3, 4]),
  });
  return tableToIPC(t, 'file');
}

const geojson = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-74.081234, 4.612345] },
      properties: { id: 'g1', fecha: '2024-01-05', pais: 'CO' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-79.5, 8.9] },
      properties: { id: 'g2', fecha: '2024-01-06', pais: 'PA' },
    },
  ],
});

const person: ColumnMapping = {
  version: 1,
  recordLevel: 'person',
  fields: {
    date: { column: 'anio', formats: ['year'] },
    country: { column: 'pais' },
    crime_type: { constant: 'trafficking' },
  },
  sexAge: { mode: 'person', sex: { column: 'sexo' }, age: { column: 'edad' } },
};

const hugeRoute = 'x'.repeat(2_000_000);

/** The corpus: each entry is one awkward or malformed file and what it must give. */
export const CORPUS: CorpusCase[] = [
  {
    name: 'clean comma CSV',
    file: 'ok.csv',
    bytes: csv(ROW1, ROW2),
    loaded: 2,
    rejected: 0,
    check: ["SELECT string_agg(crime_type, ',' ORDER BY id) FROM incidents", 'trafficking,smuggling'],
  },
  {
    name: 'semicolon delimiter',
    file: 'semi.csv',
    bytes: () => enc(`${HEADER}\n${ROW1}\n${ROW2}`.replaceAll(',', ';')),
    loaded: 2,
    rejected: 0,
  },
  {
    name: 'tab delimiter',
    file: 'tab.tsv',
    bytes: () => enc(`${HEADER}\n${ROW1}\n${ROW2}`.replaceAll(',', '\t')),
    loaded: 2,
    rejected: 0,
  },
  {
    name: 'pipe delimiter',
    file: 'pipe.txt',
    bytes: () => enc(`${HEADER}\n${ROW1}\n${ROW2}`.replaceAll(',', '|')),
    loaded: 2,
    rejected: 0,
  },
  {
    name: 'quoted delimiter and newline',
    file: 'quoted.csv',
    bytes: one('3,2024-01-07,COL,4.6,-74.1,trata,1,0,0,0,"Darién, ""Tapón""\nnorte"'),
    loaded: 2,
    rejected: 0,
    check: ["SELECT route FROM incidents WHERE id = '3'", 'Darién, "Tapón"\nnorte'],
  },
  {
    name: 'UTF-8 BOM',
    file: 'bom.csv',
    bytes: () => enc(`\uFEFF${HEADER}\n${ROW1}`),
    loaded: 1,
    rejected: 0,
    check: ['SELECT id FROM incidents', '1'],
  },
  {
    name: 'Latin-1 accents',
    file: 'latin1.csv',
    bytes: () =>
      latin1(
        'id;fecha;país;tipo de delito\n1;05/01/2024;Perú;Trata de personas\n2;06/01/2024;México;Tráfico ilícito de migrantes\n',
      ),
    loaded: 2,
    rejected: 0,
    warnings: ['encoding_latin1'],
    check: ["SELECT string_agg(country, ',' ORDER BY id) FROM incidents", 'PER,MEX'],
  },
  {
    name: 'Windows-1252 curly quotes',
    file: 'cp1252.csv',
    bytes: () => cp1252('id,fecha,pais,ruta\n1,2024-01-05,COL,\u201cnorte\u201d \u20ac\n'),
    loaded: 1,
    rejected: 0,
    warnings: ['encoding_latin1'],
    check: ['SELECT route FROM incidents', '\u201cnorte\u201d \u20ac'],
  },
  {
    name: 'CRLF line ends',
    file: 'crlf.csv',
    bytes: () => enc(`${HEADER}\r\n${ROW1}\r\n${ROW2}\r\n`),
    loaded: 2,
    rejected: 0,
    check: ["SELECT route FROM incidents WHERE id = '1'", 'Darien'],
  },
  {
    name: 'missing header',
    file: 'nohead.csv',
    bytes: () => enc('1,2024-01-05,COL,3\n2,2024-01-06,PER,4\n'),
    loaded: 0,
    rejected: 2,
    reasons: { required_missing: 2 },
    warnings: ['header_missing'],
  },
  {
    name: 'ragged short row',
    file: 'short.csv',
    bytes: one('2,2024-02-10,PAN,8.98,-79.52,trata'),
    loaded: 2,
    rejected: 0,
  },
  {
    name: 'ragged long row',
    file: 'long.csv',
    bytes: one('2,2024-02-10,PAN,8.98,-79.52,trata,0,0,0,0,Darien,extra,more'),
    loaded: 1,
    rejected: 1,
    reasons: { row_too_many_fields: 1 },
  },
  {
    name: 'lat/lon swapped',
    file: 'swap.csv',
    bytes: one('2,2024-02-10,MEX,-99.13,19.43,trata,1,0,0,0,x'),
    loaded: 1,
    rejected: 1,
    reasons: { coords_swapped: 1 },
  },
  {
    name: 'coordinates out of range',
    file: 'range.csv',
    bytes: one('2,2024-02-10,PAN,95,200,trata,1,0,0,0,x'),
    loaded: 1,
    rejected: 1,
    reasons: { coords_out_of_range: 1 },
  },
  {
    name: 'coordinates not numbers',
    file: 'coordtext.csv',
    bytes: one('2,2024-02-10,PAN,norte,-79.5,trata,1,0,0,0,x'),
    loaded: 1,
    rejected: 1,
    reasons: { coords_unparseable: 1 },
  },
  {
    name: 'only latitude',
    file: 'halfcoord.csv',
    bytes: one('2,2024-02-10,PAN,8.9,,trata,1,0,0,0,x'),
    loaded: 1,
    rejected: 1,
    reasons: { coords_incomplete: 1 },
  },
  {
    name: 'censored count <5',
    file: 'censored.csv',
    bytes: one('2,2024-02-10,PAN,,,trata,<5,0,0,0,x'),
    loaded: 1,
    rejected: 1,
    reasons: { count_censored: 1 },
  },
  {
    name: 'thousands separator',
    file: 'thousands.csv',
    bytes: one('2,2024-02-10,PAN,,,trata,"1.234",0,0,0,x'),
    loaded: 2,
    rejected: 0,
    warnings: ['count_thousands_separator'],
    check: ["SELECT women FROM incidents WHERE id = '2'", 1234],
  },
  {
    name: 'negative count',
    file: 'neg.csv',
    bytes: one('2,2024-02-10,PAN,,,trata,-1,0,0,0,x'),
    loaded: 1,
    rejected: 1,
    reasons: { count_negative: 1 },
  },
  {
    name: 'fractional count',
    file: 'frac.csv',
    bytes: one('2,2024-02-10,PAN,,,trata,1.5,0,0,0,x'),
    loaded: 1,
    rejected: 1,
    reasons: { count_not_integer: 1 },
  },
  {
    name: 'count as a word',
    file: 'word.csv',
    bytes: one('2,2024-02-10,PAN,,,trata,dos,0,0,0,x'),
    loaded: 1,
    rejected: 1,
    reasons: { count_not_integer: 1 },
  },
  {
    name: 'Excel serial date',
    file: 'serial.csv',
    bytes: one('2,45296,PAN,,,trata,1,0,0,0,x'),
    loaded: 2,
    rejected: 0,
    check: ["SELECT strftime(\"date\", '%Y-%m-%d') FROM incidents WHERE id = '2'", '2024-01-05'],
  },
  {
    name: 'dd/mm/yyyy date',
    file: 'dmy.csv',
    bytes: one('2,25/12/2023,PAN,,,trata,1,0,0,0,x'),
    loaded: 2,
    rejected: 0,
    check: ["SELECT strftime(\"date\", '%Y-%m-%d') FROM incidents WHERE id = '2'", '2023-12-25'],
  },
  {
    name: 'yyyy-mm date',
    file: 'ym.csv',
    bytes: one('2,2023-07,PAN,,,trata,1,0,0,0,x'),
    loaded: 2,
    rejected: 0,
    check: [
      "SELECT date_precision || strftime(\"date\", ' %Y-%m-%d') FROM incidents WHERE id = '2'",
      'month 2023-07-01',
    ],
  },
  {
    name: 'bare year',
    file: 'year.csv',
    bytes: one('2,2019,PAN,,,trata,1,0,0,0,x'),
    loaded: 2,
    rejected: 0,
    check: [
      "SELECT date_precision || strftime(\"date\", ' %Y-%m-%d') FROM incidents WHERE id = '2'",
      'year 2019-01-01',
    ],
  },
  {
    name: 'IOM website date',
    file: 'iomdate.csv',
    bytes: one('2,"Thu, 01/01/2026 - 12:00",PAN,,,trata,1,0,0,0,x'),
    loaded: 2,
    rejected: 0,
    check: ["SELECT strftime(\"date\", '%Y-%m-%d') FROM incidents WHERE id = '2'", '2026-01-01'],
  },
  {
    name: 'unparseable date',
    file: 'baddate.csv',
    bytes: one('2,32/13/2024,PAN,,,trata,1,0,0,0,x'),
    loaded: 1,
    rejected: 1,
    reasons: { date_unparseable: 1 },
  },
  {
    name: 'future date',
    file: 'future.csv',
    bytes: one('2,2999-01-01,PAN,,,trata,1,0,0,0,x'),
    loaded: 1,
    rejected: 1,
    reasons: { date_future: 1 },
  },
  {
    name: 'missing date',
    file: 'nodate.csv',
    bytes: one('2,,PAN,,,trata,1,0,0,0,x'),
    loaded: 1,
    rejected: 1,
    reasons: { required_missing: 1 },
  },
  {
    name: 'unknown country',
    file: 'atlantis.csv',
    bytes: one('2,2024-01-05,Atlantis,,,trata,1,0,0,0,x'),
    loaded: 1,
    rejected: 1,
    reasons: { country_unknown: 1 },
  },
  {
    name: 'country names in three languages and codes',
    file: 'names.csv',
    bytes: csv(
      '1,2024-01-05,Perú,,,trata,1,0,0,0,x',
      '2,2024-01-05,Brasil,,,trata,1,0,0,0,x',
      '3,2024-01-05,Spain,,,trata,1,0,0,0,x',
      '4,2024-01-05,mx,,,trata,1,0,0,0,x',
      '5,2024-01-05,Espanha,,,trata,1,0,0,0,x',
    ),
    loaded: 5,
    rejected: 0,
    check: ["SELECT string_agg(country, ',' ORDER BY id) FROM incidents", 'PER,BRA,ESP,MEX,ESP'],
  },
  {
    name: 'duplicate id',
    file: 'dup.csv',
    bytes: csv(ROW1, ROW2, ROW1),
    loaded: 2,
    rejected: 1,
    reasons: { id_duplicate: 1 },
  },
  {
    name: 'formula payload',
    file: 'formula.csv',
    bytes: one('2,2024-01-05,PAN,,,trata,1,0,0,0,"=HYPERLINK(""http://x"",""y"")"'),
    loaded: 2,
    rejected: 0,
    warnings: ['text_formula'],
    check: ["SELECT route FROM incidents WHERE id = '2'", '=HYPERLINK("http://x","y")'],
  },
  {
    name: 'HTML payload',
    file: 'html.csv',
    bytes: one('2,2024-01-05,PAN,,,trata,1,0,0,0,<script>alert(1)</script>'),
    loaded: 2,
    rejected: 0,
    warnings: ['text_html'],
    check: ["SELECT route FROM incidents WHERE id = '2'", '<script>alert(1)</script>'],
  },
  {
    name: 'crime types in three languages',
    file: 'crimes.csv',
    bytes: csv(
      '1,2024-01-05,COL,,,Trata de personas,1,0,0,0,x',
      '2,2024-01-05,COL,,,Tráfico ilícito de migrantes,1,0,0,0,x',
      '3,2024-01-05,BRA,,,tráfico de pessoas,1,0,0,0,x',
      '4,2024-01-05,ESP,,,smuggling,1,0,0,0,x',
      '5,2024-01-05,ESP,,,robo,1,0,0,0,x',
    ),
    loaded: 4,
    rejected: 1,
    reasons: { value_unknown: 1 },
    check: [
      "SELECT string_agg(crime_type, ',' ORDER BY id) FROM incidents",
      'trafficking,smuggling,trafficking,smuggling',
    ],
  },
  { name: 'empty file', file: 'empty.csv', bytes: () => new Uint8Array(0), error: 'empty_file' },
  { name: 'whitespace only', file: 'blank.csv', bytes: () => enc('  \n\n  '), error: 'empty_file' },
  { name: 'header only', file: 'headonly.csv', bytes: () => enc(`${HEADER}\n`), error: 'no_data_rows' },
  {
    name: 'binary with a CSV name',
    file: 'photo.csv',
    bytes: () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 0, 0, 0]),
    error: 'binary_not_text',
  },
  {
    name: 'one huge line',
    file: 'huge.csv',
    bytes: one(`2,2024-01-05,PAN,,,trata,1,0,0,0,${hugeRoute}`),
    loaded: 1,
    rejected: 1,
    reasons: { text_too_long: 1 },
  },
  {
    name: 'truncated Parquet',
    file: 'cut.parquet',
    bytes: () => parquet().slice(0, 200),
    error: 'parquet_truncated',
  },
  {
    name: 'Parquet',
    file: 'ok.parquet',
    bytes: parquet,
    loaded: 3,
    rejected: 0,
    check: ["SELECT string_agg(country, ',' ORDER BY id) FROM incidents", 'COL,BRA,ESP'],
  },
  {
    name: 'Arrow IPC file',
    file: 'ok.arrow',
    bytes: arrowFile,
    loaded: 2,
    rejected: 0,
    check: ['SELECT sum(women)::INTEGER FROM incidents', 7],
  },
  {
    name: 'XLSX with date, serial and formula cells',
    file: 'casos.xlsx',
    bytes: xlsx,
    loaded: 2,
    rejected: 0,
    warnings: ['text_formula'],
    check: [
      "SELECT string_agg(strftime(\"date\", '%Y-%m-%d') || ' ' || route, ',' ORDER BY id) FROM incidents",
      '2024-01-05 Darién,2024-01-05 =SUM(1,2)',
    ],
  },
  {
    name: 'JSON array',
    file: 'casos.json',
    bytes: () =>
      enc(
        JSON.stringify([
          { id: 'j1', fecha: '2024-01-05', pais: 'Chile', mujeres: 2 },
          { id: 'j2', fecha: '2024-01-06', pais: 'Argentina', mujeres: null },
        ]),
      ),
    loaded: 2,
    rejected: 0,
    check: ["SELECT string_agg(country, ',' ORDER BY id) FROM incidents", 'CHL,ARG'],
  },
  {
    name: 'NDJSON',
    file: 'casos.ndjson',
    bytes: () =>
      enc('{"id":"n1","fecha":"2024-01-05","pais":"UY"}\n\n{"id":"n2","fecha":"2024-13-05","pais":"PY"}\n'),
    loaded: 1,
    rejected: 1,
    reasons: { date_unparseable: 1 },
  },
  {
    name: 'GeoJSON points',
    file: 'casos.geojson',
    bytes: () => enc(geojson),
    loaded: 2,
    rejected: 0,
    warnings: ['coords_coarsened'],
    check: ["SELECT lat || ',' || lon FROM incidents WHERE id = 'g1'", '4.61,-74.08'],
  },
  {
    name: 'personal data columns',
    file: 'pii.csv',
    bytes: () => enc('id,fecha,pais,nombre,correo\n1,2024-01-05,COL,Ana Pérez,ana@example.org\n'),
    error: 'personal_data_columns',
  },
  {
    name: 'personal data dropped',
    file: 'pii-dropped.csv',
    bytes: () => enc('id,fecha,pais,nombre,correo\n1,2024-01-05,COL,Ana Pérez,ana@example.org\n'),
    mapping: {
      version: 1,
      recordLevel: 'incident',
      drop: ['nombre', 'correo'],
      fields: { id: { column: 'id' }, date: { column: 'fecha' }, country: { column: 'pais' } },
    },
    loaded: 1,
    rejected: 0,
  },
  {
    name: 'victim-level rows aggregated',
    file: 'victims.csv',
    bytes: () =>
      enc(
        'anio,pais,sexo,edad\n2019,COL,Femenino,18--20\n2019,COL,Mujer,0-8\n2019,COL,M,30\n2019,PER,F,\n2020,COL,Female,48+\n2019,Narnia,F,20\n',
      ),
    mapping: person,
    loaded: 5,
    rejected: 1,
    reasons: { country_unknown: 1 },
    check: [
      "SELECT string_agg(concat(country, year, ':', women, men, girls, boys, unknown_sex_age), ',' ORDER BY country, year) FROM incidents",
      'COL2019:11100,COL2020:10000,PER2019:00001',
    ],
  },
  { name: 'file too big', file: 'big.csv', bytes: csv(ROW1, ROW2), maxBytes: 10, error: 'file_too_large' },
  {
    name: 'mapping names a missing column',
    file: 'nocol.csv',
    bytes: csv(ROW1),
    mapping: { version: 1, recordLevel: 'incident', fields: { date: { column: 'Fecha del hecho' } } },
    error: 'mapping_column_missing',
  },
];
