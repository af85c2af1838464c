import type { KeyboardEvent, PointerEvent } from 'react';

interface SashProps {
  orientation: 'vertical' | 'horizontal';
  label: string;
  value: number;
  limits: { min: number; max: number };
  onResize(value: number): void;
}

const KEY_STEP = 16;

/**
 * A draggable divider. Vertical sashes size the part on their left, horizontal ones the part below them.
 * It is a focusable separator, so arrow keys resize too.
 */
export function Sash({ orientation, label, value, limits, onResize }: SashProps) {
  const vertical = orientation === 'vertical';
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const start = vertical ? event.clientX : event.clientY;
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    const move = (moveEvent: globalThis.PointerEvent) => {
      const delta = (vertical ? moveEvent.clientX : moveEvent.clientY) - start;
      onResize(vertical ? value + delta : value - delta);
    };
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
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
      aria-orientation={vertical ? 'vertical' : 'horizontal'}
      aria-valuenow={value}
      aria-valuemin={limits.min}
      aria-valuemax={limits.max}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
