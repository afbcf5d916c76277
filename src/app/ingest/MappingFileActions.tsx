import { useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { ColumnMapping } from '../../ingest/mapping/types.ts';
import { mappingErrors, serializeMapping } from '../../ingest/mapping/validate-mapping.ts';
import { downloadBytes } from '../corridors/download.ts';
import { mappingFileName } from './mapping-file-name.ts';

/** Save the mapping as JSON for the next extract of the same kind, or open a saved one (validated). */
export function MappingFileActions({
  mapping,
  fileName,
  onMapping,
}: {
  mapping: ColumnMapping;
  fileName: string;
  onMapping: (m: ColumnMapping) => void;
}) {
  const { t } = useT('ingest');
  const [message, setMessage] = useState<{ file: string; errors: string[] } | null>(null);
  const open = async (file: File) => {
    let value: unknown;
    try {
      value = JSON.parse(await file.text());
    } catch (e) {
      setMessage({ file: file.name, errors: [e instanceof Error ? e.message : String(e)] });
      return;
    }
    const errors = mappingErrors(value);
    setMessage({ file: file.name, errors });
    if (errors.length === 0) onMapping(value as ColumnMapping);
  };
  return (
    <div className="ingest-section ingest-mapping-file">
      <button
        type="button"
        onClick={() =>
          downloadBytes(serializeMapping(mapping), mappingFileName(fileName), 'application/json')
        }
      >
        {t('mapping.save')}
      </button>
      <label className="ingest-file-button">
        <span>{t('mapping.open')}</span>
        <input
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          data-testid="mapping-file-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void open(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {message && message.errors.length === 0 && (
        <p role="status">{t('mapping.opened', { file: message.file })}</p>
      )}
      {message && message.errors.length > 0 && (
        <div role="alert" className="ingest-warn">
          <p>{t('mapping.invalid', { file: message.file })}</p>
          <ul>
            {message.errors.slice(0, 10).map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
