import type { Database } from '../db/database.ts';
import { normKey } from './dictionaries.ts';
import { sqlIdent } from './sql-literal.ts';

/** Why a column looks like personal data. */
export type PersonalDataKind =
  | 'name'
  | 'document'
  | 'phone'
  | 'email'
  | 'birth_date'
  | 'narrative'
  | 'address';

/** A column flagged by the privacy guard. */
export interface PersonalDataColumn {
  column: string;
  kinds: PersonalDataKind[];
}

const NAME_PATTERNS: readonly [PersonalDataKind, RegExp][] = [
  [
    'name',
    /^(nombres?|apellidos?|name|first ?name|last ?name|surname|full ?name|nome|sobrenome|nombre (de la )?victima|nombre completo|victim name)$/,
  ],
  ['name', /\b(apellido|surname|sobrenome|nombre completo|full name|nome completo)\b/],
  [
    'document',
    /\b(dni|cedula|cpf|rg|curp|rut|nie|nif|passport|pasaporte|passaporte|documento|document( number| no)?|n(ro|um)\.? ?doc|id number|ssn)\b/,
  ],
  ['phone', /\b(telefono|phone|celular|movil|mobile|tel|whatsapp)\b/],
  ['email', /\b(e-?mail|correo|email address)\b/],
  [
    'birth_date',
    /\b(fecha de nacimiento|date of birth|birth ?date|dob|data de nascimento|nacimiento|nascimento)\b/,
  ],
  [
    'narrative',
    /\b(narrativa|relato|descripcion|description|observaciones|observacoes|notes?|notas|comentarios?|comments?|historia|resumen|summary|narrative|hechos)\b/,
  ],
  ['address', /\b(direccion|domicilio|address|endereco|morada)\b/],
];

const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const PHONE = /^\+?[\d\s().-]{7,}$/;
const DOCUMENT = /^(\d{1,3}(\.\d{3}){2,3}(-[\dkK])?|\d{3}\.\d{3}\.\d{3}-\d{2}|[A-Z]{1,2}\d{6,9})$/;
const FULL_DATE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/;

/** Kinds suggested by a column's name alone. */
export function kindsFromName(column: string): PersonalDataKind[] {
  const key = normKey(column).replace(/[_.]+/g, ' ');
  return [...new Set(NAME_PATTERNS.filter(([, re]) => re.test(key)).map(([kind]) => kind))];
}

/**
 * Kinds suggested by sample values: most values e-mails, phone numbers or document
 * numbers, or long multi-word free text (a narrative). A share threshold avoids flagging a
 * column for one odd cell.
 */
export function kindsFromValues(values: readonly string[]): PersonalDataKind[] {
  const vs = values.map((v) => v.trim()).filter((v) => v !== '');
  if (vs.length === 0) return [];
  const share = (test: (v: string) => boolean): number => vs.filter(test).length / vs.length;
  const kinds: PersonalDataKind[] = [];
  if (share((v) => EMAIL.test(v)) >= 0.5) kinds.push('email');
  if (
    share(
      (v) =>
        PHONE.test(v) &&
        !DOCUMENT.test(v) &&
        !FULL_DATE.test(v) &&
        !/^-?\d+([.,]\d+)?$/.test(v) &&
        v.replace(/\D/g, '').length >= 8 &&
        /[\s().+-]/.test(v),
    ) >= 0.5
  )
    kinds.push('phone');
  if (share((v) => DOCUMENT.test(v)) >= 0.5) kinds.push('document');
  const long = share((v) => v.length >= 120 && v.split(/\s+/).length >= 15);
  if (long >= 0.3) kinds.push('narrative');
  return kinds;
}

/** Adds `birth_date` when a column named like a birth date holds full dates. */
function birthDateKinds(values: readonly string[], byName: PersonalDataKind[]): PersonalDataKind[] {
  if (!byName.includes('birth_date')) return [];
  const full = values.filter((v) => FULL_DATE.test(v.trim())).length;
  return full > 0 || values.length === 0 ? ['birth_date'] : [];
}

/**
 * Scans the raw table for personal-data columns, by name and by the first 500 non-empty
 * values of each column (a small preview, never the whole file in JS).
 */
export async function detectPersonalData(
  db: Database,
  table: string,
  columns: readonly string[],
): Promise<PersonalDataColumn[]> {
  const flagged: PersonalDataColumn[] = [];
  for (const column of columns) {
    const sample = await db.query(
      `SELECT CAST(${sqlIdent(column)} AS VARCHAR) AS v FROM ${sqlIdent(table)} WHERE ${sqlIdent(column)} IS NOT NULL LIMIT 500`,
    );
    const values = sample.toArray().map((r) => String(r.v));
    const byName = kindsFromName(column);
    const kinds = new Set<PersonalDataKind>([
      ...byName.filter((k) => k !== 'birth_date'),
      ...birthDateKinds(values, byName),
      ...kindsFromValues(values),
    ]);
    if (kinds.size > 0) flagged.push({ column, kinds: [...kinds] });
  }
  return flagged;
}
