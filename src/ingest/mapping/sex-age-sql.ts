import { SEX_AGE, type SexAge } from '../../schema/incident.ts';
import { AGE_WORDS, EXPLOITATION_WORDS, SEX_AGE_WORDS, SEX_WORDS, TRUE_WORDS } from '../dictionaries.ts';
import { sqlNumber, sqlString } from '../sql-literal.ts';
import type { CompileContext } from './compile-context.ts';
import { ruleText } from './fields-sql.ts';
import { dictionarySQL } from './sql-parts.ts';
import type { CountRule, ExploitationRule, SexAgeRule } from './types.ts';

/** SQL for each sex/age count column. */
export type SexAgeSQL = Record<SexAge, string>;

/** A count rule as an INTEGER expression (sum of columns, blank = 0). */
export function countRuleSQL(ctx: CompileContext, rule: CountRule | undefined): string {
  if (!rule) return '0';
  if (rule.constant !== undefined) return sqlNumber(Math.trunc(rule.constant));
  const columns = rule.sum ?? (rule.column !== undefined ? [rule.column] : []);
  if (columns.length === 0) return '0';
  return `(${columns.map((c) => ctx.count(c)).join(' + ')})`;
}

/**
 * Adult or minor from an age cell: a number (`34`), a band (`18--20`, `0-8`, `9 a 17`),
 * an open band (`48+`) or a word (`adulto`, `menor`). A band straddling 18 is unknown.
 */
export function ageClassSQL(text: string): string {
  const band = String.raw`^\s*(\d+)\s*(--|-|–|a|to|até)\s*(\d+)\s*$`;
  const lo = `TRY_CAST(regexp_extract(${text}, ${sqlString(band)}, 1) AS INTEGER)`;
  const hi = `TRY_CAST(regexp_extract(${text}, ${sqlString(band)}, 3) AS INTEGER)`;
  const open = `TRY_CAST(regexp_extract(${text}, '^\\s*(\\d+)\\s*\\+\\s*$', 1) AS INTEGER)`;
  const num = `TRY_CAST(replace(${text}, ',', '.') AS DOUBLE)`;
  return `CASE
    WHEN regexp_matches(${text}, ${sqlString(band)}) THEN CASE WHEN ${lo} >= 18 THEN 'adult' WHEN ${hi} < 18 THEN 'minor' END
    WHEN ${open} IS NOT NULL THEN CASE WHEN ${open} >= 18 THEN 'adult' END
    WHEN ${num} IS NOT NULL THEN CASE WHEN ${num} >= 18 AND ${num} < 130 THEN 'adult' WHEN ${num} >= 0 AND ${num} < 18 THEN 'minor' END
    ELSE ${dictionarySQL(text, undefined, AGE_WORDS, [])} END`;
}

function indicator(cond: string): string {
  return `(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;
}

/**
 * The five sex/age counts. `columns`: direct counts. `totals` (IOM): women/men are taken
 * from the female/male counts (capped by the total) only when no child is reported,
 * because those counts include children of unknown sex; all other persons go to
 * unknown_sex_age, so the five always sum to the total. `person`/`category`: one person a
 * row, counted 1 in exactly one column.
 */
export function sexAgeSQL(ctx: CompileContext, rule: SexAgeRule | undefined): SexAgeSQL {
  const zero: SexAgeSQL = { women: '0', men: '0', girls: '0', boys: '0', unknown_sex_age: '0' };
  if (!rule) return { ...zero, unknown_sex_age: '1' };
  if (rule.mode === 'columns') {
    const out = { ...zero };
    for (const key of SEX_AGE) out[key] = countRuleSQL(ctx, rule[key]);
    return out;
  }
  if (rule.mode === 'totals') {
    const total = ctx.parsed(countRuleSQL(ctx, rule.total));
    const f = rule.females ? ctx.count(rule.females) : '0';
    const m = rule.males ? ctx.count(rule.males) : '0';
    const c = rule.children ? ctx.count(rule.children) : '0';
    const women = ctx.parsed(`CASE WHEN ${c} = 0 THEN least(${f}, ${total}) ELSE 0 END`);
    const men = ctx.parsed(`CASE WHEN ${c} = 0 THEN least(${m}, ${total} - ${women}) ELSE 0 END`);
    return { women, men, girls: '0', boys: '0', unknown_sex_age: `(${total} - ${women} - ${men})` };
  }
  if (rule.mode === 'category') {
    const text = ruleText(ctx, rule.category);
    const cat = ctx.parsed(dictionarySQL(text, rule.category.values, SEX_AGE_WORDS, SEX_AGE));
    const out = { ...zero };
    for (const key of SEX_AGE) {
      out[key] =
        key === 'unknown_sex_age'
          ? indicator(`${cat} IS NULL OR ${cat} = 'unknown_sex_age'`)
          : indicator(`${cat} = '${key}'`);
    }
    return out;
  }
  const sex = ctx.parsed(dictionarySQL(ruleText(ctx, rule.sex), rule.sex?.values, SEX_WORDS, []));
  const ageText = ruleText(ctx, rule.age);
  const age = ctx.parsed(
    rule.age?.values ? dictionarySQL(ageText, rule.age.values, {}, []) : ageClassSQL(ageText),
  );
  const is = (s: string, a: string): string => indicator(`${sex} = '${s}' AND ${age} = '${a}'`);
  return {
    women: is('f', 'adult'),
    men: is('m', 'adult'),
    girls: is('f', 'minor'),
    boys: is('m', 'minor'),
    unknown_sex_age: indicator(`${sex} IS NULL OR ${age} IS NULL`),
  };
}

/**
 * Exploitation forms as a `|`-joined string: from flag columns (`unknown` when no flag is
 * set) or from a word column split on `[,;|/]` (any unrecognised word rejects the row).
 */
export function exploitationSQL(
  ctx: CompileContext,
  rule: ExploitationRule | undefined,
  allowed: readonly string[],
): string {
  if (!rule) return "''";
  if (rule.flags) {
    const truthy = (t: string): string =>
      `(list_contains([${TRUE_WORDS.map(sqlString).join(', ')}], rutas_norm(${t})) OR COALESCE(TRY_CAST(${t} AS DOUBLE), 0) <> 0)`;
    const items = Object.entries(rule.flags).map(
      ([column, form]) => `CASE WHEN ${truthy(ctx.text(column))} THEN ${sqlString(form)} END`,
    );
    const joined = `array_to_string(list_sort(list_distinct(list_filter([${items.join(', ')}], x -> x IS NOT NULL))), '|')`;
    return ctx.parsed(`CASE WHEN ${joined} = '' THEN 'unknown' ELSE ${joined} END`);
  }
  const text = ruleText(ctx, rule);
  const sep = sqlString(rule.separator ?? '[,;|/]');
  const mappedOf = (t: string): string =>
    `list_transform(list_transform(regexp_split_to_array(${t}, ${sep}), w -> trim(w)), w -> ${dictionarySQL('w', rule.values, EXPLOITATION_WORDS, allowed)})`;
  const joinedOf = (m: string): string => `array_to_string(list_sort(list_distinct(${m})), '|')`;
  const unknownOf = (m: string): string => `list_count(${m}) < len(${m})`;
  let joined: string;
  let unknown: string;
  if (rule.column !== undefined) {
    // Few distinct word lists in a file: split and translate each once, not once a row.
    joined = ctx.lookup(text, (k) => joinedOf(mappedOf(k)));
    unknown = ctx.lookup(text, (k) => unknownOf(mappedOf(k)));
  } else {
    const mapped = ctx.parsed(mappedOf(text));
    joined = joinedOf(mapped);
    unknown = unknownOf(mapped);
  }
  const value = ctx.parsed(`CASE WHEN ${text} IS NULL THEN '' ELSE ${joined} END`);
  ctx.check({
    column: rule.column ?? 'exploitation',
    value: text,
    cases: [[`${text} IS NOT NULL AND ${unknown}`, 'value_unknown']],
  });
  return value;
}
