import type { AlertOptions } from '../../analytics/alerts/alert-types.ts';
import { DEFAULT_ALERT_OPTIONS } from '../../analytics/alerts/alert-types.ts';
import { useT } from '../../i18n/use-t.ts';

/** The thresholds a user can change; the rest keep their documented defaults. */
export type EditableAlertOptions = Pick<
  AlertOptions,
  | 'zThreshold'
  | 'minHistoryYears'
  | 'minObserved'
  | 'minZeroMonths'
  | 'includeDrops'
  | 'mixZThreshold'
  | 'minMixPersons'
>;

/** The editable thresholds at their documented defaults ({@link DEFAULT_ALERT_OPTIONS}). */
export const DEFAULT_EDITABLE: EditableAlertOptions = {
  zThreshold: DEFAULT_ALERT_OPTIONS.zThreshold,
  minHistoryYears: DEFAULT_ALERT_OPTIONS.minHistoryYears,
  minObserved: DEFAULT_ALERT_OPTIONS.minObserved,
  minZeroMonths: DEFAULT_ALERT_OPTIONS.minZeroMonths,
  includeDrops: DEFAULT_ALERT_OPTIONS.includeDrops,
  mixZThreshold: DEFAULT_ALERT_OPTIONS.mixZThreshold,
  minMixPersons: DEFAULT_ALERT_OPTIONS.minMixPersons,
};

type NumericKey = Exclude<keyof EditableAlertOptions, 'includeDrops'>;

const FIELDS: readonly { key: NumericKey; min: number; step: number }[] = [
  { key: 'zThreshold', min: 1, step: 0.5 },
  { key: 'minHistoryYears', min: 1, step: 1 },
  { key: 'minObserved', min: 1, step: 1 },
  { key: 'minZeroMonths', min: 1, step: 1 },
  { key: 'mixZThreshold', min: 1, step: 0.5 },
  { key: 'minMixPersons', min: 1, step: 1 },
];

/** A small form for the alert thresholds, in a `<details>` so the list stays in front. */
export function AlertOptionsForm({
  value,
  onChange,
}: {
  value: EditableAlertOptions;
  onChange: (next: EditableAlertOptions) => void;
}) {
  const { t } = useT('charts');
  return (
    <details className="alert-settings">
      <summary>{t('alerts.settings')}</summary>
      <form onSubmit={(e) => e.preventDefault()}>
        {FIELDS.map((f) => (
          <label key={f.key}>
            {t(`alerts.option.${f.key}`)}
            <input
              type="number"
              min={f.min}
              step={f.step}
              value={value[f.key]}
              onChange={(e) => {
                const n = Number(e.target.value);
                if (e.target.value !== '' && Number.isFinite(n) && n >= f.min)
                  onChange({ ...value, [f.key]: n });
              }}
            />
          </label>
        ))}
        <label className="check-row">
          <input
            type="checkbox"
            checked={value.includeDrops}
            onChange={(e) => onChange({ ...value, includeDrops: e.target.checked })}
          />
          {t('alerts.option.includeDrops')}
        </label>
        <button type="button" className="link" onClick={() => onChange(DEFAULT_EDITABLE)}>
          {t('alerts.reset')}
        </button>
      </form>
    </details>
  );
}
