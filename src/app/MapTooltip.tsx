import type { PickingInfo } from '@deck.gl/core';
import { protectBreakdown } from '../analytics/disclosure/breakdown.ts';
import { useT } from '../i18n/use-t.ts';
import { CRIME_TYPES } from '../schema/incident.ts';
import { displayCount, displayFigure } from './display-count.ts';
import type { MapData } from './map-layers.ts';

/** Props of the hover tooltip. */
export interface MapTooltipProps {
  info: PickingInfo | null;
  data: MapData;
  k: number;
  periodLabel: string;
  countryName: (iso3: string) => string;
  categoryLabel: (category: string) => string;
  formatNumber: (n: number) => string;
}

/**
 * What is under the pointer: counts (as "<k" below the threshold), the period and the unit.
 * Rendered by React as text nodes: nothing from the data is ever parsed as HTML.
 */
export function MapTooltip({
  info,
  data,
  k,
  periodLabel,
  countryName,
  categoryLabel,
  formatNumber,
}: MapTooltipProps) {
  const { t } = useT('map');
  if (!info || info.index < 0) return null;
  const count = (n: number) => displayCount(n, k, formatNumber);
  let title = '';
  const lines: string[] = [];
  const id = info.layer?.id;
  if (id === 'flows' && data.flows) {
    const i = info.index;
    title = `${countryName(data.flows.origin[i]!)} → ${countryName(data.flows.destination[i]!)}`;
    lines.push(
      `${categoryLabel(data.flows.category[i]!)}: ${count(data.flows.persons[i]!)} ${t('units.persons')}`,
    );
  } else if (id === 'routes' && data.routes) {
    const r = data.routes;
    const i = info.index;
    const stops = [r.origin[i]!, ...(r.transit[i] ? r.transit[i]!.split('|') : []), r.destination[i]!];
    title = r.route[i] || t('tooltip.route');
    lines.push(stops.map(countryName).join(' → '));
    lines.push(`${t(`crimeType.${r.crimeType[i]}`)}: ${count(r.persons[i]!)} ${t('units.persons')}`);
  } else if (id === 'incidents' && data.grid) {
    const g = data.grid;
    const i = info.index;
    // The breakdown is shown with its total, so it is protected as one table: a hidden type
    // cannot be rebuilt as total minus the others.
    const cell = protectBreakdown(
      Object.fromEntries(CRIME_TYPES.map((c, j) => [c, g.byCrimeType[i * 4 + j]!])),
      k,
    );
    title = `${displayFigure(cell.total.value, k, formatNumber)} ${t('units.persons')}`;
    for (const c of CRIME_TYPES) {
      const part = cell.parts[c];
      if (part && part.value !== 0)
        lines.push(`${t(`crimeType.${c}`)}: ${displayFigure(part.value, k, formatNumber)}`);
    }
  } else if (id === 'corridors' && info.object) {
    const props =
      (info.object as { properties?: { name?: unknown; kind?: unknown; source?: unknown } }).properties ?? {};
    title = String(props.name ?? '');
    lines.push(t(`corridorKind.${String(props.kind)}`));
    if (props.source) lines.push(String(props.source));
  } else {
    return null;
  }
  return (
    <div
      className="tooltip"
      style={{ left: info.x + 14, top: info.y + 14 }}
      role="tooltip"
      data-testid="map-tooltip"
    >
      <strong>{title}</strong>
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
      <div className="muted">{periodLabel}</div>
    </div>
  );
}
