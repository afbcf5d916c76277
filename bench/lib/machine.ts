import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** What the figures were measured on, for the report. */
export interface Machine {
  nproc: string;
  cpu: string;
  memory: string;
  node: string;
  chromium: string;
  loadAverage: string;
}

function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** Reads nproc, the CPU model, `free -h`, the Node and chromium versions and the load. */
export function describeMachine(): Machine {
  const model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
  return {
    nproc: run('nproc', []),
    cpu: model ?? 'unknown',
    memory: run('free', ['-h']),
    node: process.version,
    chromium: run(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version']),
    loadAverage: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  };
}
