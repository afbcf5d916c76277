import type { FlowSpec } from './flow-types.ts';
import { DOMESTIC_FLOWS, IBERIA_FLOWS } from './flows-iberia.ts';
import { NORTH_FLOWS } from './flows-north.ts';
import { SOUTH_FLOWS } from './flows-south.ts';

/** Every flow the generator draws from, in a fixed order (the order is part of the seed's meaning). */
export const ALL_FLOWS: readonly FlowSpec[] = [
  ...NORTH_FLOWS,
  ...SOUTH_FLOWS,
  ...IBERIA_FLOWS,
  ...DOMESTIC_FLOWS,
];
