import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import {
  addSlide,
  deckFileName,
  moveSlide,
  newSlideId,
  removeSlide,
  type Slide,
  toDeckFile,
} from '../../state/deck.ts';
import { type SnapshotSource, toSlideSnapshot, toSnapshotDataset } from '../../state/deck-snapshot.ts';
import { isMapSize, type MapSize } from '../../state/fit-camera.ts';
import { deckMessage } from '../present/deck-message.ts';
import { startPresentation } from '../present/presentation-store.ts';
import { readDeckFile } from '../present/read-deck-file.ts';
import { useServices, useStoreValue } from '../services.ts';
import { downloadText } from './download.ts';
import { SavedViewList } from './SavedViewList.tsx';
import { useSavedViews } from './use-saved-views.ts';
import './saved.css';

/** Props of {@link SavedViewsPanel}: what the map currently draws, and its period label. */
export interface SavedViewsPanelProps {
  /** The map's layer data (App's `useMapLayers` result). */
  data: SnapshotSource & { loading: boolean };
  /** The period as the footer shows it. */
  periodLabel: string;
  /** The map's size now (recorded with a slide so it is framed alike on any screen), or null. */
  mapSize?: () => MapSize | null;
}

/**
 * Saved views and the deck: save the current view with a title and caption (with a snapshot
 * of what the map draws), reorder, export the deck as one self-contained JSON file, import
 * one, and present. A button in the header opens it as a drop-down panel.
 */
export function SavedViewsPanel({ data, periodLabel, mapSize }: SavedViewsPanelProps) {
  const { t } = useT('present');
  const { view, dataset } = useServices();
  const config = useStoreValue(view, (v) => v);
  const info = useStoreValue(dataset, (d) => d);
  const { slides, update, storageFailed } = useSavedViews();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [caption, setCaption] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const panelId = useId();
  const importId = useId();

  const save = () => {
    const snapshot = toSlideSnapshot(data, {
      periodLabel,
      k: config.k,
      dataset: toSnapshotDataset(info),
    });
    // A map not laid out (or gone after a view error) reads 0 × 0: such a size is not kept.
    const size = mapSize?.();
    const slide: Slide = {
      id: newSlideId(),
      title: title.trim() || t('saved.untitled'),
      caption: caption.trim(),
      view: config,
      snapshot,
      ...(isMapSize(size) ? { mapSize: size } : {}),
    };
    update((list) => addSlide(list, slide));
    setTitle('');
    setCaption('');
    setMessage(null);
  };

  return (
    <div className="saved">
      <button
        type="button"
        className="saved-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        data-testid="saved-views-toggle"
      >
        {t('saved.openCount', { n: slides.length })}
      </button>
      <section id={panelId} className="saved-panel" hidden={!open} aria-label={t('saved.panelTitle')}>
        <h2>{t('saved.panelTitle')}</h2>
        <form
          className="saved-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <label>
            {t('saved.title')}
            <input
              value={title}
              maxLength={200}
              onChange={(e) => setTitle(e.target.value)}
              data-testid="saved-title"
            />
          </label>
          <label>
            {t('saved.caption')}
            <textarea
              value={caption}
              maxLength={2000}
              rows={2}
              onChange={(e) => setCaption(e.target.value)}
              data-testid="saved-caption"
            />
          </label>
          <button type="submit" disabled={data.loading} data-testid="save-view">
            {t('saved.save')}
          </button>
          {data.loading && <span className="saved-note">{t('saved.waitForMap')}</span>}
        </form>
        <h3>{t('saved.deckHeading')}</h3>
        <SavedViewList
          slides={slides}
          onApply={(slide) => view.set(slide.view)}
          onMove={(i, delta) => update((list) => moveSlide(list, i, delta))}
          onRemove={(i) => update((list) => removeSlide(list, i))}
        />
        <div className="saved-deck-actions">
          <button
            type="button"
            disabled={!slides.length}
            onClick={() => downloadText(JSON.stringify(toDeckFile(slides), null, 1), deckFileName())}
            data-testid="export-deck"
          >
            {t('saved.exportDeck')}
          </button>
          <span className="saved-import">
            <label htmlFor={importId}>{t('saved.importDeck')}</label>
            <input
              id={importId}
              type="file"
              accept=".json,application/json"
              data-testid="import-deck-input"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (!file) return;
                const parsed = await readDeckFile(file);
                update((list) =>
                  parsed.slides.reduce((acc, s) => addSlide(acc, { ...s, id: newSlideId() }), [...list]),
                );
                setMessage(deckMessage(parsed, t) ?? t('saved.imported', { count: parsed.slides.length }));
              }}
            />
          </span>
          <button
            type="button"
            className="saved-present"
            disabled={!slides.length}
            onClick={() => startPresentation(slides)}
            data-testid="present-deck"
          >
            {t('saved.present')}
          </button>
        </div>
        {(message || storageFailed) && (
          <p className="saved-note" role="status">
            {storageFailed ? t('saved.storageFailed') : message}
          </p>
        )}
        <button type="button" className="saved-close" onClick={() => setOpen(false)}>
          {t('saved.close')}
        </button>
      </section>
    </div>
  );
}
