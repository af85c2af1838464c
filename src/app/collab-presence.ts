import type { CollabFocus, Colleague } from './collab-types';

/** Colours that read as marks on both the light and the dark theme; a colleague keeps theirs for the session. */
const COLOURS = ['#c2410c', '#0369a1', '#15803d', '#7e22ce', '#be123c', '#a16207', '#0f766e', '#4338ca'];
export const colourFor = (clientId: number): string => COLOURS[Math.abs(clientId) % COLOURS.length]!;

const text = (value: unknown, max: number): string | null => (typeof value === 'string' && value.trim() && value.length <= max ? value.trim() : null);

/** A colleague's focus as they sent it, if it has the shape of one: presence comes from peers and is checked too. */
function focusOf(value: unknown): CollabFocus | null {
  if (!value || typeof value !== 'object') return null;
  const { blockId, field } = value as { blockId?: unknown; field?: unknown };
  const id = text(blockId, 100);
  if (!id) return null;
  const label = text(field, 80);
  return label ? { blockId: id, field: label } : { blockId: id };
}

/**
 * The colleagues in a session from the engine's presence states (mine left out), each checked: a state
 * without a name is someone still connecting; a colour is always ours, never one a peer sent as CSS.
 */
export function colleaguesOf(states: ReadonlyMap<number, Record<string, unknown>>, own: number): Colleague[] {
  const colleagues: Colleague[] = [];
  for (const [id, state] of states) {
    if (id === own) continue;
    const user = state.user as { name?: unknown } | undefined;
    const name = text(user?.name, 80);
    if (!name) continue;
    colleagues.push({ id, name, color: colourFor(id), focus: focusOf(state.focus) });
  }
  return colleagues.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
}
