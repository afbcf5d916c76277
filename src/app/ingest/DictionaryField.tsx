import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { formatDictionary, parseDictionary } from './dictionary-text.ts';

/**
 * A value dictionary edited as `value in the file = value in rutas` lines. The text is kept
 * as typed; every change is parsed and handed on, bad lines are named, and so are targets
 * that `known` does not accept (a country rutas does not know: its rows would be rejected).
 */
export function DictionaryField({
  label,
  values,
  targets,
  known,
  onValues,
}: {
  label: string;
  values: Readonly<Record<string, string>> | undefined;
  targets?: readonly string[];
  /** Whether a target is one the load will accept; unknown ones are named under the field. */
  known?: (target: string) => boolean;
  onValues: (values: Record<string, string>) => void;
}) {
  const { t } = useT('ingest');
  const id = useId();
  const [text, setText] = useState(() => formatDictionary(values));
  const parsed = parseDictionary(text);
  const bad = parsed.badLines;
  const unknown = known ? [...new Set(Object.values(parsed.values))].filter((v) => !known(v)) : [];
  return (
    <div className="ingest-dictionary">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={text}
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value);
          onValues(parseDictionary(e.target.value).values);
        }}
      />
      {targets && (
        <p className="ingest-hint">{t('mapping.dictionaryTargets', { values: targets.join(', ') })}</p>
      )}
      {bad.length > 0 && (
        <p className="ingest-warn">{t('mapping.dictionaryBad', { lines: bad.join(', ') })}</p>
      )}
      {unknown.length > 0 && (
        <p className="ingest-warn" data-testid="dictionary-unknown">
          {t('mapping.dictionaryUnknownCountry', { values: unknown.join(', ') })}
        </p>
      )}
    </div>
  );
}
