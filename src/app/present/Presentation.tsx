import { useEffect, useRef, useState } from 'react';
import type { Language } from '../../i18n/languages.ts';
import { useT } from '../../i18n/use-t.ts';
import { categoryColor, toCss } from '../../layers/colors.ts';
import type { Slide } from '../../state/deck.ts';
import { SlideMap } from './SlideMap.tsx';
import { nextSlideIndex, slideActionOfKey } from './slide-keys.ts';
import { slideCategories } from './slide-layers.ts';
import './present.css';

/** Props of {@link Presentation}. */
export interface PresentationProps {
  slides: readonly Slide[];
  onExit: () => void;
}

/** Goes full screen on `element` when the browser allows it; resolves whether it did. */
async function enterFullscreen(element: HTMLElement): Promise<boolean> {
  if (!document.fullscreenEnabled || typeof element.requestFullscreen !== 'function') return false;
  try {
    await element.requestFullscreen();
    return true;
  } catch {
    return false;
  }
}

/**
 * Presentation mode: full screen (or a fixed full-viewport overlay where full screen is not
 * allowed), dark map, large type, keyboard navigation, and a fixed footer saying what the
 * figures are: period, source, SYNTHETIC when synthetic, detected cases not prevalence, and
 * the suppression threshold. Everything comes from the slides' snapshots, so no data is needed.
 */
export function Presentation({ slides, onExit }: PresentationProps) {
  const { t, lang } = useT('present');
  const { t: tm } = useT('map');
  const [index, setIndex] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const exit = useRef(onExit);
  exit.current = onExit;
  const count = slides.length;
  const slide = slides[Math.min(index, count - 1)]!;

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    element.focus();
    let entered = false;
    enterFullscreen(element).then((ok) => {
      entered = ok;
    });
    const onChange = () => {
      if (entered && !document.fullscreenElement) exit.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const action = slideActionOfKey(e.key);
      if (!action) return;
      e.preventDefault();
      if (action === 'exit') exit.current();
      else setIndex((i) => nextSlideIndex(i, count, action));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count]);

  const { snapshot } = slide;
  const split = slide.view.flowSplit;
  const categoryLabel = (c: string) =>
    split === 'sex_age' && snapshot.flows
      ? tm(`sexAge.${c}`)
      : split === 'exploitation' && snapshot.flows
        ? tm(`exploitation.${c}`)
        : tm(`crimeType.${c}`);
  const n = index + 1;
  return (
    <div
      ref={root}
      className="present"
      role="dialog"
      aria-modal="true"
      aria-label={t('present.label')}
      tabIndex={-1}
      data-testid="presentation"
    >
      <div className="present-map">
        <SlideMap
          slide={slide}
          language={lang as Language}
          label={t('present.mapLabel', { n, title: slide.title })}
        />
      </div>
      <div className="present-head" aria-live="polite">
        <h2 className="present-title" data-testid="slide-title">
          {slide.title}
        </h2>
        {slide.caption && (
          <p className="present-caption" data-testid="slide-caption">
            {slide.caption}
          </p>
        )}
      </div>
      {slideCategories(snapshot).length > 0 && (
        <ul className="present-legend">
          {slideCategories(snapshot).map((c) => (
            <li key={c}>
              <span className="swatch" style={{ background: toCss(categoryColor(c)) }} aria-hidden="true" />
              {categoryLabel(c)}
            </li>
          ))}
        </ul>
      )}
      <nav className="present-nav" aria-label={t('present.label')}>
        <button
          type="button"
          onClick={() => setIndex((i) => nextSlideIndex(i, count, 'previous'))}
          disabled={index === 0}
        >
          <span aria-hidden="true">←</span>
          <span className="visually-hidden">{t('present.previous')}</span>
        </button>
        <span className="present-counter" data-testid="slide-counter">
          <span aria-hidden="true">
            {n} / {count}
          </span>
          <span className="visually-hidden">{t('present.counterLabel', { n, total: count })}</span>
        </span>
        <button
          type="button"
          onClick={() => setIndex((i) => nextSlideIndex(i, count, 'next'))}
          disabled={index === count - 1}
        >
          <span aria-hidden="true">→</span>
          <span className="visually-hidden">{t('present.next')}</span>
        </button>
        <button type="button" className="present-exit" onClick={() => exit.current()}>
          {t('present.exit')}
        </button>
      </nav>
      <footer className="present-footer" data-testid="present-footer">
        <span>{snapshot.periodLabel}</span>
        <span>{t('present.source', { name: snapshot.dataset.name })}</span>
        {snapshot.dataset.synthetic && <span className="present-synthetic">{t('present.synthetic')}</span>}
        <span>{t('present.detected')}</span>
        <span>{t('present.threshold', { k: snapshot.k })}</span>
        <span className="present-keys">{t('present.keys')}</span>
      </footer>
    </div>
  );
}
