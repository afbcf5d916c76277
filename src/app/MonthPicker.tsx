import { useMemo } from 'react';
import { useT } from '../i18n/use-t.ts';
import { clampMonth, monthChoices } from './month-choices.ts';

/** Props of {@link MonthPicker}. */
export interface MonthPickerProps {
  /** `YYYY-MM`. */
  value: string;
  min: string;
  max: string;
  onChange: (month: string) => void;
  /** What the month is for; names the group of the two selects for assistive technology. */
  label: string;
  testId?: string;
}

/**
 * A month chosen with two selects, month names in the app's language. The browser's
 * `<input type="month">` writes its month in the browser's language ("March 2020" on a
 * Spanish screen projected from an English laptop) and looks different in every browser.
 * The chosen month is in `data-value`.
 */
export function MonthPicker({ value, min, max, onChange, label, testId }: MonthPickerProps) {
  const { t, lang } = useT('common');
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  // A value outside the bounds (a saved view of other data) is still shown, not lost.
  const valid = /^\d{4}-\d{2}$/.test(value);
  const lo = valid && value < min ? value : min;
  const hi = valid && value > max ? value : max;
  const { years, months } = monthChoices(lo, hi, year);
  const names = useMemo(() => {
    const format = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2000, i, 1)));
  }, [lang]);
  return (
    <fieldset className="month-picker" aria-label={label} data-testid={testId} data-value={value}>
      <select
        aria-label={t('monthPicker.month')}
        value={month}
        onChange={(e) => onChange(clampMonth(lo, hi, year, Number(e.target.value)))}
      >
        {months.map((m) => (
          <option key={m} value={m}>
            {names[m - 1]}
          </option>
        ))}
      </select>
      <select
        aria-label={t('monthPicker.year')}
        value={year}
        onChange={(e) => onChange(clampMonth(lo, hi, Number(e.target.value), month))}
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
