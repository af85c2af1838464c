/** Key chords are written lowercase, modifiers first in a fixed order: "ctrl+shift+p", "f1", "ctrl+,". */
const MODIFIERS = ['ctrl', 'alt', 'shift', 'meta'] as const;

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

function keyName(event: KeyLike): string | null {
  if (['Control', 'Alt', 'Shift', 'Meta'].includes(event.key)) return null;
  // Physical letters and digits, so Shift or a keyboard layout does not change the chord.
  if (event.code?.startsWith('Key')) return event.code.slice(3).toLowerCase();
  if (event.code?.startsWith('Digit')) return event.code.slice(5);
  if (event.key === ' ') return 'space';
  return event.key.toLowerCase();
}

/** The chord of a keyboard event, or null for a lone modifier. Cmd on macOS counts as Ctrl. */
export function chordOf(event: KeyLike): string | null {
  const key = keyName(event);
  if (!key) return null;
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push('ctrl');
  if (event.altKey) parts.push('alt');
  if (event.shiftKey) parts.push('shift');
  return [...parts, key].join('+');
}

/** "ctrl+shift+p" -> "Ctrl+Shift+P", as shown in the palette and the keybindings view. */
export function formatChord(chord: string): string {
  return chord
    .split('+')
    .map((part) => (MODIFIERS.includes(part as (typeof MODIFIERS)[number]) || part.length > 1 ? part[0]!.toUpperCase() + part.slice(1) : part.toUpperCase()))
    .join('+');
}

/** Chords without a modifier (F-keys aside) would swallow typing, so they are not accepted as bindings. */
export function isBindable(chord: string): boolean {
  return chord.includes('+') || /^f\d{1,2}$/.test(chord);
}
