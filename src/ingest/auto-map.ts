import { normKey } from './dictionaries.ts';
import type { ColumnMapping, MappingFields } from './mapping/types.ts';

/** Header words (normalised) recognised per target, in Spanish, Portuguese and English. */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  id: [
    'id',
    'incident id',
    'id incidente',
    'id caso',
    'caso id',
    'codigo',
    'codigo caso',
    'case id',
    'id do caso',
    'numero de caso',
  ],
  date: [
    'fecha',
    'date',
    'data',
    'incident date',
    'fecha del hecho',
    'fecha de deteccion',
    'data do fato',
    'fecha hecho',
    'year',
    'ano',
    'anio',
    'year of registration',
    'yearofregistration',
    'periodo',
  ],
  country: [
    'pais',
    'country',
    'pais de deteccion',
    'pais de exploracao',
    'pais de explotacion',
    'country of exploitation',
    'countryofexploitation',
    'country of detection',
    'pais_exploracao',
  ],
  date_precision: ['date precision', 'precision fecha', 'precision'],
  admin1: ['departamento', 'provincia', 'estado', 'region', 'uf', 'admin1', 'state', 'department'],
  lat: ['lat', 'latitud', 'latitude', 'y'],
  lon: ['lon', 'lng', 'long', 'longitud', 'longitude', 'x'],
  coordinates: ['coordenadas', 'coordinates', 'coords', 'coordenada', 'latlon', 'lat lon'],
  crime_type: [
    'tipo de delito',
    'delito',
    'crime type',
    'crime',
    'tipo de crime',
    'tipo penal',
    'crime_type',
  ],
  exploitation: [
    'explotacion',
    'tipo de explotacion',
    'exploitation',
    'exploracao',
    'finalidad',
    'forma de explotacion',
  ],
  nationality: [
    'nacionalidad',
    'nationality',
    'nacionalidade',
    'citizenship',
    'ciudadania',
    'country of origin',
    'pais de origen de la victima',
  ],
  origin: ['origen', 'origin', 'pais de origen', 'origem', 'pais de origem'],
  transit: ['transito', 'transit', 'paises de transito'],
  destination: ['destino', 'destination', 'pais de destino'],
  route: ['ruta', 'route', 'rota', 'migration route', 'corredor'],
  detection_source: ['fuente', 'detection source', 'institucion', 'fonte', 'detectado por'],
  office: ['oficina', 'office', 'unidad', 'fiscalia', 'orgao'],
  sex: ['sexo', 'genero', 'gender', 'sex'],
  age: ['edad', 'age', 'idade', 'agebroad', 'age broad', 'rango de edad', 'faixa etaria', 'grupo de edad'],
  women: ['mujeres', 'women', 'mulheres'],
  men: ['hombres', 'men', 'homens'],
  girls: ['ninas', 'girls', 'meninas'],
  boys: ['ninos', 'boys', 'meninos'],
  unknown_sex_age: ['sin dato', 'unknown', 'desconocido', 'unknown sex age'],
};

/** Normalised form of a header for matching: accents, case, `_`/`-` and extra spaces removed. */
function headerKey(header: string): string {
  return normKey(header.replace(/[_\-.]+/g, ' '));
}

/** For each target, the first column whose normalised header is one of its synonyms. */
export function matchHeaders(columns: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  const used = new Set<string>();
  for (const [target, words] of Object.entries(SYNONYMS)) {
    const column = columns.find((c) => !used.has(c) && words.includes(headerKey(c)));
    if (column !== undefined) {
      found.set(target, column);
      used.add(column);
    }
  }
  return found;
}

/**
 * Proposes a mapping from the headers alone, for the user to review: recognised columns
 * are mapped with default parsing; a sex + age column pair makes it person-level (one
 * victim a row), per-category count columns make it incident-level.
 */
export function proposeMapping(columns: readonly string[]): ColumnMapping {
  const m = matchHeaders(columns);
  const fields: MappingFields = {};
  const simple = [
    'id',
    'date',
    'country',
    'admin1',
    'crime_type',
    'exploitation',
    'nationality',
    'origin',
    'transit',
    'destination',
    'route',
    'detection_source',
    'office',
  ] as const;
  for (const key of simple) {
    const column = m.get(key);
    if (column !== undefined) fields[key] = { column };
  }
  const precision = m.get('date_precision');
  if (fields.date && precision !== undefined) fields.date = { ...fields.date, precisionColumn: precision };
  const coordinates = m.get('coordinates');
  if (coordinates !== undefined) fields.coordinates = { column: coordinates };
  else if (m.has('lat') && m.has('lon')) {
    fields.lat = { column: m.get('lat') ?? '' };
    fields.lon = { column: m.get('lon') ?? '' };
  }
  const counts = (['women', 'men', 'girls', 'boys', 'unknown_sex_age'] as const).filter((k) => m.has(k));
  if (counts.length > 0) {
    const rule: Extract<ColumnMapping['sexAge'], { mode: 'columns' }> = { mode: 'columns' };
    for (const k of counts) rule[k] = { column: m.get(k) ?? '' };
    return { version: 1, recordLevel: 'incident', fields, sexAge: rule };
  }
  if (m.has('sex') || m.has('age')) {
    const sex = m.get('sex');
    const age = m.get('age');
    return {
      version: 1,
      recordLevel: 'person',
      fields,
      sexAge: {
        mode: 'person',
        ...(sex ? { sex: { column: sex } } : {}),
        ...(age ? { age: { column: age } } : {}),
      },
    };
  }
  return { version: 1, recordLevel: 'incident', fields };
}
