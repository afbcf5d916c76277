/**
 * Route labels the generator writes in the `route` column. Real extracts may use any label;
 * these are the ones the synthetic sample uses (domestic cases have no route: null).
 */
export const ROUTE_LABELS = [
  'Darién',
  'Central American corridor',
  'Caribbean',
  'Andean',
  'Amazon',
  'Southern Cone',
  'Atlantic (to Iberia)',
  'Mexico–US border',
  'Hispaniola',
] as const;
/** A synthetic route label. */
export type RouteLabel = (typeof ROUTE_LABELS)[number];

/** Labels of routes that are mostly irregular crossings (jungle, sea, unofficial paths). */
export const IRREGULAR_ROUTES: readonly RouteLabel[] = ['Darién', 'Caribbean'];
