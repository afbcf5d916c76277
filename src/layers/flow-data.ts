import type { Table } from 'apache-arrow';
import { bundledFlowEndPoints, type FlowEndPoints } from '../geo/flow-end-points.ts';
import { toFloat64, toStrings } from './arrow-to-binary.ts';
import { rankFlows } from './flow-rank.ts';

/** Flows ready for a binary ArcLayer, without those below the threshold or without a point. */
export interface FlowData {
  length: number;
  source: Float32Array;
  target: Float32Array;
  persons: Float64Array;
  origin: string[];
  destination: string[];
  category: string[];
  /** Persons in flows beyond the top-N cap, hidden by the threshold, or with an end without a point. */
  otherPersons: number;
  /** How many flows are not drawn (beyond top-N, below k, or an end without a point). */
  otherFlows: number;
  maxPersons: number;
}

/** How many flows to draw, and where their ends are. */
export interface FlowDataOptions {
  /** Flows drawn at most, the largest first (rankFlows); the rest count as "other flows". */
  topN: number;
  /** The points the ends are drawn at (the bundled points by default). */
  ends?: FlowEndPoints;
}

/**
 * Converts a flowsQuery (or clusteredFlowsQuery) result, every flow of the view, to layer
 * data: the top N by persons (rankFlows), each end drawn at its point in `ends`. Flows with
 * fewer than k persons are never drawn (their value would show in the width and the
 * tooltip), nor flows with an end that has no point (every country the ingest accepts,
 * admin-1 unit and cluster member has one; a test world may lack some); both are added to
 * the "other flows" total with every flow beyond the top N, and that total is itself shown
 * only when it is at least k. The figure guard counts the same flows as drawn
 * (guardFlowFigures).
 */
export function toFlowData(table: Table, k: number, options: FlowDataOptions): FlowData {
  const ends = options.ends ?? bundledFlowEndPoints();
  const persons = toFloat64(table, 'persons');
  const origin = toStrings(table, 'origin');
  const destination = toStrings(table, 'destination');
  const category = toStrings(table, 'category');
  const ranked = rankFlows(persons, origin, destination, category).slice(0, Math.max(0, options.topN));
  const keep: number[] = [];
  const points: (readonly [number, number])[] = [];
  for (const i of ranked) {
    if (persons[i]! < k) continue;
    const from = ends.point(origin[i]!);
    const to = ends.point(destination[i]!);
    if (!from || !to) continue;
    keep.push(i);
    points.push(from, to);
  }
  const n = keep.length;
  const out: FlowData = {
    length: n,
    source: new Float32Array(n * 2),
    target: new Float32Array(n * 2),
    persons: new Float64Array(n),
    origin: [],
    destination: [],
    category: [],
    otherPersons: 0,
    otherFlows: 0,
    maxPersons: 0,
  };
  keep.forEach((i, j) => {
    out.source.set(points[j * 2]!, j * 2);
    out.target.set(points[j * 2 + 1]!, j * 2);
    out.persons[j] = persons[i]!;
    out.origin.push(origin[i]!);
    out.destination.push(destination[i]!);
    out.category.push(category[i]!);
    out.maxPersons = Math.max(out.maxPersons, persons[i]!);
  });
  const total = persons.reduce((s, v) => s + v, 0);
  out.otherPersons = total - out.persons.reduce((s, v) => s + v, 0);
  out.otherFlows = persons.length - n;
  return out;
}
