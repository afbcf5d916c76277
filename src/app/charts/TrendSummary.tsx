import { colorOf } from '../../charts/palette.ts';
import { useT } from '../../i18n/use-t.ts';
import { displayFigure } from '../display-count.ts';
import type { StatFormatters } from './stat-format.ts';
import type { SeriesTrend } from './trend-stats.ts';

/** Series summarised in words; the others (both, unknown) are small and stay in the table. */
const SUMMARISED = new Set(['trafficking', 'smuggling']);

/** Props of {@link TrendSummary}. */
export interface TrendSummaryProps {
  trends: readonly SeriesTrend[];
  /** Months the statistics cover, `YYYY-MM`. */
  range: readonly [string, string];
  /** Event month `YYYY-MM`. */
  event: string;
  k: number;
  stats: StatFormatters;
  formatNumber: (n: number) => string;
  formatMonth: (m: string) => string;
}

/**
 * One plain-language line for trafficking and one for smuggling (trend verdict with Sen's slope, year-on-year
 * change, before/after the event), with the test statistics one click away in a
 * `<details>` table. The series come from the protected view cube: a total exists only when
 * every month in it is published, and a year-on-year change only between two such totals;
 * otherwise "—" (displayFigure), never a partial sum.
 */
export function TrendSummary({
  trends,
  range,
  event,
  k,
  stats,
  formatNumber,
  formatMonth,
}: TrendSummaryProps) {
  const { t } = useT('charts');
  const eventLabel = formatMonth(event);
  const count = (n: number | null) => displayFigure(n, k, formatNumber);
  const shown = trends.filter((tr) => tr.total === null || tr.total > 0);
  const lines = shown.filter((tr) => SUMMARISED.has(tr.series));
  const yoyText = (tr: SeriesTrend) => {
    const y = tr.yearOnYear;
    if (tr.yearOnYearHidden) return t('trend.yoy', { change: t('trend.notAvailable') });
    if (!y) return t('trend.yoyNone');
    const change = y.relative === null ? stats.signed(y.absolute, 0) : stats.change(y.relative);
    return t('trend.yoy', { change });
  };
  return (
    <div className="trend-summary" data-testid="trend-summary">
      <h3>
        {t('trend.title')}{' '}
        <span className="muted">
          ({t('trend.scope', { from: formatMonth(range[0]), to: formatMonth(range[1]) })})
        </span>
      </h3>
      <ul>
        {lines.map((tr, i) =>
          tr.verdict.code === 'too_few_data' ? (
            <li key={tr.series}>
              <span
                className="swatch-line"
                style={{ background: colorOf(tr.series, i) }}
                aria-hidden="true"
              />
              <strong>{t(`crimeType.${tr.series}`)}</strong>: {t('trend.verdict.too_few_data')}.
            </li>
          ) : (
            <li key={tr.series}>
              <span
                className="swatch-line"
                style={{ background: colorOf(tr.series, i) }}
                aria-hidden="true"
              />
              <strong>{t(`crimeType.${tr.series}`)}</strong>: {t(`trend.verdict.${tr.verdict.code}`)}
              {tr.verdict.sen ? ` (${t('trend.slope', { value: stats.signed(tr.verdict.sen.slope) })})` : ''};{' '}
              {yoyText(tr)}; {t(`trend.beforeAfter.${tr.beforeAfter.code}`, { event: eventLabel })}.
            </li>
          ),
        )}
      </ul>
      <details>
        <summary>{t('trend.details')}</summary>
        <div className="table-scroll">
          <table className="stats-table">
            <thead>
              <tr>
                <th scope="col">{t('trend.col.series')}</th>
                <th scope="col">{t('trend.col.months')}</th>
                <th scope="col">{t('trend.col.s')}</th>
                <th scope="col">{t('trend.col.tau')}</th>
                <th scope="col">{t('trend.col.p')}</th>
                <th scope="col">{t('trend.col.slope')}</th>
                <th scope="col">{t('trend.col.yoy')}</th>
                <th scope="col">{t('trend.col.meanBefore')}</th>
                <th scope="col">{t('trend.col.meanAfter')}</th>
                <th scope="col">{t('trend.col.welchP')}</th>
                <th scope="col">{t('trend.col.mannWhitneyP')}</th>
                <th scope="col">{t('trend.col.seasonalP')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((tr) => {
                const mk = tr.verdict.mannKendall;
                const sen = tr.verdict.sen;
                const ba = tr.beforeAfter;
                const na = t('trend.notAvailable');
                return (
                  <tr key={tr.series}>
                    <th scope="row">{t(`crimeType.${tr.series}`)}</th>
                    <td className="num">{tr.verdict.n}</td>
                    <td className="num">{mk ? formatNumber(mk.s) : na}</td>
                    <td className="num">{mk ? stats.plain(mk.tau) : na}</td>
                    <td className="num">{mk ? stats.p(mk.p) : na}</td>
                    <td className="num">
                      {sen
                        ? `${stats.signed(sen.slope)} (${stats.signed(sen.lower)} … ${stats.signed(sen.upper)})`
                        : na}
                    </td>
                    <td className="num">
                      {tr.yearOnYear && !tr.yearOnYearHidden
                        ? `${count(tr.yearOnYear.current)} / ${count(tr.yearOnYear.previous)}`
                        : na}
                    </td>
                    <td className="num">{ba.welch ? stats.plain(ba.welch.meanBefore) : na}</td>
                    <td className="num">{ba.welch ? stats.plain(ba.welch.meanAfter) : na}</td>
                    <td className="num">{ba.welch ? stats.p(ba.welch.p) : na}</td>
                    <td className="num">{ba.mannWhitney ? stats.p(ba.mannWhitney.p) : na}</td>
                    <td className="num">{ba.seasonalWelch ? stats.p(ba.seasonalWelch.p) : na}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="muted small">{t('trend.method')}</p>
      </details>
    </div>
  );
}
