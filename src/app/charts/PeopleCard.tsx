import { useCallback, useMemo, useState } from 'react';
import { toNullableNumbers, toStrings } from '../../charts/columns.ts';
import { horizontalBarsChart } from '../../charts/horizontal-bars-chart.ts';
import { PALETTE } from '../../charts/palette.ts';
import { pyramidChart, toPyramidColumns } from '../../charts/pyramid-chart.ts';
import { sexAgeBarsChart } from '../../charts/sex-age-bars-chart.ts';
import { SUBREGIONS } from '../../geo/subregions.ts';
import { useT } from '../../i18n/use-t.ts';
import { sexAgeByCrimeTypeQuery, womenGirlsShareBySubregionQuery } from '../../query/composition-query.ts';
import { chooseSource } from '../../query/cube/choose-source.ts';
import { VIEW_NEEDS } from '../../query/cube/needs.ts';
import { filterPredicate } from '../../query/filters.ts';
import { CRIME_TYPES, SEX_AGE, type SexAge } from '../../schema/incident.ts';
import { toggleValue } from '../../state/filters.ts';
import { useCubes } from '../cube-service.ts';
import { useServices, useStoreValue } from '../services.ts';
import { useQueryResult } from '../use-query-result.ts';
import { sexAgeFromFill } from './bar-hit.ts';
import { ChartCard, SelectionChips } from './ChartCard.tsx';
import { sexAgeRow, toSexAgeColumns } from './people-columns.ts';
import { SvgChart } from './SvgChart.tsx';
import { makeStatFormatters } from './stat-format.ts';
import { shareColumns } from './suppress-columns.ts';

/** Props of {@link PeopleCard}. */
export interface PeopleCardProps {
  width: number;
  formatNumber: (n: number) => string;
}

/** Opacity of the categories not selected while a sex/age filter is active. */
const DIMMED = '0.3';

/**
 * Who the persons are: sex/age stacked bars per crime type (counts and shares) or a
 * pyramid per crime type, and the share of women and girls among trafficking victims by
 * subregion with the persons behind each share. A click on a segment toggles that sex/age
 * filter; these charts ignore their own sex/age selection (cross-filtering) and dim the
 * categories not selected instead.
 */
export function PeopleCard({ width, formatNumber }: PeopleCardProps) {
  const { t, lang } = useT('charts');
  const { view } = useServices();
  const filters = useStoreValue(view, (v) => v.filters);
  const k = useStoreValue(view, (v) => v.k);
  const [mode, setMode] = useState<'bars' | 'pyramid'>('bars');
  const stats = useMemo(() => makeStatFormatters(lang), [lang]);

  const cubes = useCubes();
  const source = useMemo(() => chooseSource(filters, VIEW_NEEDS.people, cubes), [filters, cubes]);
  const sexSql = useMemo(
    () => sexAgeByCrimeTypeQuery(filterPredicate(filters, ['sexAge']), source),
    [filters, source],
  );
  const sexState = useQueryResult('charts.sex-age', sexSql);
  const shareSql = useMemo(
    () => womenGirlsShareBySubregionQuery(filterPredicate(filters, ['sexAge']), source),
    [filters, source],
  );
  const shareState = useQueryResult('charts.women-girls', shareSql);

  const columns = useMemo(
    () => (sexState.table ? toSexAgeColumns(sexState.table, k) : null),
    [sexState.table, k],
  );
  const labels = useMemo(() => {
    const l: Record<string, string> = { suppressed: t('suppressed') };
    for (const c of SEX_AGE) l[c] = t(`sexAgeCategory.${c}`);
    for (const c of CRIME_TYPES) l[c] = t(`crimeType.${c}`);
    return l;
  }, [t]);

  const svgs = useMemo(() => {
    if (!columns) return [];
    if (mode === 'bars') {
      return [
        sexAgeBarsChart(columns, {
          width,
          labels,
          formatNumber,
          formatShare: stats.share,
          k,
          idPrefix: 'charts-sexage',
        }),
      ];
    }
    return columns.groups.map((g, i) => {
      const row = sexAgeRow(columns, i);
      return pyramidChart(
        toPyramidColumns({
          women: row.women ?? null,
          men: row.men ?? null,
          girls: row.girls ?? null,
          boys: row.boys ?? null,
        }),
        {
          width,
          labels: {
            title: labels[g] ?? g,
            left: t('sexAge.left'),
            right: t('sexAge.right'),
            adults: t('sexAge.adults'),
            children: t('sexAge.children'),
          },
          formatNumber,
          k,
          idPrefix: `charts-pyramid-${i}`,
        },
      );
    });
  }, [columns, mode, width, labels, t, formatNumber, stats, k]);

  const shareSvg = useMemo(() => {
    const table = shareState.table;
    if (!table) return '';
    const cols = shareColumns(
      toStrings(table, 'subregion'),
      toNullableNumbers(table, 'women_girls'),
      toNullableNumbers(table, 'persons'),
      k,
    );
    const l: Record<string, string> = { note: t('womenGirls.note') };
    for (const s of SUBREGIONS) l[s] = t(`subregion.${s}`);
    return horizontalBarsChart(cols, {
      width,
      mode: 'share',
      labels: l,
      color: PALETTE.women,
      formatNumber,
      formatShare: stats.share,
      k,
      idPrefix: 'charts-share',
    });
  }, [shareState.table, k, t, width, formatNumber, stats]);

  const toggle = useCallback(
    (c: SexAge) => view.set((v) => ({ ...v, filters: toggleValue(v.filters, 'sexAge', c) })),
    [view],
  );
  const onClick = (target: Element) => {
    const c = sexAgeFromFill(target.getAttribute('fill'));
    if (c) toggle(c);
  };
  const selected = filters.sexAge;
  const decorate = useCallback(
    (svg: SVGSVGElement) => {
      for (const rect of svg.querySelectorAll('rect')) {
        const c = sexAgeFromFill(rect.getAttribute('fill'));
        if (!c) continue;
        rect.classList.add('clickable');
        if (selected.length > 0 && !selected.includes(c)) rect.setAttribute('opacity', DIMMED);
      }
    },
    [selected],
  );

  return (
    <>
      <ChartCard
        state={sexState}
        empty={!!columns && columns.groups.length === 0}
        testId="chart-sex-age"
        title={t('sexAge.title')}
        toolbar={
          <>
            <fieldset className="segmented">
              <legend className="visually-hidden">{t('sexAge.view')}</legend>
              <button type="button" aria-pressed={mode === 'bars'} onClick={() => setMode('bars')}>
                {t('sexAge.bars')}
              </button>
              <button type="button" aria-pressed={mode === 'pyramid'} onClick={() => setMode('pyramid')}>
                {t('sexAge.pyramid')}
              </button>
            </fieldset>
            <SelectionChips
              chips={selected.map((c) => ({ value: c, label: labels[c] ?? c }))}
              onRemove={(c) => toggle(c as SexAge)}
            />
          </>
        }
      >
        {svgs.map((svg, i) => (
          <SvgChart
            key={columns?.groups[i] ?? i}
            svg={svg}
            label={
              mode === 'bars'
                ? t('sexAge.title')
                : t('sexAge.pyramidTitle', { crime: labels[columns?.groups[i] ?? ''] ?? '' })
            }
            onChartClick={onClick}
            decorate={decorate}
          />
        ))}
      </ChartCard>
      <ChartCard
        state={shareState}
        empty={!!shareState.table && shareState.table.numRows === 0}
        testId="chart-women-girls"
        title={t('womenGirls.title')}
      >
        <SvgChart svg={shareSvg} label={t('womenGirls.title')} />
      </ChartCard>
    </>
  );
}
