import { describe, expect, it } from 'vitest';
import {
  INGEST_END,
  INGEST_START,
  ingestBlock,
  keepIngestBlock,
  NOTES_END,
  NOTES_START,
  renderIngestBlock,
  withIngestBlock,
} from '../../../bench/lib/ingest-block.ts';
import type { IngestTiming } from '../../../bench/lib/ingest-run.ts';

const block = `${INGEST_START}\n## Ingest\n| a | b |\n${INGEST_END}`;

describe('ingest section of bench/RESULTS.md', () => {
  it('is appended once, then replaced in place', () => {
    const once = withIngestBlock('# rutas benchmarks\n\ntext\n', block);
    expect(once.endsWith(`${block}\n`)).toBe(true);
    const newer = block.replace('| a | b |', '| c | d |');
    const twice = withIngestBlock(once, newer);
    expect(ingestBlock(twice)).toBe(newer);
    expect(twice.split(INGEST_START)).toHaveLength(2);
  });

  it('survives a re-render of the rest of the file (npm run bench)', () => {
    const previous = withIngestBlock('# old report\n', block);
    const rendered = '# new report\n\nfresh figures\n';
    const kept = keepIngestBlock(previous, rendered);
    expect(kept.startsWith('# new report')).toBe(true);
    expect(ingestBlock(kept)).toBe(block);
    expect(keepIngestBlock('# no block\n', rendered)).toBe(rendered);
  });

  it('keeps the hand-written notes too, before the ingest block', () => {
    const notes = `${NOTES_START}\n## Frame times\n| fps |\n${NOTES_END}`;
    const previous = `# old\n\n${notes}\n\n${block}\n`;
    const kept = keepIngestBlock(previous, '# new report\n\nfresh\n');
    expect(kept.startsWith('# new report')).toBe(true);
    expect(kept.indexOf(notes)).toBeGreaterThan(0);
    expect(kept.indexOf(notes)).toBeLessThan(kept.indexOf(block));
    expect(keepIngestBlock(kept, '# newer\n')).toBe(kept.replace('# new report\n\nfresh', '# newer'));
  });

  it('keeps $ patterns in the block literally', () => {
    const dollar = `${INGEST_START}\ncost $& and $1\n${INGEST_END}`;
    expect(ingestBlock(withIngestBlock(withIngestBlock('x', block), dollar))).toBe(dollar);
  });

  it('states the overhead over both baselines for CSV, and only the floor for Parquet', () => {
    const base = { rows: 10, loaded: 9, rejected: 1, phases: { read: 2000 }, rawWhat: 'floor' };
    const csv: IngestTiming = {
      ...base,
      format: 'csv',
      where: 'chromium',
      rawMs: 3000,
      totalMs: 6000,
      typedMs: 4000,
      typedWhat: 'plain',
    };
    const parquet: IngestTiming = {
      ...base,
      format: 'parquet',
      where: 'chromium',
      rawMs: 1000,
      totalMs: 1500,
    };
    const text = renderIngestBlock({
      date: 'd',
      command: 'c',
      file: 'f',
      machine: 'm',
      timings: [csv, parquet],
      notes: [],
    });
    expect(text).toContain('| ingest / bare load | 2.00× | 1.50× |');
    expect(text).toContain('| plain read_csv (types sniffed) | 4.00 | – |');
    expect(text).toContain('| **ingest / plain read_csv** | **1.50×** | – |');
    expect(text).toContain('- chromium csv plain read_csv: plain');
    expect(text).not.toContain('chromium parquet plain read_csv');
  });
});
