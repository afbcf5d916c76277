import { useMemo, useState } from 'react';
import { type Alert, DEFAULT_ALERT_OPTIONS } from '../../analytics/alerts/alert-types.ts';
import { corridorKeyedSeries } from '../../analytics/alerts/corridor-series.ts';
import { type AlertGuard, guardAlerts } from '../../analytics/alerts/guard-alerts.ts';
import { toKeyedSeries } from '../../analytics/alerts/keyed-series.ts';
import { compareAlerts, scanAlerts } from '../../analytics/alerts/scan-alerts.ts';
import { NearPairCache } from '../../analytics/corridors/near-pairs.ts';
import { prepareCorridors } from '../../analytics/corridors/prepare-corridors.ts';
import { corridorPolygons } from '../../analytics/corridors/proximity.ts';
import { splitVariants } from '../../db/split-variants.ts';
import { countryName } from '../../geo/countries.ts';
import { useT } from '../../i18n/use-t.ts';
import type { Filters } from '../../state/filters.ts';
import { makeStatFormatters } from '../charts/stat-format.ts';
import { toAggregatedPositions } from '../corridors/aggregated-positions.ts';
import { corridorState } from '../corridors/corridor-state.ts';
import { useCubes } from '../cube-service.ts';
import { HIDDEN_FIGURE } from '../display-count.ts';
import { useServices, useStoreValue } from '../services.ts';
import { useQueryResult } from '../use-query-result.ts';
import { AlertOptionsForm, DEFAULT_EDITABLE, type EditableAlertOptions } from './AlertOptionsForm.tsx';
import { alertToFilters, splitOdKey } from './alert-filters.ts';
import { alertScoreShown, alertText, orderByShownScore } from './alert-text.ts';
import { alertVariantsSql, corridorPositionsVariantsSql } from './alert-variants.ts';
import '../charts/charts.css';
import './alerts.css';

/** Props of {@link AlertsPanel}. */
export interface AlertsPanelProps {
  formatNumber: (n: number) => string;
  /** `YYYY-MM` → a month in the interface language. */
  formatMonth: (m: string) => string;
  /** Opens an alert on the map: the filters that isolate its key and the months around it. */
  onShowOnMap: (filters: Partial<Filters>) => void;
}

/** Alerts listed before "show all". */
const FIRST_SHOWN = 25;

/**
 * The standing alert scan: one query for the monthly series of every country, route and
 * origin→destination pair (current filters minus the period, since an alert needs the
 * history), plus, when corridors are loaded, persons near each corridor (within the corridor
 * panel's buffer) from the proximity positions over all months; all scanned in the browser
 * for seasonal spikes and drops, first appearances and shifts in the sex/age mix. Ranked, explained in plain words, each with a "show on map".
 */
export function AlertsPanel({ formatNumber, formatMonth, onShowOnMap }: AlertsPanelProps) {
  const { t, lang } = useT('charts');
  const services = useServices();
  const { view, dataset } = services;
  const collection = useStoreValue(services.corridors, (c) => c);
  const distanceKm = useStoreValue(corridorState(services).distance, (d) => d);
  const filters = useStoreValue(view, (v) => v.filters);
  const k = useStoreValue(view, (v) => v.k);
  const extent = useStoreValue(dataset, (d) => d.months);
  const [options, setOptions] = useState<EditableAlertOptions>(DEFAULT_EDITABLE);
  const [showAll, setShowAll] = useState(false);
  const cubes = useCubes();
  // The scan's series under these filters and under each filter state one click away: the
  // alerts' figures are guarded against them (guardAlerts).
  const query = useMemo(() => alertVariantsSql(filters, cubes), [filters, cubes]);
  const state = useQueryResult('alerts.series', query.sql);
  const variants = useMemo(
    () => (state.table ? splitVariants(state.table, query.variants).map(toKeyedSeries) : null),
    [state.table, query.variants],
  );
  const series = variants?.[0] ?? null;
  const prepared = useMemo(() => (collection ? prepareCorridors(collection) : null), [collection]);
  // Persons near each corridor, under these filters and under each filter state one click
  // away (for the guard), from one statement; one near-pair cache serves every variant.
  const positionsQuery = useMemo(
    () => (collection ? corridorPositionsVariantsSql(filters) : null),
    [filters, collection],
  );
  const positionsState = useQueryResult('alerts.corridorPositions', positionsQuery?.sql ?? null);
  const nearCache = useMemo(
    () => (prepared ? new NearPairCache(prepared.geo, distanceKm, corridorPolygons(prepared)) : null),
    [prepared, distanceKm],
  );
  const corridorVariants = useMemo(
    () =>
      prepared && nearCache && positionsQuery && positionsState.table && !positionsState.loading
        ? splitVariants(positionsState.table, positionsQuery.variants).map((t) =>
            corridorKeyedSeries(prepared, toAggregatedPositions(t), { distanceKm, nearCache }),
          )
        : null,
    [prepared, nearCache, positionsQuery, positionsState.table, positionsState.loading, distanceKm],
  );
  const corridorSeries = corridorVariants?.[0] ?? null;
  const alerts = useMemo(() => {
    if (!series) return [];
    const found = scanAlerts(series, options);
    if (!corridorSeries) return found;
    const merged = [...found, ...scanAlerts(corridorSeries, options)];
    return merged.sort(compareAlerts).slice(0, DEFAULT_ALERT_OPTIONS.maxAlerts);
  }, [series, corridorSeries, options]);
  const stats = useMemo(() => makeStatFormatters(lang), [lang]);

  const keyName = (a: Alert) => {
    if (a.keyKind === 'country') return countryName(a.key, lang);
    if (a.keyKind === 'od') {
      const od = splitOdKey(a.key);
      return od ? `${countryName(od[0], lang)} → ${countryName(od[1], lang)}` : a.key;
    }
    return a.key;
  };
  const formatters = { number: formatNumber, share: stats.share, month: formatMonth, key: keyName };
  // Each alert is guarded against the series it came from: SQL keys or corridors. Every
  // alert found, not only those listed: the list is ordered by shown scores only.
  const guards = useMemo((): (AlertGuard | undefined)[] => {
    if (!series || !variants) return [];
    const corridor = alerts.filter((a) => a.keyKind === 'corridor');
    const sqlGuards = guardAlerts(
      alerts.filter((a) => a.keyKind !== 'corridor'),
      series,
      variants.slice(1),
      k,
    );
    const corridorGuards = corridorVariants
      ? guardAlerts(corridor, corridorVariants[0]!, corridorVariants.slice(1), k)
      : [];
    let s = 0;
    let c = 0;
    return alerts.map((a) => (a.keyKind === 'corridor' ? corridorGuards[c++] : sqlGuards[s++]));
  }, [alerts, series, variants, corridorVariants, k]);
  const ordered = useMemo(
    () =>
      orderByShownScore(
        alerts.map((alert, i) => ({ alert, guard: guards[i] })),
        k,
      ),
    [alerts, guards, k],
  );
  const shownAlerts = useMemo(() => (showAll ? ordered : ordered.slice(0, FIRST_SHOWN)), [ordered, showAll]);
  const hidden = t('alerts.hiddenShare', { k });

  return (
    <section
      className="alerts-panel"
      aria-label={t('alerts.title')}
      data-testid="alerts-panel"
      aria-busy={state.loading}
    >
      <h2>
        {t('alerts.title')}{' '}
        {series && <span className="muted">· {t('alerts.count', { count: alerts.length })}</span>}
      </h2>
      <p className="intro">{t('alerts.intro')}</p>
      <p className="intro small">{t('alerts.scopeNote')}</p>
      <AlertOptionsForm value={options} onChange={setOptions} />
      {state.error && (
        <p className="error-text" role="alert">
          {t('panel.failed')}
        </p>
      )}
      {state.loading && !series && <p className="muted">{t('panel.updating')}</p>}
      {series && alerts.length === 0 && <p className="muted">{t('alerts.none')}</p>}
      <ol className="alert-list">
        {shownAlerts.map(({ alert: a, guard }) => {
          const text = alertText(a, k, formatters, hidden, guard);
          return (
            <li
              key={`${a.explanationCode}|${a.keyKind}|${a.key}|${a.month}`}
              className={`alert-item ${a.kind}`}
              data-alert={`${a.explanationCode}|${a.keyKind}|${a.key}|${a.month}`}
              data-guarded={guardedNames(guard)}
            >
              <div className="alert-head">
                <span className="alert-type">{t(`alerts.type.${a.kind}`)}</span>
                <span className="alert-key">
                  {t(`alerts.kind.${a.keyKind}`)}: {keyName(a)}
                </span>
                <span className="muted small">
                  {t('alerts.score', {
                    value: alertScoreShown(a, k, guard) ? stats.plain(a.score) : HIDDEN_FIGURE,
                  })}
                </span>
              </div>
              <p className="alert-text">{t(text.code, text.values)}</p>
              <button
                type="button"
                className="alert-show"
                onClick={() => onShowOnMap(alertToFilters(a, extent))}
              >
                {t('alerts.showOnMap')}
              </button>
            </li>
          );
        })}
      </ol>
      {!showAll && alerts.length > FIRST_SHOWN && (
        <button type="button" className="link" onClick={() => setShowAll(true)}>
          {t('alerts.showAll', { n: formatNumber(alerts.length) })}
        </button>
      )}
    </section>
  );
}

/** The figures the differencing guard hides, as a list for the item's `data-guarded` (tests read it). */
function guardedNames(guard: AlertGuard | undefined): string {
  if (!guard) return 'pending';
  return (['observed', 'expected', 'persons'] as const).filter((f) => guard[f]).join(',');
}
