import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { knownCountry } from '../../ingest/countries.ts';
import type { ColumnMapping } from '../../ingest/mapping/types.ts';
import { CRIME_TYPES, DETECTION_SOURCES, EXPLOITATION_FORMS } from '../../schema/incident.ts';
import { DictionaryField } from './DictionaryField.tsx';
import { parseList } from './dictionary-text.ts';
import { dateFormats, setFieldOptions, type TargetField } from './mapping-edit.ts';

const TARGETS: Partial<Record<TargetField, readonly string[]>> = {
  crime_type: CRIME_TYPES,
  exploitation: EXPLOITATION_FORMS,
  detection_source: DETECTION_SOURCES,
};

/** Date formats: automatic (the defaults) or the user's own strptime formats in order. */
function DateOptions({
  mapping,
  onMapping,
}: {
  mapping: ColumnMapping;
  onMapping: (m: ColumnMapping) => void;
}) {
  const { t } = useT('ingest');
  const id = useId();
  const formats = dateFormats(mapping);
  const [text, setText] = useState(() => formats.join('\n'));
  const custom = formats.length > 0 || text.trim() !== '';
  return (
    <fieldset className="ingest-date">
      <legend>{t('mapping.dateFormats')}</legend>
      <label>
        <input
          type="radio"
          name={`${id}-mode`}
          checked={!custom}
          onChange={() => {
            setText('');
            onMapping(setFieldOptions(mapping, 'date', { formats: [] }));
          }}
        />
        {t('mapping.dateAuto')}
      </label>
      <label htmlFor={`${id}-formats`}>{t('mapping.dateCustom')}</label>
      <textarea
        id={`${id}-formats`}
        rows={2}
        value={text}
        spellCheck={false}
        placeholder="%m/%d/%Y"
        data-testid="date-formats"
        onChange={(e) => {
          setText(e.target.value);
          onMapping(setFieldOptions(mapping, 'date', { formats: parseList(e.target.value) }));
        }}
      />
      <p className="ingest-hint">{t('mapping.dateFormatsHint')}</p>
    </fieldset>
  );
}

/** The options of one target field, by kind: date formats, value dictionaries, country hints. */
export function FieldOptions({
  field,
  kind,
  mapping,
  onMapping,
}: {
  field: TargetField;
  kind: 'text' | 'date' | 'country' | 'dictionary';
  mapping: ColumnMapping;
  onMapping: (m: ColumnMapping) => void;
}) {
  const { t } = useT('ingest');
  if (kind === 'date') return <DateOptions mapping={mapping} onMapping={onMapping} />;
  if (kind === 'text') return null;
  return (
    <div className="ingest-field-options">
      {kind === 'country' && <p className="ingest-hint">{t('mapping.countryHint')}</p>}
      <DictionaryField
        label={t('mapping.dictionary')}
        values={mapping.fields[field]?.values}
        {...(TARGETS[field] ? { targets: TARGETS[field] } : {})}
        {...(kind === 'country' ? { known: (target: string) => knownCountry(target) !== undefined } : {})}
        onValues={(values) => onMapping(setFieldOptions(mapping, field, { values }))}
      />
    </div>
  );
}
