/** A labelled select over a fixed list of values, each shown through `labelOf` (an i18n lookup). */
export function EnumSelect<T extends string>({
  label,
  options,
  value,
  labelOf,
  onChange,
  disabled,
}: {
  label: string;
  options: readonly T[];
  value: T;
  labelOf(option: T): string;
  onChange(value: T): void;
  disabled?: boolean;
}) {
  return (
    <label className="select-field">
      {label}
      <select value={value} disabled={disabled} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {labelOf(option)}
          </option>
        ))}
      </select>
    </label>
  );
}
