/**
 * Escapes text for SVG/XML content and attribute values. Every string from data or labels
 * goes through here: values from a file are never markup.
 */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A coordinate rounded to 2 decimals, so SVGs are compact and stable. */
export function num(x: number): string {
  return String(Math.round(x * 100) / 100);
}
