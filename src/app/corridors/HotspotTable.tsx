import { useId, useMemo, useState } from 'react';
import { type HotspotRow, type HotspotSortKey, sortHotspots } from '../../analytics/corridors/hotspots.ts';
import { useT } from '../../i18n/use-t.ts';
import { CRIME_TYPES } from '../../schema/incident.ts';
import { displayCount } from '../display-count.ts';
import { segmentOrdinal, visibleChange, visibleScore } from './hotspot-view.ts';

/** Props of {@link HotspotTable}. */
export interface HotspotTableProps {
  rows: readonly HotspotRow[];
  k: number;
  formatNumber: (n: number) => string;
  onSelect: (row: HotspotRow) => void;
}

/**
 * The hotspot table: one row per corridor segment, sortable by clicking a column header.
 * Every count goes through displayCount (1..k−1 → "<k"); a score or change derived from a
 * suppressed count is shown as "–". A row is a button-like element: click or Enter selects it.
 */
export function HotspotTable({ rows, k, formatNumber, onSelect }: HotspotTableProps) {
  const { t, lang } = useT('corridors');
  const { t: tm } = useT('map');
  const [sort, setSort] = useState<{ key: HotspotSortKey; dir: 'asc' | 'desc' }>({
    key: 'score',
    dir: 'desc',
  });
  const sorted = useMemo(() => sortHotspots(rows, sort.key, sort.dir), [rows, sort]);
  const pct = useMemo(
    () =>
      new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
    [lang],
  );
  const header = (key: HotspotSortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          onClick={() => setSort((s) => ({ key, dir: s.key === key && s.dir === 'desc' ? 'asc' : 'desc' }))}
        >
          {label}
          {active && <span aria-hidden="true">{sort.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
        </button>
      </th>
    );
  };
  const count = (n: number) => displayCount(n, k, formatNumber);
  const captionId = useId();
  return (
    <>
      {/* The caption sits above the scrolling table, so it wraps to the panel, not the table. */}
      <p className="table-caption" id={captionId}>
        {t('hotspots.caption', { k })}
      </p>
      <div className="table-scroll">
        <table className="hotspot-table" data-testid="hotspot-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              {header('corridorName', t('hotspots.segment'))}
              {header('kind', t('hotspots.kind'))}
              {header('score', t('hotspots.score'))}
              {header('weight', t('hotspots.persons'))}
              {CRIME_TYPES.map((c) => (
                <th key={c} scope="col">
                  {tm(`crimeType.${c}`)}
                </th>
              ))}
              {header('change', t('hotspots.change'))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => {
              const score = visibleScore(r, k);
              const change = visibleChange(r, k);
              return (
                <tr
                  key={r.segmentId}
                  tabIndex={0}
                  data-corridor={r.corridorName}
                  onClick={() => onSelect(r)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      onSelect(r);
                    }
                  }}
                >
                  <th scope="row">
                    {t('hotspots.segmentLabel', { name: r.corridorName, n: segmentOrdinal(r.segmentId) + 1 })}
                  </th>
                  <td>{tm(`corridorKind.${r.kind}`)}</td>
                  <td className="num">{score === null ? '–' : formatNumber(score)}</td>
                  <td className="num">{count(r.weight)}</td>
                  {CRIME_TYPES.map((c, i) => (
                    <td key={c} className="num">
                      {count(r.byCrimeType[i] ?? 0)}
                    </td>
                  ))}
                  <td className="num">{change === null ? '–' : pct.format(change)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
