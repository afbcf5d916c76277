import type { AnchorId } from './anchors.ts';
import type { RouteLabel } from './route-labels.ts';
import type { ProfileName, SeasonName } from './time-model.ts';

/** A weight, or a pair of weights before and after the 2020 shift (March 2020). */
export type PeriodWeight = number | readonly [before: number, after: number];

/** Where the persons of a flow start from. */
export interface OriginSpec {
  /** Country where the journey started. */
  origin: string;
  /** Nationality when it differs from the origin (e.g. Haitians leaving from Chile). */
  nationality?: string;
  weight: PeriodWeight;
  /** Transit countries for this origin, replacing the flow's default. */
  via?: readonly string[];
}

/**
 * One flow of persons along a route: origins, ordered transit, destination, and where along
 * the way detections happen. The detection country must lie on the path (checked in tests).
 */
export interface FlowSpec {
  id: string;
  /** Route label, or null for domestic cases. */
  route: RouteLabel | null;
  origins: readonly OriginSpec[];
  transit: readonly string[];
  destination: string;
  /** Detection places and their weights. */
  detect: readonly (readonly [AnchorId, PeriodWeight])[];
  /** Share of trafficking among trafficking + smuggling incidents on this flow. */
  trafficking: number;
  /** Relative volume when the profile and season are 1. */
  weight: number;
  profile: ProfileName;
  season: SeasonName;
  /** Mostly irregular crossings (sets the 2020 shift direction). */
  irregular: boolean;
  /** True where large groups travel together (boats, the Darién). */
  largeGroups?: boolean;
}

/** Shorthand for an origin entry. */
export function from(
  origin: string,
  weight: PeriodWeight,
  extra: Omit<OriginSpec, 'origin' | 'weight'> = {},
): OriginSpec {
  return { origin, weight, ...extra };
}

/** The weight in force before (`after` false) or after the 2020 shift. */
export function periodWeight(w: PeriodWeight, after: boolean): number {
  return typeof w === 'number' ? w : after ? w[1] : w[0];
}

/** Every country a person of this origin passes through, in order (origin, transit, destination). */
export function pathOf(flow: FlowSpec, origin: OriginSpec): string[] {
  return [origin.origin, ...(origin.via ?? flow.transit), flow.destination];
}
