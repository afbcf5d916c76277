/**
 * How detections vary over time: multi-year profiles per kind of flow, seasonality, and the
 * 2020 shift (from March 2020 regular crossings and air travel collapse, then rebound, while
 * irregular land and sea crossings dip briefly and then grow).
 */

/** First year of the yearly profiles; earlier and later years take the nearest value. */
const FIRST_YEAR = 2015;

/** Yearly multipliers 2015–2025 (index 0 = 2015) for each kind of flow. */
export const PROFILES = {
  stable: [0.85, 0.9, 0.95, 1, 1.05, 1, 1.05, 1.1, 1.12, 1.15, 1.15],
  venezuela: [0.12, 0.25, 0.55, 0.95, 1, 0.85, 0.9, 1, 0.95, 0.9, 0.85],
  altiplano: [0, 0, 0.03, 0.1, 0.3, 0.8, 1.2, 1, 0.8, 0.6, 0.5],
  darien: [0.5, 0.45, 0.15, 0.2, 0.25, 0.15, 1.8, 1.3, 2, 1.2, 0.15],
  darienVenezuela: [0, 0, 0, 0, 0, 0, 0.15, 2, 3, 1.6, 0.15],
  mexicoUs: [1, 1, 0.85, 1.1, 1.5, 1.1, 1.9, 2.1, 2, 1.3, 0.5],
  centralAmerica: [1, 1.05, 0.85, 1.2, 1.45, 0.9, 1.5, 1.6, 1.6, 1.2, 0.6],
  nicaraguaAir: [0.2, 0.2, 0.2, 0.3, 0.3, 0.3, 1.2, 2.2, 1.6, 0.8, 0.3],
  haiti: [0.9, 0.95, 1, 1, 1.05, 0.95, 1.2, 1.35, 1.4, 1.45, 1.4],
  iberia: [0.9, 0.95, 1, 1.05, 1.1, 1, 0.95, 1.05, 1.15, 1.2, 1.2],
  canary: [0.3, 0.3, 0.35, 0.5, 0.4, 1.6, 1.6, 1.2, 2.4, 3, 1.6],
} as const;
/** A profile name. */
export type ProfileName = keyof typeof PROFILES;

/** Monthly multipliers (January first), mean 1 after normalisation. */
export const SEASONS = {
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  darien: [1, 1, 1.05, 1, 0.9, 0.9, 1, 1.2, 1.25, 1.1, 0.85, 0.75],
  north: [0.9, 1, 1.2, 1.25, 1.2, 1.05, 0.95, 0.9, 0.9, 0.95, 0.9, 0.8],
  holidays: [1.15, 1, 0.95, 0.9, 0.9, 0.95, 1.05, 1, 0.95, 1, 1, 1.15],
  summer: [0.85, 0.85, 0.9, 0.95, 1, 1.15, 1.2, 1.15, 1, 0.95, 0.9, 1.1],
  caribbean: [0.9, 0.9, 1.1, 1.2, 1.2, 1.1, 1, 0.9, 0.8, 0.8, 0.9, 1],
  canary: [0.9, 0.7, 0.7, 0.7, 0.8, 0.8, 0.9, 1, 1.3, 1.5, 1.5, 1.2],
} as const;
/** A seasonality name. */
export type SeasonName = keyof typeof SEASONS;

/** True from March 2020 on: the period after the 2020 shift. */
export function isAfterShift(year: number, month: number): boolean {
  return year > 2020 || (year === 2020 && month >= 3);
}

/**
 * The yearly profile at a month, interpolated linearly between mid-years so that detections
 * change smoothly rather than in steps each January.
 */
export function profileAt(name: ProfileName, year: number, month: number): number {
  const values: readonly number[] = PROFILES[name];
  const t = year - FIRST_YEAR + (month - 6.5) / 12;
  const last = values.length - 1;
  if (t <= 0) return values[0] as number;
  if (t >= last) return values[last] as number;
  const i = Math.floor(t);
  const f = t - i;
  return (values[i] as number) * (1 - f) + (values[i + 1] as number) * f;
}

/** The seasonal multiplier of a month (1–12). */
export function seasonAt(name: SeasonName, month: number): number {
  const values: readonly number[] = SEASONS[name];
  const mean = values.reduce((a, b) => a + b, 0) / 12;
  return (values[month - 1] as number) / mean;
}

/**
 * The 2020 shift: regular crossings (official posts, airports) collapse in spring 2020 and
 * recover through 2021; irregular crossings dip for a few months, then exceed their old level.
 */
export function shiftFactor(year: number, month: number, irregular: boolean): number {
  if (!isAfterShift(year, month)) return 1;
  if (year === 2020) {
    if (month === 3) return irregular ? 0.8 : 0.7;
    if (month <= 6) return irregular ? 0.55 : 0.3;
    if (month <= 9) return irregular ? 0.95 : 0.5;
    return irregular ? 1.1 : 0.65;
  }
  if (year === 2021) return irregular ? 1.25 : month <= 6 ? 0.75 : 0.9;
  return irregular ? 1.2 : 1;
}
