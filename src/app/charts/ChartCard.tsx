import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { QueryState } from '../use-query-result.ts';

/** Props of {@link ChartCard}. */
export interface ChartCardProps {
  /** The query behind the chart: drives the updating / failed / empty states. */
  state: Pick<QueryState, 'loading' | 'error'>;
  /**
   * True while the protected figures the chart reads are being computed: the card says so
   * calmly instead of drawing, so no figure of another selection (or an unprotected one)
   * is ever on screen.
   */
  protecting?: boolean;
  /** Heading of the card (HTML, so it wraps at any width). */
  title?: string;
  /** True when the result has no rows to draw. */
  empty: boolean;
  /** Controls shown above the chart (toggles, selection chips). */
  toolbar?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/**
 * A chart's frame: toolbar, the chart, and one quiet status line. The last chart stays on
 * screen while the next result loads, so linked views do not flicker while brushing.
 */
export function ChartCard({ state, protecting, title, empty, toolbar, children, testId }: ChartCardProps) {
  const { t } = useT('charts');
  return (
    <section className="chart-card" data-testid={testId} aria-busy={state.loading || !!protecting}>
      {title && <h3 className="chart-title">{title}</h3>}
      {toolbar && <div className="chart-toolbar">{toolbar}</div>}
      {state.error ? (
        <p className="chart-status error-text" role="alert">
          {t('panel.failed')}
        </p>
      ) : protecting ? (
        <p className="chart-status chart-protecting" role="status" data-testid="chart-protecting">
          {t('panel.protecting')}
        </p>
      ) : empty && !state.loading ? (
        <p className="chart-status">{t('panel.noData')}</p>
      ) : (
        children
      )}
      <span className="chart-busy" aria-live="polite">
        {state.loading && !protecting ? t('panel.updating') : ''}
      </span>
    </section>
  );
}

/** One active filter value, shown as a removable chip. */
export interface Chip {
  value: string;
  label: string;
}

/** The values a chart currently filters by, each removable with one click. */
export function SelectionChips({
  chips,
  onRemove,
}: {
  chips: readonly Chip[];
  onRemove: (value: string) => void;
}) {
  const { t } = useT('charts');
  if (chips.length === 0) return <span className="chart-hint">{t('selection.clickHint')}</span>;
  return (
    <span className="chips">
      <span className="chart-hint">{t('selection.label')}</span>
      {chips.map((c) => (
        <button
          key={c.value}
          type="button"
          className="chip"
          onClick={() => onRemove(c.value)}
          aria-label={t('selection.remove', { name: c.label })}
        >
          {c.label} <span aria-hidden="true">×</span>
        </button>
      ))}
    </span>
  );
}
