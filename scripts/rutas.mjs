#!/usr/bin/env node
// The `rutas` command (package.json "bin"). Registers tsx so the TypeScript sources run as is.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
