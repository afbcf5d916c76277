import { corridorScene } from '../lib/corridor-scene.ts';
import { type CorridorTimings, timeCorridors } from '../lib/corridor-timings.ts';

/**
 * The browser side of bench/corridors.bench.ts --browser: generates the same seeded scene in
 * the page and times the corridor proximity with the browser's engine (wall time only).
 */
function corridorBench(runs: number): CorridorTimings {
  const scene = corridorScene();
  return timeCorridors(scene, runs, () => ({ wall: performance.now(), cpu: Number.NaN }));
}

(window as unknown as { corridorBench: typeof corridorBench }).corridorBench = corridorBench;
