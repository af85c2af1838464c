import { useState, type InputHTMLAttributes } from 'react';

interface BoundTextProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'defaultValue'> {
  /** The value as the document has it. */
  value: string;
  /** Called on every keystroke: the document changes as the trainer types (one undo step per field). */
  onEdit(text: string): void;
  multiline?: boolean;
  /**
   * For fields shown as text but kept as a list ("Ann, Piet"): while typing, the text as typed stays on
   * screen (a trailing comma is not tidied away); the document's form shows again when the field is left.
   */
  sameValue?(text: string, value: string): boolean;
}

/** A text field bound to the document: what is typed is in the document at once, so Ctrl+S saves it. */
export function BoundText({ value, onEdit, multiline, sameValue = (text, current) => text === current, ...rest }: BoundTextProps) {
  const [draft, setDraft] = useState<string | null>(null);
  // An undo or a colleague's change while the field has the focus: show the document, not the old draft.
  const shown = draft !== null && sameValue(draft, value) ? draft : value;
  const props = {
    ...rest,
    // Marks a field whose undo is the training's (see isOutsideTextField).
    'data-bound': 'true',
    value: shown,
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      onEdit(event.target.value);
    },
    onBlur: () => setDraft(null),
  };
  return multiline ? <textarea rows={3} {...(props as object)} /> : <input type="text" {...props} />;
}
