import { useT } from '../../i18n/use-t.ts';
import type { LoadBlocker } from './load-gate.ts';

/** The blockers of one file. */
export interface FileBlockers {
  file: string;
  blockers: LoadBlocker[];
}

/** Says why Load is disabled, file by file, so the user knows what to fix. */
export function BlockerList({ files }: { files: FileBlockers[] }) {
  const { t } = useT('ingest');
  const items = files.flatMap(({ file, blockers }) =>
    blockers.map((b) => {
      switch (b.code) {
        case 'personal_not_dropped':
          return t('blockers.personal_not_dropped', { file, columns: b.columns.join(', ') });
        case 'required_unmapped':
          return t('blockers.required_unmapped', {
            file,
            fields: b.fields.map((f) => t(`fields.${f}`)).join(', '),
          });
        case 'mapping_invalid':
          return t('blockers.mapping_invalid', { file, errors: b.errors.slice(0, 3).join('; ') });
        default:
          return t('blockers.office_missing', { file });
      }
    }),
  );
  if (items.length === 0) return null;
  return (
    <div className="ingest-blockers" data-testid="ingest-blockers">
      <h3>{t('blockers.title')}</h3>
      <ul>
        {items.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </div>
  );
}
