/**
 * Attribution for the base map, shown by MapLibre's attribution control. Natural Earth is
 * public domain (credit requested, not required); world-atlas, which packages it as
 * TopoJSON, is ISC-licensed. Plain text on purpose: the attribution control renders HTML.
 */
export const MAP_ATTRIBUTION = 'Natural Earth (public domain) · world-atlas (ISC)';
