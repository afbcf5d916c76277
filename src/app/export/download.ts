/**
 * Offers bytes or text as a file download through a blob: URL and an `<a download>`, so
 * nothing leaves the machine.
 */
export function downloadFile(content: Uint8Array | string, fileName: string, type: string): void {
  const part = typeof content === 'string' ? content : (content as Uint8Array<ArrayBuffer>);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * A file name for an export: `rutas-<what>-<first 12 hex of the data fingerprint>-<UTC
 * time>.<ext>`, so files from different data or moments never overwrite each other.
 */
export function exportFileName(what: string, fingerprint: string, exportedAt: string, ext: string): string {
  const stamp = exportedAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const safe = what.replace(/[^a-z0-9-]+/gi, '-').toLowerCase();
  return `rutas-${safe}-${fingerprint.slice(0, 12)}-${stamp}.${ext}`;
}
