import type { DetectionSource } from '../schema/incident.ts';
import type { AnchorKind } from './anchors.ts';
import type { Prng } from './prng.ts';
import { pick, type Weighted, weighted } from './weighted.ts';

type SourceMix = readonly (readonly [DetectionSource, number])[];

const MIX: Readonly<Record<AnchorKind, SourceMix>> = {
  border: [
    ['border_control', 55],
    ['police', 20],
    ['prosecutor', 10],
    ['ngo', 5],
    ['labour_inspection', 3],
    ['health', 2],
    ['other', 5],
  ],
  airport: [
    ['border_control', 65],
    ['police', 15],
    ['prosecutor', 10],
    ['ngo', 3],
    ['other', 7],
  ],
  sea: [
    ['border_control', 45],
    ['police', 25],
    ['other', 15],
    ['ngo', 5],
    ['health', 5],
    ['prosecutor', 5],
  ],
  city: [
    ['police', 40],
    ['prosecutor', 25],
    ['labour_inspection', 12],
    ['ngo', 10],
    ['health', 5],
    ['other', 5],
    ['border_control', 3],
  ],
};

/** During the 2020 border closures (April 2020 – June 2021) border posts detect less. */
const closed = (mix: SourceMix): SourceMix =>
  mix.map(([s, w]) => [s, s === 'border_control' ? w * 0.6 : w] as const);

const NORMAL = new Map(Object.entries(MIX).map(([k, m]) => [k, weighted(m)]));
const CLOSURE = new Map(Object.entries(MIX).map(([k, m]) => [k, weighted(closed(m))]));

/** Who detected an incident at a place of this kind; null (not recorded) ≈1.5%. */
export function drawDetectionSource(
  prng: Prng,
  kind: AnchorKind,
  duringClosures: boolean,
): DetectionSource | null {
  if (prng.next() < 0.015) return null;
  const table = (duringClosures ? CLOSURE : NORMAL).get(kind) as Weighted<DetectionSource>;
  return pick(table, prng.next());
}

/** Synthetic acronyms of national prosecution services (illustrative, not an official registry). */
const PROSECUTORS: Readonly<Record<string, string>> = {
  COL: 'FISCALIA',
  BRA: 'MPF',
  ARG: 'PROTEX',
  MEX: 'FGR',
  PER: 'MP',
  CHL: 'FISCALIA',
  ECU: 'FGE',
  BOL: 'FGE',
  PRY: 'MP',
  URY: 'FISCALIA',
  VEN: 'MP',
  PAN: 'MP',
  CRI: 'MP',
  NIC: 'MP',
  HND: 'MP',
  GTM: 'MP',
  SLV: 'FGR',
  DOM: 'PGR',
  ESP: 'FGE',
  PRT: 'PGR',
  TTO: 'CTU',
};

/**
 * The reporting office of an incident: border and labour detections are reported by the
 * migration or labour authority, the rest by the national prosecutor (e.g. `FISCALIA-COL`).
 */
export function officeFor(country: string, source: DetectionSource | null): string {
  if (source === 'border_control') return `MIGRACION-${country}`;
  if (source === 'labour_inspection') return `TRABAJO-${country}`;
  return `${PROSECUTORS[country] ?? 'FISCALIA'}-${country}`;
}
