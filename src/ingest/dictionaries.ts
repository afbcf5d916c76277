/**
 * Built-in value dictionaries in Spanish, Portuguese and English. Keys are normalised
 * (lower case, accents stripped, trimmed: see `normSQL`), so `Femenino`, `FEMENINO` and
 * `femenino` all match. A mapping's own `values` take precedence over these.
 */

/** Normalises a dictionary key the way `normSQL` does in DuckDB. */
export function normKey(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Crime type words → schema crime types. Note pt `tráfico de pessoas` is trafficking. */
export const CRIME_TYPE_WORDS: Readonly<Record<string, string>> = {
  trafficking: 'trafficking',
  'human trafficking': 'trafficking',
  'trafficking in persons': 'trafficking',
  trata: 'trafficking',
  'trata de personas': 'trafficking',
  'trata de seres humanos': 'trafficking',
  'trata de pessoas': 'trafficking',
  'trafico de pessoas': 'trafficking',
  tip: 'trafficking',
  smuggling: 'smuggling',
  'migrant smuggling': 'smuggling',
  'smuggling of migrants': 'smuggling',
  'trafico ilicito de migrantes': 'smuggling',
  'trafico de migrantes': 'smuggling',
  'trafico ilicito de migrantes por tierra, mar y aire': 'smuggling',
  'contrabando de migrantes': 'smuggling',
  'promocao de migracao ilegal': 'smuggling',
  'contrabando de pessoas': 'smuggling',
  som: 'smuggling',
  both: 'both',
  ambos: 'both',
  'trata y trafico': 'both',
  unknown: 'unknown',
  desconocido: 'unknown',
  desconhecido: 'unknown',
  'sin dato': 'unknown',
  'sem informacao': 'unknown',
};

/** Exploitation words → schema forms. */
export const EXPLOITATION_WORDS: Readonly<Record<string, string>> = {
  sexual: 'sexual',
  'sexual exploitation': 'sexual',
  'explotacion sexual': 'sexual',
  'exploracao sexual': 'sexual',
  'forced labour': 'forced_labour',
  'forced labor': 'forced_labour',
  'trabajo forzoso': 'forced_labour',
  'trabajos forzados': 'forced_labour',
  'explotacion laboral': 'forced_labour',
  'trabalho forcado': 'forced_labour',
  'trabalho escravo': 'forced_labour',
  'exploracao laboral': 'forced_labour',
  'forced criminality': 'forced_criminality',
  'criminalidad forzada': 'forced_criminality',
  'actividades delictivas': 'forced_criminality',
  'criminalidade forcada': 'forced_criminality',
  begging: 'begging',
  mendicidad: 'begging',
  'mendicidad forzada': 'begging',
  mendicancia: 'begging',
  'forced marriage': 'forced_marriage',
  'matrimonio forzado': 'forced_marriage',
  'matrimonio servil': 'forced_marriage',
  'casamento forcado': 'forced_marriage',
  'organ removal': 'organ_removal',
  'extraccion de organos': 'organ_removal',
  'remocao de orgaos': 'organ_removal',
  other: 'other',
  otro: 'other',
  otra: 'other',
  outro: 'other',
  unknown: 'unknown',
  desconocido: 'unknown',
  desconhecido: 'unknown',
};

/** Sex words → `f` / `m`. */
export const SEX_WORDS: Readonly<Record<string, string>> = {
  f: 'f',
  female: 'f',
  woman: 'f',
  women: 'f',
  femenino: 'f',
  femenina: 'f',
  mujer: 'f',
  feminino: 'f',
  mulher: 'f',
  m: 'm',
  male: 'm',
  man: 'm',
  men: 'm',
  masculino: 'm',
  hombre: 'm',
  varon: 'm',
  homem: 'm',
  h: 'm',
};

/** Age words → `adult` / `minor`. */
export const AGE_WORDS: Readonly<Record<string, string>> = {
  adult: 'adult',
  adulto: 'adult',
  adulta: 'adult',
  mayor: 'adult',
  'mayor de edad': 'adult',
  'maior de idade': 'adult',
  minor: 'minor',
  child: 'minor',
  menor: 'minor',
  'menor de edad': 'minor',
  'menor de idade': 'minor',
  nino: 'minor',
  nina: 'minor',
  crianca: 'minor',
  adolescente: 'minor',
};

/** One-column sex/age category words → count column. */
export const SEX_AGE_WORDS: Readonly<Record<string, string>> = {
  women: 'women',
  woman: 'women',
  mujer: 'women',
  mujeres: 'women',
  mulher: 'women',
  mulheres: 'women',
  men: 'men',
  man: 'men',
  hombre: 'men',
  hombres: 'men',
  homem: 'men',
  homens: 'men',
  girls: 'girls',
  girl: 'girls',
  nina: 'girls',
  ninas: 'girls',
  menina: 'girls',
  meninas: 'girls',
  boys: 'boys',
  boy: 'boys',
  nino: 'boys',
  ninos: 'boys',
  menino: 'boys',
  meninos: 'boys',
};

/** Words read as "yes" in flag columns (plus any number other than 0). */
export const TRUE_WORDS: readonly string[] = [
  'true',
  'yes',
  'y',
  'si',
  's',
  'sim',
  'x',
  'verdadero',
  'verdadeiro',
];

/** Detection source words → schema detection sources. */
export const DETECTION_WORDS: Readonly<Record<string, string>> = {
  police: 'police',
  policia: 'police',
  'border control': 'border_control',
  migracion: 'border_control',
  'control fronterizo': 'border_control',
  fronteira: 'border_control',
  fiscalia: 'prosecutor',
  prosecutor: 'prosecutor',
  'ministerio publico': 'prosecutor',
  'labour inspection': 'labour_inspection',
  'inspeccion del trabajo': 'labour_inspection',
  'inspecao do trabalho': 'labour_inspection',
  ngo: 'ngo',
  ong: 'ngo',
  health: 'health',
  salud: 'health',
  saude: 'health',
  other: 'other',
  otro: 'other',
  outro: 'other',
};
