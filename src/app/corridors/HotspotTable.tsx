import { useId, useMemo, useState } from 'react';
import { type GuardedHotspot, sortGuardedHotspots } from '../../analytics/corridors/guard-hotspots.ts';
import type { HotspotRow, HotspotSortKey } from '../../analytics/corridors/hotspots.ts';
import { useT } from '../../i18n/use-t.ts';
import { CRIME_TYPES } from '../../schema/incident.ts';
import { displayFigure, HIDDEN_FIGURE } from '../display-count.ts';
import { segmentOrdinal } from './hotspot-view.ts';

/** Props of {@link HotspotTable}. */
export interface HotspotTableProps {
  /** Rows guarded against differencing (guardHotspots): hidden counts are null. */
  rows: readonly GuardedHotspot[];
  k: number;
  formatNumber: (n: number) => string;
  onSelect: (row: HotspotRow) => void;
}

/**
 * The hotspot table: one row per corridor segment, sortable by clicking a column header.
 * Counts come guarded (guardHotspots) and read "—" when hidden, as do a score or change
 * computed from a hidden count; sorting uses the shown values only (hidden ones last), so
 * the order gives nothing away. A row is a button-like element: click or Enter selects it.
 */
export function HotspotTable({ rows, k, formatNumber, onSelect }: HotspotTableProps) {
  const { t, lang } = useT('corridors');
  const { t: tm } = useT('map');
  const [sort, setSort] = useState<{ key: HotspotSortKey; dir: 'asc' | 'desc' }>({
    key: 'score',
    dir: 'desc',
  });
  const sorted = useMemo(() => sortGuardedHotspots(rows, sort.key, sort.dir), [rows, sort]);
  const pct = useMemo(
    () =>
      new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
    [lang],
  );
  /** A sortable column header; `full` is the accessible name and tooltip of a shortened label. */
  const header = (key: HotspotSortKey, label: string, full?: string) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
        title={full}
      >
        <button
          type="button"
          aria-label={full}
          onClick={() => setSort((s) => ({ key, dir: s.key === key && s.dir === 'desc' ? 'asc' : 'desc' }))}
        >
          {label}
          {active && <span aria-hidden="true">{sort.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
        </button>
      </th>
    );
  };
  const count = (n: number | null) => displayFigure(n, k, formatNumber);
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
                // A short label keeps the header row low in the side panel; screen readers read
                // the full name, which is also the tooltip.
                <th key={c} scope="col" title={tm(`crimeType.${c}`)}>
                  <span aria-hidden="true">{tm(`crimeTypeShort.${c}`)}</span>
                  <span className="visually-hidden">{tm(`crimeType.${c}`)}</span>
                </th>
              ))}
              {header('change', t('hotspots.changeShort'), t('hotspots.change'))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((g) => {
              const r = g.row;
              const { score, change } = g;
              return (
                <tr
                  key={r.segmentId}
                  tabIndex={0}
                  data-corridor={r.corridorName}
                  data-segment={r.segmentId}
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
                  <td className="num">{score === null ? HIDDEN_FIGURE : formatNumber(score)}</td>
                  <td className="num">{count(g.weight)}</td>
                  {CRIME_TYPES.map((c, i) => (
                    <td key={c} className="num">
                      {count(g.byCrimeType[i] ?? null)}
                    </td>
                  ))}
                  <td className="num">{change === null ? HIDDEN_FIGURE : pct.format(change)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
