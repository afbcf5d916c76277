import { useT } from '../i18n/use-t.ts';
import { displayCount } from './display-count.ts';
import type { MapData } from './map-layers.ts';

/** Props of the table view of the map. */
export interface MapTableProps {
  data: MapData;
  k: number;
  countryName: (iso3: string) => string;
  categoryLabel: (category: string) => string;
  formatNumber: (n: number) => string;
}

/**
 * The map's flows and routes as tables, for keyboard and screen-reader users and for
 * reading exact figures during a meeting. Same data, same suppression as the map.
 */
export function MapTable({ data, k, countryName, categoryLabel, formatNumber }: MapTableProps) {
  const { t } = useT('map');
  const { t: ta } = useT('app');
  const count = (n: number) => displayCount(n, k, formatNumber);
  return (
    <div className="map-table" data-testid="map-table">
      {data.flows && (
        <table>
          <caption>{t('layers.flows')}</caption>
          <thead>
            <tr>
              <th scope="col">{ta('table.origin')}</th>
              <th scope="col">{ta('table.destination')}</th>
              <th scope="col">{ta('table.category')}</th>
              <th scope="col" className="num">
                {t('units.persons')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.flows.origin.map((o, i) => (
              <tr
                key={`${o}-${data.flows!.destination[i]}-${data.flows!.category[i]}`}
                data-flow={`${o}>${data.flows!.destination[i]}>${data.flows!.category[i]}`}
              >
                <td>{countryName(o)}</td>
                <td>{countryName(data.flows!.destination[i]!)}</td>
                <td>{categoryLabel(data.flows!.category[i]!)}</td>
                <td className="num">{count(data.flows!.persons[i]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.routes && (
        <table>
          <caption>{t('layers.routes')}</caption>
          <thead>
            <tr>
              <th scope="col">{ta('table.route')}</th>
              <th scope="col">{ta('table.path')}</th>
              <th scope="col">{ta('table.category')}</th>
              <th scope="col" className="num">
                {t('units.persons')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.routes.route.map((r, i) => {
              const path = [
                data.routes!.origin[i]!,
                ...(data.routes!.transit[i] ? data.routes!.transit[i]!.split('|') : []),
                data.routes!.destination[i]!,
              ];
              return (
                <tr key={`${r}-${path.join('-')}-${data.routes!.crimeType[i]}`}>
                  <td>{r}</td>
                  <td>{path.map(countryName).join(' → ')}</td>
                  <td>{t(`crimeType.${data.routes!.crimeType[i]}`)}</td>
                  <td className="num">{count(data.routes!.persons[i]!)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
