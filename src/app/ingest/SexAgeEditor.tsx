import { useT } from '../../i18n/use-t.ts';
import type { ColumnMapping, SexAgeRule, ValueRule } from '../../ingest/mapping/types.ts';
import { SEX_AGE } from '../../schema/incident.ts';
import { ColumnSelect } from './ColumnSelect.tsx';
import { DictionaryField } from './DictionaryField.tsx';
import { setSexAge } from './mapping-edit.ts';

type Mode = SexAgeRule['mode'] | 'none';

/** A value rule reading `column`, keeping the rest of `rule`; undefined when the column is ''. */
function withColumn(rule: ValueRule | undefined, column: string): ValueRule | undefined {
  return column === '' ? undefined : { ...rule, column };
}

/** A rule for `mode`, starting empty. */
function emptyRule(mode: Mode): SexAgeRule | undefined {
  if (mode === 'columns') return { mode: 'columns' };
  if (mode === 'person') return { mode: 'person' };
  if (mode === 'category') return { mode: 'category', category: {} };
  return undefined;
}

/**
 * How victims' sex and age are read: per-group count columns (one incident a row), or one
 * victim a row (sex and age columns, or one group column) with own value dictionaries;
 * person-level rows are aggregated into incidents on load.
 */
export function SexAgeEditor({
  columns,
  mapping,
  onMapping,
}: {
  columns: readonly string[];
  mapping: ColumnMapping;
  onMapping: (m: ColumnMapping) => void;
}) {
  const { t } = useT('ingest');
  const rule = mapping.sexAge;
  const mode: Mode = rule?.mode ?? 'none';
  const set = (next: SexAgeRule | undefined) => onMapping(setSexAge(mapping, next));
  const modes: Mode[] = [
    'none',
    'columns',
    'person',
    'category',
    ...(mode === 'totals' ? (['totals'] as const) : []),
  ];
  return (
    <fieldset className="ingest-section ingest-sexage">
      <legend>{t('sexAge.title')}</legend>
      <select
        aria-label={t('sexAge.title')}
        value={mode}
        data-testid="sexage-mode"
        onChange={(e) => set(emptyRule(e.target.value as Mode))}
      >
        {modes.map((m) => (
          <option key={m} value={m}>
            {t(`sexAge.mode.${m}`)}
          </option>
        ))}
      </select>
      {rule?.mode === 'columns' &&
        SEX_AGE.map((k) => (
          <div key={k} className="ingest-inline">
            <span>{t(`sexAge.${k}`)}</span>
            <ColumnSelect
              columns={columns}
              value={rule[k]?.column ?? ''}
              label={t(`sexAge.${k}`)}
              onChange={(c) => {
                const { [k]: _old, ...rest } = rule;
                set(c === '' ? rest : { ...rest, [k]: { column: c } });
              }}
            />
          </div>
        ))}
      {rule?.mode === 'person' && (
        <>
          <p className="ingest-hint">{t('sexAge.personNote')}</p>
          {(['sex', 'age'] as const).map((k) => (
            <div key={k}>
              <div className="ingest-inline">
                <span>{t(`sexAge.${k}`)}</span>
                <ColumnSelect
                  columns={columns}
                  value={rule[k]?.column ?? ''}
                  label={t(`sexAge.${k}`)}
                  onChange={(c) => {
                    const { [k]: _old, ...rest } = rule;
                    const next = withColumn(rule[k], c);
                    set(next ? { ...rest, [k]: next } : rest);
                  }}
                />
              </div>
              {rule[k]?.column && (
                <DictionaryField
                  label={t(`sexAge.${k}Values`)}
                  values={rule[k]?.values}
                  onValues={(values) => set({ ...rule, [k]: { ...rule[k], values } })}
                />
              )}
            </div>
          ))}
        </>
      )}
      {rule?.mode === 'category' && (
        <>
          <p className="ingest-hint">{t('sexAge.personNote')}</p>
          <div className="ingest-inline">
            <span>{t('sexAge.category')}</span>
            <ColumnSelect
              columns={columns}
              value={rule.category.column ?? ''}
              label={t('sexAge.category')}
              onChange={(c) => set({ mode: 'category', category: withColumn(rule.category, c) ?? {} })}
            />
          </div>
          <DictionaryField
            label={t('sexAge.categoryValues')}
            values={rule.category.values}
            onValues={(values) => set({ mode: 'category', category: { ...rule.category, values } })}
          />
        </>
      )}
    </fieldset>
  );
}
