import { useT } from '../../i18n/use-t.ts';
import type { ColumnMapping } from '../../ingest/mapping/types.ts';
import { ColumnSelect } from './ColumnSelect.tsx';
import { CoordinatesRow } from './CoordinatesRow.tsx';
import { FieldOptions } from './FieldOptions.tsx';
import { fieldColumn, REQUIRED_FIELDS, setFieldColumn, TARGET_FIELDS } from './mapping-edit.ts';

/** One row per target field: its source column and, behind a disclosure, its options. */
export function MappingFields({
  columns,
  mapping,
  onMapping,
}: {
  columns: readonly string[];
  mapping: ColumnMapping;
  onMapping: (m: ColumnMapping) => void;
}) {
  const { t } = useT('ingest');
  return (
    <table className="ingest-mapping" data-testid="mapping-fields">
      <thead>
        <tr>
          <th scope="col">{t('mapping.target')}</th>
          <th scope="col">{t('mapping.source')}</th>
        </tr>
      </thead>
      <tbody>
        {TARGET_FIELDS.map(({ field, kind }) => {
          const column = fieldColumn(mapping, field);
          const label = t(`fields.${field}`);
          const required = REQUIRED_FIELDS.includes(field);
          return [
            <tr key={field}>
              <th scope="row">
                {label}
                {required && <span className="ingest-required"> ({t('mapping.required')})</span>}
              </th>
              <td>
                <ColumnSelect
                  columns={columns}
                  value={column}
                  label={label}
                  testId={`map-${field}`}
                  onChange={(c) => onMapping(setFieldColumn(mapping, field, c))}
                />
                {column !== '' && kind !== 'text' && (
                  <details className="ingest-options">
                    <summary>{t('mapping.options')}</summary>
                    <FieldOptions field={field} kind={kind} mapping={mapping} onMapping={onMapping} />
                  </details>
                )}
              </td>
            </tr>,
            field === 'admin1' ? (
              <CoordinatesRow key="coordinates" columns={columns} mapping={mapping} onMapping={onMapping} />
            ) : null,
          ];
        })}
      </tbody>
    </table>
  );
}
