import type { Locator } from 'playwright-core';
import { PNG } from 'pngjs';
import { UPDATE_TIMEOUT, waitUntil } from './harness.ts';

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

/**
 * Screenshots `locator` until its pixels pass `ok`, and returns those stats. MapLibre and
 * deck.gl draw a frame or more after the data arrives (later still on a loaded machine), so a
 * single screenshot after a fixed sleep may show the previous picture. Fails naming `what`
 * with the last stats seen.
 */
export function waitForPixels(
  locator: Locator,
  what: string,
  ok: (stats: PixelStats) => boolean,
  timeout = UPDATE_TIMEOUT,
): Promise<PixelStats> {
  return waitUntil(what, async () => pixelStats(await locator.screenshot()), ok, timeout);
}

/**
 * Screenshots `locator` until two shots in a row are the same picture (the map has finished
 * drawing), and returns its stats. For a "before" picture that later ones are compared with.
 */
export async function stablePixels(locator: Locator, timeout = UPDATE_TIMEOUT): Promise<PixelStats> {
  let previous: Buffer | null = null;
  const picture = await waitUntil(
    `${locator} to stop changing`,
    async () => {
      const current = await locator.screenshot();
      const same = previous?.equals(current) ?? false;
      previous = current;
      return { same, stats: pixelStats(current) };
    },
    (r) => r.same,
    timeout,
  );
  return picture.stats;
}
