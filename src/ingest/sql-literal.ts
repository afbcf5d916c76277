/**
 * SQL literal and identifier escaping for ingest: every value that comes from a file, a
 * mapping or a user (file names, column names, dictionary words, date formats) goes through
 * these. They are the query layer's own helpers, so the app has one escaping rule.
 */
export { sqlIdent, sqlNumber, sqlString, sqlStringList } from '../query/sql.ts';
