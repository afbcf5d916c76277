import { useCallback, useMemo } from 'react';
import { toCategoryColumns } from '../../charts/columns.ts';
import { horizontalBarsChart } from '../../charts/horizontal-bars-chart.ts';
import { useT } from '../../i18n/use-t.ts';
import { useServices, useStoreValue } from '../services.ts';
import { useQueryResult } from '../use-query-result.ts';
import { barRowAt } from './bar-hit.ts';
import { ChartCard, SelectionChips } from './ChartCard.tsx';
import { SvgChart } from './SvgChart.tsx';
import { suppressColumns } from './suppress-columns.ts';

/** Props of {@link BreakdownChart}. */
export interface BreakdownChartProps {
  /** Coordinator view id. */
  viewId: string;
  /** SQL returning `category`, `persons` (see `src/query/category-query.ts`). */
  sql: string;
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
 * A horizontal-bars breakdown of persons by category. Counts in 1..k−1 reach the chart as
 * null (a hatched "—" cell, as every hidden count on the charts, whatever the reason). With `onToggle`, clicking a row toggles that category in the
 * shared filters, and rows not selected are dimmed while a selection exists.
 */
export function BreakdownChart({
  viewId,
  sql,
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
  const { view } = useServices();
  const k = useStoreValue(view, (v) => v.k);
  const state = useQueryResult(viewId, sql);
  const columns = useMemo(
    () => (state.table ? suppressColumns(toCategoryColumns(state.table, 'persons'), k) : null),
    [state.table, k],
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
