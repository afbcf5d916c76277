import { FIGURE_PROVENANCE_KEY } from '../../export/chart-figure.ts';
import { readPngText } from '../../export/png-text.ts';
import { type ProvenanceResult, parseProvenance, validateProvenance } from '../../export/provenance.ts';
import { readSvgMetadata } from '../../export/svg-metadata.ts';

/** Largest file read for its provenance; a sidecar is a few kB, a map PNG a few MB. */
export const MAX_PROVENANCE_FILE = 64 * 1024 * 1024;

const PNG_SIGNATURE = [137, 80, 78, 71];

/**
 * Finds the provenance record in a file the app exported: a sidecar (the record itself), a
 * JSON table export (`{provenance, …}`), a PNG (text chunk) or an SVG (`<metadata>`).
 * Pure: bytes in, validated record (or error codes) out; never throws.
 */
export function readProvenanceFile(bytes: Uint8Array): ProvenanceResult {
  if (bytes.length > MAX_PROVENANCE_FILE) return { ok: false, errors: ['too-large'] };
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) {
    try {
      const text = readPngText(bytes).get(FIGURE_PROVENANCE_KEY);
      return text === undefined ? { ok: false, errors: ['no-provenance'] } : parseProvenance(text);
    } catch {
      return { ok: false, errors: ['not-png'] };
    }
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (/^\s*(<\?xml|<svg)/.test(text)) {
    const meta = readSvgMetadata(text);
    return meta === null ? { ok: false, errors: ['no-provenance'] } : parseProvenance(meta);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['not-json'] };
  }
  if (typeof value === 'object' && value !== null && 'provenance' in value) {
    return validateProvenance((value as { provenance: unknown }).provenance);
  }
  return validateProvenance(value);
}
