import type { Database } from '../db/database.ts';
import { incidentsSelectSQL } from '../schema/incident.ts';
import type { CompiledMapping } from './mapping/compile-mapping.ts';
import { sqlIdent } from './sql-literal.ts';
import {
  aggregatePersonsQuery,
  deleteRejectedSQL,
  duplicateIdsQuery,
  rejectionsQuery,
  warningsQuery,
} from './validate-sql.ts';

/** What validation needs to know about one mapped extract. */
export interface ValidateInput {
  /** The mapped table: `mappedIncidentsQuery` for incident-level extracts, the flat compiled mapping for person-level ones. */
  mapped: string;
  compiled: CompiledMapping;
  file: string;
  /** One person a row: accepted rows are aggregated into incidents. */
  person: boolean;
  /** Report label of the id column when ids must be unique (incident-level files with an id). */
  idLabel?: string;
  /** Prefix of generated incident ids for person-level files. */
  idPrefix: string;
  /** Names of the tables to create. */
  tables: { rejections: string; warnings: string; accepted: string };
}

/** Row counts after validation. */
export interface ValidateCounts {
  rowsLoaded: number;
  rowsRejected: number;
  incidents: number;
}

async function num(db: Database, sql: string): Promise<number> {
  return Number((await db.query(sql)).get(0)?.n ?? 0);
}

/**
 * Splits a mapped extract into its rejection report, its warnings (kept rows only) and the
 * accepted incidents (incident columns plus `__row`). An incident-level mapped table becomes
 * the accepted table itself: rejected rows are deleted and the check columns dropped, so the
 * extract is never copied a second time. A person-level one is aggregated into a new table.
 */
export async function validateExtract(db: Database, input: ValidateInput): Promise<ValidateCounts> {
  const { mapped, compiled, file, tables: t } = input;
  const q = sqlIdent;
  await db.exec(`CREATE OR REPLACE TABLE ${q(t.rejections)} AS ${rejectionsQuery(mapped, compiled, file)}`);
  if (input.idLabel !== undefined && !input.person) {
    await db.exec(`INSERT INTO ${q(t.rejections)} ${duplicateIdsQuery(mapped, input.idLabel, file)}`);
  }
  await db.exec(
    `CREATE OR REPLACE TABLE ${q(t.warnings)} AS ${warningsQuery(mapped, t.rejections, compiled, file)}`,
  );
  const rowsRejected = await num(db, `SELECT count(DISTINCT "row")::DOUBLE AS n FROM ${q(t.rejections)}`);
  if (input.person) {
    const grouped = aggregatePersonsQuery(mapped, t.rejections, file, input.idPrefix);
    await db.exec(
      `CREATE OR REPLACE TABLE ${q(t.accepted)} AS ${incidentsSelectSQL(`(${grouped})`, ['__row', '__rows'])}`,
    );
    const rowsLoaded = await num(db, `SELECT COALESCE(sum(__rows), 0)::DOUBLE AS n FROM ${q(t.accepted)}`);
    await db.exec(`ALTER TABLE ${q(t.accepted)} DROP COLUMN __rows`);
    const incidents = await num(db, `SELECT count(*)::DOUBLE AS n FROM ${q(t.accepted)}`);
    return { rowsLoaded, rowsRejected, incidents };
  }
  if (rowsRejected > 0) await db.exec(deleteRejectedSQL(mapped, t.rejections));
  await db.exec(`ALTER TABLE ${q(mapped)} DROP COLUMN __rej`);
  await db.exec(`ALTER TABLE ${q(mapped)} DROP COLUMN __warn`);
  if (mapped !== t.accepted) await db.exec(`ALTER TABLE ${q(mapped)} RENAME TO ${q(t.accepted)}`);
  const rowsLoaded = await num(db, `SELECT count(*)::DOUBLE AS n FROM ${q(t.accepted)}`);
  return { rowsLoaded, rowsRejected, incidents: rowsLoaded };
}
