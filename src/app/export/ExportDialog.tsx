import { type ReactNode, useEffect, useRef } from 'react';
import { useT } from '../../i18n/use-t.ts';

/** Props of {@link ExportDialog}. */
export interface ExportDialogProps {
  /** Unique id prefix (the title's id is `${id}-title`). */
  id: string;
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}

/**
 * The frame of every export dialog: a native modal `<dialog>` (focus stays inside, the page
 * behind is inert, Escape closes), a heading that names it and a close button.
 */
export function ExportDialog({ id, title, onClose, children, testId }: ExportDialogProps) {
  const { t } = useT('export');
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="export-dialog"
      aria-labelledby={`${id}-title`}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="export-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" className="export-close" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      <div className="export-body">{children}</div>
    </dialog>
  );
}
