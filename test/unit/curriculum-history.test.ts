import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, commit, createHistory, redo, undo } from '../../src/core';

describe('history', () => {
  it('a fresh document has nothing to undo or redo', () => {
    const history = createHistory('v0');
    expect(history).toEqual({ past: [], present: 'v0', future: [] });
    expect(canUndo(history)).toBe(false);
    expect(canRedo(history)).toBe(false);
    expect(undo(history)).toBe(history);
    expect(redo(history)).toBe(history);
  });

  it('undo and redo walk through the edits', () => {
    let history = commit(commit(createHistory('v0'), 'v1'), 'v2');
    history = undo(history);
    expect(history.present).toBe('v1');
    expect(canRedo(history)).toBe(true);
    history = undo(history);
    expect(history.present).toBe('v0');
    expect(canUndo(history)).toBe(false);
    history = redo(redo(history));
    expect(history.present).toBe('v2');
  });

  it('an edit after undo drops what was undone', () => {
    const history = commit(undo(commit(createHistory('v0'), 'v1')), 'v1b');
    expect(history).toEqual({ past: ['v0'], present: 'v1b', future: [] });
  });

  it('committing the same value records nothing (an edit that did not apply)', () => {
    const value = { title: 'x' };
    const history = createHistory(value);
    expect(commit(history, value)).toBe(history);
  });

  it('keeps only the last `limit` steps', () => {
    let history = createHistory(0);
    for (let i = 1; i <= 10; i++) history = commit(history, i, 3);
    expect(history.past).toEqual([7, 8, 9]);
    expect(history.present).toBe(10);
  });
});

describe('history properties', () => {
  const edits = fc.array(fc.integer(), { minLength: 1, maxLength: 30 });

  it('undo after commit restores the previous present', () => {
    fc.assert(
      fc.property(edits, fc.integer(), (values, next) => {
        const history = values.reduce((h, value) => commit(h, value), createHistory(-1));
        const committed = commit(history, next);
        if (committed === history) return; // same value: nothing recorded
        expect(undo(committed).present).toBe(history.present);
        expect(undo(committed).past).toEqual(history.past);
      }),
    );
  });

  it('redo after undo restores the state before the undo', () => {
    fc.assert(
      fc.property(edits, fc.integer({ min: 0, max: 30 }), (values, undos) => {
        let history = values.reduce((h, value) => commit(h, value), createHistory(-1));
        for (let i = 0; i < undos; i++) history = undo(history);
        if (!canUndo(history)) return;
        expect(redo(undo(history))).toEqual(history);
      }),
    );
  });
});
