import { useT } from '../../i18n/use-t.ts';
import { displayCount } from '../display-count.ts';
import type { CrossingSummary } from './hotspot-view.ts';

/** Props of {@link CrossingsList}. */
export interface CrossingsListProps {
  crossings: readonly CrossingSummary[];
  k: number;
  formatNumber: (n: number) => string;
}

/** Routes drawn on the map that cross a corridor: route, corridor, points and persons (through displayCount). */
export function CrossingsList({ crossings, k, formatNumber }: CrossingsListProps) {
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
          {crossings.map((c) => (
            <tr key={`${c.routeKey}|${c.crimeType}|${c.corridorIndex}`}>
              <th scope="row">
                {c.routeKey} <span className="muted">({tm(`crimeType.${c.crimeType}`)})</span>
              </th>
              <td>{c.corridorName}</td>
              <td className="num">{formatNumber(c.points)}</td>
              <td className="num">{displayCount(c.volume, k, formatNumber)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
