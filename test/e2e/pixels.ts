import { PNG } from 'pngjs';

/** Summary of a screenshot region: how many pixels are of each broad colour. */
export interface PixelStats {
  total: number;
  /** Pixels that are clearly reddish (trafficking hue). */
  red: number;
  /** Pixels that are clearly blue (smuggling hue). */
  blue: number;
  /** Distinct colours (a blank canvas has one or two). */
  distinct: number;
}

/** Counts colours in a PNG screenshot, to check that real pixels were drawn. */
export function pixelStats(png: Buffer): PixelStats {
  const img = PNG.sync.read(png);
  const colors = new Set<number>();
  let red = 0;
  let blue = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const r = img.data[i]!;
    const g = img.data[i + 1]!;
    const b = img.data[i + 2]!;
    colors.add((r << 16) | (g << 8) | b);
    if (r > 150 && g < 110 && b < 90 && r - g > 70) red++;
    if (b > 140 && r < 90 && b - r > 80 && b - g > 20) blue++;
  }
  return { total: img.width * img.height, red, blue, distinct: colors.size };
}
