// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Sash } from '../../src/ui/workbench/Sash';

beforeAll(() => {
  // jsdom has pointer events but no pointer capture.
  Element.prototype.setPointerCapture ??= () => undefined;
});
afterEach(cleanup);

function renderSash(onResize = vi.fn()) {
  render(
    <>
      <aside id="side-bar" style={{ width: 300 }} />
      <Sash orientation="vertical" label="Breedte van de zijbalk" value={300} limits={{ min: 170, max: 700 }} controls="side-bar" onResize={onResize} />
    </>,
  );
  return { sash: screen.getByRole('separator', { name: 'Breedte van de zijbalk' }), part: document.getElementById('side-bar')!, onResize };
}

describe('a sash', () => {
  it('sizes its part while the pointer drags, and hands the layout the size once, when the pointer is let go', () => {
    const { sash, part, onResize } = renderSash();
    expect(sash.getAttribute('aria-controls')).toBe('side-bar');
    fireEvent.pointerDown(sash, { clientX: 300, pointerId: 1 });
    fireEvent.pointerMove(sash, { clientX: 340, pointerId: 1 });
    fireEvent.pointerMove(sash, { clientX: 380, pointerId: 1 });
    expect(part.style.width).toBe('380px');
    expect(sash.getAttribute('aria-valuenow')).toBe('380');
    expect(onResize).not.toHaveBeenCalled();
    fireEvent.pointerUp(sash, { clientX: 380, pointerId: 1 });
    expect(onResize).toHaveBeenCalledTimes(1);
    expect(onResize).toHaveBeenCalledWith(380);
  });

  it('keeps the part within its limits', () => {
    const { sash, part, onResize } = renderSash();
    fireEvent.pointerDown(sash, { clientX: 300, pointerId: 1 });
    fireEvent.pointerMove(sash, { clientX: 0, pointerId: 1 });
    expect(part.style.width).toBe('170px');
    fireEvent.pointerUp(sash, { clientX: 0, pointerId: 1 });
    expect(onResize).toHaveBeenCalledWith(170);
  });

  it('a click without a drag changes nothing', () => {
    const { sash, part, onResize } = renderSash();
    fireEvent.pointerDown(sash, { clientX: 300, pointerId: 1 });
    fireEvent.pointerUp(sash, { clientX: 300, pointerId: 1 });
    expect(onResize).not.toHaveBeenCalled();
    expect(part.style.width).toBe('300px');
  });

  it('arrow keys resize through the layout', () => {
    const { sash, onResize } = renderSash();
    fireEvent.keyDown(sash, { key: 'ArrowRight' });
    expect(onResize).toHaveBeenCalledWith(316);
  });
});
