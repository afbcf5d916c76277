import { useT } from '../../i18n/use-t.ts';
import type { ColumnMapping } from '../../ingest/mapping/types.ts';
import type { SourceInspection } from './inspect-source.ts';
import { MappedPreviewTable } from './MappedPreviewTable.tsx';
import { MappingFields } from './MappingFields.tsx';
import { MappingFileActions } from './MappingFileActions.tsx';
import { PlaceOptions } from './PlaceOptions.tsx';
import { PrivacyGuard } from './PrivacyGuard.tsx';
import { SexAgeEditor } from './SexAgeEditor.tsx';
import { SourceTable } from './SourceTable.tsx';
import type { FileEntry } from './use-ingest-session.ts';
import { useMappedPreview } from './use-mapped-preview.ts';

/** Props of one file's mapping panel. */
export interface FileMappingPanelProps {
  entry: FileEntry;
  inspection: SourceInspection;
  formatNumber: (n: number) => string;
  onMapping: (mapping: ColumnMapping) => void;
  onOffice: (office: string) => void;
}

/** Everything about one file: privacy guard, source rows, mapping, options and the live preview. */
export function FileMappingPanel({
  entry,
  inspection,
  formatNumber,
  onMapping,
  onOffice,
}: FileMappingPanelProps) {
  const { t } = useT('ingest');
  const { mapping } = entry;
  const preview = useMappedPreview(inspection, mapping, entry.office);
  const columns = inspection.raw.columns;
  const hidden = new Set(inspection.personal.map((p) => p.column));
  return (
    <div className="ingest-panel">
      <p className="ingest-summary">
        {t('source.summary', {
          format: inspection.detected.format.toUpperCase(),
          rows: formatNumber(inspection.raw.rows),
          columns: formatNumber(columns.length),
        })}
        {inspection.sampled && <span> · {t('source.sampled')}</span>}
      </p>
      <PrivacyGuard personal={inspection.personal} mapping={mapping} onMapping={onMapping} />
      <section className="ingest-section" aria-labelledby="ingest-source-title">
        <h3 id="ingest-source-title">{t('source.title')}</h3>
        <SourceTable
          columns={columns}
          rows={inspection.head}
          hidden={hidden}
          caption={t('source.caption', { file: entry.file.name })}
        />
      </section>
      <div className="ingest-columns">
        <section className="ingest-section" aria-labelledby="ingest-mapping-title">
          <h3 id="ingest-mapping-title">{t('mapping.title')}</h3>
          <p className="ingest-hint">{t('mapping.intro')}</p>
          <MappingFields columns={columns} mapping={mapping} onMapping={onMapping} />
        </section>
        <div className="ingest-side">
          <SexAgeEditor columns={columns} mapping={mapping} onMapping={onMapping} />
          <PlaceOptions
            columns={columns}
            mapping={mapping}
            office={entry.office}
            onMapping={onMapping}
            onOffice={onOffice}
          />
          <MappingFileActions mapping={mapping} fileName={entry.file.name} onMapping={onMapping} />
        </div>
      </div>
      <MappedPreviewTable state={preview} />
    </div>
  );
}
