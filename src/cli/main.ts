import { pathToFileURL } from 'node:url';

/** A subcommand module: `src/cli/<command>.ts` exporting `run(args)`, resolving to the exit code. */
export interface CommandModule {
  run(args: string[]): Promise<number>;
}

/**
 * The subcommands of `rutas`. To add one, create `src/cli/<name>.ts` exporting `run` and add a
 * line here; modules load lazily so one command's dependencies never slow another.
 */
export const COMMANDS: Readonly<Record<string, { summary: string; load: () => Promise<CommandModule> }>> = {
  aggregate: {
    summary: 'a suppressed table with provenance, computed as the app does',
    load: () => import('./aggregate.ts'),
  },
  generate: {
    summary: 'write a seeded synthetic incident extract (CSV or Parquet)',
    load: () => import('./generate.ts'),
  },
  validate: {
    summary: "check an extract with the app's ingest: totals, rejections by reason, a rejection report",
    load: () => import('./validate.ts'),
  },
};

/** The top-level usage text. */
export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: rutas <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nrun \`rutas <command> --help\` for a command's options\n`;
}

/** Dispatches `argv` (without node and script) to a subcommand; unknown or missing command → usage, exit 2. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return 0;
  }
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    if (name !== undefined) process.stderr.write(`rutas: unknown command ${JSON.stringify(name)}\n\n`);
    process.stderr.write(usage());
    return 2;
  }
  const module = await command.load();
  return module.run(rest);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  process.exitCode = await main(process.argv.slice(2));
}
