import { useMemo, useState } from 'react';
import { PALETTE } from '../../charts/palette.ts';
import { smallMultiplesChart } from '../../charts/small-multiples-chart.ts';
import { countryName } from '../../geo/countries.ts';
import { useT } from '../../i18n/use-t.ts';
import { useViewCube } from '../protected-cube/use-view-cube.ts';
import { useServices, useStoreValue } from '../services.ts';
import { toMonthKey } from './brush-period.ts';
import { ChartCard } from './ChartCard.tsx';
import { COUNTRY_PANELS, countrySeriesFromCube } from './cube-figures.ts';
import { SvgChart } from './SvgChart.tsx';

/** The two crimes are never added together, so the panels show one at a time. */
type Crime = 'trafficking' | 'smuggling';

/** Props of {@link CountriesCard}. */
export interface CountriesCardProps {
  width: number;
  formatNumber: (n: number) => string;
  formatMonth: (m: string) => string;
}

/**
 * Small multiples, one crime at a time: the monthly series of the twelve countries of detection with most
 * cases in the current selection, on one shared scale so levels compare. Each panel is a
 * slice of the protected view cube; hidden months are gaps in the line. The exported figure
 * reads the same function (`countrySeriesFromCube`), so export = screen.
 */
export function CountriesCard({ width, formatNumber, formatMonth }: CountriesCardProps) {
  const { t, lang } = useT('charts');
  const { view } = useServices();
  const filters = useStoreValue(view, (v) => v.filters);
  const [measure, setMeasure] = useState<'persons' | 'incidents'>('persons');
  const [crime, setCrime] = useState<Crime>('trafficking');
  const protectedCube = useViewCube(measure);
  const cube = protectedCube.cube;
  const columns = useMemo(
    () => (cube ? countrySeriesFromCube(cube, filters, crime, COUNTRY_PANELS) : null),
    [cube, filters, crime],
  );
  const svg = useMemo(() => {
    if (!columns) return '';
    const order = columns.order;
    const labels: Record<string, string> = {
      yAxis: t(measure === 'persons' ? 'units.personsPerMonth' : 'units.incidentsPerMonth'),
      max: t('countries.max'),
      suppressed: t('suppressed'),
    };
    for (const c of order) labels[c] = countryName(c, lang);
    return smallMultiplesChart(columns, {
      width,
      labels,
      order,
      formatNumber,
      formatMonth: (ms) => formatMonth(toMonthKey(ms)),
      color: PALETTE[crime],
      idPrefix: 'charts-countries',
    });
  }, [columns, t, crime, measure, lang, width, formatNumber, formatMonth]);
  return (
    <ChartCard
      state={{ loading: false, error: protectedCube.error }}
      protecting={protectedCube.protecting}
      empty={!!columns && columns.order.length === 0}
      testId="chart-countries"
      title={`${t('countries.title')} · ${t(`crimeType.${crime}`)}`}
      toolbar={
        <>
          <label className="inline-control">
            {t('countries.crime')}{' '}
            <select value={crime} onChange={(e) => setCrime(e.target.value as Crime)}>
              <option value="trafficking">{t('crimeType.trafficking')}</option>
              <option value="smuggling">{t('crimeType.smuggling')}</option>
            </select>
          </label>
          <label className="inline-control">
            {t('measure.label')}{' '}
            <select value={measure} onChange={(e) => setMeasure(e.target.value as 'persons' | 'incidents')}>
              <option value="persons">{t('measure.persons')}</option>
              <option value="incidents">{t('measure.incidents')}</option>
            </select>
          </label>
          <span className="chart-hint">{t('countries.hint')}</span>
        </>
      }
    >
      <SvgChart svg={svg} label={`${t('countries.title')} · ${t(`crimeType.${crime}`)}`} />
    </ChartCard>
  );
}
