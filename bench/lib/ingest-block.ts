/**
 * The ingest section of bench/RESULTS.md, kept between two markers so bench/ingest.bench.ts
 * can rewrite it in place and `npm run bench` (which re-renders the rest of the file) can
 * carry it over untouched.
 */
import type { IngestPhase } from '../../src/ingest/prepare-extract.ts';
import type { IngestTiming } from './ingest-run.ts';

/** Opening marker of the ingest section. */
export const INGEST_START = '<!-- ingest:start -->';
/** Closing marker of the ingest section. */
export const INGEST_END = '<!-- ingest:end -->';

/** The marked block of `markdown` (markers included), or null when it has none. */
export function ingestBlock(markdown: string): string | null {
  const from = markdown.indexOf(INGEST_START);
  const to = markdown.indexOf(INGEST_END, from);
  return from < 0 || to < 0 ? null : markdown.slice(from, to + INGEST_END.length);
}

/** `markdown` with its marked block replaced by `block`, or `block` appended when it has none. */
export function withIngestBlock(markdown: string, block: string): string {
  const old = ingestBlock(markdown);
  if (old !== null) return markdown.replace(old, () => block);
  return `${markdown.trimEnd()}\n\n${block}\n`;
}

/** `rendered` (a freshly generated RESULTS.md) keeping the ingest block of `previous`, if any. */
export function keepIngestBlock(previous: string, rendered: string): string {
  const block = ingestBlock(previous);
  return block === null ? rendered : withIngestBlock(rendered, block);
}

const PHASES: readonly [IngestPhase, string][] = [
  ['read', 'read (raw VARCHAR table)'],
  ['privacy', 'privacy scan'],
  ['map', 'mapping SQL'],
  ['validate', 'validation (rejections, duplicates, accepted)'],
  ['load', 'load + swap'],
];

const s = (ms: number | undefined): string => (ms === undefined ? '–' : (ms / 1000).toFixed(2));

/** What the section says about one set of runs. */
export interface IngestReport {
  date: string;
  command: string;
  file: string;
  machine: string;
  timings: readonly IngestTiming[];
  /** Free text under the table (before/after figures, notes). */
  notes: readonly string[];
}

/** Renders the marked section: one column per (where, format), seconds, and the overhead over the bare load. */
export function renderIngestBlock(report: IngestReport): string {
  const cols = report.timings;
  const head = cols.map((t) => `${t.where} ${t.format}`);
  const row = (label: string, f: (t: IngestTiming) => string): string =>
    `| ${label} | ${cols.map(f).join(' | ')} |`;
  const lines = [
    INGEST_START,
    '## Ingest: 1M rows, mapped and validated (bench/ingest.bench.ts)',
    '',
    `Measured ${report.date} on ${report.machine}. Command: \`${report.command}\`. File: ${report.file}, mapping test/fixtures/mappings/rutas-flat.mapping.json.`,
    '',
    'Seconds, one run each. The bare load is the floor: the same file into a table with no mapping or checks.',
    '',
    `| step | ${head.join(' | ')} |`,
    `|---|${cols.map(() => '---:').join('|')}|`,
    row('bare load', (t) => s(t.rawMs)),
    ...PHASES.map(([p, label]) => row(`ingest: ${label}`, (t) => s(t.phases[p]))),
    row('**ingest total**', (t) => `**${s(t.totalMs)}**`),
    row('ingest / bare load', (t) => `${(t.totalMs / t.rawMs).toFixed(2)}×`),
    row('rows read / loaded / rejected', (t) => `${t.rows} / ${t.loaded} / ${t.rejected}`),
    '',
    ...cols.map((t) => `- ${t.where} ${t.format} bare load: ${t.rawWhat}`),
    ...report.notes.map((n) => `- ${n}`),
    INGEST_END,
  ];
  return lines.join('\n');
}
