import type { FlowSpec } from './flow-types.ts';
import { ANDEAN_FLOWS } from './flows-andean.ts';
import { DOMESTIC_FLOWS, IBERIA_FLOWS } from './flows-iberia.ts';
import { NORTH_FLOWS } from './flows-north.ts';
import { AMAZON_SOUTHERN_CONE_FLOWS } from './flows-southern-cone.ts';

/** Every flow the generator draws from, in a fixed order (the order is part of the seed's meaning). */
export const ALL_FLOWS: readonly FlowSpec[] = [
  ...NORTH_FLOWS,
  ...ANDEAN_FLOWS,
  ...AMAZON_SOUTHERN_CONE_FLOWS,
  ...IBERIA_FLOWS,
  ...DOMESTIC_FLOWS,
];
