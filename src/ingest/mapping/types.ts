/**
 * A column mapping: how the columns of one kind of extract become incident fields. Saved
 * as JSON valid against data-schemas/column-mapping.schema.json (which documents each
 * field); these types mirror that schema and `validateMapping` checks a file against it.
 */

/** A value taken from one source column, a constant, or a regex capture of a column. */
export interface ValueRule {
  /** Source column name, exactly as in the file header. */
  column?: string;
  /** A constant used for every row (instead of `column`). */
  constant?: string;
  /** RE2 regex applied to the column; capture group 1 is the value (no match → empty). */
  pattern?: string;
  /** Own dictionary: source value (matched case- and accent-insensitively) → target value. */
  values?: Record<string, string>;
  /** Source values that mean "no value" for this field (e.g. `0`, `Unknown`). */
  nullValues?: string[];
}

/** A date: the formats are tried in order; the first that parses sets the precision. */
export interface DateRule extends ValueRule {
  /**
   * strptime formats (`%d/%m/%Y`) or the special names `iso`, `year`, `year_month`,
   * `excel_serial`. Default: see `DEFAULT_DATE_FORMATS`.
   */
  formats?: string[];
  /** Column holding `day`/`month`/`year` (rutas' own flat format); overrides the format's precision. */
  precisionColumn?: string;
}

/** A count: one column, or the sum of several (blank counts as 0). */
export interface CountRule {
  column?: string;
  sum?: string[];
  constant?: number;
}

/** One column holding both coordinates, like `"37.34, 42.99"`. */
export interface CoordinatesRule {
  column: string;
  order?: 'lat_lon' | 'lon_lat';
}

/** Exploitation from yes/no flag columns (`isSexualExploit` → sexual) or from a word column. */
export interface ExploitationRule extends ValueRule {
  /** Flag column → exploitation form when the flag is set (1, true, sí, yes, x). */
  flags?: Record<string, string>;
  /** Separator between several forms in one cell (default `[,;|/]`). */
  separator?: string;
}

/** How the sex/age counts are derived. */
export type SexAgeRule =
  | {
      /** Separate count columns per category (`women`, `men`, ...: any missing one is 0). */
      mode: 'columns';
      women?: CountRule;
      men?: CountRule;
      girls?: CountRule;
      boys?: CountRule;
      unknown_sex_age?: CountRule;
    }
  | {
      /** A total plus overlapping female/male/child counts (IOM style); see the schema for the rule. */
      mode: 'totals';
      total: CountRule;
      females?: string;
      males?: string;
      children?: string;
    }
  | {
      /** One person per row: a sex column and an age column (number, band like `18--20`, or word). */
      mode: 'person';
      sex?: ValueRule;
      age?: ValueRule;
    }
  | {
      /** One person per row with one category column (`Mujer`, `Niña`, `girls` ...). */
      mode: 'category';
      category: ValueRule;
    };

/** Incident fields a mapping can fill (besides the counts, see `sexAge`). */
export interface MappingFields {
  id?: ValueRule;
  date?: DateRule;
  country?: ValueRule;
  admin1?: ValueRule;
  lat?: ValueRule;
  lon?: ValueRule;
  coordinates?: CoordinatesRule;
  crime_type?: ValueRule;
  exploitation?: ExploitationRule;
  nationality?: ValueRule;
  origin?: ValueRule;
  transit?: ValueRule;
  destination?: ValueRule;
  route?: ValueRule;
  detection_source?: ValueRule;
  office?: ValueRule;
}

/** A whole mapping file. */
export interface ColumnMapping {
  $schema?: string;
  version: 1;
  name?: string;
  description?: string;
  /** Documented choices (why a field is mapped the way it is). */
  notes?: string[];
  /** Reading options for the source file. */
  read?: { delimiter?: string; header?: boolean; quote?: string; sheet?: string };
  /** `incident`: one incident a row; `person`: one person a row, aggregated into incidents. */
  recordLevel: 'incident' | 'person';
  /** Columns the user chose not to load (must include every column flagged as personal data). */
  drop?: string[];
  /** Values meaning "no value" in every field (besides the empty cell). */
  nullValues?: string[];
  /** Coordinate grid in degrees (default 0.01). */
  coordinateGrid?: number;
  fields: MappingFields;
  sexAge?: SexAgeRule;
}
