/**
 * The value dictionaries of a mapping (`{"Trata": "trafficking"}`) edited as plain text, one
 * `source = target` pair a line, because a textarea is the most keyboard-friendly editor
 * for a short list. Pure.
 */

/** A parsed dictionary text: the pairs, and the 1-based numbers of lines that are not pairs. */
export interface ParsedDictionary {
  values: Record<string, string>;
  badLines: number[];
}

/** Parses `source = target` lines; blank lines are skipped, the last duplicate wins. */
export function parseDictionary(text: string): ParsedDictionary {
  const values: Record<string, string> = {};
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const at = line.indexOf('=');
    const key = at < 0 ? '' : line.slice(0, at).trim();
    const value = at < 0 ? '' : line.slice(at + 1).trim();
    if (key === '' || value === '') badLines.push(i + 1);
    else values[key] = value;
  });
  return { values, badLines };
}

/** Formats a dictionary as `source = target` lines. */
export function formatDictionary(values: Readonly<Record<string, string>> | undefined): string {
  return Object.entries(values ?? {})
    .map(([k, v]) => `${k} = ${v}`)
    .join('\n');
}

/** Parses a comma- or newline-separated list (date formats, null values), trimmed, without blanks. */
export function parseList(text: string, separator: RegExp = /\r?\n/): string[] {
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
