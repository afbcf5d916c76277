import { useT } from '../../i18n/use-t.ts';
import { toCss } from '../../layers/colors.ts';
import { NO_SCORE_COLOR, SCORE_CLASSES } from '../../layers/corridor-scores-layer.ts';

/** Props of {@link CorridorScoreLegend}. */
export interface CorridorScoreLegendProps {
  k: number;
  formatNumber: (n: number) => string;
}

/** The colour key of the corridor score layer: one swatch per score class, and "no score". */
export function CorridorScoreLegend({ k, formatNumber }: CorridorScoreLegendProps) {
  const { t } = useT('corridors');
  return (
    <figure className="corridor-score-legend" aria-label={t('legend.title')}>
      <figcaption>{t('legend.title')}</figcaption>
      <ul>
        {SCORE_CLASSES.map((c) => (
          <li key={c.min}>
            <span className="swatch" style={{ background: toCss(c.color) }} aria-hidden="true" />
            {t('legend.class', { min: formatNumber(c.min) })}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: toCss(NO_SCORE_COLOR) }} aria-hidden="true" />
          {t('legend.noScore', { k })}
        </li>
      </ul>
    </figure>
  );
}
