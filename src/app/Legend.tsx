import type { ReactNode } from 'react';
import { CORRIDOR_KINDS } from '../analytics/corridors/types.ts';
import { useT } from '../i18n/use-t.ts';
import { categoryColor, toCss } from '../layers/colors.ts';
import { CORRIDOR_COLORS } from '../layers/corridors-layer.ts';
import type { FlowSplit } from '../query/flows-query.ts';
import { CRIME_TYPES, EXPLOITATION_FORMS, SEX_AGE } from '../schema/incident.ts';
import type { LayerVisibility } from '../state/view-config.ts';
import type { MapData } from './map-layers.ts';

/** Props of the map legend and layer switcher. */
export interface LegendProps {
  layers: LayerVisibility;
  split: FlowSplit;
  data: MapData;
  k: number;
  formatNumber: (n: number) => string;
  onLayers: (layers: LayerVisibility) => void;
  onSplit: (split: FlowSplit) => void;
  /** More flow controls, shown under the split switch (the flow ends switch). */
  children?: ReactNode;
}

function categoriesOf(split: FlowSplit): readonly string[] {
  if (split === 'sex_age') return SEX_AGE;
  if (split === 'exploitation') return [...EXPLOITATION_FORMS, 'none'];
  return CRIME_TYPES;
}

/** Layer toggles, the colour key with units, and what is not drawn (other flows, hidden cells). */
export function Legend({ layers, split, data, k, formatNumber, onLayers, onSplit, children }: LegendProps) {
  const { t } = useT('map');
  const { t: ta } = useT('app');
  const label = (c: string) =>
    split === 'sex_age'
      ? t(`sexAge.${c}`)
      : split === 'exploitation'
        ? t(`exploitation.${c}`)
        : t(`crimeType.${c}`);
  return (
    <details className="legend" open>
      <summary>
        <h2>{t('legend.title')}</h2>
      </summary>
      <fieldset className="layer-toggles">
        <legend className="visually-hidden">{ta('legend.layers')}</legend>
        {(Object.keys(layers) as (keyof LayerVisibility)[]).map((key) => (
          <label key={key} className="check">
            <input
              type="checkbox"
              checked={layers[key]}
              onChange={() => onLayers({ ...layers, [key]: !layers[key] })}
              data-testid={`layer-${key}`}
            />
            <span>{t(`layers.${key}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="split">
        <span>{ta('legend.splitBy')}</span>
        <select value={split} onChange={(e) => onSplit(e.target.value as FlowSplit)}>
          <option value="crime_type">{ta('legend.splitCrimeType')}</option>
          <option value="sex_age">{ta('legend.splitSexAge')}</option>
          <option value="exploitation">{ta('legend.splitExploitation')}</option>
        </select>
      </label>
      {children}
      <ul className="key">
        {categoriesOf(split).map((c) => (
          <li key={c}>
            <span className="swatch" style={{ background: toCss(categoryColor(c)) }} aria-hidden="true" />
            {label(c)}
          </li>
        ))}
      </ul>
      <p className="unit">{t('legend.width')}</p>
      {layers.corridors && (
        <ul className="key corridors-key" aria-label={t('legend.corridors')}>
          {CORRIDOR_KINDS.map((kind) => (
            <li key={kind}>
              <span
                className="line-swatch"
                style={{ background: toCss(CORRIDOR_COLORS[kind]) }}
                aria-hidden="true"
              />
              {t(`corridorKind.${kind}`)}
            </li>
          ))}
        </ul>
      )}
      {data.flows && data.flows.otherFlows > 0 && (
        <p className="other" data-testid="other-flows">
          {ta('legend.otherFlows', {
            count: data.flows.otherFlows,
            flows: formatNumber(data.flows.otherFlows),
          })}
        </p>
      )}
      {data.grid && data.grid.hiddenCells > 0 && (
        <p className="other">
          {ta('legend.hiddenCells', {
            count: data.grid.hiddenCells,
            n: formatNumber(data.grid.hiddenCells),
            k,
          })}
        </p>
      )}
    </details>
  );
}
