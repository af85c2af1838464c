import { useEffect } from 'react';
import type { CollabFocus } from '../../app/collab-types';
import { useApplication } from '../app/context';

/** A <label>'s own words: a select inside it would otherwise add every option's text. */
function labelText(label: HTMLLabelElement): string {
  const copy = label.cloneNode(true) as HTMLElement;
  for (const control of copy.querySelectorAll('input, select, textarea, button')) control.remove();
  return copy.textContent ?? '';
}

/** The label a trainer sees at a block form field: its aria-label, else its <label>, else what aria-labelledby names. */
export function fieldLabel(element: Element | null): string | undefined {
  if (!(element instanceof HTMLElement) || !element.closest('.block-form')) return undefined;
  const labelled = element.getAttribute('aria-labelledby');
  const label = (element as HTMLInputElement).labels?.[0];
  const text =
    element.getAttribute('aria-label') ??
    (label ? labelText(label) : labelled ? labelled.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '');
  // Colleagues' apps drop a longer field name (src/app/collab-presence.ts), so a long label is cut, not lost.
  return text.trim().slice(0, 80) || undefined;
}

/**
 * While a session is on, tells colleagues where I work: the first selected block of the live training and,
 * when the focus is in the block form, the field. It listens to the stores and to focus directly, not
 * through React state, so typing or moving around renders nothing; the same place is reported once.
 */
export function useReportFocus(): void {
  const app = useApplication();
  useEffect(() => {
    let last = '';
    const report = () => {
      const session = app.collab.store.get().session;
      if (!session) {
        last = '';
        return;
      }
      const selection = app.layout.store.get().selection;
      const blockId = selection && selection.key === session.key ? selection.blockIds[0] : undefined;
      const field = blockId ? fieldLabel(document.activeElement) : undefined;
      const focus: CollabFocus | null = blockId ? (field ? { blockId, field } : { blockId }) : null;
      // A new session starts unreported, so its key is part of what counts as "the same place".
      const place = JSON.stringify([session.key, focus]);
      if (place === last) return;
      last = place;
      app.collab.setFocus(focus);
    };
    const stops = [app.collab.store.subscribe(report), app.layout.store.subscribe(report)];
    document.addEventListener('focusin', report);
    report();
    return () => {
      for (const stop of stops) stop();
      document.removeEventListener('focusin', report);
    };
  }, [app]);
}
