/**
 * The one place a count becomes text on screen: counts in 1..k−1 become "<k", never the
 * value. Zero stays zero (a structural zero reveals no one).
 */
export function displayCount(n: number | null, k: number, format: (n: number) => string): string {
  if (n === null || (n > 0 && n < k)) return `<${format(k)}`;
  return format(n);
}
