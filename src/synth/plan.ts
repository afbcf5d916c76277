import { type Subregion, subregionOf } from '../geo/subregions.ts';
import { ANCHORS, type Anchor, type AnchorId } from './anchors.ts';
import { type FlowSpec, type OriginSpec, pathOf, periodWeight } from './flow-types.ts';
import { profileAt, seasonAt, shiftFactor } from './time-model.ts';
import { type Weighted, weighted } from './weighted.ts';

/** A detection place with its subregion resolved once. */
export interface PreparedAnchor extends Anchor {
  id: AnchorId;
  subregion: Subregion;
}

/** An origin of a flow with its transit list and detection places restricted to its path. */
export interface PreparedOrigin {
  origin: string;
  nationality: string;
  /** Transit countries, `|`-joined, excluding origin and destination. */
  transit: string;
  /** Detection places before [0] and after [1] the 2020 shift. */
  detect: readonly [Weighted<PreparedAnchor>, Weighted<PreparedAnchor>];
}

/** A flow ready for sampling. */
export interface PreparedFlow {
  spec: FlowSpec;
  /** Origins before [0] and after [1] the 2020 shift. */
  origins: readonly [Weighted<PreparedOrigin>, Weighted<PreparedOrigin>];
}

/** One calendar month of the extract: how many rows it gets and which flows they come from. */
export interface MonthPlan {
  year: number;
  month: number;
  count: number;
  flows: Weighted<PreparedFlow>;
}

/** Pairs with weights for one period; an all-zero period falls back to the other period's weights. */
function byPeriod<T>(
  items: readonly (readonly [T, number | readonly [number, number]])[],
  after: boolean,
): Weighted<T> {
  const pairs = items.map(([v, w]) => [v, periodWeight(w, after)] as const);
  if (pairs.some(([, w]) => w > 0)) return weighted(pairs);
  return weighted(items.map(([v, w]) => [v, periodWeight(w, !after)] as const));
}

function prepareOrigin(flow: FlowSpec, spec: OriginSpec): PreparedOrigin {
  const path = pathOf(flow, spec);
  const detect = flow.detect
    .filter(([id]) => path.includes(ANCHORS[id].country))
    .map(([id, w]) => [{ ...ANCHORS[id], id, subregion: subregionOf(ANCHORS[id].country) }, w] as const);
  if (detect.length === 0)
    throw new Error(`flow ${flow.id}: no detection place on the path of ${spec.origin}`);
  const transit = (spec.via ?? flow.transit).filter((c) => c !== spec.origin && c !== flow.destination);
  return {
    origin: spec.origin,
    nationality: spec.nationality ?? spec.origin,
    transit: transit.join('|'),
    detect: [byPeriod(detect, false), byPeriod(detect, true)],
  };
}

/** Resolves a flow's origins and detection places (throws on an inconsistent flow). */
export function prepareFlow(spec: FlowSpec): PreparedFlow {
  const origins = spec.origins.map((o) => [prepareOrigin(spec, o), o.weight] as const);
  return { spec, origins: [byPeriod(origins, false), byPeriod(origins, true)] };
}

/** The volume of a flow in a month: weight × yearly profile × season × 2020 shift. */
export function flowIntensity(spec: FlowSpec, year: number, month: number): number {
  return (
    spec.weight *
    profileAt(spec.profile, year, month) *
    seasonAt(spec.season, month) *
    shiftFactor(year, month, spec.irregular)
  );
}

/** Parses `YYYY-MM` into [year, month]; throws on anything else. */
export function parseYearMonth(text: string): [number, number] {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12) throw new Error(`expected YYYY-MM, got ${JSON.stringify(text)}`);
  return [year, month];
}

/**
 * Splits `rows` over the months from `from` to `to` (inclusive) in proportion to the total
 * flow intensity, by largest remainder so the counts add up exactly.
 */
export function planMonths(
  flows: readonly PreparedFlow[],
  rows: number,
  from: string,
  to: string,
): MonthPlan[] {
  const [y0, m0] = parseYearMonth(from);
  const [y1, m1] = parseYearMonth(to);
  const months: { year: number; month: number; weights: number[]; total: number }[] = [];
  for (let k = y0 * 12 + m0 - 1; k <= y1 * 12 + m1 - 1; k++) {
    const year = Math.floor(k / 12);
    const month = (k % 12) + 1;
    const weights = flows.map((f) => flowIntensity(f.spec, year, month));
    months.push({ year, month, weights, total: weights.reduce((a, b) => a + b, 0) });
  }
  if (months.length === 0) throw new Error(`empty period ${from}..${to}`);
  const grand = months.reduce((s, x) => s + x.total, 0);
  const exact = months.map((x) => (rows * x.total) / grand);
  const counts = exact.map(Math.floor);
  let left = rows - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => [e - Math.floor(e), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] as number) + 1;
    left--;
  }
  return months.map((x, i) => ({
    year: x.year,
    month: x.month,
    count: counts[i] as number,
    flows: weighted(flows.map((f, j) => [f, x.weights[j] as number] as const)),
  }));
}
