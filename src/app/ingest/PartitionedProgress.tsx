import { useT } from '../../i18n/use-t.ts';
import { PartitionedRejected, RejectionReportDownload } from './PartitionedRejected.tsx';
import { formatBytes } from './partitioned-format.ts';
import { FAILED_LOAD_REJECTIONS } from './partitioned-load.ts';
import type { PartitionedRun } from './use-partitioned-run.ts';

/**
 * A partitioned load's progress (file i of n, rows loaded, bytes fetched; a cancel button),
 * then what it read and skipped, or why it failed. Progress moves per file: how many row
 * groups a file has is known only once its footer is read. Rows not loaded (a negative count)
 * are counted and listed in a CSV report, as for a dropped file.
 */
export function PartitionedProgress({
  run,
  formatNumber,
  compact = false,
}: {
  run: PartitionedRun;
  formatNumber: (n: number) => string;
  /** One line for the header's status (no result sentence). */
  compact?: boolean;
}) {
  const { t, lang } = useT('ingest');
  const r = run.report;
  if (run.stage === 'loading') {
    const file = Math.max(1, r?.files.length ?? 0);
    const files = r?.filesTotal ?? 0;
    return (
      <div className="ingest-progress partitioned-progress" data-testid="partitioned-progress">
        <p id="partitioned-progress-label">
          {t('partitioned.progress', {
            file: formatNumber(Math.min(file, Math.max(files, 1))),
            files: formatNumber(files),
            rows: formatNumber(r?.rowsLoaded ?? 0),
            size: formatBytes(r?.bytesFetched ?? 0, lang),
          })}
        </p>
        {!compact && (
          <progress
            aria-labelledby="partitioned-progress-label"
            max={Math.max(files, 1)}
            value={Math.max(0, (r?.files.length ?? 1) - 1)}
          />
        )}
        <button type="button" onClick={run.cancel} disabled={run.cancelling}>
          {run.cancelling ? t('partitioned.cancelling') : t('partitioned.cancel')}
        </button>
      </div>
    );
  }
  if (run.stage === 'failed' && run.failure) {
    return (
      <div className="ingest-error" role="alert" data-testid="partitioned-error">
        <p>
          {t(`partitioned.errors.${run.failure.code}`, {
            detail: run.failure.detail,
            url: run.failure.detail,
          })}{' '}
          {run.failure.code === 'allRejected' && <RejectionReportDownload table={FAILED_LOAD_REJECTIONS} />}
        </p>
        <p>{t('partitioned.keepsData')}</p>
      </div>
    );
  }
  if (run.stage === 'done' && r && !compact) {
    return (
      <div>
        <output className="ingest-status" data-testid="partitioned-result">
          {t('partitioned.done', {
            rows: formatNumber(r.rowsLoaded),
            files: formatNumber(r.files.length),
            read: formatNumber(r.rowGroupsRead),
            skipped: formatNumber(r.rowGroupsSkipped),
            size: formatBytes(r.bytesFetched, lang),
          })}
        </output>
        {r.rowsRejected > 0 && <PartitionedRejected rows={r.rowsRejected} formatNumber={formatNumber} />}
      </div>
    );
  }
  return null;
}
