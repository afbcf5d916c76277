import { sqlIdent, sqlString } from '../sql-literal.ts';
import { type Check, emptyParts, type SqlParts, textSQL } from './sql-parts.ts';

const THOUSANDS = String.raw`^-?\d{1,3}([.,\x{00a0} ]\d{3})+$`;

/**
 * State while compiling one mapping: the parts collected so far and stage columns already
 * made, so a source column used twice is read and checked once.
 */
export class CompileContext {
  readonly parts: SqlParts = emptyParts();
  private readonly texts = new Map<string, string>();
  private readonly counts = new Map<string, string>();
  private next = 0;

  /** @param nullTokens values meaning "no value" in every column */
  constructor(
    readonly nullTokens: readonly string[],
    readonly sourceColumns: readonly string[],
    readonly rawTable: string,
  ) {}

  /** Throws (caught by the caller as `mapping_column_missing`) if `column` is not in the file. */
  requireColumn(column: string): void {
    if (!this.sourceColumns.includes(column)) throw new MissingColumnError(column);
  }

  /** Stage-1 column holding the cleaned text of `column` (optionally a regex capture); returns its quoted name. */
  text(column: string, extraNulls: readonly string[] = [], pattern?: string): string {
    this.requireColumn(column);
    const key = JSON.stringify([column, extraNulls, pattern ?? null]);
    const had = this.texts.get(key);
    if (had) return had;
    const name = sqlIdent(`t${this.next++}`);
    this.parts.texts.push([name, textSQL(column, [...this.nullTokens, ...extraNulls], pattern)]);
    this.texts.set(key, name);
    return name;
  }

  /**
   * A value looked up once per DISTINCT text of a stage-1 column and joined back (a
   * correlated subquery per row would make DuckDB buffer the whole input). `valueFor(k)`
   * is SQL over the distinct text `k`; subqueries are fine there. Returns the quoted
   * column name, usable from stage 2 on.
   */
  lookup(text: string, valueFor: (k: string) => string): string {
    const key = this.parts.texts.find(([n]) => n === text)?.[1];
    if (key === undefined) throw new Error(`lookup on unknown text column ${text}`);
    const name = sqlIdent(`l${this.next++}`);
    // Every lookup on one text column shares one DISTINCT scan and one join.
    const had = this.parts.lookups.find((l) => l.text === text);
    if (had) had.values.push([name, valueFor('k')]);
    else this.parts.lookups.push({ text, key, values: [[name, valueFor('k')]] });
    return name;
  }

  /**
   * A fresh stage-2 column computed by `expr`; returns its quoted name. Its depth follows
   * from the parsed columns `expr` names (see {@link SqlParts.parsed}).
   */
  parsed(expr: string): string {
    const name = sqlIdent(`p${this.next++}`);
    const depth = 1 + Math.max(0, ...this.parts.parsed.filter(([n]) => expr.includes(n)).map(([, , d]) => d));
    this.parts.parsed.push([name, expr, depth]);
    return name;
  }

  /** Adds a rejection check. */
  check(check: Check): void {
    this.parts.checks.push(check);
  }

  /** Adds a warning check. */
  warn(check: Check): void {
    this.parts.warnings.push(check);
  }

  /**
   * A count read from `column`: blank is 0; thousands separators are accepted with a
   * warning; `<5`, negatives, fractions and text are rejected. Returns a SQL expression
   * that is a safe INTEGER for every row (0 where the row is rejected anyway).
   */
  count(column: string): string {
    const had = this.counts.get(column);
    if (had) return had;
    const t = this.text(column);
    // Almost every count is a plain integer: when the text is exactly an integer's canonical
    // form, the regex and the DOUBLE parse below give that integer, so they are skipped.
    const int = this.parsed(`TRY_CAST(${t} AS INTEGER)`);
    const plain = this.parsed(`CAST(${int} AS VARCHAR) = ${t}`);
    const grouped = this.parsed(
      `CASE WHEN ${plain} THEN false ELSE regexp_matches(${t}, ${sqlString(THOUSANDS)}) END`,
    );
    const cleaned = `CASE WHEN ${grouped} THEN regexp_replace(${t}, '[.,\\x{00a0} ]', '', 'g') ELSE replace(${t}, ',', '.') END`;
    const n = this.parsed(
      `CASE WHEN ${plain} THEN CAST(${int} AS DOUBLE) ELSE TRY_CAST(${cleaned} AS DOUBLE) END`,
    );
    this.check({
      column,
      value: t,
      // A plain integer in range is the common case and fails none of the tests below.
      unless: `${plain} AND ${int} BETWEEN 0 AND 1000000000`,
      cases: [
        [
          `CASE WHEN ${n} IS NULL AND ${t} IS NOT NULL THEN regexp_matches(${t}, '^\\s*[<>≤≥]') ELSE false END`,
          'count_censored',
        ],
        [`${n} IS NULL AND ${t} IS NOT NULL`, 'count_not_integer'],
        [`isnan(${n}) OR isinf(${n})`, 'count_not_integer'],
        [`${n} < 0`, 'count_negative'],
        [`${n} <> floor(${n}) OR ${n} > 1000000000`, 'count_not_integer'],
      ],
    });
    this.warn({ column, value: t, cases: [[grouped, 'count_thousands_separator']] });
    const safe = `(CASE WHEN ${n} >= 0 AND ${n} <= 1000000000 AND ${n} = floor(${n}) THEN ${n}::INTEGER ELSE 0 END)`;
    this.counts.set(column, safe);
    return safe;
  }
}

/** Thrown while compiling when the mapping names a column the file lacks. */
export class MissingColumnError extends Error {
  constructor(readonly column: string) {
    super(`missing column ${column}`);
    this.name = 'MissingColumnError';
  }
}
