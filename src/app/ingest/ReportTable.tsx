import { useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useServices } from '../services.ts';
import { cellText } from './cell-text.ts';
import { reportCountQuery, reportPageQuery } from './preview-sql.ts';
import { ScrollRegion } from './ScrollRegion.tsx';

/** Report lines per page. */
export const REPORT_PAGE_SIZE = 25;

interface Line {
  file: string;
  row: number;
  column: string;
  value: string;
  reason: string;
}

/**
 * A paged view of a report table (rejections or warnings): file, row, column, value and the
 * reason in words. Pages are read from DuckDB, so a large report never becomes JS objects.
 */
export function ReportTable({
  table,
  kind,
  label,
}: {
  table: string;
  kind: 'reasons' | 'warnings';
  label: string;
}) {
  const { t } = useT('ingest');
  const db = useServices().coordinator.db;
  const [page, setPage] = useState(0);
  const [total, setTotal] = useState(0);
  // null until the first page has arrived: a header with no rows would read as an empty report.
  const [lines, setLines] = useState<Line[] | null>(null);
  useEffect(() => {
    let live = true;
    void db.query(reportCountQuery(table)).then((r) => {
      if (live) setTotal(Number(r.get(0)?.n ?? 0));
    });
    return () => {
      live = false;
    };
  }, [db, table]);
  useEffect(() => {
    let live = true;
    void db.query(reportPageQuery(table, page, REPORT_PAGE_SIZE)).then((r) => {
      if (!live) return;
      setLines(
        r.toArray().map((x) => ({
          file: cellText(x.file),
          row: Number(x.row),
          column: cellText(x.column),
          value: cellText(x.value),
          reason: String(x.reason),
        })),
      );
    });
    return () => {
      live = false;
    };
  }, [db, table, page]);
  const pages = Math.max(1, Math.ceil(total / REPORT_PAGE_SIZE));
  if (total === 0 || lines === null) return null;
  return (
    <div className="ingest-report">
      <ScrollRegion label={label}>
        <table className="ingest-table" data-testid={`report-${kind}`}>
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">{t('result.file')}</th>
              <th scope="col">{t('result.row')}</th>
              <th scope="col">{t('result.column')}</th>
              <th scope="col">{t('result.value')}</th>
              <th scope="col">{t('result.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={`${l.file}|${l.row}|${l.column}|${l.reason}`}>
                <td>{l.file}</td>
                <td>{l.row}</td>
                <td>{l.column}</td>
                <td>{l.value}</td>
                <td>{t(`${kind}.${l.reason}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {pages > 1 && (
        <nav className="ingest-pager" aria-label={label}>
          <button type="button" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
            {t('result.previous')}
          </button>
          <span>{t('result.page', { page: page + 1, pages })}</span>
          <button type="button" disabled={page + 1 >= pages} onClick={() => setPage((p) => p + 1)}>
            {t('result.next')}
          </button>
        </nav>
      )}
    </div>
  );
}
