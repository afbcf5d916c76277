import { type PointerEvent as ReactPointerEvent, useMemo, useRef, useState } from 'react';
import { timeSeriesChart } from '../../charts/time-series-chart.ts';
import { timeSeriesLayout } from '../../charts/time-series-layout.ts';
import { useT } from '../../i18n/use-t.ts';
import { CRIME_TYPES } from '../../schema/incident.ts';
import { MonthPicker } from '../MonthPicker.tsx';
import { useViewCube } from '../protected-cube/use-view-cube.ts';
import { useServices, useStoreValue } from '../services.ts';
import { brushToPeriod, fromMonthKey, periodToBrush, toMonthKey } from './brush-period.ts';
import { ChartCard } from './ChartCard.tsx';
import { timeSeriesFigure } from './cube-figures.ts';
import { SvgChart, type SvgPoint } from './SvgChart.tsx';
import { makeStatFormatters } from './stat-format.ts';
import { TrendSummary } from './TrendSummary.tsx';
import { seriesTrends } from './trend-stats.ts';

/** Props of {@link TimeSeriesCard}. */
export interface TimeSeriesCardProps {
  width: number;
  formatNumber: (n: number) => string;
  formatMonth: (m: string) => string;
}

type Measure = 'persons' | 'incidents';

/** Default event of the before/after comparison: COVID-19 border closures. */
const DEFAULT_EVENT = '2020-03';

/**
 * Monthly series per crime type (trafficking and smuggling always separate lines) with a
 * brush on time: dragging sets the shared period filter. It ignores its own period filter
 * (cross-filtering), so the whole series stays visible with the brushed range overlaid.
 * Below it, the trend statistics of the period in view. Every figure is a slice of the
 * protected view cube (a hidden month is a gap), so toggling a crime type, country or
 * sex/age category changes the chart only by published cells. The columns come from
 * `timeSeriesFigure`, which the exported figure uses too (export = screen).
 */
export function TimeSeriesCard({ width, formatNumber, formatMonth }: TimeSeriesCardProps) {
  const { t, lang } = useT('charts');
  const { view, dataset } = useServices();
  const filters = useStoreValue(view, (v) => v.filters);
  const k = useStoreValue(view, (v) => v.k);
  const extent = useStoreValue(dataset, (d) => d.months);
  const [measure, setMeasure] = useState<Measure>('persons');
  const [event, setEvent] = useState(DEFAULT_EVENT);
  const [drag, setDrag] = useState<{ x0: number; x1: number } | null>(null);
  const dragging = useRef(false);

  const protectedCube = useViewCube(measure);
  const cube = protectedCube.cube;
  const figure = useMemo(() => (cube ? timeSeriesFigure(cube, filters) : null), [cube, filters]);
  const columns = figure?.columns ?? null;
  const order = useMemo(() => figure?.order ?? [], [figure]);
  const eventMs = fromMonthKey(event);

  const svg = useMemo(() => {
    if (!columns) return '';
    const labels: Record<string, string> = {
      yAxis: t(measure === 'persons' ? 'units.personsPerMonth' : 'units.incidentsPerMonth'),
      event: `${t('time.eventLabel')} · ${formatMonth(event)}`,
      suppressed: t('suppressed'),
    };
    for (const c of CRIME_TYPES) labels[c] = t(`crimeType.${c}`);
    return timeSeriesChart(columns, {
      width,
      height: Math.round(Math.min(420, Math.max(320, width * 0.55))),
      labels,
      formatNumber,
      formatMonth: (ms) => formatMonth(toMonthKey(ms)),
      brush: periodToBrush(filters.period),
      eventDate: Number.isNaN(eventMs) ? undefined : eventMs,
      seriesOrder: order,
      idPrefix: 'charts-time',
    });
  }, [columns, width, t, measure, formatNumber, formatMonth, filters.period, event, eventMs, order]);

  const layout = useMemo(() => (columns ? timeSeriesLayout(columns, width) : null), [columns, width]);
  const range: readonly [string, string] = filters.period ?? extent;
  const trends = useMemo(() => {
    if (!columns) return [];
    const r0 = fromMonthKey(range[0]);
    const r1 = fromMonthKey(range[1]);
    if (Number.isNaN(r0) || Number.isNaN(r1)) return [];
    return seriesTrends(columns, order, [r0, r1], `${event}-01`);
  }, [columns, order, range, event]);
  const stats = useMemo(() => makeStatFormatters(lang), [lang]);

  const setPeriod = (period: readonly [string, string] | null) =>
    view.set((v) => ({ ...v, filters: { ...v.filters, period } }));
  const down = (p: SvgPoint, e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    dragging.current = true;
    setDrag({ x0: p.x, x1: p.x });
  };
  const move = (p: SvgPoint) => {
    if (dragging.current) setDrag((d) => (d ? { ...d, x1: p.x } : d));
  };
  const up = (p: SvgPoint) => {
    if (!dragging.current || !drag || !layout) return;
    dragging.current = false;
    setDrag(null);
    setPeriod(brushToPeriod(drag.x0, p.x, layout));
  };

  const overlay = drag && layout && Math.abs(drag.x1 - drag.x0) > 1 && (
    <div
      className="brush-live"
      style={{
        left: `${(Math.max(layout.left, Math.min(drag.x0, drag.x1)) / width) * 100}%`,
        width: `${((Math.min(layout.right, Math.max(drag.x0, drag.x1)) - Math.max(layout.left, Math.min(drag.x0, drag.x1))) / width) * 100}%`,
      }}
    />
  );

  return (
    <ChartCard
      state={{ loading: false, error: protectedCube.error }}
      protecting={protectedCube.protecting}
      empty={!!columns && columns.month.length === 0}
      testId="chart-time-series"
      title={t('time.title')}
      toolbar={
        <>
          <label className="inline-control">
            {t('measure.label')}{' '}
            <select value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
              <option value="persons">{t('measure.persons')}</option>
              <option value="incidents">{t('measure.incidents')}</option>
            </select>
          </label>
          <span className="inline-control">
            <span aria-hidden="true">{t('time.eventDate')}</span>{' '}
            <MonthPicker
              value={event}
              min={extent[0]}
              max={extent[1]}
              onChange={(m) => setEvent(m || DEFAULT_EVENT)}
              label={t('time.eventDate')}
              testId="event-month"
            />
          </span>
          <button type="button" className="link" disabled={!filters.period} onClick={() => setPeriod(null)}>
            {t('time.wholePeriod')}
          </button>
        </>
      }
    >
      <div className="brush-area">
        <SvgChart
          svg={svg}
          label={t('time.title')}
          testId="time-series-svg"
          onChartPointerDown={down}
          onChartPointerMove={move}
          onChartPointerUp={up}
        />
        {overlay}
      </div>
      <p className="chart-hint">{t('time.brushHint')}</p>
      {columns && (
        <TrendSummary
          trends={trends}
          range={range}
          event={event}
          k={k}
          stats={stats}
          formatNumber={formatNumber}
          formatMonth={formatMonth}
        />
      )}
    </ChartCard>
  );
}
