import type { Layer } from '@deck.gl/core';
import { CATEGORY_COLORS } from '../../layers/colors.ts';
import { flowsLayer } from '../../layers/flows-layer.ts';
import { incidentsLayer } from '../../layers/incidents-layer.ts';
import { routesLayer } from '../../layers/routes-layer.ts';
import {
  flowDataOfSnapshot,
  gridDataOfSnapshot,
  routeDataOfSnapshot,
  type SlideSnapshot,
} from '../../state/deck-snapshot.ts';

/**
 * deck.gl layers of a slide, built from its snapshot with the dashboard's own layer
 * factories (same colours and widths), in the dashboard's order: density, routes, flows.
 * Nothing is pickable: a projected slide has no tooltips.
 */
export function slideLayers(snapshot: SlideSnapshot): Layer[] {
  const out: Layer[] = [];
  if (snapshot.grid)
    out.push(incidentsLayer(gridDataOfSnapshot(snapshot.grid), 26).clone({ pickable: false }));
  if (snapshot.routes) out.push(routesLayer(routeDataOfSnapshot(snapshot.routes)).clone({ pickable: false }));
  if (snapshot.flows) out.push(flowsLayer(flowDataOfSnapshot(snapshot.flows), { pickable: false }));
  return out;
}

/** Categories drawn on a slide (flow categories, else route crime types), in the map's legend order. */
export function slideCategories(snapshot: SlideSnapshot): string[] {
  const values = snapshot.flows?.category.length
    ? snapshot.flows.category
    : (snapshot.routes?.crimeType ?? []);
  const order = Object.keys(CATEGORY_COLORS);
  const rank = (c: string) => (order.includes(c) ? order.indexOf(c) : order.length);
  return [...new Set(values)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
