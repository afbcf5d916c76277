import { useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { reportCsv } from '../../ingest/report.ts';
import { sqlString } from '../../query/sql.ts';
import { downloadBytes } from '../corridors/download.ts';
import { useServices } from '../services.ts';
import { reportFileName } from './mapping-file-name.ts';
import { FAILED_LOAD_REJECTIONS, PARTITIONED_REJECTIONS } from './partitioned-load.ts';

/**
 * How many rows of a partitioned load were left out (a negative count), with the download of
 * the extract's rejection report (every row left out so far, by file, row and column). Shown
 * after a first load in the dialog and after a load of more months in the header.
 */
export function PartitionedRejected({
  rows,
  formatNumber,
}: {
  rows: number;
  formatNumber: (n: number) => string;
}) {
  const { t } = useT('ingest');
  return (
    <p className="ingest-error" role="alert" data-testid="partitioned-rejected">
      {t('partitioned.rejected', { count: rows, rows: formatNumber(rows) })}{' '}
      <RejectionReportDownload table={PARTITIONED_REJECTIONS} />
    </p>
  );
}

/**
 * The button that writes a partitioned report table as CSV (src/ingest/report.ts), and what
 * went wrong if it could not: the extract's report, or the report of a first load whose every
 * row was rejected ({@link FAILED_LOAD_REJECTIONS}, offered beside that error).
 */
export function RejectionReportDownload({ table }: { table: string }) {
  const { t } = useT('ingest');
  const services = useServices();
  const [failure, setFailure] = useState<string | null>(null);
  const download = async () => {
    setFailure(null);
    try {
      // The database now, not at render: the engine may have been restarted since, and a
      // failed load's report is not rebuilt then.
      const db = services.coordinator.db;
      const found = await db.query(
        `SELECT count(*)::DOUBLE AS n FROM duckdb_tables() WHERE table_name = ${sqlString(table)}`,
      );
      if (Number(found.get(0)?.n ?? 0) === 0) {
        setFailure(t('partitioned.reportGone'));
        return;
      }
      const bytes = await reportCsv(db, table, (code) => t(`reasons.${code}`));
      const name = table === FAILED_LOAD_REJECTIONS ? 'partitioned-failed' : 'partitioned';
      downloadBytes(bytes, reportFileName([name], 'rejections'), 'text/csv');
    } catch (error) {
      setFailure(
        t('partitioned.reportFailed', { detail: error instanceof Error ? error.message : String(error) }),
      );
    }
  };
  return (
    <>
      <button type="button" onClick={() => void download()} data-testid="download-partitioned-rejections">
        {t('result.download')}
      </button>
      {failure && <span> {failure}</span>}
    </>
  );
}
