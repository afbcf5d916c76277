/**
 * The choices of a month picker between `min` and `max` (`YYYY-MM`, inclusive): the years,
 * and for `year` the months (1–12) that lie inside the bounds. Pure; bounds that are not
 * months give no choice.
 */
export function monthChoices(min: string, max: string, year: number): { years: number[]; months: number[] } {
  const parse = (m: string): [number, number] | null => {
    const match = /^(\d{4})-(\d{2})$/.exec(m);
    return match ? [Number(match[1]), Number(match[2])] : null;
  };
  const lo = parse(min);
  const hi = parse(max);
  if (!lo || !hi || lo[0] * 12 + lo[1] > hi[0] * 12 + hi[1]) return { years: [], months: [] };
  const years = Array.from({ length: hi[0] - lo[0] + 1 }, (_, i) => lo[0] + i);
  const first = year === lo[0] ? lo[1] : 1;
  const last = year === hi[0] ? hi[1] : 12;
  const months =
    year < lo[0] || year > hi[0] ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return { years, months };
}

/** `YYYY-MM` for a year and a month (1–12). */
export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * The month of `year` nearest to `month` that lies within the bounds, so changing the year
 * keeps the month when it can. Pure.
 */
export function clampMonth(min: string, max: string, year: number, month: number): string {
  const { months } = monthChoices(min, max, year);
  if (months.length === 0) return monthKey(year, Number.isInteger(month) ? month : 1);
  // A month that is no month (a value that was not `YYYY-MM`) takes the first one allowed.
  const wanted = Number.isInteger(month) ? month : months[0]!;
  const nearest = Math.min(Math.max(wanted, months[0]!), months[months.length - 1]!);
  return monthKey(year, nearest);
}
