import type { Provenance } from './provenance.ts';

/** Namespace of the provenance element inside SVG `<metadata>`. */
export const PROVENANCE_NS = 'https://rutas.invalid/ns/provenance/1';

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

function unescapeXml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

/**
 * Puts the provenance JSON, XML-escaped, in a `<metadata>` element right after the opening
 * `<svg …>` tag. Quoted attribute values may contain `>`; the tag end is found outside quotes.
 * Throws when there is no `<svg` element.
 */
export function embedSvgMetadata(svg: string, provenance: Provenance): string {
  const start = svg.search(/<svg[\s>]/);
  if (start < 0) throw new RangeError('no <svg> element');
  let quote = '';
  let at = start;
  for (; at < svg.length; at++) {
    const ch = svg[at]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') break;
  }
  if (at >= svg.length) throw new RangeError('unterminated <svg> tag');
  if (svg[at - 1] === '/') throw new RangeError('empty <svg/> element');
  const meta = `<metadata><rutas:provenance xmlns:rutas="${PROVENANCE_NS}">${escapeXml(JSON.stringify(provenance))}</rutas:provenance></metadata>`;
  return svg.slice(0, at + 1) + meta + svg.slice(at + 1);
}

/** Reads back the provenance JSON text embedded by {@link embedSvgMetadata}, or null. */
export function readSvgMetadata(svg: string): string | null {
  const match = /<rutas:provenance\b[^>]*>([^<]*)<\/rutas:provenance>/.exec(svg);
  return match ? unescapeXml(match[1]!) : null;
}
