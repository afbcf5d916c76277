import { useMemo, useState } from 'react';
import { toSeriesColumns } from '../../charts/columns.ts';
import { PALETTE } from '../../charts/palette.ts';
import { smallMultiplesChart } from '../../charts/small-multiples-chart.ts';
import { countryName } from '../../geo/countries.ts';
import { useT } from '../../i18n/use-t.ts';
import { chooseSource } from '../../query/cube/choose-source.ts';
import { VIEW_NEEDS } from '../../query/cube/needs.ts';
import { filterPredicate } from '../../query/filters.ts';
import { countryMonthlySeriesQuery } from '../../query/series-query.ts';
import { useCubes } from '../cube-service.ts';
import { useServices, useStoreValue } from '../services.ts';
import { useQueryResult } from '../use-query-result.ts';
import { toMonthKey } from './brush-period.ts';
import { ChartCard } from './ChartCard.tsx';
import { SvgChart } from './SvgChart.tsx';
import { suppressSeries } from './suppress-columns.ts';

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
 * cases in the current selection, on one shared scale so levels compare. Suppressed
 * months are gaps in the line.
 */
export function CountriesCard({ width, formatNumber, formatMonth }: CountriesCardProps) {
  const { t, lang } = useT('charts');
  const { view } = useServices();
  const filters = useStoreValue(view, (v) => v.filters);
  const k = useStoreValue(view, (v) => v.k);
  const [measure, setMeasure] = useState<'persons' | 'incidents'>('persons');
  const [crime, setCrime] = useState<Crime>('trafficking');
  const cubes = useCubes();
  const sql = useMemo(
    () =>
      countryMonthlySeriesQuery(filterPredicate(filters), {
        measure,
        topN: 12,
        crimeType: crime,
        table: chooseSource(filters, VIEW_NEEDS.countrySeries, cubes),
      }),
    [filters, measure, crime, cubes],
  );
  const state = useQueryResult('charts.countries', sql);
  const svg = useMemo(() => {
    if (!state.table) return '';
    const columns = toSeriesColumns(state.table, 'value', 'country');
    const order = [...new Set(columns.series)];
    const labels: Record<string, string> = {
      yAxis: t(measure === 'persons' ? 'units.personsPerMonth' : 'units.incidentsPerMonth'),
      max: t('countries.max'),
    };
    for (const c of order) labels[c] = countryName(c, lang);
    return smallMultiplesChart(suppressSeries(columns, k), {
      width,
      labels,
      order,
      formatNumber,
      formatMonth: (ms) => formatMonth(toMonthKey(ms)),
      k,
      color: PALETTE[crime],
      idPrefix: 'charts-countries',
    });
  }, [state.table, t, crime, measure, lang, width, formatNumber, formatMonth, k]);
  return (
    <ChartCard
      state={state}
      empty={!!state.table && state.table.numRows === 0}
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
