import type { Table } from 'apache-arrow';
import { guardCategories } from '../../analytics/disclosure/guard-categories.ts';
import { splitVariants } from '../../db/split-variants.ts';
import { bundledFlowEndPoints, type FlowEndPoints } from '../../geo/flow-end-points.ts';
import { toFloat64, toStrings } from '../../layers/arrow-to-binary.ts';
import { rankFlows } from '../../layers/flow-rank.ts';
import { toGridCells } from '../../layers/grid-cells.ts';
import type { RouteData } from '../../layers/route-data.ts';
import { CRIME_TYPES } from '../../schema/incident.ts';
import { TOP_FLOWS } from '../map-layer-sql.ts';

/**
 * The map's exact figures (tooltips, the table view, the "other flows" line) protected
 * against differencing: each is compared with the same figure in every view one click away
 * (src/state/view-neighbours.ts), read from one `variantsQuery` statement whose
 * variant 0 is the view itself, and hidden when the two differ by 1..k−1. Within a flow (or a
 * route, or a grid cell) the categories add up to a total that another view shows (another
 * split, a cell's total), so the line rule of guardCategories applies to them. Pure.
 */

/** Figures by key: the number, or null when it is hidden. A key not in the map is not known. */
export type MapFigures = ReadonlyMap<string, number | null>;

/** Key of the "other flows" figure: persons in flows not drawn. */
export const OTHER_FLOWS_KEY = '\u0000other';

/** A figure's key: its group (a flow, route or cell) and its category within the group. */
function figureKey(group: string, category: string): string {
  return `${group}>${category}`;
}

/** Group of a route's figures: its name and path (transit joined with `|`). */
function routeGroup(route: string, origin: string, transit: string, destination: string): string {
  return `${route}>${origin}|${transit}|${destination}`;
}

/** Group of a grid cell's figures: its centre. */
function gridCell(lon: number, lat: number): string {
  return `${lon.toFixed(4)},${lat.toFixed(4)}`;
}

/** Group of a flow's figures: its two ends. */
function flowGroup(origin: string, destination: string): string {
  return `${origin}>${destination}`;
}

/** Key of a flow's figure. */
export function flowFigureKey(origin: string, destination: string, category: string): string {
  return figureKey(flowGroup(origin, destination), category);
}

/** Key of a route's figure: its name, path (transit joined with `|`) and crime type. */
export function routeFigureKey(
  route: string,
  origin: string,
  transit: string,
  destination: string,
  crimeType: string,
): string {
  return figureKey(routeGroup(route, origin, transit, destination), crimeType);
}

/** The figure key of every route the routes layer draws, in its order. */
export function routeDataKeys(routes: RouteData): string[] {
  return routes.route.map((name, i) =>
    routeFigureKey(name, routes.origin[i]!, routes.transit[i]!, routes.destination[i]!, routes.crimeType[i]!),
  );
}

/** Key of a grid cell's figure; `part` is a crime type or `total`. */
export function gridFigureKey(lon: number, lat: number, part: string): string {
  return figureKey(gridCell(lon, lat), part);
}

/** A figure of one group (a flow, route or cell) in one variant. */
interface Row {
  variant: number;
  group: string;
  category: string;
  value: number;
}

/** Rows grouped by variant, then by group, then category → value. */
function byVariant(rows: readonly Row[]): Map<number, Map<string, Map<string, number>>> {
  const out = new Map<number, Map<string, Map<string, number>>>();
  for (const r of rows) {
    const groups = out.get(r.variant) ?? new Map<string, Map<string, number>>();
    out.set(r.variant, groups);
    const cats = groups.get(r.group) ?? new Map<string, number>();
    groups.set(r.group, cats);
    cats.set(r.category, (cats.get(r.category) ?? 0) + r.value);
  }
  return out;
}

/**
 * Guards every group of variant 0 whose categories include a shown one, writing
 * `figureKey(group, category)` → figure for the shown categories.
 */
function guardGroups(
  rows: readonly Row[],
  isShown: (group: string, category: string) => boolean,
  k: number,
  out: Map<string, number | null>,
  missingIsZero = true,
): void {
  const variants = byVariant(rows);
  const view = variants.get(0) ?? new Map<string, Map<string, number>>();
  const others = [...variants.entries()].filter(([v]) => v !== 0).map(([, groups]) => groups);
  for (const [group, cats] of view) {
    const unshown = new Set([...cats.keys()].filter((c) => !isShown(group, c)));
    if (unshown.size === cats.size) continue;
    const neighbours = others.map((groups) => groups.get(group) ?? new Map<string, number>());
    // Where a key is not stable across filters (clusters, admin-1 ends), a key a neighbour
    // lacks may live there under another key: it cannot be compared, so it is hidden.
    const forced = missingIsZero
      ? new Set<string>()
      : new Set([...cats.keys()].filter((c) => !unshown.has(c) && neighbours.some((n) => !n.has(c))));
    const guarded = guardCategories(cats, neighbours, { k, partition: true, unshown, forced });
    guarded.category.forEach((c, i) => {
      if (!unshown.has(c)) out.set(figureKey(group, c), guarded.value[i] ?? null);
    });
  }
}

/** `variant` as numbers (0 = the view). */
function variants(table: Table): Float64Array {
  return toFloat64(table, 'variant');
}

/**
 * Flow figures from `variantsQuery` over flowsLayerSql (every flow of each variant). The
 * flows shown are those the layer draws (`toFlowData`): among the top {@link TOP_FLOWS} of
 * their variant by rankFlows, at least k persons, and both ends with a point in `ends` (the
 * bundled points by default; an end without one, e.g. a code a mapping dictionary made up, is
 * not drawn and counts among the other flows). Each flow's categories (the split) are guarded
 * together; "other flows" (the variant's total minus the flows shown) is guarded on its own
 * against the same sum in each neighbour.
 * `stableKeys: false` (clustered flows, whose clusters depend on the countries present, and
 * admin-1 ends, whose folding depends on the counts): a flow a neighbour lacks is hidden
 * rather than taken as zero there.
 */
export function guardFlowFigures(
  table: Table,
  k: number,
  options: { topN?: number; stableKeys?: boolean; ends?: FlowEndPoints } = {},
): Map<string, number | null> {
  const topN = options.topN ?? TOP_FLOWS;
  const ends = options.ends ?? bundledFlowEndPoints();
  // Each variant is ranked and cut on its own, as the layer would draw that view.
  const rows: Row[] = [];
  const drawable: boolean[] = [];
  splitVariants(table, 0).forEach((slice, variant) => {
    const origin = toStrings(slice, 'origin');
    const destination = toStrings(slice, 'destination');
    const category = toStrings(slice, 'category');
    const persons = toFloat64(slice, 'persons');
    const top = new Set(rankFlows(persons, origin, destination, category).slice(0, topN));
    persons.forEach((value, i) => {
      rows.push({ variant, group: flowGroup(origin[i]!, destination[i]!), category: category[i]!, value });
      drawable.push(
        top.has(i) &&
          value >= k &&
          ends.point(origin[i]!) !== undefined &&
          ends.point(destination[i]!) !== undefined,
      );
    });
  });
  const shown = new Set(
    rows.filter((r, i) => r.variant === 0 && drawable[i]).map((r) => figureKey(r.group, r.category)),
  );
  const out = new Map<string, number | null>();
  guardGroups(rows, (g, c) => shown.has(figureKey(g, c)), k, out, options.stableKeys ?? true);
  // Other flows: a neighbour's "other" is compared twice: as the same flows (its total minus
  // its persons in the flows this view shows) and as it would read there (its total minus the
  // flows it draws itself), so neither subtraction gives a small count.
  const sumOf = (keep: (r: Row, i: number) => boolean) => {
    const sums = new Map<number, number>();
    rows.forEach((r, i) => {
      if (keep(r, i)) sums.set(r.variant, (sums.get(r.variant) ?? 0) + r.value);
    });
    return sums;
  };
  const totals = sumOf(() => true);
  const drawnHere = sumOf((r) => shown.has(figureKey(r.group, r.category)));
  const drawnThere = sumOf((_, i) => drawable[i] === true);
  const other = (v: number, drawn: Map<number, number>) => (totals.get(v) ?? 0) - (drawn.get(v) ?? 0);
  const neighbours = [...totals.keys()]
    .filter((v) => v !== 0)
    .flatMap((v) => [other(v, drawnHere), other(v, drawnThere)])
    .map((n) => new Map([[OTHER_FLOWS_KEY, n]]));
  const guarded = guardCategories(new Map([[OTHER_FLOWS_KEY, other(0, drawnHere)]]), neighbours, {
    k,
    partition: false,
  });
  out.set(OTHER_FLOWS_KEY, guarded.value[0] ?? null);
  return out;
}

/**
 * Route figures from `variantsQuery` over routeFiguresSql (every route, no paths). The
 * routes shown are `shown` (keys of the routes the layer draws); each path's crime types are
 * guarded together.
 */
export function guardRouteFigures(
  table: Table,
  k: number,
  shown: ReadonlySet<string>,
): Map<string, number | null> {
  const variant = variants(table);
  const route = toStrings(table, 'route');
  const crime = toStrings(table, 'crime_type');
  const origin = toStrings(table, 'origin');
  const transit = toStrings(table, 'transit');
  const destination = toStrings(table, 'destination');
  const persons = toFloat64(table, 'persons');
  const rows: Row[] = [];
  for (let i = 0; i < variant.length; i++) {
    const group = routeGroup(route[i]!, origin[i]!, transit[i]!, destination[i]!);
    rows.push({ variant: variant[i]!, group, category: crime[i]!, value: persons[i]! });
  }
  const out = new Map<string, number | null>();
  guardGroups(rows, (g, c) => shown.has(figureKey(g, c)), k, out);
  return out;
}

/**
 * Grid figures from `variantsQuery` over gridLayerSql (one row per cell and crime type, each
 * variant pivoted into cells by toGridCells). A cell drawn in the view (at least k persons)
 * gets its total and crime types. The total is guarded on its own; when it is hidden, the
 * crime types are too (they would add up to it); else they are guarded together under the
 * line rule against the shown total.
 */
export function guardGridFigures(table: Table, k: number): Map<string, number | null> {
  const totals: Row[] = [];
  const split: Row[] = [];
  splitVariants(table, 0).forEach((slice, v) => {
    const cells = toGridCells(slice);
    for (let i = 0; i < cells.length; i++) {
      const group = gridCell(cells.x[i]!, cells.y[i]!);
      totals.push({ variant: v, group, category: 'total', value: cells.persons[i]! });
      CRIME_TYPES.forEach((c, j) => {
        const value = cells.byCrimeType[i * 4 + j]!;
        if (value > 0) split.push({ variant: v, group, category: c, value });
      });
    }
  });
  const out = new Map<string, number | null>();
  const drawn = new Set(totals.filter((r) => r.variant === 0 && r.value >= k).map((r) => r.group));
  guardGroups(totals, (g) => drawn.has(g), k, out);
  const shownTotal = new Set([...drawn].filter((g) => out.get(figureKey(g, 'total')) !== null));
  guardGroups(split, (g) => shownTotal.has(g), k, out);
  for (const g of drawn) {
    if (shownTotal.has(g)) continue;
    for (const c of CRIME_TYPES) out.set(figureKey(g, c), null);
  }
  return out;
}
