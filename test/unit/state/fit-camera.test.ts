import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitCamera, isMapSize } from '../../../src/state/fit-camera.ts';
import { CAMERA_LIMITS } from '../../../src/state/view-config-schema.ts';

const camera = { longitude: -62, latitude: 8, zoom: 3 };

describe('fitCamera', () => {
  it('keeps the camera on a map of the size it was saved at', () => {
    expect(fitCamera(camera, [1366, 705], [1366, 705])).toEqual(camera);
  });

  it('zooms out on a smaller or narrower map so the saved area still fits, in on a larger one', () => {
    // 1920 × 1080 saved, 1366 × 768 shown: the height shrinks a little more, and decides.
    expect(fitCamera(camera, [1920, 1080], [1366, 768]).zoom).toBeCloseTo(3 + Math.log2(768 / 1080), 10);
    // 16:9 saved, 4:3 shown: the width decides.
    expect(fitCamera(camera, [1600, 900], [1200, 900]).zoom).toBeCloseTo(3 + Math.log2(0.75), 10);
    // Twice as large both ways: one zoom level closer, the same area.
    expect(fitCamera(camera, [960, 540], [1920, 1080]).zoom).toBeCloseTo(4, 10);
    expect(fitCamera(camera, [960, 540], [1920, 1080]).longitude).toBe(-62);
  });

  it('shows at least the saved extent in both directions, whatever the shapes', () => {
    const size = fc.tuple(fc.integer({ min: 100, max: 4000 }), fc.integer({ min: 100, max: 4000 }));
    fc.assert(
      fc.property(size, size, (saved, shown) => {
        // Zoom 10: no size ratio here reaches the zoom limits.
        const at = { ...camera, zoom: 10 };
        const scale = 2 ** (fitCamera(at, saved, shown).zoom - at.zoom);
        // Degrees across are proportional to pixels / 2^zoom: the shown map spans at least as much.
        expect(shown[0] / scale).toBeGreaterThanOrEqual(saved[0] - 1e-6);
        expect(shown[1] / scale).toBeGreaterThanOrEqual(saved[1] - 1e-6);
        // And exactly as much along one of the two.
        const fits = Math.min(shown[0] / scale - saved[0], shown[1] / scale - saved[1]);
        expect(fits).toBeCloseTo(0, 6);
      }),
    );
  });

  it('stays within the zoom limits and ignores a map with no size yet', () => {
    expect(fitCamera({ ...camera, zoom: 0.2 }, [4000, 4000], [100, 100]).zoom).toBe(CAMERA_LIMITS.minZoom);
    expect(fitCamera({ ...camera, zoom: 21.5 }, [100, 100], [4000, 4000]).zoom).toBe(CAMERA_LIMITS.maxZoom);
    expect(fitCamera(camera, [1366, 705], [0, 0])).toEqual(camera);
  });
});

describe('isMapSize', () => {
  it('accepts two whole numbers of pixels within the limits, nothing else', () => {
    expect(isMapSize([1366, 705])).toBe(true);
    for (const bad of [
      [99, 705],
      [1366, 20_000],
      [1366.5, 705],
      ['1366', 705],
      [1366],
      null,
      { 0: 1, 1: 2 },
    ]) {
      expect(isMapSize(bad)).toBe(false);
    }
  });
});
