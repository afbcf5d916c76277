import type { AnchorId } from './anchors.ts';
import { type FlowSpec, from, type PeriodWeight } from './flow-types.ts';
import type { RouteLabel } from './route-labels.ts';
import type { ProfileName } from './time-model.ts';

type Detect = readonly (readonly [AnchorId, PeriodWeight])[];

/** A single-origin land flow in South America (most flows here are short cross-border moves). */
export function land(
  id: string,
  route: RouteLabel,
  origin: string,
  transit: readonly string[],
  destination: string,
  detect: Detect,
  trafficking: number,
  weight: number,
  profile: ProfileName = 'stable',
  irregular = false,
): FlowSpec {
  return {
    id,
    route,
    origins: [from(origin, 1)],
    transit,
    destination,
    detect,
    trafficking,
    weight,
    profile,
    season: profile === 'venezuela' ? 'holidays' : 'flat',
    irregular,
  };
}

/**
 * Andean flows: Venezuelan outflows to Colombia, Ecuador, Peru and Chile (the altiplano
 * crossing into Chile appearing around 2020) and shorter cross-border moves in the Andes.
 */
export const ANDEAN_FLOWS: readonly FlowSpec[] = [
  land(
    'venezuela-colombia',
    'Andean',
    'VEN',
    [],
    'COL',
    [
      ['COL:bridge', [5, 3]],
      ['COL:paraguachon', [2, 2.5]],
      ['COL:arauca', [1, 1.5]],
      ['COL:bogota', 2],
      ['COL:medellin', 1],
      ['COL:cali', 0.5],
      ['COL:cartagena', 0.5],
    ],
    0.3,
    12,
    'venezuela',
  ),
  land(
    'venezuela-ecuador',
    'Andean',
    'VEN',
    ['COL'],
    'ECU',
    [
      ['COL:ipiales', 2],
      ['ECU:tulcan', 3],
      ['ECU:quito', 2],
      ['ECU:guayaquil', 1],
    ],
    0.3,
    5,
    'venezuela',
  ),
  land(
    'venezuela-peru',
    'Andean',
    'VEN',
    ['COL', 'ECU'],
    'PER',
    [
      ['ECU:tulcan', 1],
      ['ECU:huaquillas', 2],
      ['PER:aguas-verdes', 3],
      ['PER:lima', 4],
    ],
    0.35,
    7,
    'venezuela',
  ),
  land(
    'venezuela-chile',
    'Andean',
    'VEN',
    ['COL', 'ECU', 'PER'],
    'CHL',
    [
      ['PER:tacna', 1],
      ['CHL:chacalluta', 3],
      ['CHL:santiago', 3],
      ['CHL:antofagasta', 1],
    ],
    0.3,
    4,
    'venezuela',
  ),
  land(
    'venezuela-chile-altiplano',
    'Andean',
    'VEN',
    ['COL', 'ECU', 'PER', 'BOL'],
    'CHL',
    [
      ['PER:desaguadero', 0.5],
      ['BOL:desaguadero', 1],
      ['BOL:pisiga', 1.5],
      ['CHL:colchane', 4],
    ],
    0.15,
    4,
    'altiplano',
    true,
  ),
  land(
    'colombia-ecuador',
    'Andean',
    'COL',
    [],
    'ECU',
    [
      ['ECU:tulcan', 2],
      ['ECU:quito', 2],
      ['ECU:guayaquil', 1],
      ['COL:ipiales', 1],
    ],
    0.4,
    2.5,
  ),
  land(
    'colombia-chile',
    'Andean',
    'COL',
    ['ECU', 'PER'],
    'CHL',
    [
      ['CHL:santiago', 2],
      ['CHL:antofagasta', 2],
      ['CHL:chacalluta', 1],
      ['PER:tacna', 0.5],
    ],
    0.55,
    2,
  ),
  land(
    'peru-chile',
    'Andean',
    'PER',
    [],
    'CHL',
    [
      ['CHL:chacalluta', 3],
      ['CHL:santiago', 2],
      ['PER:tacna', 1],
    ],
    0.3,
    2.5,
  ),
  land(
    'bolivia-chile',
    'Andean',
    'BOL',
    [],
    'CHL',
    [
      ['CHL:colchane', 2],
      ['BOL:pisiga', 1],
      ['CHL:antofagasta', 1],
    ],
    0.3,
    1.5,
  ),
  land(
    'ecuador-peru',
    'Andean',
    'ECU',
    [],
    'PER',
    [
      ['PER:aguas-verdes', 2],
      ['PER:lima', 1],
    ],
    0.4,
    1,
  ),
  land(
    'peru-bolivia',
    'Andean',
    'PER',
    [],
    'BOL',
    [
      ['BOL:desaguadero', 2],
      ['BOL:la-paz', 1],
    ],
    0.5,
    0.8,
  ),
];
