import type { LiveRunSession } from '../../app';

/** The live view's keys, one letter each, shown on the buttons; they act only outside text fields. */
export const LIVE_KEYS = {
  next: 'N',
  extend: '+',
  skip: 'S',
  pause: 'B',
  park: 'P',
  fullscreen: 'F',
} as const;

export type LiveAction = keyof typeof LIVE_KEYS | 'up' | 'down';

/** Which action a key press means, or null: never with a modifier (Ctrl+S saves) or while typing. */
export function liveActionOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'target'>): LiveAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return null;
  if (event.key === 'ArrowUp') return 'up';
  if (event.key === 'ArrowDown') return 'down';
  // "+" and "=" share a key on most keyboards; "+" on the number pad arrives as "+".
  if (event.key === '+' || event.key === '=') return 'extend';
  const letter = event.key.toUpperCase();
  const found = (Object.keys(LIVE_KEYS) as (keyof typeof LIVE_KEYS)[]).find((action) => LIVE_KEYS[action] === letter);
  return found ?? null;
}

/** Sends an action to the session; the full-screen toggle is the view's own. */
export function runLiveAction(session: LiveRunSession, action: LiveAction, toggleFullscreen: () => void): void {
  switch (action) {
    case 'next':
      return session.next();
    case 'extend':
      return session.extend();
    case 'skip':
      return session.skip();
    case 'pause':
      return session.pauseNow();
    case 'park':
      return session.park();
    case 'up':
      return session.selectStep(-1);
    case 'down':
      return session.selectStep(1);
    case 'fullscreen':
      return toggleFullscreen();
  }
}
