import { useT } from '../i18n/use-t.ts';
import { figureText } from './map-figures/figure-text.ts';
import { flowFigureKey, OTHER_FLOWS_KEY, routeFigureKey } from './map-figures/guard-map-figures.ts';
import type { MapFiguresState } from './map-figures/use-map-figures.ts';
import { flowsSource } from './map-layer-sql.ts';
import type { MapData } from './map-layers.ts';

/** Props of the table view of the map. */
export interface MapTableProps {
  data: MapData;
  /** The guarded figures (use-map-figures.ts): the only numbers the table shows. */
  figures: MapFiguresState;
  k: number;
  countryName: (iso3: string) => string;
  categoryLabel: (category: string) => string;
  formatNumber: (n: number) => string;
}

/**
 * The map's flows and routes as tables, for keyboard and screen-reader users and for
 * reading exact figures during a meeting. The rows are what the map draws; each figure is
 * guarded against the views one click away (map-figures/guard-map-figures.ts), so "—" marks
 * one that subtraction from a neighbouring view would turn into a small count.
 */
export function MapTable({ data, figures, k, countryName, categoryLabel, formatNumber }: MapTableProps) {
  const { t } = useT('map');
  const { t: ta } = useT('app');
  const flows = data.flows;
  const routes = data.routes;
  return (
    <div className="map-table" data-testid="map-table" data-source={flowsSource(data.input).table}>
      <p className="note" data-testid="map-table-note">
        {ta('table.hiddenNote', { k })}
      </p>
      {flows && (
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
            {flows.origin.map((o, i) => {
              const key = flowFigureKey(o, flows.destination[i]!, flows.category[i]!);
              return (
                <tr key={key} data-flow={key}>
                  <td>{countryName(o)}</td>
                  <td>{countryName(flows.destination[i]!)}</td>
                  <td>{categoryLabel(flows.category[i]!)}</td>
                  <td className="num">{figureText(figures.flows, key, k, formatNumber)}</td>
                </tr>
              );
            })}
          </tbody>
          {flows.otherFlows > 0 && (
            <tfoot>
              <tr data-testid="map-table-other-flows">
                <th scope="row" colSpan={3}>
                  {ta('table.otherFlows', { n: formatNumber(flows.otherFlows) })}
                </th>
                <td className="num">{figureText(figures.flows, OTHER_FLOWS_KEY, k, formatNumber)}</td>
              </tr>
            </tfoot>
          )}
        </table>
      )}
      {routes && (
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
            {routes.route.map((r, i) => {
              const path = [
                routes.origin[i]!,
                ...(routes.transit[i] ? routes.transit[i]!.split('|') : []),
                routes.destination[i]!,
              ];
              const key = routeFigureKey(
                r,
                routes.origin[i]!,
                routes.transit[i]!,
                routes.destination[i]!,
                routes.crimeType[i]!,
              );
              return (
                <tr key={key} data-route={key}>
                  <td>{r}</td>
                  <td>{path.map(countryName).join(' → ')}</td>
                  <td>{t(`crimeType.${routes.crimeType[i]}`)}</td>
                  <td className="num">{figureText(figures.routes, key, k, formatNumber)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
