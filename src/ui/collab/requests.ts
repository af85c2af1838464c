/**
 * The collaboration commands run outside React (the palette, a keybinding); the dialogs they open live in
 * <CollabLayer>, mounted once by the workbench. A command hands its request over here.
 */
export type CollabRequest = { kind: 'share'; key: string } | { kind: 'join' } | { kind: 'code' };

type Listener = (request: CollabRequest) => void;
let listener: Listener | null = null;

export function requestCollabDialog(request: CollabRequest): void {
  listener?.(request);
}

/** The layer that shows the dialogs; one at a time, so a newer listener replaces the older. */
export function onCollabRequest(next: Listener): () => void {
  listener = next;
  return () => {
    if (listener === next) listener = null;
  };
}
