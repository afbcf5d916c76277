import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { deckMessage } from './deck-message.ts';
import { startPresentation } from './presentation-store.ts';
import { readDeckFile } from './read-deck-file.ts';
import './present.css';

/**
 * "Open a deck": a file input that reads an exported deck and presents it at once. It needs
 * neither the database nor the services, so it works on the boot screen, even on a machine
 * without the extract.
 */
export function OpenDeckButton({ className }: { className?: string }) {
  const { t } = useT('present');
  const id = useId();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span className={`open-deck ${className ?? ''}`}>
      <label htmlFor={id} className="open-deck-label" title={t('deck.openHint')}>
        {t('deck.open')}
      </label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        className="open-deck-input"
        data-testid="open-deck-input"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          const parsed = await readDeckFile(file);
          setMessage(deckMessage(parsed, t));
          startPresentation(parsed.slides);
        }}
      />
      {message && (
        <span className="open-deck-message" role="status">
          {message}
        </span>
      )}
    </span>
  );
}
