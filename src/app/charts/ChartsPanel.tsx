import { useRef, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { BreakdownsCard } from './BreakdownsCard.tsx';
import { CountriesCard } from './CountriesCard.tsx';
import { PeopleCard } from './PeopleCard.tsx';
import { TimeSeriesCard } from './TimeSeriesCard.tsx';
import { useElementWidth } from './use-element-width.ts';
import './charts.css';

/** Props of {@link ChartsPanel}. */
export interface ChartsPanelProps {
  formatNumber: (n: number) => string;
  /** `YYYY-MM` → a month in the interface language. */
  formatMonth: (m: string) => string;
}

const TABS = ['time', 'people', 'breakdowns', 'countries'] as const;
type Tab = (typeof TABS)[number];

/**
 * In a wide panel, charts are drawn at a little under its width and scaled up, so their
 * 12 px text reads at about 14 px on a projector.
 */
const TEXT_SCALE = 1.15;
/** Below this width the charts are drawn 1:1: their labels need every pixel. */
const WIDE = 640;

/**
 * The linked charts: time series with a brush on time and trend statistics, who the
 * persons are, forms of exploitation / nationalities / detection source, and small
 * multiples per country. Every chart reads the shared filters (minus its own dimension)
 * and writes back to them on a brush or a click, so the map and the charts move together.
 * Only the open tab queries the database.
 */
export function ChartsPanel({ formatNumber, formatMonth }: ChartsPanelProps) {
  const { t } = useT('charts');
  const [tab, setTab] = useState<Tab>('time');
  const body = useRef<HTMLDivElement>(null);
  const available = useElementWidth(body);
  const width = Math.max(320, Math.round(available >= WIDE ? available / TEXT_SCALE : available));
  return (
    <section className="charts-panel" aria-label={t('panel.title')} data-testid="charts-panel">
      <div className="charts-tabs" role="tablist" aria-label={t('panel.title')}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`charts-tab-${id}`}
            aria-selected={tab === id}
            aria-controls="charts-body"
            onClick={() => setTab(id)}
            data-testid={`charts-tab-${id}`}
          >
            {t(`panel.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div
        className="charts-body"
        id="charts-body"
        role="tabpanel"
        aria-labelledby={`charts-tab-${tab}`}
        ref={body}
      >
        {tab === 'time' && (
          <TimeSeriesCard width={width} formatNumber={formatNumber} formatMonth={formatMonth} />
        )}
        {tab === 'people' && <PeopleCard width={width} formatNumber={formatNumber} />}
        {tab === 'breakdowns' && <BreakdownsCard width={width} formatNumber={formatNumber} />}
        {tab === 'countries' && (
          <CountriesCard width={width} formatNumber={formatNumber} formatMonth={formatMonth} />
        )}
      </div>
    </section>
  );
}
