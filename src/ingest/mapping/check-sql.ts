import { sqlString } from '../sql-literal.ts';
import type { Check } from './sql-parts.ts';

/**
 * Pure SQL for the rejection and warning checks of a compiled mapping. A million rows that
 * pass must cost as little as possible: "does any check fail" is one boolean OR of the
 * checks' conditions (DuckDB evaluates a CASE condition with selection vectors, producing no
 * strings), and the reason codes, values and packing are computed only inside that CASE, so
 * only for the rows that fail.
 */

/** SQL boolean: true when `check` fails (some case's condition is true). */
export function checkFailsSQL(check: Check): string {
  const any = check.cases.map(([condition]) => `(${condition})`).join(' OR ');
  return check.unless === undefined ? any : `CASE WHEN ${check.unless} THEN false ELSE ${any} END`;
}

/** SQL: the reason code of the first true case, NULL when none is (or when `unless` holds). */
export function checkReasonSQL(check: Check): string {
  const whens = check.cases.map(([condition, code]) => `WHEN ${condition} THEN ${sqlString(code)}`);
  const guard = check.unless === undefined ? '' : `WHEN ${check.unless} THEN NULL `;
  return `CASE ${guard}${whens.join(' ')} END`;
}

/** The value shown in the report, with the two separator characters replaced. */
function reportValueSQL(value: string): string {
  return `replace(replace(COALESCE(CAST(${value} AS VARCHAR), ''), chr(30), '\uFFFD'), chr(31), '\uFFFD')`;
}

/**
 * All failed checks of a row in ONE VARCHAR, NULL when the row is fine: entries
 * `index<US>reason<US>value` joined by RS (chr(31)/chr(30); those two characters in a value
 * show as U+FFFD in the report). The index picks the check's source-column label.
 */
export function packedChecksSQL(checks: readonly Check[]): string {
  if (checks.length === 0) return 'CAST(NULL AS VARCHAR)';
  const entries = checks.map(
    (c, i) =>
      `CASE WHEN ${checkFailsSQL(c)} THEN concat('${i}', chr(31), ${checkReasonSQL(c)}, chr(31), ${reportValueSQL(c.value)}) END`,
  );
  const any = checks.map((c) => `(${checkFailsSQL(c)})`).join('\n      OR ');
  return `CASE WHEN ${any}\n    THEN NULLIF(concat_ws(chr(30), ${entries.join(',\n      ')}), '') END`;
}
