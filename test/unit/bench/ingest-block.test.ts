import { describe, expect, it } from 'vitest';
import {
  INGEST_END,
  INGEST_START,
  ingestBlock,
  keepIngestBlock,
  withIngestBlock,
} from '../../../bench/lib/ingest-block.ts';

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

  it('keeps $ patterns in the block literally', () => {
    const dollar = `${INGEST_START}\ncost $& and $1\n${INGEST_END}`;
    expect(ingestBlock(withIngestBlock(withIngestBlock('x', block), dollar))).toBe(dollar);
  });
});
