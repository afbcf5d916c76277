import { useCallback, useMemo, useState } from 'react';
import { horizontalBarsChart } from '../../charts/horizontal-bars-chart.ts';
import { PALETTE } from '../../charts/palette.ts';
import { pyramidChart, toPyramidColumns } from '../../charts/pyramid-chart.ts';
import { sexAgeBarsChart } from '../../charts/sex-age-bars-chart.ts';
import { SUBREGIONS } from '../../geo/subregions.ts';
import { useT } from '../../i18n/use-t.ts';
import { CRIME_TYPES, SEX_AGE, type SexAge } from '../../schema/incident.ts';
import { toggleValue } from '../../state/filters.ts';
import { useViewCube } from '../protected-cube/use-view-cube.ts';
import { useServices, useStoreValue } from '../services.ts';
import { sexAgeFromFill } from './bar-hit.ts';
import { ChartCard, SelectionChips } from './ChartCard.tsx';
import { sexAgeFromCube, womenGirlsFromCube } from './cube-figures.ts';
import { sexAgeRow } from './people-columns.ts';
import { SvgChart } from './SvgChart.tsx';
import { makeStatFormatters } from './stat-format.ts';

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
 * categories not selected instead. Figures are slices or published-only sums of the
 * protected view cube; a share is hidden when its numerator or denominator is.
 */
export function PeopleCard({ width, formatNumber }: PeopleCardProps) {
  const { t, lang } = useT('charts');
  const { view } = useServices();
  const filters = useStoreValue(view, (v) => v.filters);
  const [mode, setMode] = useState<'bars' | 'pyramid'>('bars');
  const stats = useMemo(() => makeStatFormatters(lang), [lang]);

  const protectedCube = useViewCube('persons');
  const cube = protectedCube.cube;
  const cardState = { loading: false, error: protectedCube.error };
  const columns = useMemo(() => (cube ? sexAgeFromCube(cube, filters) : null), [cube, filters]);
  const shares = useMemo(() => (cube ? womenGirlsFromCube(cube, filters) : null), [cube, filters]);
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
            suppressed: labels.suppressed ?? '',
          },
          formatNumber,
          idPrefix: `charts-pyramid-${i}`,
        },
      );
    });
  }, [columns, mode, width, labels, t, formatNumber, stats]);

  const shareSvg = useMemo(() => {
    if (!shares) return '';
    const l: Record<string, string> = { note: t('womenGirls.note'), suppressed: t('suppressed') };
    for (const s of SUBREGIONS) l[s] = t(`subregion.${s}`);
    return horizontalBarsChart(shares, {
      width,
      mode: 'share',
      labels: l,
      color: PALETTE.women,
      formatNumber,
      formatShare: stats.share,
      idPrefix: 'charts-share',
    });
  }, [shares, t, width, formatNumber, stats]);

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
        state={cardState}
        protecting={protectedCube.protecting}
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
        state={cardState}
        protecting={protectedCube.protecting}
        empty={!!shares && shares.category.length === 0}
        testId="chart-women-girls"
        title={t('womenGirls.title')}
      >
        <SvgChart svg={shareSvg} label={t('womenGirls.title')} />
      </ChartCard>
    </>
  );
}
