import { useT } from '../../i18n/use-t.ts';

/** The full-window target shown while files are dragged over the page. */
export function DropOverlay() {
  const { t } = useT('ingest');
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <div className="drop-overlay-box">
        <p className="drop-overlay-title">{t('menu.dropHere')}</p>
        <p>{t('menu.dropHint')}</p>
      </div>
    </div>
  );
}
