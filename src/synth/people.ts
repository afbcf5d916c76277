import type { Subregion } from '../geo/subregions.ts';
import { type CrimeType, EXPLOITATION_FORMS } from '../schema/incident.ts';
import type { Prng } from './prng.ts';
import { pick, weighted } from './weighted.ts';

/**
 * Share of women and girls among detected trafficking victims by subregion of detection
 * (UNODC GLOTIP orders of magnitude: ≈79% in Central America and the Caribbean, ≈74% in
 * South America). The generator hits these in expectation.
 */
export const FEMALE_SHARE_TRAFFICKING: Readonly<Record<Subregion, number>> = {
  central_america_caribbean: 0.79,
  south_america: 0.74,
  north_america: 0.72,
  iberia: 0.8,
  other: 0.7,
};
const GIRLS_AMONG_FEMALE: Readonly<Record<Subregion, number>> = {
  central_america_caribbean: 0.3,
  south_america: 0.22,
  north_america: 0.25,
  iberia: 0.12,
  other: 0.2,
};
const BOYS_AMONG_MALE: Readonly<Record<Subregion, number>> = {
  central_america_caribbean: 0.3,
  south_america: 0.25,
  north_america: 0.3,
  iberia: 0.1,
  other: 0.2,
};
/** Female probability of a person in a "sexual exploitation" (high) or "labour" (low) case. */
const HIGH_FEMALE = 0.95;
const LOW_FEMALE = 0.4;

/** Persons counted in one incident, by sex/age column. Mutated in place by the fill functions. */
export interface SexAgeCounts {
  women: number;
  men: number;
  girls: number;
  boys: number;
  unknown: number;
}

/** A zeroed counter. */
export function emptyCounts(): SexAgeCounts {
  return { women: 0, men: 0, girls: 0, boys: 0, unknown: 0 };
}

/** Draws the crime type: both ≈3%, unknown ≈2%, the rest split by the flow's trafficking share. */
export function drawCrimeType(prng: Prng, traffickingShare: number): CrimeType {
  const u = prng.next();
  if (u < 0.02) return 'unknown';
  if (u < 0.05) return traffickingShare >= 1 ? 'trafficking' : 'both';
  return prng.next() < traffickingShare ? 'trafficking' : 'smuggling';
}

const SMALL = weighted([
  [1, 45],
  [2, 20],
  [3, 12],
  [4, 8],
  [5, 5],
  [6, 4],
]);
const SMALL_SMUGGLING = weighted([
  [1, 35],
  [2, 20],
  [3, 13],
  [4, 9],
  [5, 7],
  [6, 5],
]);

/** Persons in one incident: 1–6 mostly; smuggling groups are sometimes large (boats, the Darién). */
export function drawPersons(prng: Prng, crime: CrimeType, largeGroups: boolean): number {
  const u = prng.next();
  if (crime === 'smuggling') {
    if (u < 0.005) return largeGroups ? 41 + prng.int(80) : 13 + prng.int(28);
    if (u < 0.04) return 13 + prng.int(28);
    if (u < 0.11) return 7 + prng.int(6);
    return pick(SMALL_SMUGGLING, prng.next());
  }
  if (crime === 'unknown') return 1 + prng.int(4);
  if (u < 0.01) return 16 + prng.int(25);
  if (u < 0.06) return 7 + prng.int(9);
  return pick(SMALL, prng.next());
}

/**
 * Fills `out` with trafficking victims. Each incident is either mostly female (sexual
 * exploitation) or mixed (labour), in proportions that give the subregion's female share in
 * expectation. Returns true for a mostly-female incident (drives the exploitation form).
 */
export function fillVictims(prng: Prng, n: number, subregion: Subregion, out: SexAgeCounts): boolean {
  const target = FEMALE_SHARE_TRAFFICKING[subregion];
  const high = prng.next() < (target - LOW_FEMALE) / (HIGH_FEMALE - LOW_FEMALE);
  const q = high ? HIGH_FEMALE : LOW_FEMALE;
  const girls = GIRLS_AMONG_FEMALE[subregion];
  const boys = BOYS_AMONG_MALE[subregion];
  out.women = out.men = out.girls = out.boys = out.unknown = 0;
  for (let i = 0; i < n; i++) {
    if (prng.next() < q) {
      if (prng.next() < girls) out.girls++;
      else out.women++;
    } else if (prng.next() < boys) out.boys++;
    else out.men++;
  }
  return high;
}

/**
 * Fills `out` with smuggled persons: ≈70% adult men; more women and children in families
 * crossing the Darién after 2020; part of a large group may be of unknown sex/age.
 */
export function fillSmuggled(prng: Prng, n: number, families: boolean, out: SexAgeCounts): void {
  const [men, women, boys] = families ? [0.58, 0.8, 0.9] : [0.7, 0.87, 0.94];
  const unknownShare = n > 12 && prng.next() < 0.5 ? 0.3 : 0;
  out.women = out.men = out.girls = out.boys = out.unknown = 0;
  for (let i = 0; i < n; i++) {
    if (unknownShare > 0 && prng.next() < unknownShare) {
      out.unknown++;
      continue;
    }
    const u = prng.next();
    if (u < men) out.men++;
    else if (u < women) out.women++;
    else if (u < boys) out.boys++;
    else out.girls++;
  }
}

/** Fills `out` for an incident whose crime type is unknown: often no sex/age recorded. */
export function fillUnknown(prng: Prng, n: number, out: SexAgeCounts): void {
  fillSmuggled(prng, n, false, out);
  if (prng.next() < 0.6) {
    out.unknown += out.women + out.men + out.girls + out.boys;
    out.women = out.men = out.girls = out.boys = 0;
  }
}

const FORM_INDEX = new Map(EXPLOITATION_FORMS.map((f, i) => [f, i]));
const idx = (f: (typeof EXPLOITATION_FORMS)[number]): number => FORM_INDEX.get(f) as number;
const SEXUAL_CASE = weighted([
  [idx('sexual'), 82],
  [idx('forced_labour'), 8],
  [idx('forced_criminality'), 3],
  [idx('begging'), 2],
  [idx('forced_marriage'), 2],
  [idx('other'), 2],
  [idx('unknown'), 1],
]);
const LABOUR_CASE = weighted([
  [idx('forced_labour'), 60],
  [idx('sexual'), 18],
  [idx('forced_criminality'), 10],
  [idx('begging'), 5],
  [idx('other'), 4],
  [idx('unknown'), 2],
  [idx('organ_removal'), 1],
]);
/** `|`-joined form lists for every subset (bit i = EXPLOITATION_FORMS[i]), in schema order. */
const JOINED: readonly string[] = Array.from({ length: 1 << EXPLOITATION_FORMS.length }, (_, mask) =>
  EXPLOITATION_FORMS.filter((_f, i) => mask & (1 << i)).join('|'),
);

/** Forms of exploitation of a trafficking case as a `|`-separated list; ≈7% of cases have two. */
export function drawExploitation(prng: Prng, mostlyFemale: boolean): string {
  const dist = mostlyFemale ? SEXUAL_CASE : LABOUR_CASE;
  let mask = 1 << pick(dist, prng.next());
  if (prng.next() < 0.07) mask |= 1 << pick(dist, prng.next());
  if (mask & (1 << idx('unknown')) && mask !== 1 << idx('unknown')) mask &= ~(1 << idx('unknown'));
  return JOINED[mask] as string;
}
