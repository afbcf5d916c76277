/**
 * What a hidden figure reads as on screen: the same mark whether it was small or hidden to
 * protect another, so the mark itself reveals nothing (the charts write the same "—").
 */
export const HIDDEN_FIGURE = '—';

/**
 * The one place a raw count becomes text on screen: a count the caller holds and knows to be
 * in 1..k−1 becomes "<k", never the value (only code that holds the raw count, such as the
 * map tooltips, can know that). A hidden figure (`null`) carries no such knowledge and reads
 * "—". Zero stays zero (a structural zero reveals no one).
 */
export function displayCount(n: number | null, k: number, format: (n: number) => string): string {
  if (n === null) return HIDDEN_FIGURE;
  if (n > 0 && n < k) return `<${format(k)}`;
  return format(n);
}

/**
 * A figure from a protected table: hidden figures (`null`) show as "—" whether they were
 * small or hidden to protect another, so the marker itself reveals nothing.
 */
export function displayFigure(value: number | null, k: number, format: (n: number) => string): string {
  return value === null ? HIDDEN_FIGURE : displayCount(value, k, format);
}
