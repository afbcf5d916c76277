import { useT } from '../../i18n/use-t.ts';

/** A select of the file's columns with a "not in this file" choice (value ''). */
export function ColumnSelect({
  id,
  columns,
  value,
  label,
  onChange,
  testId,
}: {
  id?: string;
  columns: readonly string[];
  value: string;
  label: string;
  onChange: (column: string) => void;
  testId?: string;
}) {
  const { t } = useT('ingest');
  const known = value === '' || columns.includes(value);
  return (
    <select
      id={id}
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      data-testid={testId}
    >
      <option value="">{t('mapping.none')}</option>
      {!known && <option value={value}>{value}</option>}
      {columns.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </select>
  );
}
