/**
 * Spain's autonomous communities. ISO 3166-2:ES lists both the 17 communities (`ES-CT`) and
 * the 50 provinces (`ES-B`); Natural Earth's admin-1 layer has only the provinces, while
 * Spanish offices often record the community. The build dissolves each community's provinces
 * (Natural Earth's `region_cod`) into one anchor point so both kinds of code find a place.
 * Ceuta and Melilla are both at once (`ES-CE`, `ES-ML`) and need no entry here.
 */
export interface SpainCommunity {
  /** ISO 3166-2 code of the community. */
  code: string;
  /** Natural Earth `region_cod` of its provinces. */
  naturalEarth: string;
  names: { es: string; pt: string; en: string };
}

/** The 17 autonomous communities (names as the Spanish, Portuguese and English press write them). */
export const SPAIN_COMMUNITIES: readonly SpainCommunity[] = [
  { code: 'ES-AN', naturalEarth: 'ES.AN', names: { es: 'Andalucía', pt: 'Andaluzia', en: 'Andalusia' } },
  { code: 'ES-AR', naturalEarth: 'ES.AR', names: { es: 'Aragón', pt: 'Aragão', en: 'Aragon' } },
  { code: 'ES-AS', naturalEarth: 'ES.AS', names: { es: 'Asturias', pt: 'Astúrias', en: 'Asturias' } },
  {
    code: 'ES-CN',
    naturalEarth: 'ES.CN',
    names: { es: 'Canarias', pt: 'Canárias', en: 'Canary Islands' },
  },
  { code: 'ES-CB', naturalEarth: 'ES.CB', names: { es: 'Cantabria', pt: 'Cantábria', en: 'Cantabria' } },
  {
    code: 'ES-CL',
    naturalEarth: 'ES.CL',
    names: { es: 'Castilla y León', pt: 'Castela e Leão', en: 'Castile and León' },
  },
  {
    code: 'ES-CM',
    naturalEarth: 'ES.CM',
    names: { es: 'Castilla-La Mancha', pt: 'Castela-Mancha', en: 'Castilla–La Mancha' },
  },
  { code: 'ES-CT', naturalEarth: 'ES.CT', names: { es: 'Cataluña', pt: 'Catalunha', en: 'Catalonia' } },
  {
    code: 'ES-EX',
    naturalEarth: 'ES.EX',
    names: { es: 'Extremadura', pt: 'Estremadura', en: 'Extremadura' },
  },
  { code: 'ES-GA', naturalEarth: 'ES.GA', names: { es: 'Galicia', pt: 'Galiza', en: 'Galicia' } },
  {
    code: 'ES-IB',
    naturalEarth: 'ES.PM',
    names: { es: 'Illes Balears', pt: 'Ilhas Baleares', en: 'Balearic Islands' },
  },
  { code: 'ES-RI', naturalEarth: 'ES.LO', names: { es: 'La Rioja', pt: 'La Rioja', en: 'La Rioja' } },
  {
    code: 'ES-MD',
    naturalEarth: 'ES.MD',
    names: { es: 'Comunidad de Madrid', pt: 'Comunidade de Madrid', en: 'Community of Madrid' },
  },
  {
    code: 'ES-MC',
    naturalEarth: 'ES.MU',
    names: { es: 'Región de Murcia', pt: 'Região de Múrcia', en: 'Region of Murcia' },
  },
  { code: 'ES-NC', naturalEarth: 'ES.NA', names: { es: 'Navarra', pt: 'Navarra', en: 'Navarre' } },
  {
    code: 'ES-PV',
    naturalEarth: 'ES.PV',
    names: { es: 'País Vasco', pt: 'País Basco', en: 'Basque Country' },
  },
  {
    code: 'ES-VC',
    naturalEarth: 'ES.VC',
    names: { es: 'Comunidad Valenciana', pt: 'Comunidade Valenciana', en: 'Valencian Community' },
  },
];
