/**
 * The crafted extract of the protected-view e2e tests: three countries with comfortable
 * monthly counts, one small trafficking month (3 persons in April 2024, COL) and two small
 * sex/age counts (2 girls in January, 7 boys in February), so complementary suppression must
 * hide more than the small cells themselves. Detection sources: Peru's smuggling (140
 * persons) and the small April month (3) were found by an NGO, the rest by the police, so
 * "smuggling only" beside "all crimes" differs by 3 NGO persons. Returned as CSV text in the
 * rutas flat layout.
 */
export function protectedExtractCsv(): string {
  const rows = ['id,date,country,crime_type,women,men,girls,boys,unknown_sex_age,detection_source'];
  let n = 0;
  const add = (date: string, country: string, crime: string, counts: number[], source = 'police') =>
    rows.push([`R${++n}`, date, country, crime, ...counts, source].join(','));
  for (const country of ['PER', 'COL', 'ECU']) {
    for (const month of ['01', '02', '03'])
      add(`2024-${month}-10`, country, 'trafficking', [20, 15, 0, 0, 0]);
    for (const month of ['01', '02', '03', '04'])
      add(`2024-${month}-12`, country, 'smuggling', [10, 25, 0, 0, 0], country === 'PER' ? 'ngo' : 'police');
  }
  add('2024-01-20', 'COL', 'trafficking', [0, 0, 2, 0, 0]);
  add('2024-02-20', 'PER', 'trafficking', [0, 0, 0, 7, 0]);
  add('2024-04-20', 'COL', 'trafficking', [3, 0, 0, 0, 0], 'ngo');
  return `${rows.join('\n')}\n`;
}
