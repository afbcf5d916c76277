import { useId } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { DEFAULT_COORDINATE_GRID } from '../../ingest/mapping/compile-mapping.ts';
import type { ColumnMapping } from '../../ingest/mapping/types.ts';
import { setGrid } from './mapping-edit.ts';

/** Grids offered for coarsening coordinates, in degrees (0.01° ≈ 1.1 km at the equator). */
export const GRID_CHOICES: readonly number[] = [0.001, 0.01, 0.05, 0.1, 0.5];

/** The coordinate grid (privacy coarsening) and the reporting office of this file. */
export function PlaceOptions({
  mapping,
  office,
  onMapping,
  onOffice,
}: {
  columns: readonly string[];
  mapping: ColumnMapping;
  office: string;
  onMapping: (m: ColumnMapping) => void;
  onOffice: (office: string) => void;
}) {
  const { t, lang } = useT('ingest');
  const fmt = new Intl.NumberFormat(lang);
  const id = useId();
  const grid = mapping.coordinateGrid ?? DEFAULT_COORDINATE_GRID;
  const choices = GRID_CHOICES.includes(grid) ? GRID_CHOICES : [...GRID_CHOICES, grid].sort((a, b) => a - b);
  return (
    <div className="ingest-section ingest-place">
      <label htmlFor={`${id}-grid`}>{t('mapping.grid')}</label>
      <select
        id={`${id}-grid`}
        value={grid}
        onChange={(e) => onMapping(setGrid(mapping, Number(e.target.value)))}
      >
        {choices.map((g) => (
          <option key={g} value={g}>
            {t('mapping.gridValue', { deg: fmt.format(g), km: fmt.format(Math.round(g * 111 * 10) / 10) })}
          </option>
        ))}
      </select>
      <p className="ingest-hint">{t('mapping.gridHint')}</p>
      <label htmlFor={`${id}-office`}>{t('mapping.office')}</label>
      <input
        id={`${id}-office`}
        type="text"
        value={office}
        maxLength={80}
        data-testid="ingest-office"
        onChange={(e) => onOffice(e.target.value)}
      />
      <p className="ingest-hint">{t('mapping.officeHint')}</p>
    </div>
  );
}
