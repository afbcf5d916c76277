import { useT } from '../../i18n/use-t.ts';
import type { Slide } from '../../state/deck.ts';

/** Props of {@link SavedViewList}. */
export interface SavedViewListProps {
  slides: readonly Slide[];
  onApply: (slide: Slide) => void;
  onMove: (index: number, delta: number) => void;
  onRemove: (index: number) => void;
}

/** The saved views in deck order, each with show / move up / move down / remove. */
export function SavedViewList({ slides, onApply, onMove, onRemove }: SavedViewListProps) {
  const { t } = useT('present');
  if (!slides.length) return <p className="saved-empty">{t('saved.empty')}</p>;
  return (
    <ol className="saved-list" data-testid="saved-list">
      {slides.map((slide, i) => (
        <li key={slide.id}>
          <div className="saved-text">
            <span className="saved-title">{slide.title}</span>
            {slide.caption && <span className="saved-caption">{slide.caption}</span>}
          </div>
          <div className="saved-actions">
            <button
              type="button"
              onClick={() => onApply(slide)}
              aria-label={t('saved.applyLabel', { title: slide.title })}
            >
              {t('saved.apply')}
            </button>
            <button
              type="button"
              onClick={() => onMove(i, -1)}
              disabled={i === 0}
              aria-label={t('saved.upLabel', { title: slide.title })}
            >
              ↑
            </button>
            <button
              type="button"
              onClick={() => onMove(i, 1)}
              disabled={i === slides.length - 1}
              aria-label={t('saved.downLabel', { title: slide.title })}
            >
              ↓
            </button>
            <button
              type="button"
              onClick={() => onRemove(i)}
              aria-label={t('saved.removeLabel', { title: slide.title })}
            >
              ✕
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
