/**
 * Colours of every chart, derived from the Okabe–Ito palette (Okabe & Ito 2008), which
 * stays distinguishable under the common colour-vision deficiencies and on a washed-out
 * projector. Trafficking (vermillion) and smuggling (blue) differ in hue and lightness,
 * so they stay apart even in greyscale.
 */
export const PALETTE = {
  trafficking: '#D55E00',
  smuggling: '#0072B2',
  both: '#CC79A7',
  unknown: '#8C8C8C',
  women: '#CC79A7',
  girls: '#E69F00',
  men: '#0072B2',
  boys: '#56B4E9',
  unknown_sex_age: '#BBBBBB',
  /** Single-series bars and lines. */
  accent: '#009E73',
  text: '#222222',
  mutedText: '#555555',
  axis: '#777777',
  grid: '#E6E6E6',
  suppressed: '#9A9A9A',
  brush: '#0072B2',
  /** Opaque pale blue behind a brushed range (drawn under grid and lines, no transparency needed). */
  brushFill: '#E3EFF8',
  event: '#444444',
} as const;

/** Categorical colours for series without a fixed colour, in order of use. */
export const CATEGORICAL = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#8C6D31',
  '#8C8C8C',
] as const;

/** The colour of a series key: its fixed colour when it has one, else the i-th categorical colour. */
export function colorOf(key: string, index: number): string {
  const fixed = (PALETTE as Record<string, string>)[key];
  return fixed ?? (CATEGORICAL[index % CATEGORICAL.length] as string);
}

/** Black or white, whichever reads better on `hex` (relative luminance, WCAG). */
export function textOn(hex: string): string {
  const c = [1, 3, 5].map((i) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * (c[0] as number) + 0.7152 * (c[1] as number) + 0.0722 * (c[2] as number);
  return l > 0.22 ? '#111111' : '#FFFFFF';
}
