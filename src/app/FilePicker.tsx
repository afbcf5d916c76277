import { useId, useState } from 'react';
import { useT } from '../i18n/use-t.ts';

/** Props of {@link FilePicker}. */
export interface FilePickerProps {
  /** What the file is for, shown before the button. */
  label: string;
  accept: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  testId?: string;
}

/**
 * A file input drawn as the app's own button, in the app's language. The browser's native
 * input writes "Choose file / No file chosen" in the browser's language, which on a Spanish
 * screen projected from an English laptop reads as a foreign word. The input itself stays in
 * the page (visually hidden, still focusable), so keyboards, screen readers and tests use it
 * as before; the names of the chosen files are shown beside the button.
 */
export function FilePicker({ label, accept, multiple = false, onFiles, testId }: FilePickerProps) {
  const { t } = useT('common');
  const id = useId();
  const [names, setNames] = useState<string[]>([]);
  return (
    <span className="file-picker">
      <span className="file-picker-label" id={`${id}-label`}>
        {label}
      </span>
      <label htmlFor={id} className="file-picker-button" id={`${id}-button`}>
        {t('filePicker.choose')}
      </label>
      <input
        id={id}
        type="file"
        className="file-picker-input"
        accept={accept}
        multiple={multiple}
        aria-labelledby={`${id}-label ${id}-button`}
        data-testid={testId}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          if (files.length === 0) return;
          setNames(files.map((f) => f.name));
          onFiles(files);
        }}
      />
      <span className="file-picker-names">{names.length > 0 ? names.join(', ') : t('filePicker.none')}</span>
    </span>
  );
}
