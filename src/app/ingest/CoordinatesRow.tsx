import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { ColumnMapping } from '../../ingest/mapping/types.ts';
import { ColumnSelect } from './ColumnSelect.tsx';
import { type CoordinateMode, coordinateMode, setCoordinates } from './mapping-edit.ts';

/** The coordinates row: two columns, one `"lat, lon"` column to split (with its order), or none. */
export function CoordinatesRow({
  columns,
  mapping,
  onMapping,
}: {
  columns: readonly string[];
  mapping: ColumnMapping;
  onMapping: (m: ColumnMapping) => void;
}) {
  const { t } = useT('ingest');
  const id = useId();
  const mode = coordinateMode(mapping);
  const f = mapping.fields;
  const current = {
    lat: f.lat?.column ?? '',
    lon: f.lon?.column ?? '',
    combined: f.coordinates?.column ?? '',
    order: f.coordinates?.order ?? 'lat_lon',
  } as const;
  const change = (m: CoordinateMode, patch: Partial<typeof current>) =>
    onMapping(setCoordinates(mapping, m, { ...current, ...patch }));
  const [shown, setShownState] = useState<CoordinateMode>(mode);
  const setShown = (m: CoordinateMode) => {
    setShownState(m);
    change(m, {});
  };
  return (
    <tr>
      <th scope="row" id={`${id}-label`}>
        {t('fields.coordinates')}
      </th>
      <td className="ingest-coords">
        <select
          aria-label={t('fields.coordinates')}
          value={shown}
          onChange={(e) => setShown(e.target.value as CoordinateMode)}
        >
          {(['pair', 'combined', 'none'] as const).map((m) => (
            <option key={m} value={m}>
              {t(`mapping.coordMode.${m}`)}
            </option>
          ))}
        </select>
        {shown === 'pair' && (
          <>
            <ColumnSelect
              columns={columns}
              value={current.lat}
              label={t('mapping.lat')}
              onChange={(lat) => change('pair', { lat })}
            />
            <ColumnSelect
              columns={columns}
              value={current.lon}
              label={t('mapping.lon')}
              onChange={(lon) => change('pair', { lon })}
            />
          </>
        )}
        {shown === 'combined' && (
          <>
            <ColumnSelect
              columns={columns}
              value={current.combined}
              label={t('mapping.combined')}
              onChange={(combined) => change('combined', { combined })}
            />
            <select
              aria-label={t('mapping.orderLabel')}
              value={current.order}
              onChange={(e) => change('combined', { order: e.target.value as 'lat_lon' | 'lon_lat' })}
            >
              <option value="lat_lon">{t('mapping.order.lat_lon')}</option>
              <option value="lon_lat">{t('mapping.order.lon_lat')}</option>
            </select>
          </>
        )}
      </td>
    </tr>
  );
}
