/** Shared pieces of the ingest corpus: the case type and CSV builders. */
import type { ColumnMapping } from '../../src/ingest/mapping/types.ts';

export interface CorpusCase {
  name: string;
  file: string;
  bytes: () => Promise<Uint8Array> | Uint8Array;
  mapping?: ColumnMapping;
  maxBytes?: number;
  /** Expected error code (nothing loaded). */
  error?: string;
  loaded?: number;
  rejected?: number;
  /** Expected rows per rejection reason (all reasons present must be listed). */
  reasons?: Record<string, number>;
  /** Warning codes that must appear (row or file level). */
  warnings?: string[];
  /** SQL on `incidents` and its expected single value. */
  check?: [string, string | number];
}

export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
export const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff));
/** Windows-1252 for the few characters used here (curly quotes, euro). */
export const cp1252 = (s: string): Uint8Array =>
  Uint8Array.from(
    [...s].map((c) => ({ '\u201c': 0x93, '\u201d': 0x94, '\u20ac': 0x80 })[c] ?? c.charCodeAt(0) & 0xff),
  );

export const HEADER = 'id,fecha,pais,lat,lon,tipo de delito,mujeres,hombres,ninas,ninos,ruta';
export const ROW1 = '1,2024-01-05,COL,4.61,-74.08,trata,1,0,0,0,Darien';
export const ROW2 = '2,2024-02-10,PAN,8.98,-79.52,trafico ilicito de migrantes,0,2,1,0,Darien';
export const csv =
  (...rows: string[]): (() => Uint8Array) =>
  () =>
    enc([HEADER, ...rows].join('\n'));
export const one = (row: string): (() => Uint8Array) => csv(ROW1, row);
