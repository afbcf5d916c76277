import { useT } from '../../i18n/use-t.ts';
import type { IngestResult } from '../../ingest/ingest.ts';
import { reportCsv } from '../../ingest/report.ts';
import { downloadBytes } from '../corridors/download.ts';
import { useServices } from '../services.ts';
import { reportFileName } from './mapping-file-name.ts';
import { ReportTable } from './ReportTable.tsx';
import { mergeCodeCounts, resultTotals } from './result-totals.ts';
import { useReportCounts } from './use-report-counts.ts';

/**
 * The result of a load: per file, loaded + rejected = rows (always, as an equation), the
 * reasons with their row counts, warnings apart, the coordinate coarsening, the paged
 * rejection list and the CSV report download.
 */
export function IngestResultView({
  result,
  formatNumber,
}: {
  result: IngestResult;
  formatNumber: (n: number) => string;
}) {
  const { t, lang } = useT('ingest');
  const db = useServices().coordinator.db;
  const totals = resultTotals(result.files);
  const reasons = mergeCodeCounts(result.files.map((f) => f.rejections));
  const warnings = useReportCounts(result.warnings);
  const fileWarnings = [...new Set(result.files.flatMap((f) => f.fileWarnings))];
  const names = result.files.map((f) => f.file);
  const n = formatNumber;
  const messages = (kind: 'reasons' | 'warnings') => (code: string) => t(`${kind}.${code}`);
  const download = async (kind: 'rejections' | 'warnings') => {
    const bytes = await reportCsv(
      db,
      kind === 'rejections' ? result.rejections : result.warnings,
      messages(kind === 'rejections' ? 'reasons' : 'warnings'),
    );
    downloadBytes(bytes, reportFileName(names, kind), 'text/csv');
  };
  return (
    <div className="ingest-result" data-testid="ingest-result">
      <h3>{t('result.title')}</h3>
      {!result.swapped && (
        <p className="ingest-error" role="alert">
          {t('result.nothingLoaded')}
        </p>
      )}
      <ul className="ingest-equations">
        {result.files.map((f) => (
          <li key={f.file} data-testid="result-equation">
            <strong>{f.file}</strong>
            {f.office && <span> · {t('result.office', { office: f.office })}</span>}
            <br />
            {t('result.equation', {
              loaded: n(f.rowsLoaded),
              rejected: n(f.rowsRejected),
              rows: n(f.rowsRead),
            })}
          </li>
        ))}
        {result.files.length > 1 && (
          <li>
            {t('result.equationAll', {
              loaded: n(totals.rowsLoaded),
              rejected: n(totals.rowsRejected),
              rows: n(totals.rowsRead),
            })}
          </li>
        )}
      </ul>
      {result.swapped && <p>{t('result.incidents', { incidents: n(result.incidents) })}</p>}
      {totals.coordinatesCoarsened > 0 && (
        <p>
          {t('result.coarsened', {
            rows: n(totals.coordinatesCoarsened),
            grid: new Intl.NumberFormat(lang).format(result.files[0]?.coordinateGrid ?? 0.01),
          })}
        </p>
      )}
      <section aria-labelledby="ingest-reasons-title">
        <h4 id="ingest-reasons-title">{t('result.reasons')}</h4>
        {reasons.length === 0 ? (
          <p>{t('result.none')}</p>
        ) : (
          <ul data-testid="result-reasons">
            {reasons.map((r) => (
              <li key={r.code}>
                {t(`reasons.${r.code}`)}: {t('result.reasonRows', { count: r.rows, rows: n(r.rows) })}
              </li>
            ))}
          </ul>
        )}
        <ReportTable table={result.rejections} kind="reasons" label={t('result.rejections')} />
        {reasons.length > 0 && (
          <button type="button" onClick={() => void download('rejections')} data-testid="download-rejections">
            {t('result.download')}
          </button>
        )}
      </section>
      {(warnings.length > 0 || fileWarnings.length > 0) && (
        <section aria-labelledby="ingest-warnings-title" className="ingest-warnings">
          <h4 id="ingest-warnings-title">{t('result.warnings')}</h4>
          <ul>
            {fileWarnings.map((w) => (
              <li key={w}>
                {t('result.fileWarnings')}: {t(`warnings.${w}`)}
              </li>
            ))}
            {warnings.map((w) => (
              <li key={w.code}>
                {t(`warnings.${w.code}`)}: {t('result.reasonRows', { count: w.rows, rows: n(w.rows) })}
              </li>
            ))}
          </ul>
          <ReportTable table={result.warnings} kind="warnings" label={t('result.warnings')} />
          <button type="button" onClick={() => void download('warnings')}>
            {t('result.downloadWarnings')}
          </button>
        </section>
      )}
    </div>
  );
}
