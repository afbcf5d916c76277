/** An RGBA colour as deck.gl takes it. */
export type RGBA = readonly [number, number, number, number];

/**
 * Category colours for the map, from Paul Tol's colour-blind-safe "vibrant" and "muted"
 * schemes: trafficking and smuggling are far apart in hue and lightness so they stay
 * distinct on a washed-out projector and for colour-blind viewers.
 */
export const CATEGORY_COLORS: Readonly<Record<string, RGBA>> = {
  trafficking: [204, 51, 17, 255],
  smuggling: [0, 119, 187, 255],
  both: [170, 51, 119, 255],
  unknown: [136, 136, 136, 255],
  women: [238, 119, 51, 255],
  girls: [204, 51, 17, 255],
  men: [0, 119, 187, 255],
  boys: [51, 187, 238, 255],
  unknown_sex_age: [136, 136, 136, 255],
  sexual: [204, 51, 17, 255],
  forced_labour: [0, 153, 136, 255],
  forced_criminality: [238, 119, 51, 255],
  begging: [51, 187, 238, 255],
  forced_marriage: [170, 51, 119, 255],
  organ_removal: [102, 37, 6, 255],
  other: [187, 187, 187, 255],
  none: [0, 119, 187, 255],
};

/** The colour of a category, grey when unlisted. */
export function categoryColor(category: string): RGBA {
  return CATEGORY_COLORS[category] ?? [136, 136, 136, 255];
}

/** The colour as CSS, for legends. */
export function toCss([r, g, b, a]: RGBA): string {
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(2)})`;
}
