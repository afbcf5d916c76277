import type { RejectionReason, WarningCode } from './messages.ts';
import type { PersonalDataColumn } from './privacy.ts';

/** Per-code totals: report lines and distinct rows. */
export interface CodeCount<C extends string> {
  code: C;
  lines: number;
  rows: number;
}

/** The reconciled outcome of reading one file. `rowsLoaded + rowsRejected === rowsRead`, always. */
export interface ExtractSummary {
  file: string;
  format: string;
  office: string | null;
  /** Data rows in the file (header excluded). */
  rowsRead: number;
  /** Input rows that made it into an incident. */
  rowsLoaded: number;
  /** Input rows listed in the rejection report (a row with two problems counts once). */
  rowsRejected: number;
  /** Incidents produced (equals rowsLoaded for incident-level files). */
  incidents: number;
  rejections: CodeCount<RejectionReason>[];
  warnings: CodeCount<WarningCode>[];
  /** File-level warnings (encoding, header). */
  fileWarnings: WarningCode[];
  /** Rows whose coordinates were coarsened to the grid. */
  coordinatesCoarsened: number;
  /** The grid used, in degrees. */
  coordinateGrid: number;
  /** Columns flagged as personal data (all dropped, or the ingest would have stopped). */
  personalData: PersonalDataColumn[];
}
