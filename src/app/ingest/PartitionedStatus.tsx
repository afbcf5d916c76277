import { useMemo } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { coverageSummary, requestsFor } from '../../ingest/partitioned/coverage.ts';
import { makeFormatters } from '../formatters.ts';
import { useServices, useStoreValue } from '../services.ts';
import { PartitionedProgress } from './PartitionedProgress.tsx';
import { PartitionedRejected } from './PartitionedRejected.tsx';
import { compactNumber } from './partitioned-format.ts';
import { loadMorePartitions } from './partitioned-load.ts';
import type { PartitionedSource } from './partitioned-source.ts';
import { usePartitionedRun } from './use-partitioned-run.ts';

/** A loaded month span as text: whole years as "2019–2021", else "mar 2021 – may 2021". Pure. */
export function spanText(span: readonly [string, string], month: (m: string) => string): string {
  const [a, b] = span;
  if (a.endsWith('-01') && b.endsWith('-12')) {
    const [ya, yb] = [a.slice(0, 4), b.slice(0, 4)];
    return ya === yb ? ya : `${ya}–${yb}`;
  }
  return `${month(a)} – ${month(b)}`;
}

/**
 * The header's line about an open partitioned extract: what is loaded ("2019–2021, 5 of 18
 * countries, 1.2M rows") and, when the view's period or detection countries reach beyond it,
 * what is missing with a "load them" button. Loading more is the user's call, not automatic:
 * clearing a filter can ask for the whole extract, which may not fit in memory.
 */
export function PartitionedStatus({
  source,
  onLoaded,
  formatNumber,
}: {
  source: PartitionedSource;
  onLoaded: (source: PartitionedSource) => void;
  formatNumber: (n: number) => string;
}) {
  const { t, lang } = useT('ingest');
  const services = useServices();
  const period = useStoreValue(services.view, (v) => v.filters.period);
  const detection = useStoreValue(services.view, (v) => v.filters.detection);
  const incidents = useStoreValue(services.dataset, (d) => d.incidents);
  const run = usePartitionedRun();
  const fmt = useMemo(() => makeFormatters(lang), [lang]);
  const summary = useMemo(() => coverageSummary(source.manifest, source.coverage), [source]);
  const missing = useMemo(
    () => requestsFor(source.manifest, { period, countries: detection }, source.coverage),
    [source, period, detection],
  );
  const loadMore = () =>
    run.start(
      (options) => loadMorePartitions(services, source, missing, { ...options, adopt: onLoaded }),
      () => {},
    );
  return (
    <div className="partitioned-status" data-testid="partitioned-status">
      <span className="partitioned-loaded" data-testid="partitioned-loaded">
        {t('partitioned.status.loaded', {
          span: summary.span ? spanText(summary.span, fmt.month) : '–',
          countries: formatNumber(summary.countries),
          total: formatNumber(summary.totalCountries),
          rows: compactNumber(incidents, lang),
        })}
      </span>
      {run.stage === 'done' && (run.report?.rowsRejected ?? 0) > 0 && (
        <div className="partitioned-callout">
          <PartitionedRejected rows={run.report?.rowsRejected ?? 0} formatNumber={formatNumber} />
        </div>
      )}
      {(run.stage === 'loading' || run.stage === 'failed' || missing.length > 0) && (
        <div className="partitioned-callout">
          {run.stage === 'loading' ? (
            <PartitionedProgress run={run} formatNumber={formatNumber} compact />
          ) : (
            <>
              {run.stage === 'failed' && (
                <PartitionedProgress run={run} formatNumber={formatNumber} compact />
              )}
              {missing.length > 0 && (
                <p className="partitioned-missing" role="status">
                  {t('partitioned.status.missing', {
                    files: formatNumber(missing.length),
                    rows: compactNumber(
                      missing.reduce((n, r) => n + r.file.rows, 0),
                      lang,
                    ),
                  })}{' '}
                  <button type="button" onClick={loadMore} data-testid="partitioned-load-more">
                    {t('partitioned.status.loadMore')}
                  </button>
                </p>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
