import type { KeyboardEvent, PointerEvent } from 'react';

interface SashProps {
  orientation: 'vertical' | 'horizontal';
  label: string;
  value: number;
  limits: { min: number; max: number };
  /** The id of the part the sash sizes: its width (vertical sash) or height (horizontal sash). */
  controls: string;
  onResize(value: number): void;
}

const KEY_STEP = 16;

/**
 * A draggable divider. Vertical sashes size the part on their left, horizontal ones the part below them.
 * It is a focusable separator, so arrow keys resize too.
 *
 * While the pointer drags, the sash sizes its part directly (a style on one element, no React render per
 * mouse move); the size goes to the layout once, when the pointer is let go. Keys resize through the layout.
 */
export function Sash({ orientation, label, value, limits, controls, onResize }: SashProps) {
  const vertical = orientation === 'vertical';
  const clamp = (size: number) => Math.min(limits.max, Math.max(limits.min, Math.round(size)));
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const start = vertical ? event.clientX : event.clientY;
    const target = event.currentTarget;
    const part = window.document.getElementById(controls);
    let size: number | null = null;
    target.setPointerCapture(event.pointerId);
    const move = (moveEvent: globalThis.PointerEvent) => {
      const delta = (vertical ? moveEvent.clientX : moveEvent.clientY) - start;
      size = clamp(vertical ? value + delta : value - delta);
      part?.style.setProperty(vertical ? 'width' : 'height', `${size}px`);
      target.setAttribute('aria-valuenow', String(size));
    };
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      target.removeEventListener('pointercancel', up);
      if (size !== null) onResize(size);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
    target.addEventListener('pointercancel', up);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const grow = vertical ? 'ArrowRight' : 'ArrowUp';
    const shrink = vertical ? 'ArrowLeft' : 'ArrowDown';
    if (event.key === grow) onResize(value + KEY_STEP);
    else if (event.key === shrink) onResize(value - KEY_STEP);
    else return;
    event.preventDefault();
  };
  return (
    <div
      className={`sash sash-${orientation}`}
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-controls={controls}
      aria-orientation={vertical ? 'vertical' : 'horizontal'}
      aria-valuenow={value}
      aria-valuemin={limits.min}
      aria-valuemax={limits.max}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
