import { LineLayer } from '@deck.gl/layers';
import type { RGBA } from './colors.ts';

/**
 * Score classes of the concurrence score (1 = as many incidents per km as the average route
 * km) and their colours: five steps of viridis, a sequential ramp that stays ordered for
 * colour-blind readers and in greyscale. Dark is high.
 */
export const SCORE_CLASSES: readonly { min: number; color: RGBA }[] = [
  { min: 0, color: [253, 231, 37, 255] },
  { min: 0.5, color: [94, 201, 98, 255] },
  { min: 1, color: [33, 145, 140, 255] },
  { min: 2, color: [59, 82, 139, 255] },
  { min: 4, color: [68, 1, 84, 255] },
];

/** Colour of a segment with no score, or one whose count is suppressed. */
export const NO_SCORE_COLOR: RGBA = [150, 150, 150, 170];

/** The colour of a score (null: {@link NO_SCORE_COLOR}). */
export function scoreColor(score: number | null): RGBA {
  if (score === null || !Number.isFinite(score)) return NO_SCORE_COLOR;
  let color = SCORE_CLASSES[0]!.color;
  for (const c of SCORE_CLASSES) if (score >= c.min) color = c.color;
  return color;
}

/** Drawable score-segment pieces (see src/app/corridors/score-segment-lines.ts). */
export interface ScoreLines {
  length: number;
  source: Float32Array;
  target: Float32Array;
  scoreSegment: Int32Array;
}

/**
 * RGBA per piece from the score of its score segment. `shown[s]` false (its count is below
 * the suppression threshold) draws it as having no score, so colour never reveals a small count.
 */
export function toScoreColors(
  lines: ScoreLines,
  scores: readonly (number | null)[],
  shown: readonly boolean[],
): Uint8Array {
  const out = new Uint8Array(lines.length * 4);
  for (let i = 0; i < lines.length; i++) {
    const s = lines.scoreSegment[i]!;
    out.set(shown[s] ? scoreColor(scores[s] ?? null) : NO_SCORE_COLOR, i * 4);
  }
  return out;
}

/** Corridor score segments as a binary LineLayer (6 px), coloured by concurrence score. */
export function corridorScoresLayer(lines: ScoreLines, colors: Uint8Array): LineLayer {
  return new LineLayer({
    id: 'corridor-scores',
    data: {
      length: lines.length,
      attributes: {
        getSourcePosition: { value: lines.source, size: 2 },
        getTargetPosition: { value: lines.target, size: 2 },
        getColor: { value: colors, size: 4, normalized: true },
      },
    },
    widthUnits: 'pixels',
    getWidth: 6,
    pickable: false,
  });
}
