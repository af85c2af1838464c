/** A labelled group of checkboxes over a list of values; used by the library filters. */
export function Checklist<T extends string>({
  legend,
  options,
  selected,
  label,
  onChange,
}: {
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  label(option: T): string;
  onChange(next: T[]): void;
}) {
  return (
    <fieldset className="checklist">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}>
          <input
            type="checkbox"
            checked={selected.includes(option)}
            onChange={(event) => onChange(event.target.checked ? [...selected, option] : selected.filter((value) => value !== option))}
          />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}
