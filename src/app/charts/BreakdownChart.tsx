import { useCallback, useMemo } from 'react';
import { horizontalBarsChart } from '../../charts/horizontal-bars-chart.ts';
import { useT } from '../../i18n/use-t.ts';
import { variantsQuery } from '../../query/variants-query.ts';
import { useServices, useStoreValue } from '../services.ts';
import { useQueryResult } from '../use-query-result.ts';
import { barRowAt } from './bar-hit.ts';
import { ChartCard, SelectionChips } from './ChartCard.tsx';
import { type BreakdownSpec, breakdownVariants, guardedBreakdownColumns } from './guarded-breakdown.ts';
import { SvgChart } from './SvgChart.tsx';

/** Props of {@link BreakdownChart}. */
export interface BreakdownChartProps {
  /** Coordinator view id. */
  viewId: string;
  /** How the breakdown is queried and protected (see guarded-breakdown.ts). */
  spec: BreakdownSpec;
  width: number;
  /** Translated title and note, plus labels of the category codes. */
  title: string;
  note?: string;
  label: (code: string) => string;
  color?: string;
  formatNumber: (n: number) => string;
  /** When given, a click on a bar toggles that category in a filter; the codes selected now. */
  selected?: readonly string[];
  onToggle?: (code: string) => void;
  /** Only these codes can be toggled (e.g. schema codes, not `unknown` or `_other`). */
  isToggleable?: (code: string) => boolean;
  testId?: string;
}

const DIMMED = '0.3';
const NONE: readonly string[] = [];
const ANY = (): boolean => true;

/**
 * A horizontal-bars breakdown of persons by category, protected against its neighbouring
 * views (guarded-breakdown.ts): a count in 1..k−1, one that differs by 1..k−1 from the same
 * bar one click away, and the counts the line rule adds reach the chart as null (a hatched
 * "—" cell, as every hidden count on the charts, whatever the reason). With `onToggle`,
 * clicking a row toggles that category in the shared filters, and rows not selected are
 * dimmed while a selection exists.
 */
export function BreakdownChart({
  viewId,
  spec,
  width,
  title,
  note,
  label,
  color,
  formatNumber,
  selected = NONE,
  onToggle,
  isToggleable = ANY,
  testId,
}: BreakdownChartProps) {
  const { t } = useT('charts');
  const { view, dataset } = useServices();
  const k = useStoreValue(view, (v) => v.k);
  const filters = useStoreValue(view, (v) => v.filters);
  const months = useStoreValue(dataset, (d) => d.months);
  const sql = useMemo(
    () => variantsQuery(breakdownVariants(spec, filters, months), spec.orderBy),
    [spec, filters, months],
  );
  const state = useQueryResult(viewId, sql);
  const columns = useMemo(
    () => (state.table ? guardedBreakdownColumns(state.table, k, spec.partition) : null),
    [state.table, k, spec.partition],
  );
  const svg = useMemo(() => {
    if (!columns) return '';
    const labels: Record<string, string> = { suppressed: t('suppressed') };
    if (note) labels.note = note;
    for (const c of columns.category) labels[c] = label(c);
    return horizontalBarsChart(columns, {
      width,
      labels,
      color,
      formatNumber,
      idPrefix: viewId.replace(/\W/g, '-'),
    });
  }, [columns, note, label, width, color, formatNumber, viewId, t]);

  const rows = columns?.category.length ?? 0;
  const onClick = onToggle
    ? (_target: Element, p: { y: number }) => {
        const i = barRowAt(p.y, rows, false);
        const code = i === null ? undefined : columns?.category[i];
        if (code && isToggleable(code)) onToggle(code);
      }
    : undefined;
  const decorate = useCallback(
    (el: SVGSVGElement) => {
      if (!onToggle || !columns) return;
      for (const rect of el.querySelectorAll('rect[y]')) {
        const i = barRowAt(Number(rect.getAttribute('y')), columns.category.length, false);
        const code = i === null ? undefined : columns.category[i];
        if (!code || !isToggleable(code)) continue;
        rect.classList.add('clickable');
        if (selected.length > 0 && !selected.includes(code)) rect.setAttribute('opacity', DIMMED);
      }
    },
    [onToggle, columns, selected, isToggleable],
  );

  return (
    <ChartCard
      state={state}
      empty={rows === 0 && !!columns}
      testId={testId}
      title={title}
      toolbar={
        onToggle ? (
          <SelectionChips chips={selected.map((c) => ({ value: c, label: label(c) }))} onRemove={onToggle} />
        ) : undefined
      }
    >
      <SvgChart svg={svg} label={title} onChartClick={onClick} decorate={decorate} />
    </ChartCard>
  );
}
