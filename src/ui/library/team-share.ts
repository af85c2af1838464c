/**
 * "Vastleggen en delen" from the command palette needs a message, which the team part of the library side bar
 * asks for: the command opens the library and hands the folder over here. A request made before that part is
 * on screen waits until it is.
 */
type Listener = (folder: string) => void;

let waiting: string | null = null;
const listeners = new Set<Listener>();

export function requestShare(folder: string): void {
  if (listeners.size === 0) waiting = folder;
  for (const listener of listeners) listener(folder);
}

export function onShareRequest(listener: Listener): () => void {
  listeners.add(listener);
  if (waiting !== null) {
    listener(waiting);
    waiting = null;
  }
  return () => void listeners.delete(listener);
}
