import { toCsvLine } from './csv.ts';
import type { ExportTable } from './table-data.ts';

/** SHA-256 of some bytes as lower-case hex, via WebCrypto (browsers and Node ≥ 20). */
export async function fingerprintBytes(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Fingerprint of a table's content, independent of row order: SHA-256 of its canonical CSV
 * (header, then the rows' CSV lines sorted by code unit, comma-separated, CRLF, no BOM, text
 * made inert as in exports). Column order matters; row order does not.
 */
export async function fingerprintTable(table: ExportTable): Promise<string> {
  const lines = table.rows.map((row) => toCsvLine(row));
  lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const text = [toCsvLine(table.columns), ...lines].map((l) => `${l}\r\n`).join('');
  return fingerprintBytes(new TextEncoder().encode(text));
}
