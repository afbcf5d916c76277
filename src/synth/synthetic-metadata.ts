import { GENERATE_DEFAULTS, GENERATOR_VERSION, type GenerateOptions } from './generate-incidents.ts';

/**
 * Key-value metadata that labels a file as synthetic, with what is needed to regenerate it.
 * No timestamps, so the same options always give the same bytes.
 */
export function syntheticMetadata(options: GenerateOptions): Map<string, string> {
  return new Map([
    ['rutas:synthetic', 'true'],
    ['rutas:seed', String(options.seed)],
    ['rutas:generator_version', GENERATOR_VERSION],
    ['rutas:rows', String(options.rows)],
    ['rutas:from', options.from ?? GENERATE_DEFAULTS.from],
    ['rutas:to', options.to ?? GENERATE_DEFAULTS.to],
  ]);
}
