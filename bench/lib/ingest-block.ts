/**
 * The ingest section of bench/RESULTS.md, kept between two markers so bench/ingest.bench.ts
 * can rewrite it in place and `npm run bench` (which re-renders the rest of the file) can
 * carry it over untouched; the hand-written notes are kept the same way.
 */
import type { IngestPhase } from '../../src/ingest/prepare-extract.ts';
import type { IngestTiming } from './ingest-run.ts';

/** Opening marker of the ingest section. */
export const INGEST_START = '<!-- ingest:start -->';
/** Closing marker of the ingest section. */
export const INGEST_END = '<!-- ingest:end -->';

/** The block of `markdown` between `start` and `end` (markers included), or null. */
export function markedBlock(markdown: string, start: string, end: string): string | null {
  const from = markdown.indexOf(start);
  const to = markdown.indexOf(end, from);
  return from < 0 || to < 0 ? null : markdown.slice(from, to + end.length);
}

/** `markdown` with its block between `start` and `end` replaced by `block`, or `block` appended. */
export function withMarkedBlock(markdown: string, block: string, start: string, end: string): string {
  const old = markedBlock(markdown, start, end);
  if (old !== null) return markdown.replace(old, () => block);
  return `${markdown.trimEnd()}\n\n${block}\n`;
}

/** The marked ingest block of `markdown`, or null when it has none. */
export function ingestBlock(markdown: string): string | null {
  return markedBlock(markdown, INGEST_START, INGEST_END);
}

/** `markdown` with its ingest block replaced by `block`, or `block` appended when it has none. */
export function withIngestBlock(markdown: string, block: string): string {
  return withMarkedBlock(markdown, block, INGEST_START, INGEST_END);
}

/** Opening marker of the hand-written notes (analyses, one-off benches) `npm run bench` keeps. */
export const NOTES_START = '<!-- notes:start -->';
/** Closing marker of the notes. */
export const NOTES_END = '<!-- notes:end -->';

/**
 * `rendered` (a freshly generated RESULTS.md) keeping the notes block and then the ingest
 * block of `previous`, in that order at the end, where they were.
 */
export function keepIngestBlock(previous: string, rendered: string): string {
  let out = rendered;
  for (const [start, end] of [
    [NOTES_START, NOTES_END],
    [INGEST_START, INGEST_END],
  ] as const) {
    const block = markedBlock(previous, start, end);
    if (block !== null) out = withMarkedBlock(out, block, start, end);
  }
  return out;
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
    "Seconds, one run each. The bare load is the floor: the same file into a table with no mapping or checks, every column as text. For CSV, DuckDB's plain `read_csv` (dialect and types sniffed, what loading the file by hand gives) is shown too: in the compressed catalog typed columns are cheaper to write than text, so it is faster than the all-text floor, and the floor stays the fair baseline for an ingest that must keep every value as written.",
    '',
    `| step | ${head.join(' | ')} |`,
    `|---|${cols.map(() => '---:').join('|')}|`,
    row('bare load', (t) => s(t.rawMs)),
    ...PHASES.map(([p, label]) => row(`ingest: ${label}`, (t) => s(t.phases[p]))),
    row('**ingest total**', (t) => `**${s(t.totalMs)}**`),
    row('ingest / bare load', (t) => `${(t.totalMs / t.rawMs).toFixed(2)}×`),
    row('plain read_csv (types sniffed)', (t) => (t.typedMs === undefined ? '–' : s(t.typedMs))),
    row('**ingest / plain read_csv**', (t) =>
      t.typedMs === undefined ? '–' : `**${(t.totalMs / t.typedMs).toFixed(2)}×**`,
    ),
    row('rows read / loaded / rejected', (t) => `${t.rows} / ${t.loaded} / ${t.rejected}`),
    '',
    ...cols.map((t) => `- ${t.where} ${t.format} bare load: ${t.rawWhat}`),
    ...cols.flatMap((t) => (t.typedWhat ? [`- ${t.where} ${t.format} plain read_csv: ${t.typedWhat}`] : [])),
    ...report.notes.map((n) => `- ${n}`),
    INGEST_END,
  ];
  return lines.join('\n');
}
