import { useEffect, type RefObject } from 'react';

/**
 * Opens a <dialog> as a modal while its component is mounted (the browser then keeps focus inside and turns
 * Escape into `cancel`), moves focus in, and gives it back to where it was when the component goes: a
 * dialog removed from the page cannot do that itself.
 */
export function useModal(dialog: RefObject<HTMLDialogElement | null>, focusFirst: () => HTMLElement | null | undefined): void {
  useEffect(() => {
    const element = dialog.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    focusFirst()?.focus();
    return () => {
      if (element?.open) element.close();
      if (before?.isConnected) before.focus();
    };
    // Once per opening: the focus moves in when the dialog appears, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
