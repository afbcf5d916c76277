import { useMemo } from 'react';
import { guardHotspots } from '../../analytics/corridors/guard-hotspots.ts';
import type { HotspotRow } from '../../analytics/corridors/hotspots.ts';
import { useT } from '../../i18n/use-t.ts';
import { monthOfIndex } from '../../query/proximity-query.ts';
import { CRIME_TYPES } from '../../schema/incident.ts';
import { useServices, useStoreValue } from '../services.ts';
import { CorridorDrawTool } from './CorridorDrawTool.tsx';
import { CorridorEditTool } from './CorridorEditTool.tsx';
import { CorridorFileInput } from './CorridorFileInput.tsx';
import { CorridorScoreLegend } from './CorridorScoreLegend.tsx';
import { CrossingsList } from './CrossingsList.tsx';
import { corridorProvenance, hotspotCsvFiles } from './corridor-export.ts';
import { corridorState } from './corridor-state.ts';
import { downloadBytes } from './download.ts';
import { HotspotTable } from './HotspotTable.tsx';
import { summariseCrossings } from './hotspot-view.ts';
import { scoreSegmentBounds } from './score-segment-lines.ts';
import { useCorridorAnalysis } from './use-corridor-analysis.ts';
import './corridors.css';

/** Props of {@link CorridorsPanel}. */
export interface CorridorsPanelProps {
  formatNumber: (n: number) => string;
  /** `YYYY-MM` → display text. */
  formatMonth: (month: string) => string;
  /** A hotspot row was chosen: zoom the map to `bounds` [w, s, e, n] and highlight the corridor. */
  onFocus: (bounds: [number, number, number, number], corridorName: string) => void;
}

/**
 * The corridors panel: buffer distance, the hotspot table (sortable, CSV export), the route
 * crossings, the score legend, loading corridor files, drawing a corridor and editing one
 * (choosing a hotspot row offers its corridor for editing). It runs the
 * corridor analysis (useCorridorAnalysis) and so must be mounted for the corridor map layers
 * (useCorridorLayers) to have data.
 */
export function CorridorsPanel({ formatNumber, formatMonth, onFocus }: CorridorsPanelProps) {
  const { t } = useT('corridors');
  const services = useServices();
  const state = corridorState(services);
  const view = useStoreValue(services.view, (v) => v);
  const k = view.k;
  const fingerprint = useStoreValue(services.dataset, (d) => d.fingerprint);
  const collection = useStoreValue(services.corridors, (c) => c);
  const { analysis, loading, error, period, distanceKm, routeFigures } = useCorridorAnalysis();
  const segmentIndex = useMemo(
    () => new Map((analysis?.proximity.scoreSegments ?? []).map((s, i) => [s.id, i])),
    [analysis],
  );
  const crossings = useMemo(() => summariseCrossings(analysis?.crossings ?? []), [analysis]);
  // The hotspot table and its export show the same guarded figures.
  const hotspots = useMemo(
    () =>
      analysis
        ? guardHotspots(analysis.hotspots, analysis.figures, analysis.neighbourFigures, CRIME_TYPES.length, k)
        : [],
    [analysis, k],
  );
  const select = (row: HotspotRow) => {
    state.picked.set(row.corridorIndex);
    const index = segmentIndex.get(row.segmentId);
    if (!analysis || index === undefined) return;
    const bounds = scoreSegmentBounds(analysis.lines, new Set([index]));
    if (bounds) onFocus(bounds, row.corridorName);
  };
  const exportCsv = () => {
    if (!analysis) return;
    const provenance = corridorProvenance({
      fingerprint,
      k,
      filters: JSON.parse(JSON.stringify({ filters: view.filters, distanceKm, period })),
      exportedAt: new Date(),
    });
    for (const f of hotspotCsvFiles(hotspots, provenance)) downloadBytes(f.data, f.name, f.type);
  };
  const months = period ? period.to - period.from + 1 : 0;
  return (
    <section className="corridors-panel" aria-labelledby="corridors-title" data-testid="corridors-panel">
      <h2 id="corridors-title">{t('title')}</h2>
      <p className="intro">{t('intro')}</p>
      {collection?.illustrative && <p className="note">{t('illustrative')}</p>}
      <label className="distance">
        <span>{t('distance')}</span>
        <input
          type="number"
          min={1}
          max={500}
          step={1}
          value={distanceKm}
          data-testid="corridor-distance"
          onChange={(e) => {
            const v = e.currentTarget.valueAsNumber;
            if (Number.isFinite(v) && v >= 1 && v <= 500) state.distance.set(v);
          }}
        />
      </label>
      {period && (
        <p className="period">
          {t('period', {
            from: formatMonth(monthOfIndex(period.from)),
            to: formatMonth(monthOfIndex(period.to)),
            months,
          })}
        </p>
      )}
      {loading && <output className="busy-corridors">{t('updating')}</output>}
      {error && <p role="alert">{t('failed')}</p>}
      {!collection || collection.features.length === 0 ? (
        <p className="empty">{t('noCorridors')}</p>
      ) : (
        analysis && (
          <>
            <h3>{t('hotspots.title')}</h3>
            {analysis.hotspots.length === 0 ? (
              <p className="empty">{t('hotspots.empty')}</p>
            ) : (
              <HotspotTable rows={hotspots} k={k} formatNumber={formatNumber} onSelect={select} />
            )}
            <button type="button" onClick={exportCsv} data-testid="hotspots-csv">
              {t('hotspots.export')}
            </button>
            <CorridorScoreLegend k={k} formatNumber={formatNumber} />
            <h3>{t('crossings.title')}</h3>
            <CrossingsList crossings={crossings} figures={routeFigures} k={k} formatNumber={formatNumber} />
          </>
        )
      )}
      <CorridorFileInput />
      <CorridorDrawTool />
      <CorridorEditTool />
    </section>
  );
}
