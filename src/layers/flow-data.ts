import type { Table } from 'apache-arrow';
import { toFloat64, toPositions, toStrings } from './arrow-to-binary.ts';

/** Flows ready for a binary ArcLayer, with those below the threshold already removed. */
export interface FlowData {
  length: number;
  source: Float32Array;
  target: Float32Array;
  persons: Float64Array;
  origin: string[];
  destination: string[];
  category: string[];
  /** Persons in flows beyond the top-N cap or hidden by the threshold. */
  otherPersons: number;
  /** How many flows are not drawn (beyond top-N or below k). */
  otherFlows: number;
  maxPersons: number;
}

/**
 * Converts a flowsQuery result to layer data. Flows with fewer than k persons are never
 * drawn (their value would show in the width and the tooltip); they are added to the
 * "other flows" total, which itself is shown only when it is at least k.
 */
export function toFlowData(table: Table, k: number): FlowData {
  const persons = toFloat64(table, 'persons');
  const keep: number[] = [];
  for (let i = 0; i < persons.length; i++) if (persons[i]! >= k) keep.push(i);
  const source = toPositions(table, 'source');
  const target = toPositions(table, 'target');
  const origin = toStrings(table, 'origin');
  const destination = toStrings(table, 'destination');
  const category = toStrings(table, 'category');
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
    out.source.set(source.subarray(i * 2, i * 2 + 2), j * 2);
    out.target.set(target.subarray(i * 2, i * 2 + 2), j * 2);
    out.persons[j] = persons[i]!;
    out.origin.push(origin[i]!);
    out.destination.push(destination[i]!);
    out.category.push(category[i]!);
    out.maxPersons = Math.max(out.maxPersons, persons[i]!);
  });
  const total = table.numRows ? toFloat64(table, 'total_persons')[0]! : 0;
  const totalFlows = table.numRows ? toFloat64(table, 'total_flows')[0]! : 0;
  out.otherPersons = total - out.persons.reduce((s, v) => s + v, 0);
  out.otherFlows = totalFlows - n;
  return out;
}
