import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * The live view on the whole screen (the Fullscreen API on its own element, so the workbench around it
 * disappears); Escape leaves, as the browser and Electron do by themselves.
 */
export function useFullscreen(element: RefObject<HTMLElement | null>): { active: boolean; toggle: () => void } {
  const [active, setActive] = useState(false);
  useEffect(() => {
    const follow = () => setActive(document.fullscreenElement !== null && document.fullscreenElement === element.current);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, [element]);
  const toggle = useCallback(() => {
    // A refusal (no user gesture, a frame without permission) leaves the view as it is.
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    else void element.current?.requestFullscreen?.().catch(() => undefined);
  }, [element]);
  return { active, toggle };
}
