import type { AnchorId } from './anchors.ts';
import { type FlowSpec, from, type OriginSpec } from './flow-types.ts';

const SPAIN: FlowSpec['detect'] = [
  ['ESP:barajas', 4],
  ['ESP:madrid', 2],
  ['ESP:barcelona', 1],
];

function toSpain(id: string, origins: readonly OriginSpec[], trafficking: number, weight: number): FlowSpec {
  return {
    id,
    route: 'Atlantic (to Iberia)',
    origins,
    transit: [],
    destination: 'ESP',
    detect: SPAIN,
    trafficking,
    weight,
    profile: id === 'venezuela-spain' ? 'venezuela' : 'iberia',
    season: 'summer',
    irregular: false,
  };
}

/** Flows to Spain and Portugal: mostly by air from Latin America, plus the Canary Islands sea route. */
export const IBERIA_FLOWS: readonly FlowSpec[] = [
  toSpain('colombia-spain', [from('COL', 1)], 0.55, 4),
  toSpain('venezuela-spain', [from('VEN', 1)], 0.45, 3),
  toSpain('paraguay-spain', [from('PRY', 1)], 0.7, 2),
  toSpain('dominican-spain', [from('DOM', 1)], 0.6, 1.5),
  toSpain(
    'americas-spain',
    [from('HND', 1.5), from('NIC', 1), from('PER', 1), from('ECU', 0.8), from('BOL', 0.6)],
    0.55,
    4,
  ),
  {
    ...toSpain('brazil-spain', [from('BRA', 1, { via: ['PRT'] })], 0.6, 1),
    detect: [...SPAIN, ['PRT:lisbon-airport', 1]],
  },
  {
    ...toSpain('brazil-portugal', [from('BRA', 1)], 0.55, 3),
    destination: 'PRT',
    detect: [
      ['PRT:lisbon-airport', 4],
      ['PRT:porto', 1],
    ],
  },
  {
    ...toSpain(
      'canary-islands',
      [from('MAR', 2), from('SEN', 2), from('MLI', 1.5), from('GIN', 1), from('GMB', 1), from('MRT', 0.5)],
      0.04,
      2,
    ),
    detect: [['ESP:canarias', 1]],
    profile: 'canary',
    season: 'canary',
    irregular: true,
    largeGroups: true,
  },
];

/** A domestic trafficking flow: no route, origin = destination = country of detection. */
function domestic(country: string, weight: number, anchors: readonly AnchorId[]): FlowSpec {
  return {
    id: `domestic-${country.toLowerCase()}`,
    route: null,
    origins: [from(country, 1)],
    transit: [],
    destination: country,
    detect: anchors.map((a) => [a, 1] as const),
    trafficking: 1,
    weight,
    profile: 'stable',
    season: 'flat',
    irregular: false,
  };
}

/** Domestic trafficking cases, a large share of detected victims in the region. */
export const DOMESTIC_FLOWS: readonly FlowSpec[] = [
  domestic('COL', 3, ['COL:bogota', 'COL:medellin', 'COL:cartagena', 'COL:cali']),
  domestic('MEX', 3, ['MEX:cdmx', 'MEX:cancun', 'MEX:tapachula']),
  domestic('BRA', 3, ['BRA:sao-paulo', 'BRA:rio', 'BRA:maraba', 'BRA:manaus']),
  domestic('ARG', 2, ['ARG:buenos-aires', 'ARG:posadas']),
  domestic('PER', 2, ['PER:lima', 'PER:madre-de-dios']),
  domestic('DOM', 1, ['DOM:santo-domingo', 'DOM:santiago']),
  domestic('GTM', 1, ['GTM:guatemala']),
  domestic('ECU', 1, ['ECU:quito', 'ECU:guayaquil']),
  domestic('PRY', 0.8, ['PRY:asuncion']),
  domestic('BOL', 0.8, ['BOL:la-paz', 'BOL:santa-cruz']),
  domestic('CHL', 0.5, ['CHL:santiago']),
  domestic('SLV', 0.5, ['SLV:san-salvador']),
  domestic('HND', 0.5, ['HND:tegucigalpa', 'HND:san-pedro-sula']),
  domestic('CRI', 0.5, ['CRI:san-jose']),
  domestic('PAN', 0.3, ['PAN:panama']),
  domestic('URY', 0.4, ['URY:montevideo']),
  domestic('ESP', 0.6, ['ESP:madrid', 'ESP:barcelona']),
  domestic('PRT', 0.3, ['PRT:porto']),
];
