import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const DIR = join(import.meta.dirname, '__snapshots__');

/**
 * Rounds every number inside SVG tags (coordinates, path data) to 2 decimals, so tiny float
 * drift does not fail a snapshot. Text content is left alone: "1.830" there is a formatted count.
 */
export function roundNumbers(svg: string): string {
  return svg.replace(/<[^>]*>/g, (tag) =>
    tag.replace(/-?\d+\.\d+/g, (m) => String(Math.round(Number(m) * 100) / 100)),
  );
}

/**
 * Compares an SVG with `__snapshots__/<name>.svg`. The first run writes the snapshot; on a
 * mismatch `<name>-changed.svg` is written beside it (to view and, if right, move over the
 * old one) and the test fails. A passing run removes a stale `-changed` file.
 */
export function expectSvgSnapshot(name: string, svg: string): void {
  mkdirSync(DIR, { recursive: true });
  const file = join(DIR, `${name}.svg`);
  const changed = join(DIR, `${name}-changed.svg`);
  const actual = `${roundNumbers(svg)}\n`;
  if (!existsSync(file)) {
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) {
    if (existsSync(changed)) rmSync(changed);
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `SVG snapshot ${name} changed: see ${changed}`).toBe(expected);
}
