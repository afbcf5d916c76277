import { useEffect, useState } from 'react';
import type { CodeCount } from '../../ingest/summary.ts';
import { useServices } from '../services.ts';
import { reportReasonCountsQuery } from './preview-sql.ts';

/**
 * Per-reason counts read from a report table itself, so lines added after the per-file
 * summaries (cross-file duplicates) are counted too. Empty until the query answers.
 */
export function useReportCounts(table: string): CodeCount<string>[] {
  const db = useServices().coordinator.db;
  const [counts, setCounts] = useState<CodeCount<string>[]>([]);
  useEffect(() => {
    let live = true;
    void db.query(reportReasonCountsQuery(table)).then((r) => {
      if (!live) return;
      setCounts(
        r.toArray().map((x) => ({ code: String(x.reason), lines: Number(x.lines), rows: Number(x.rows) })),
      );
    });
    return () => {
      live = false;
    };
  }, [db, table]);
  return counts;
}
