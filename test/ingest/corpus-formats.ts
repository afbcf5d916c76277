import { type Table as ArrowTable, tableFromArrays, tableToIPC } from 'apache-arrow';
import ExcelJS from 'exceljs';
import { Table as ParquetTable, writeParquet } from 'parquet-wasm/node';
import type { ColumnMapping } from '../../src/ingest/mapping/types.ts';
import { type CorpusCase, csv, enc, HEADER, one, ROW1, ROW2 } from './corpus-helpers.ts';

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

const FLAT_HEADER =
  'id,date,date_precision,country,admin1,lat,lon,crime_type,exploitation,women,men,girls,boys,unknown_sex_age,nationality,origin,transit,destination,route,detection_source,office';
const flat =
  (...rows: string[]): (() => Uint8Array) =>
  () =>
    enc([FLAT_HEADER, ...rows].join('\n'));

const hugeRoute = 'x'.repeat(2_000_000);

/** Corpus entries for file-level failures and the other formats (XLSX, Parquet, Arrow, JSON, GeoJSON). */
export const FORMAT_CASES: CorpusCase[] = [
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
  {
    name: "rutas' own flat format (auto-mapped)",
    file: 'flat.csv',
    bytes: flat(
      'S1,2015-01-01,month,ECU,EC-G,-2.19,-79.87,smuggling,,3,6,0,1,0,COL,COL,PAN|CRI,USA,Andean,police,FGE-ECU',
      'S2,2015-01-19,day,DOM,DO-10,18.48,-71.86,trafficking,sexual|forced_labour,0,0,0,1,0,HTI,HTI,,DOM,Hispaniola,health,PGR-DOM',
      'S3,2015-01-19,week,DOM,,,,trafficking,,0,0,0,1,0,HTI,HTI,XXX,DOM,,,',
    ),
    loaded: 2,
    rejected: 1,
    reasons: { value_unknown: 1, country_unknown: 1 },
    check: [
      "SELECT string_agg(concat_ws(';', id, date_precision, array_to_string(transit, '/'), array_to_string(exploitation, '/'), detection_source), ' ' ORDER BY id) FROM incidents",
      'S1;month;PAN/CRI;police S2;day;forced_labour/sexual;health',
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
