import { useState, type InputHTMLAttributes } from 'react';

/** "9:5" is not a time; "9:05", "0905" and "09.05" are, and all become "09:05". */
export function parseClock(text: string): string | null {
  const match = /^\s*(\d{1,2})[:.]?(\d{2})\s*$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

interface TimeFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  /** Receives a valid "HH:MM", or "" when the field may be empty and was cleared. */
  onEdit(time: string): void;
  optional?: boolean;
}

/**
 * A clock time in 24-hour notation whatever the browser's locale (a native time input shows AM/PM in an
 * English browser). The document changes as soon as what is typed is a valid time.
 */
export function TimeField({ value, onEdit, optional = false, className, ...rest }: TimeFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  // What the draft means: a time, '' (cleared, where allowed) or undefined (still being typed).
  const meant = draft === null ? value : (parseClock(draft) ?? (optional && draft.trim() === '' ? '' : undefined));
  // An undo while the field has the focus shows the document's time, not the stale draft.
  const shown = draft === null || (meant !== undefined && meant !== value) ? value : draft;
  return (
    <input
      {...rest}
      data-bound="true"
      className={className ? `time-field ${className}` : 'time-field'}
      type="text"
      inputMode="numeric"
      maxLength={5}
      aria-invalid={meant === undefined}
      value={shown}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        const time = parseClock(text);
        if (time) onEdit(time);
        else if (optional && text.trim() === '') onEdit('');
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
