import { useT } from '../../i18n/use-t.ts';
import { figureText } from '../map-figures/figure-text.ts';
import type { MapFigures } from '../map-figures/guard-map-figures.ts';
import { crossingFigureKey, sortCrossingsByFigure } from './crossing-figures.ts';
import type { CrossingSummary } from './hotspot-view.ts';

/** Props of {@link CrossingsList}. */
export interface CrossingsListProps {
  crossings: readonly CrossingSummary[];
  /** The routes' guarded persons (crossingFigureKey): the only numbers of persons shown. */
  figures: MapFigures | null;
  k: number;
  formatNumber: (n: number) => string;
}

/**
 * Routes drawn on the map that cross a corridor: route, corridor, points and persons. The
 * persons are the route's figure guarded against the views one click away, as in the map's
 * table view ("—" hidden, "…" while the guard runs).
 */
export function CrossingsList({ crossings, figures, k, formatNumber }: CrossingsListProps) {
  const { t } = useT('corridors');
  const { t: tm } = useT('map');
  if (crossings.length === 0) return <p className="empty">{t('crossings.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="crossings-table" data-testid="crossings-table">
        <thead>
          <tr>
            <th scope="col">{t('crossings.route')}</th>
            <th scope="col">{t('crossings.corridor')}</th>
            <th scope="col">{t('crossings.points')}</th>
            <th scope="col">{t('crossings.volume')}</th>
          </tr>
        </thead>
        <tbody>
          {sortCrossingsByFigure(crossings, figures).map((c) => (
            <tr
              key={`${c.routeKey}|${c.crimeType}|${c.corridorIndex}`}
              data-route={`${c.routeKey} ${c.crimeType}`}
            >
              <th scope="row">
                {c.routeKey} <span className="muted">({tm(`crimeType.${c.crimeType}`)})</span>
              </th>
              <td>{c.corridorName}</td>
              <td className="num">{formatNumber(c.points)}</td>
              <td className="num">
                {figureText(figures, crossingFigureKey(c.routeKey, c.crimeType), k, formatNumber)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
