/**
 * Undo and redo for one open document: a list of earlier values, the current one and the undone
 * ones. It works because edits never mutate, so keeping a value keeps that version.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
}

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** Records `next` as the new present. A new edit drops what was undone; the oldest steps go past `limit`. */
export function commit<T>(history: History<T>, next: T, limit = 200): History<T> {
  if (next === history.present) return history;
  const past = [...history.past, history.present];
  return { past: past.slice(Math.max(0, past.length - Math.max(0, limit))), present: next, future: [] };
}

export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

export function undo<T>(history: History<T>): History<T> {
  if (!canUndo(history)) return history;
  const previous = history.past[history.past.length - 1] as T;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  if (!canRedo(history)) return history;
  const [next, ...future] = history.future as [T, ...T[]];
  return { past: [...history.past, history.present], present: next, future };
}
