// Generated from data-schemas/column-mapping.schema.json by scripts/build-schema-types.ts; do not edit.
// Run `npx tsx scripts/build-schema-types.ts` after changing the schema.

/**
 * A value from one column (optionally a regex capture and a dictionary) or a constant.
 */
export type ValueRule =
  | {
      /**
       * Source column name, exactly as in the header.
       */
      column: string;
      /**
       * A constant for every row (instead of column).
       */
      constant?: string;
      /**
       * RE2 regular expression applied to the cell; capture group 1 is the value (no match = empty).
       */
      pattern?: string;
      /**
       * Dictionary: source value → target value; takes precedence over the built-in words.
       */
      values?: {
        [k: string]: string;
      };
      /**
       * Values meaning "no value" in this column (e.g. "0", "Unknown").
       */
      nullValues?: string[];
    }
  | {
      /**
       * Source column name, exactly as in the header.
       */
      column?: string;
      /**
       * A constant for every row (instead of column).
       */
      constant: string;
      /**
       * RE2 regular expression applied to the cell; capture group 1 is the value (no match = empty).
       */
      pattern?: string;
      /**
       * Dictionary: source value → target value; takes precedence over the built-in words.
       */
      values?: {
        [k: string]: string;
      };
      /**
       * Values meaning "no value" in this column (e.g. "0", "Unknown").
       */
      nullValues?: string[];
    };
/**
 * A count: one column, the sum of several, or a constant. A blank cell is 0; "1.234" and "1,234" are read as 1234 with a warning; "<5", negatives and fractions are rejected.
 */
export type CountRule =
  | {
      column: string;
      /**
       * @minItems 1
       */
      sum?: [string, ...string[]];
      constant?: number;
    }
  | {
      column?: string;
      /**
       * @minItems 1
       */
      sum: [string, ...string[]];
      constant?: number;
    }
  | {
      column?: string;
      /**
       * @minItems 1
       */
      sum?: [string, ...string[]];
      constant: number;
    };

/**
 * How the columns of one kind of case-system extract become incident fields (see incident.schema.json). Saved by the mapping dialog or by hand, reloaded for the next extract of the same kind. Source column names are matched exactly; dictionary keys and null values are matched ignoring case, accents and extra spaces.
 */
export interface ColumnMapping {
  /**
   * Path or URL of this schema, for editors.
   */
  $schema?: string;
  /**
   * Version of the mapping format. Only 1 exists.
   */
  version: 1;
  /**
   * Short name shown in the mapping list, e.g. "IOM Missing Migrants website export".
   */
  name?: string;
  /**
   * What kind of extract this mapping is for.
   */
  description?: string;
  /**
   * Documented choices: why a field is mapped the way it is (kept with the mapping so the next analyst sees them).
   */
  notes?: string[];
  /**
   * How to read the file. Anything left out is detected.
   */
  read?: {
    /**
     * CSV field delimiter.
     */
    delimiter?: string;
    /**
     * CSV quote character.
     */
    quote?: string;
    /**
     * Whether the first CSV line is a header. Without one, columns are named column0, column1, ...
     */
    header?: boolean;
    /**
     * XLSX sheet name (default: the first sheet).
     */
    sheet?: string;
  };
  /**
   * "incident": one incident a row. "person": one person (victim) a row; after validation rows are grouped into incidents by every mapped non-count field and their sex/age counts summed. Every input row is then in exactly one incident or one rejection.
   */
  recordLevel: 'incident' | 'person';
  /**
   * Columns never to load. Every column the privacy guard flags as personal data (names, document numbers, phones, e-mails, exact birth dates, narratives) must be listed here or the file is refused.
   */
  drop?: string[];
  /**
   * Values that mean "no value" in every column, besides the empty cell (e.g. "NA", "s/d").
   */
  nullValues?: string[];
  /**
   * Privacy grid for coordinates in degrees (default 0.01). Finer coordinates are rounded to it and the report counts them.
   */
  coordinateGrid?: number;
  /**
   * One rule per incident field. Required incident fields missing from the mapping: id is generated from the file name and row number; crime_type becomes "unknown"; date and country are rejected as required_missing.
   */
  fields: {
    /**
     * Incident id (text, at most 128 characters). Repeated ids: the first row is kept, the others are rejected as id_duplicate.
     */
    id?: ValueRule;
    /**
     * Date of detection. Unparseable and future dates are rejected.
     */
    date?: DateRule;
    /**
     * Country of detection: a name in Spanish, Portuguese or English, or an ISO alpha-2/alpha-3 code. Unrecognised names are rejected as country_unknown.
     */
    country?: ValueRule;
    /**
     * ISO 3166-2 subdivision code; use `values` to translate department names.
     */
    admin1?: ValueRule;
    /**
     * Latitude column (decimal degrees; a decimal comma is accepted).
     */
    lat?: ValueRule;
    /**
     * Longitude column.
     */
    lon?: ValueRule;
    /**
     * One column holding both coordinates, like "37.34, 42.99" (instead of lat and lon).
     */
    coordinates?: {
      column: string;
      /**
       * Order of the two numbers (default lat_lon).
       */
      order?: 'lat_lon' | 'lon_lat';
    };
    /**
     * Crime type; built-in words in three languages ("Trata de personas" → trafficking, "Tráfico ilícito de migrantes" → smuggling). Often a `constant`.
     */
    crime_type?: ValueRule;
    exploitation?: ExploitationRule;
    /**
     * Main nationality of the persons (country name or code).
     */
    nationality?: ValueRule;
    /**
     * Country where the journey started.
     */
    origin?: ValueRule;
    /**
     * Transit countries separated by , ; | or /.
     */
    transit?: ValueRule;
    /**
     * Destination country (country of exploitation for trafficking).
     */
    destination?: ValueRule;
    /**
     * Route label (text, at most 80 characters).
     */
    route?: ValueRule;
    /**
     * Who detected the case; built-in words for police, prosecutor, border control, labour inspection, NGO, health.
     */
    detection_source?: ValueRule;
    /**
     * Reporting office. Usually set per file when loading several extracts.
     */
    office?: ValueRule;
  };
  /**
   * How the five sex/age counts (women, men, girls, boys, unknown_sex_age) are derived. Without it every row counts one person of unknown sex/age.
   */
  sexAge?:
    | {
        mode: 'columns';
        women?: CountRule;
        men?: CountRule;
        girls?: CountRule;
        boys?: CountRule;
        unknown_sex_age?: CountRule;
      }
    | {
        mode: 'totals';
        total: CountRule;
        females?: string;
        males?: string;
        children?: string;
      }
    | {
        mode: 'person';
        sex?: ValueRule;
        age?: ValueRule;
      }
    | {
        mode: 'category';
        category: ValueRule;
      };
}
/**
 * A date column and the formats tried in order; the first that parses gives the date precision (a day field → day, a month field → month, else year).
 */
export interface DateRule {
  column: string;
  pattern?: string;
  nullValues?: string[];
  /**
   * Column holding the precision (day, month or year) as in rutas' own flat files; it overrides the precision implied by the format.
   */
  precisionColumn?: string;
  /**
   * strptime formats such as "%d/%m/%Y" or "%a, %m/%d/%Y - %H:%M", or the names iso (yyyy-mm-dd), year_month (yyyy-mm), month_year (mm/yyyy), year (a bare year), excel_serial (Excel day numbers). Default: iso, %d/%m/%Y, %d-%m-%Y, %d.%m.%Y, %d/%m/%y, IOM's format, year_month, month_year, year, excel_serial.
   *
   * @minItems 1
   */
  formats?: [string, ...string[]];
}
/**
 * Forms of exploitation: from yes/no flag columns (`flags`; "unknown" when no flag is set) or from a word column split on , ; | / (words in three languages; an unrecognised word rejects the row as value_unknown).
 */
export interface ExploitationRule {
  column?: string;
  values?: {
    [k: string]: string;
  };
  nullValues?: string[];
  pattern?: string;
  /**
   * RE2 separator between forms (default [,;|/]).
   */
  separator?: string;
  /**
   * Flag column → form when set (1, 1.0, true, sí, sim, yes, x).
   */
  flags?: {
    [k: string]:
      | 'sexual'
      | 'forced_labour'
      | 'forced_criminality'
      | 'begging'
      | 'forced_marriage'
      | 'organ_removal'
      | 'other'
      | 'unknown';
  };
}
