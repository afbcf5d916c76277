import { useCallback, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { DropOverlay } from './DropOverlay.tsx';
import { fileFromUrl } from './file-from-url.ts';
import { IngestDialog } from './IngestDialog.tsx';
import { PartitionedAction } from './PartitionedAction.tsx';
import { PartitionedData } from './PartitionedData.tsx';
import { useWindowFileDrop } from './use-window-file-drop.ts';
import './data-menu.css';

/** Props of the data menu. */
export interface DataMenuProps {
  formatNumber: (n: number) => string;
}

/** What the file picker accepts (detection reads the bytes anyway; this only filters the list). */
const ACCEPT = '.csv,.tsv,.txt,.xlsx,.parquet,.arrow,.feather,.ipc,.json,.ndjson,.jsonl,.geojson';

/**
 * The header's "Load data" control: a button opening the file picker (several files at
 * once), an address field for files served by this app, and a drop zone over the whole
 * window while files are dragged in. Chosen files open the mapping dialog.
 */
export function DataMenu({ formatNumber }: DataMenuProps) {
  const { t } = useT('ingest');
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[] | null>(null);
  const [address, setAddress] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);
  const open = useCallback((list: File[]) => {
    if (list.length > 0) setFiles(list);
  }, []);
  const dragging = useWindowFileDrop(open, files === null);
  const fetchAddress = async () => {
    setUrlError(null);
    try {
      open([await fileFromUrl(address.trim(), document.baseURI)]);
    } catch (e) {
      setUrlError(t('menu.urlFailed', { url: address, detail: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <div className="data-menu">
      <button
        type="button"
        className="data-load"
        onClick={() => input.current?.click()}
        data-testid="load-data"
      >
        {t('menu.load')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="data-file-input"
        onChange={(e) => {
          open([...(e.currentTarget.files ?? [])]);
          e.currentTarget.value = '';
        }}
      />
      <details className="data-url">
        <summary>{t('menu.fromUrl')}</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (address.trim() !== '') void fetchAddress();
          }}
        >
          <label>
            <span>{t('menu.url')}</span>
            <input
              type="text"
              value={address}
              onChange={(e) => setAddress(e.target.value)}
              spellCheck={false}
            />
          </label>
          <button type="submit">{t('menu.open')}</button>
          {urlError && <p role="alert">{urlError}</p>}
          <PartitionedAction />
        </form>
      </details>
      <PartitionedData formatNumber={formatNumber} />
      {dragging && <DropOverlay />}
      {files && <IngestDialog files={files} onClose={() => setFiles(null)} formatNumber={formatNumber} />}
    </div>
  );
}
