import type { PickingInfo } from '@deck.gl/core';
import { useT } from '../i18n/use-t.ts';
import { CRIME_TYPES } from '../schema/incident.ts';
import { figureText } from './map-figures/figure-text.ts';
import { flowFigureKey, gridFigureKey, routeFigureKey } from './map-figures/guard-map-figures.ts';
import type { MapFiguresState } from './map-figures/use-map-figures.ts';
import type { MapData } from './map-layers.ts';

/** Props of the hover tooltip. */
export interface MapTooltipProps {
  info: PickingInfo | null;
  data: MapData;
  /** The guarded figures (use-map-figures.ts): the only numbers the tooltip shows. */
  figures: MapFiguresState;
  k: number;
  periodLabel: string;
  countryName: (iso3: string) => string;
  categoryLabel: (category: string) => string;
  formatNumber: (n: number) => string;
}

/**
 * What is under the pointer: its guarded figures ("—" when hidden, "…" while the guard runs:
 * map-figures/), the period and the unit. Rendered by React as text nodes: nothing from the
 * data is ever parsed as HTML.
 */
export function MapTooltip({
  info,
  data,
  figures,
  k,
  periodLabel,
  countryName,
  categoryLabel,
  formatNumber,
}: MapTooltipProps) {
  const { t } = useT('map');
  if (!info || info.index < 0) return null;
  const figure = (layer: keyof MapFiguresState, key: string) =>
    figureText(figures[layer], key, k, formatNumber);
  let title = '';
  const lines: string[] = [];
  const id = info.layer?.id;
  if (id === 'flows' && data.flows) {
    const i = info.index;
    const f = data.flows;
    title = `${countryName(f.origin[i]!)} → ${countryName(f.destination[i]!)}`;
    const key = flowFigureKey(f.origin[i]!, f.destination[i]!, f.category[i]!);
    lines.push(`${categoryLabel(f.category[i]!)}: ${figure('flows', key)} ${t('units.persons')}`);
  } else if (id === 'routes' && data.routes) {
    const r = data.routes;
    const i = info.index;
    const stops = [r.origin[i]!, ...(r.transit[i] ? r.transit[i]!.split('|') : []), r.destination[i]!];
    title = r.route[i] || t('tooltip.route');
    lines.push(stops.map(countryName).join(' → '));
    const key = routeFigureKey(r.route[i]!, r.origin[i]!, r.transit[i]!, r.destination[i]!, r.crimeType[i]!);
    lines.push(`${t(`crimeType.${r.crimeType[i]}`)}: ${figure('routes', key)} ${t('units.persons')}`);
  } else if (id === 'incidents' && data.grid) {
    const g = data.grid;
    const i = info.index;
    // The cell's total and its crime types are guarded together (guardGridFigures): a
    // hidden type cannot be rebuilt as total minus the others.
    const [lon, lat] = [g.positions[i * 2]!, g.positions[i * 2 + 1]!];
    title = `${figure('grid', gridFigureKey(lon, lat, 'total'))} ${t('units.persons')}`;
    CRIME_TYPES.forEach((c, j) => {
      if (g.byCrimeType[i * 4 + j] !== 0)
        lines.push(`${t(`crimeType.${c}`)}: ${figure('grid', gridFigureKey(lon, lat, c))}`);
    });
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
