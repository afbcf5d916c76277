import type { ColumnMapping } from '../../ingest/mapping/types.ts';
import type { PersonalDataColumn } from '../../ingest/privacy.ts';
import { REQUIRED_FIELDS, type TargetField } from './mapping-edit.ts';

/** Why the Load button is disabled, as codes the dialog translates. */
export type LoadBlocker =
  | { code: 'personal_not_dropped'; columns: string[] }
  | { code: 'required_unmapped'; fields: TargetField[] }
  | { code: 'mapping_invalid'; errors: string[] }
  | { code: 'office_missing' };

/** What the gate looks at for one file. */
export interface GateInput {
  mapping: ColumnMapping;
  personal: readonly PersonalDataColumn[];
  /** Schema errors of the mapping (mappingErrors). */
  schemaErrors: readonly string[];
  /** Office typed for the file ('' when none). */
  office: string;
  /** Whether several files are loaded together (then each needs its office). */
  multiFile: boolean;
}

/**
 * Everything that must be fixed before a file may be loaded: personal-data columns still
 * kept (the privacy guard), required fields without a column, schema errors, and in a
 * multi-file load a missing reporting office. Empty when Load may be enabled. Pure.
 */
export function loadBlockers(input: GateInput): LoadBlocker[] {
  const blockers: LoadBlocker[] = [];
  const drop = new Set(input.mapping.drop ?? []);
  const kept = input.personal.filter((p) => !drop.has(p.column)).map((p) => p.column);
  if (kept.length > 0) blockers.push({ code: 'personal_not_dropped', columns: kept });
  const unmapped = REQUIRED_FIELDS.filter((f) => {
    const rule = input.mapping.fields[f];
    return !rule || (rule.column === undefined && rule.constant === undefined);
  });
  if (unmapped.length > 0) blockers.push({ code: 'required_unmapped', fields: unmapped });
  if (input.schemaErrors.length > 0)
    blockers.push({ code: 'mapping_invalid', errors: [...input.schemaErrors] });
  if (input.multiFile && input.office.trim() === '') blockers.push({ code: 'office_missing' });
  return blockers;
}
