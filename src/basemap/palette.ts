/** Base map themes: `light` for desks and bright rooms, `dark` for projectors in dim rooms. */
export const BASEMAP_THEMES = ['light', 'dark'] as const;
/** A base map theme. */
export type BasemapTheme = (typeof BASEMAP_THEMES)[number];

/** An RGBA colour as deck.gl takes it (0–255 each). */
export type Rgba = readonly [number, number, number, number];

/**
 * Colours of the base map and of the labels drawn over it. The base stays quiet (low
 * saturation, small contrast between land and sea) so the data layers carry the colour;
 * borders are mid-grey so they read on a washed-out projector without shouting.
 */
export interface BasemapPalette {
  /** Sea: the style's background. */
  ocean: string;
  /** Land of the app's region (Latin America, the Caribbean, Iberia). */
  land: string;
  /** Land elsewhere: a step closer to the sea colour, so the region stands out. */
  landMuted: string;
  /** International borders. */
  border: string;
  /** Inner borders of states and provinces: between the coast and the border colour, so they sit under the country borders. */
  admin1: string;
  /** Coastlines (outline of land polygons). */
  coast: string;
  /** Country label text. */
  label: Rgba;
  /** Halo around country labels. */
  labelHalo: Rgba;
}

/** Light theme: pale land on a soft blue-grey sea. */
export const LIGHT_PALETTE: BasemapPalette = {
  ocean: '#dfe6ec',
  land: '#fbfaf7',
  landMuted: '#eef0f0',
  border: '#9aa3ab',
  admin1: '#bcc4cb',
  coast: '#b9c4cd',
  label: [68, 76, 84, 255],
  labelHalo: [251, 250, 247, 230],
};

/** Dark theme for presentation: charcoal land on a deep slate sea, light labels. */
export const DARK_PALETTE: BasemapPalette = {
  ocean: '#161d24',
  land: '#2d343b',
  landMuted: '#242a30',
  border: '#69727b',
  admin1: '#4d565f',
  coast: '#3b444d',
  label: [214, 220, 226, 255],
  labelHalo: [22, 29, 36, 230],
};

/** The palette of a theme. */
export function paletteFor(theme: BasemapTheme): BasemapPalette {
  return theme === 'dark' ? DARK_PALETTE : LIGHT_PALETTE;
}
