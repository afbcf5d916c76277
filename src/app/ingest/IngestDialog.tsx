import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { mappingErrors } from '../../ingest/mapping/validate-mapping.ts';
import { BlockerList, type FileBlockers } from './BlockerList.tsx';
import { FileMappingPanel } from './FileMappingPanel.tsx';
import { IngestResultView } from './IngestResultView.tsx';
import { LoadProgressBar } from './LoadProgressBar.tsx';
import { loadBlockers } from './load-gate.ts';
import './ingest-dialog.css';
import { useIngestSession } from './use-ingest-session.ts';

/** Props of the dialog. */
export interface IngestDialogProps {
  files: File[];
  onClose: () => void;
  formatNumber: (n: number) => string;
}

/**
 * The modal "load data" dialog: per file, the source columns and first rows, the proposed
 * mapping to edit, the privacy guard and a live preview; then progress with cancel; then
 * the result with the rejection report. A native modal `<dialog>` keeps focus inside it
 * (the page behind is inert) and closes with Escape except while loading.
 */
export function IngestDialog({ files, onClose, formatNumber }: IngestDialogProps) {
  const { t } = useT('ingest');
  const ref = useRef<HTMLDialogElement>(null);
  const session = useIngestSession(files);
  const [active, setActive] = useState(0);
  const { stage, entries } = session;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const readable = entries.filter((e) => e.inspection);
  const blockers: FileBlockers[] = entries.flatMap((e) =>
    e.inspection
      ? [
          {
            file: e.file.name,
            blockers: loadBlockers({
              mapping: e.mapping,
              personal: e.inspection.personal,
              schemaErrors: mappingErrors(e.mapping),
              office: e.office,
              multiFile: readable.length > 1,
            }),
          },
        ]
      : [],
  );
  const blocked = blockers.some((b) => b.blockers.length > 0) || readable.length === 0;
  const entry = entries[active];
  const title = t('dialog.title');

  return (
    <dialog
      ref={ref}
      className="ingest-dialog"
      aria-labelledby="ingest-dialog-title"
      data-testid="ingest-dialog"
      onCancel={(e) => {
        e.preventDefault();
        if (stage !== 'loading') onClose();
      }}
    >
      <header className="ingest-head">
        <h2 id="ingest-dialog-title">{title}</h2>
        <span className="ingest-files-names">{files.map((f) => f.name).join(', ')}</span>
        <button type="button" className="ingest-close" onClick={onClose} disabled={stage === 'loading'}>
          {t('dialog.close')}
        </button>
      </header>
      <div className="ingest-body">
        {stage === 'inspecting' && (
          <output className="ingest-status">
            {t('dialog.reading', { file: files.map((f) => f.name).join(', ') })}
          </output>
        )}
        {stage === 'mapping' && (
          <>
            {entries.length > 1 && (
              <div className="ingest-tabs" role="tablist" aria-label={t('dialog.files')}>
                {entries.map((e, i) => (
                  <button
                    key={`${e.file.name}|${e.file.size}|${e.file.lastModified}`}
                    type="button"
                    role="tab"
                    aria-selected={i === active}
                    className={e.error ? 'has-error' : undefined}
                    onClick={() => setActive(i)}
                  >
                    {e.file.name}
                  </button>
                ))}
              </div>
            )}
            {entry?.error && (
              <div className="ingest-error" role="alert" data-testid="ingest-error">
                <p>{t(`errors.${entry.error.code}`, entry.error.params)}</p>
                <p>{t('dialog.keepsData')}</p>
              </div>
            )}
            {entry?.inspection && (
              <FileMappingPanel
                key={active}
                entry={entry}
                inspection={entry.inspection}
                formatNumber={formatNumber}
                onMapping={(m) => session.setMapping(active, m)}
                onOffice={(o) => session.setOffice(active, o)}
              />
            )}
          </>
        )}
        {stage === 'loading' && (
          <LoadProgressBar
            progress={session.progress}
            cancelling={session.cancelling}
            onCancel={session.cancel}
          />
        )}
        {stage === 'failed' && session.error && (
          <div className="ingest-error" role="alert" data-testid="ingest-error">
            <p>{t(`errors.${session.error.code}`, session.error.params)}</p>
            <p>{t('dialog.keepsData')}</p>
          </div>
        )}
        {stage === 'done' && session.result && (
          <IngestResultView result={session.result} formatNumber={formatNumber} />
        )}
      </div>
      <footer className="ingest-foot">
        {stage === 'mapping' && <BlockerList files={blockers} />}
        <div className="ingest-actions">
          {stage === 'failed' && readable.length > 0 && (
            <button type="button" onClick={session.backToMapping}>
              {t('dialog.backToMapping')}
            </button>
          )}
          {stage === 'mapping' && (
            <>
              <button type="button" onClick={onClose}>
                {t('dialog.cancel')}
              </button>
              <button
                type="button"
                className="primary"
                disabled={blocked}
                onClick={session.load}
                data-testid="ingest-load"
              >
                {t('dialog.loadCount', { count: readable.length })}
              </button>
            </>
          )}
          {(stage === 'done' || stage === 'failed' || stage === 'inspecting') && (
            <button type="button" className={stage === 'done' ? 'primary' : undefined} onClick={onClose}>
              {t('dialog.finish')}
            </button>
          )}
        </div>
      </footer>
    </dialog>
  );
}
