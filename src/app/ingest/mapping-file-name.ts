/** Name of a saved mapping for a data file: `casos-2024.csv` → `casos-2024.mapping.json`. Pure. */
export function mappingFileName(dataFile: string): string {
  const dot = dataFile.lastIndexOf('.');
  const base = (dot > 0 ? dataFile.slice(0, dot) : dataFile).replace(/[\\/:*?"<>|]+/g, '_') || 'rutas';
  return `${base}.mapping.json`;
}

/** Name of the rejection report download for a load of these files. Pure. */
export function reportFileName(files: readonly string[], kind: 'rejections' | 'warnings'): string {
  const first = files[0] ?? 'rutas';
  const dot = first.lastIndexOf('.');
  const base = (dot > 0 ? first.slice(0, dot) : first).replace(/[\\/:*?"<>|]+/g, '_') || 'rutas';
  return `${base}${files.length > 1 ? `+${files.length - 1}` : ''}.${kind}.csv`;
}
