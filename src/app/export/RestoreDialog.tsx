import { useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { FilePicker } from '../FilePicker.tsx';
import { APP_VERSION } from './app-version.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { readProvenanceFile } from './read-provenance-file.ts';
import { type RestoreOutcome, restoreFromProvenance } from './restore-view.ts';
import { useExportContext } from './use-export-context.ts';

/** Props of {@link RestoreDialog}. */
export interface RestoreDialogProps {
  onClose: () => void;
  /** Called after a table export's provenance was restored, to recompute and show the table. */
  onTable: (outcome: RestoreOutcome) => void;
}

/**
 * Loads a provenance record (sidecar, JSON export, PNG or SVG figure), checks it against the
 * data loaded now, restores the view and hands a table export on to be recomputed.
 */
export function RestoreDialog({ onClose, onTable }: RestoreDialogProps) {
  const { t } = useT('export');
  const ctx = useExportContext();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = readProvenanceFile(new Uint8Array(await file.arrayBuffer()));
    if (!parsed.ok) {
      setMessage({ text: t('restore.invalid', { errors: parsed.errors.join(', ') }), error: true });
      return;
    }
    const outcome = restoreFromProvenance(
      parsed.provenance,
      { appVersion: APP_VERSION, fingerprint: ctx.dataset.fingerprint },
      ctx.services.view,
    );
    if (outcome.aggregate) {
      onTable(outcome);
      return;
    }
    setMessage({ text: restoreSummary(outcome, t), error: !outcome.viewRestored });
  };

  return (
    <ExportDialog
      id="export-restore"
      title={t('restore.title')}
      onClose={onClose}
      testId="export-restore-dialog"
    >
      <p className="export-hint">{t('restore.hint')}</p>
      <div className="export-file">
        <FilePicker
          label={t('restore.choose')}
          accept=".json,.png,.svg,application/json,image/png,image/svg+xml"
          onFiles={(files) => onFile(files[0])}
          testId="export-restore-file"
        />
      </div>
      {message && (
        <p
          className={message.error ? 'export-error' : 'export-ok'}
          role="status"
          data-testid="export-restore-message"
        >
          {message.text}
        </p>
      )}
    </ExportDialog>
  );
}

/** The translated outcome of a restore: fingerprint match, version, invalid parts. */
export function restoreSummary(
  outcome: RestoreOutcome,
  t: (key: string, o?: Record<string, unknown>) => string,
): string {
  const parts = [
    t(
      outcome.problems.includes('fingerprint-mismatch')
        ? 'restore.fingerprintMismatch'
        : 'restore.fingerprintMatch',
    ),
  ];
  if (outcome.problems.includes('version-mismatch')) parts.push(t('restore.versionMismatch'));
  parts.push(t(outcome.viewRestored ? 'restore.viewRestored' : 'restore.viewNotRestored'));
  if (outcome.invalidParts.length)
    parts.push(t('restore.invalidParts', { parts: outcome.invalidParts.join(', ') }));
  return parts.join(' ');
}
