/**
 * Generates TypeScript types from data-schemas/*.json into src/schema/generated/ with
 * json-schema-to-typescript, so the code's types follow the schemas instead of being copied
 * from them by hand.
 *
 * Run: `npx tsx scripts/build-schema-types.ts` after changing a schema, then commit the output.
 * test/unit/schema/schema-types.test.ts regenerates in memory and fails when the files are stale.
 *
 * The output is passed through biome's formatter (the project's own settings), so the files
 * are biome-clean as written and the test can compare them byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

/** Schemas turned into types: output name (`<name>.ts`) → schema file under data-schemas/. */
export const TYPE_SCHEMAS: Readonly<Record<string, string>> = {
  incident: 'incident.schema.json',
  corridor: 'corridor.schema.json',
  'column-mapping': 'column-mapping.schema.json',
};

/** Where the generated types live, relative to the project root. */
export const GENERATED_TYPES_DIR = 'src/schema/generated';

/**
 * Type names for `$defs` entries, per schema. Without them the names come from the keys, and
 * column-mapping's `date` would become an interface `Date` that shadows the global one.
 */
const DEF_TYPE_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'column-mapping': {
    value: 'ValueRule',
    date: 'DateRule',
    count: 'CountRule',
    exploitation: 'ExploitationRule',
  },
  corridor: { position: 'Position', line: 'LineCoordinates', ring: 'LinearRing', corridor: 'Corridor' },
};

/** Global names a generated type must never shadow. */
const GLOBAL_NAMES = new Set([
  'Array',
  'Boolean',
  'Date',
  'Error',
  'Function',
  'JSON',
  'Map',
  'Number',
  'Object',
  'Promise',
  'Record',
  'RegExp',
  'Set',
  'String',
  'Symbol',
]);

/** A JSON value, as read from a schema file. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Annotation keywords that carry no type; allowed next to `$ref` without making a new type. */
const ANNOTATIONS = new Set(['description', 'title', '$comment', 'examples']);

/**
 * Rewrites draft 2020-12 constructs json-schema-to-typescript does not understand into
 * equivalent ones it does, returning a new value (the input is not changed):
 * - `prefixItems` → tuple-form `items` (it would otherwise type a position as `unknown[]`);
 * - `oneOf` branches that only add `required` (e.g. "column or constant") → full object
 *   branches, so the result is a union of precise shapes instead of `T & {[k]: unknown}`;
 * - a `$ref` with annotations next to it becomes `allOf: [{$ref}]` with the annotations, or
 *   every use would get its own copy of the referenced type (Value1 … Value12).
 */
export function toCompilableSchema(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(toCompilableSchema);
  if (!isObject(schema)) return schema;
  const keys = Object.keys(schema);
  if (
    typeof schema.$ref === 'string' &&
    keys.length > 1 &&
    keys.every((k) => k === '$ref' || ANNOTATIONS.has(k))
  ) {
    const { $ref, ...annotations } = schema;
    return { ...annotations, allOf: [{ $ref }] };
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'prefixItems' && Array.isArray(value)) {
      out.items = value.map(toCompilableSchema);
    } else if (key === 'items' && Array.isArray(schema.prefixItems)) {
      out.additionalItems = toCompilableSchema(value);
    } else out[key] = toCompilableSchema(value);
  }
  return expandRequiredOnlyOneOf(out);
}

/** Keywords that describe the schema as a whole and stay outside the expanded `oneOf`. */
const OUTER_KEYWORDS = new Set(['$schema', '$id', '$defs', 'title', 'description', '$comment']);

function expandRequiredOnlyOneOf(schema: JsonObject): JsonObject {
  const branches = schema.oneOf;
  if (!Array.isArray(branches) || !isObject(schema.properties)) return schema;
  const required = branches.map((b) =>
    isObject(b) && Object.keys(b).length === 1 && Array.isArray(b.required) ? b.required : undefined,
  );
  if (required.some((r) => r === undefined)) return schema;
  const outer: JsonObject = {};
  const shape: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'oneOf') continue;
    if (OUTER_KEYWORDS.has(key)) outer[key] = value;
    else shape[key] = value;
  }
  const baseRequired = Array.isArray(shape.required) ? shape.required : [];
  outer.oneOf = required.map((r) => ({ ...shape, required: [...baseRequired, ...(r ?? [])] }));
  return outer;
}

/**
 * Gives the named `$defs` entries a `title`, which json-schema-to-typescript uses as the
 * type name (its `customName` hook does not see the definition key once refs are resolved).
 */
function withDefTitles(schema: Json, names: Readonly<Record<string, string>>): Json {
  if (!isObject(schema) || !isObject(schema.$defs)) return schema;
  const defs: JsonObject = {};
  for (const [key, def] of Object.entries(schema.$defs)) {
    const title = names[key];
    defs[key] = title !== undefined && isObject(def) ? { ...def, title } : def;
  }
  return { ...schema, $defs: defs };
}

function header(schemaFile: string): string {
  return [
    `// Generated from data-schemas/${schemaFile} by scripts/build-schema-types.ts; do not edit.`,
    '// Run `npx tsx scripts/build-schema-types.ts` after changing the schema.',
  ].join('\n');
}

/**
 * Formats TypeScript text with the project's biome settings (biome.json), as if the file
 * were at `path`; biome reads the text on stdin and prints the result.
 */
export function formatWithBiome(text: string, path: string, root = process.cwd()): string {
  const biome = resolve(root, 'node_modules/.bin/biome');
  return execFileSync(biome, ['format', `--stdin-file-path=${path}`], {
    cwd: root,
    input: text,
    encoding: 'utf8',
  });
}

/**
 * The TypeScript text for one schema: json-schema-to-typescript on the compilable copy,
 * with the generated header, then biome-formatted. `name` is the output name (see
 * {@link TYPE_SCHEMAS}); it selects the `$defs` type names and the formatter's path.
 */
export async function schemaToTypeScript(
  schema: Json,
  name: string,
  schemaFile: string,
  root = process.cwd(),
): Promise<string> {
  const compilable = toCompilableSchema(withDefTitles(schema, DEF_TYPE_NAMES[name] ?? {}));
  const raw = await compile(compilable as JSONSchema, name, {
    bannerComment: header(schemaFile),
    format: false,
    unknownAny: true,
    // No `| undefined` on index signatures: tsconfig's noUncheckedIndexedAccess already adds it
    // on reads, and without it the types stay assignable to plain `Record<string, string>`.
    strictIndexSignatures: false,
    additionalProperties: true,
    cwd: resolve(root, 'data-schemas'),
  });
  for (const match of raw.matchAll(/^export (?:interface|type) (\w+)/gm)) {
    if (GLOBAL_NAMES.has(match[1] ?? ''))
      throw new Error(
        `${schemaFile}: generated type ${match[1]} shadows a global; name it in DEF_TYPE_NAMES`,
      );
  }
  return formatWithBiome(raw, `${GENERATED_TYPES_DIR}/${name}.ts`, root);
}

/**
 * The generated files, `<name>.ts` → text, for every schema that exists. Pure apart from
 * reading the schema files and running the formatter.
 */
export async function generateSchemaTypes(root = process.cwd()): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const [name, schemaFile] of Object.entries(TYPE_SCHEMAS)) {
    const path = resolve(root, 'data-schemas', schemaFile);
    if (!existsSync(path)) continue;
    const schema = JSON.parse(readFileSync(path, 'utf8')) as Json;
    files.set(`${name}.ts`, await schemaToTypeScript(schema, name, schemaFile, root));
  }
  return files;
}

async function main(): Promise<void> {
  const dir = resolve(GENERATED_TYPES_DIR);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of await generateSchemaTypes()) {
    const target = resolve(dir, file);
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
