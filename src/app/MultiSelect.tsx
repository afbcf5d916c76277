import { useId } from 'react';

/** Props of a long-list filter. */
export interface MultiSelectProps {
  label: string;
  options: readonly string[];
  selected: readonly string[];
  display: (value: string) => string;
  onChange: (values: string[]) => void;
  testId?: string;
}

/**
 * A filter over a long list (countries, routes, offices) as a native multiple select, sorted
 * by display name in the current language. Values from the data are rendered as text.
 */
export function MultiSelect({ label, options, selected, display, onChange, testId }: MultiSelectProps) {
  const id = useId();
  const sorted = [...options].sort((a, b) => display(a).localeCompare(display(b)));
  return (
    <div className="multi-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        multiple
        size={Math.min(5, Math.max(2, sorted.length))}
        value={[...selected]}
        data-testid={testId}
        onChange={(e) => onChange(Array.from(e.target.selectedOptions, (o) => o.value))}
      >
        {sorted.map((v) => (
          <option key={v} value={v}>
            {display(v)}
          </option>
        ))}
      </select>
    </div>
  );
}
