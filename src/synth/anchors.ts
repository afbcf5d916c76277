import { crossingPoint } from '../geo/crossing-points.ts';

/** Where a detection happens, which sets the detection source mix. */
export type AnchorKind = 'border' | 'airport' | 'sea' | 'city';

/** A place where the generator puts detections: a crossing point or a city, on one side of a border. */
export interface Anchor {
  /** Country of detection (the side of the crossing), ISO alpha-3. */
  country: string;
  lat: number;
  lon: number;
  /** ISO 3166-2 code of the subdivision, or null when the territory has none. */
  admin1: string | null;
  kind: AnchorKind;
  /** Standard deviation of the position jitter, degrees. */
  spread: number;
}

const at = (name: string, country: string, admin1: string | null, kind: AnchorKind = 'border'): Anchor => {
  const p = crossingPoint(name);
  return { country, lat: p.lat, lon: p.lon, admin1, kind, spread: kind === 'airport' ? 0.01 : 0.02 };
};
const city = (country: string, lat: number, lon: number, admin1: string | null): Anchor => ({
  country,
  lat,
  lon,
  admin1,
  kind: 'city',
  spread: 0.04,
});

/**
 * Detection places by short id (`COUNTRY:place`). Crossing points come from
 * src/geo/crossing-points.csv; city positions are approximate town centres.
 */
export const ANCHORS = {
  'COL:bridge': at('Villa del Rosario - San Antonio del Tachira (Simon Bolivar bridge)', 'COL', 'CO-NSA'),
  'COL:paraguachon': at('Paraguachon (La Guajira)', 'COL', 'CO-LAG'),
  'COL:arauca': at('Arauca - El Amparo', 'COL', 'CO-ARA'),
  'COL:ipiales': at('Rumichaca (Ipiales - Tulcan)', 'COL', 'CO-NAR'),
  'COL:necocli': at('Necocli (departure by boat)', 'COL', 'CO-ANT', 'sea'),
  'COL:capurgana': at('Capurgana - Acandi', 'COL', 'CO-CHO'),
  'COL:leticia': at('Leticia - Tabatinga', 'COL', 'CO-AMA'),
  'COL:bogota': city('COL', 4.65, -74.08, 'CO-DC'),
  'COL:medellin': city('COL', 6.25, -75.57, 'CO-ANT'),
  'COL:cartagena': city('COL', 10.39, -75.51, 'CO-BOL'),
  'COL:cali': city('COL', 3.44, -76.52, 'CO-VAC'),
  'VEN:guiria': at('Guiria (departure by boat)', 'VEN', 'VE-R', 'sea'),
  'ECU:tulcan': at('Rumichaca (Ipiales - Tulcan)', 'ECU', 'EC-C'),
  'ECU:huaquillas': at('Huaquillas - Aguas Verdes', 'ECU', 'EC-O'),
  'ECU:quito': city('ECU', -0.18, -78.47, 'EC-P'),
  'ECU:guayaquil': city('ECU', -2.19, -79.89, 'EC-G'),
  'PER:aguas-verdes': at('Huaquillas - Aguas Verdes', 'PER', 'PE-TUM'),
  'PER:tacna': at('Santa Rosa - Chacalluta (Tacna - Arica)', 'PER', 'PE-TAC'),
  'PER:desaguadero': at('Desaguadero', 'PER', 'PE-PUN'),
  'PER:lima': city('PER', -12.05, -77.04, 'PE-LMA'),
  'PER:madre-de-dios': city('PER', -12.59, -69.19, 'PE-MDD'),
  'BOL:desaguadero': at('Desaguadero', 'BOL', 'BO-L'),
  'BOL:pisiga': at('Pisiga - Colchane', 'BOL', 'BO-O'),
  'BOL:santa-cruz': city('BOL', -17.78, -63.18, 'BO-S'),
  'BOL:la-paz': city('BOL', -16.5, -68.15, 'BO-L'),
  'CHL:chacalluta': at('Santa Rosa - Chacalluta (Tacna - Arica)', 'CHL', 'CL-AP'),
  'CHL:colchane': at('Pisiga - Colchane', 'CHL', 'CL-TA'),
  'CHL:santiago': city('CHL', -33.45, -70.66, 'CL-RM'),
  'CHL:antofagasta': city('CHL', -23.65, -70.4, 'CL-AN'),
  'ARG:la-quiaca': at('Villazon - La Quiaca', 'ARG', 'AR-Y'),
  'ARG:salvador-mazza': at('Yacuiba - Salvador Mazza', 'ARG', 'AR-A'),
  'ARG:buenos-aires': city('ARG', -34.6, -58.44, 'AR-C'),
  'ARG:posadas': city('ARG', -27.37, -55.9, 'AR-N'),
  'BRA:pacaraima': at('Santa Elena de Uairen - Pacaraima', 'BRA', 'BR-RR'),
  'BRA:corumba': at('Puerto Quijarro - Corumba', 'BRA', 'BR-MS'),
  'BRA:foz': at('Ciudad del Este - Foz do Iguacu', 'BRA', 'BR-PR'),
  'BRA:ponta-pora': at('Pedro Juan Caballero - Ponta Pora', 'BRA', 'BR-MS'),
  'BRA:oiapoque': at('Oiapoque - Saint-Georges', 'BRA', 'BR-AP'),
  'BRA:tabatinga': at('Leticia - Tabatinga', 'BRA', 'BR-AM'),
  'BRA:boa-vista': city('BRA', 2.82, -60.67, 'BR-RR'),
  'BRA:manaus': city('BRA', -3.12, -60.02, 'BR-AM'),
  'BRA:sao-paulo': city('BRA', -23.55, -46.63, 'BR-SP'),
  'BRA:rio': city('BRA', -22.91, -43.2, 'BR-RJ'),
  'BRA:maraba': city('BRA', -5.37, -49.12, 'BR-PA'),
  'PRY:ciudad-del-este': at('Ciudad del Este - Foz do Iguacu', 'PRY', 'PY-10'),
  'PRY:asuncion': city('PRY', -25.28, -57.63, 'PY-ASU'),
  'URY:montevideo': city('URY', -34.9, -56.19, 'UY-MO'),
  'PAN:bajo-chiquito': at('Bajo Chiquito (Darien reception)', 'PAN', 'PA-5'),
  'PAN:puerto-obaldia': at('Puerto Obaldia', 'PAN', 'PA-KY', 'sea'),
  'PAN:paso-canoas': at('Paso Canoas', 'PAN', 'PA-4'),
  'PAN:panama': city('PAN', 8.98, -79.52, 'PA-8'),
  'CRI:paso-canoas': at('Paso Canoas', 'CRI', 'CR-P'),
  'CRI:penas-blancas': at('Penas Blancas', 'CRI', 'CR-G'),
  'CRI:san-jose': city('CRI', 9.93, -84.08, 'CR-SJ'),
  'NIC:penas-blancas': at('Penas Blancas', 'NIC', 'NI-RI'),
  'NIC:managua': city('NIC', 12.13, -86.25, 'NI-MN'),
  'HND:guasaule': at('El Guasaule', 'HND', 'HN-CH'),
  'HND:trojes': at('Trojes', 'HND', 'HN-EP'),
  'HND:agua-caliente': at('Agua Caliente', 'HND', 'HN-OC'),
  'HND:tegucigalpa': city('HND', 14.07, -87.19, 'HN-FM'),
  'HND:san-pedro-sula': city('HND', 15.5, -88.03, 'HN-CR'),
  'SLV:san-salvador': city('SLV', 13.69, -89.19, 'SV-SS'),
  'GTM:agua-caliente': at('Agua Caliente', 'GTM', 'GT-20'),
  'GTM:tecun-uman': at('Tecun Uman - Ciudad Hidalgo', 'GTM', 'GT-12'),
  'GTM:el-ceibo': at('El Ceibo', 'GTM', 'GT-17'),
  'GTM:guatemala': city('GTM', 14.63, -90.51, 'GT-01'),
  'MEX:tapachula': at('Tapachula', 'MEX', 'MX-CHP', 'city'),
  'MEX:ciudad-hidalgo': at('Tecun Uman - Ciudad Hidalgo', 'MEX', 'MX-CHP'),
  'MEX:el-ceibo': at('El Ceibo', 'MEX', 'MX-TAB'),
  'MEX:juarez': at('Ciudad Juarez - El Paso', 'MEX', 'MX-CHH'),
  'MEX:tijuana': at('Tijuana - San Ysidro', 'MEX', 'MX-BCN'),
  'MEX:reynosa': at('Reynosa - Hidalgo', 'MEX', 'MX-TAM'),
  'MEX:nuevo-laredo': at('Nuevo Laredo - Laredo', 'MEX', 'MX-TAM'),
  'MEX:cdmx': city('MEX', 19.43, -99.13, 'MX-CMX'),
  'MEX:cancun': city('MEX', 21.16, -86.85, 'MX-ROO'),
  'DOM:dajabon': at('Dajabon - Ouanaminthe', 'DOM', 'DO-05'),
  'DOM:jimani': at('Jimani - Malpasse', 'DOM', 'DO-10'),
  'DOM:elias-pina': at('Elias Pina - Belladere', 'DOM', 'DO-07'),
  'DOM:santo-domingo': city('DOM', 18.48, -69.93, 'DO-01'),
  'DOM:higuey': { ...city('DOM', 18.62, -68.71, 'DO-11'), kind: 'sea' },
  'DOM:santiago': city('DOM', 19.45, -70.69, 'DO-25'),
  'PRI:aguadilla': at('Aguadilla (west coast landings)', 'PRI', null, 'sea'),
  'TTO:port-of-spain': { ...city('TTO', 10.65, -61.51, 'TT-POS'), kind: 'sea' },
  'CUW:willemstad': { ...city('CUW', 12.11, -68.93, null), kind: 'sea' },
  'ABW:oranjestad': city('ABW', 12.52, -70.03, null),
  'TCA:providenciales': { ...city('TCA', 21.78, -72.27, null), kind: 'sea' },
  'BHS:nassau': { ...city('BHS', 25.05, -77.35, null), kind: 'sea' },
  'ESP:barajas': at('Madrid-Barajas airport', 'ESP', 'ES-MD', 'airport'),
  'ESP:madrid': city('ESP', 40.42, -3.7, 'ES-MD'),
  'ESP:barcelona': city('ESP', 41.39, 2.17, 'ES-CT'),
  'ESP:canarias': at('Arguineguin (Gran Canaria)', 'ESP', 'ES-CN', 'sea'),
  'PRT:lisbon-airport': at('Lisbon airport', 'PRT', 'PT-11', 'airport'),
  'PRT:porto': city('PRT', 41.15, -8.61, 'PT-13'),
} satisfies Record<string, Anchor>;

/** An anchor id. */
export type AnchorId = keyof typeof ANCHORS;
