import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The corridor proximity benchmark (another module's file), run when it exists. */
export const CORRIDORS_BENCH = resolve('bench/corridors.bench.ts');

/** What bench/corridors.bench.ts printed, with when and how long it ran. */
export interface CorridorsRun {
  date: string;
  seconds: number;
  exitCode: number | null;
  output: string;
}

/**
 * Runs bench/corridors.bench.ts in its own process (it is a script that prints its own
 * figures) and captures its output for RESULTS.md; null when the file is absent.
 */
export function runCorridorsBench(): Promise<CorridorsRun | null> {
  if (!existsSync(CORRIDORS_BENCH)) return Promise.resolve(null);
  const t0 = performance.now();
  return new Promise((ok) => {
    const child = spawn(process.execPath, [...process.execArgv, CORRIDORS_BENCH], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const take = (d: Buffer) => {
      output += d.toString();
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (exitCode) =>
      ok({
        date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        seconds: (performance.now() - t0) / 1000,
        exitCode,
        output: output.trim(),
      }),
    );
  });
}

/** The RESULTS.md section for a corridor run. */
export function corridorsSection(run: CorridorsRun): string[] {
  return [
    '## Corridor proximity (bench/corridors.bench.ts, output as printed)',
    '',
    `Run ${run.date}, ${run.seconds.toFixed(0)} s, exit code ${run.exitCode}. Command: \`npx tsx bench/corridors.bench.ts\` (also run by \`npm run bench\`).`,
    '',
    '```',
    run.output,
    '```',
    '',
  ];
}
