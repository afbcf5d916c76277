/** Props of a checkbox list filter. */
export interface CheckboxGroupProps<V extends string> {
  legend: string;
  options: readonly V[];
  selected: readonly V[];
  label: (value: V) => string;
  swatch?: (value: V) => string | undefined;
  onToggle: (value: V) => void;
}

/**
 * A small-vocabulary filter (crime type, sex/age, exploitation) as a fieldset of native
 * checkboxes: keyboard-operable and announced by screen readers without extra ARIA.
 */
export function CheckboxGroup<V extends string>({
  legend,
  options,
  selected,
  label,
  swatch,
  onToggle,
}: CheckboxGroupProps<V>) {
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {options.map((value) => {
        const color = swatch?.(value);
        return (
          <label key={value} className="check">
            <input type="checkbox" checked={selected.includes(value)} onChange={() => onToggle(value)} />
            {color && <span className="swatch" style={{ background: color }} aria-hidden="true" />}
            <span>{label(value)}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
