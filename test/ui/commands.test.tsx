import { describe, expect, it } from 'vitest';
import { chordOf, formatChord, isBindable } from '../../src/ui/commands/keys';
import { fuzzyMatch } from '../../src/ui/commands/fuzzy';
import { createRegistry, resolveKeybindings, type CommandDeclaration } from '../../src/ui/commands/registry';
import { COMMANDS } from '../../src/ui/commands/commands';

const command = (id: string, keybinding?: string): CommandDeclaration<null> => ({ id, title: 'command.save', category: 'category.file', keybinding, run: () => undefined });

describe('command registry', () => {
  it('refuses a duplicate id', () => {
    expect(() => createRegistry([command('a'), command('b'), command('a')])).toThrow('command "a" is declared twice');
  });
  it('declares every app command once, each with a title in both languages', () => {
    expect(() => createRegistry(COMMANDS)).not.toThrow();
  });
  it("applies the user's keybindings over the defaults, and an empty one removes a default", () => {
    const registry = createRegistry([command('save', 'ctrl+s'), command('open', 'ctrl+o'), command('panel', 'ctrl+j')]);
    const keys = resolveKeybindings(registry, { open: 'ctrl+alt+o', panel: '', unknown: 'ctrl+u' });
    expect(Object.fromEntries(keys)).toEqual({ 'ctrl+s': 'save', 'ctrl+alt+o': 'open' });
  });
  it("lets the user's chord win when it collides with a default", () => {
    const registry = createRegistry([command('save', 'ctrl+s'), command('mine')]);
    expect(resolveKeybindings(registry, { mine: 'ctrl+s' }).get('ctrl+s')).toBe('mine');
  });
});

describe('key chords', () => {
  const event = (key: string, code: string, mods: Partial<Record<'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey', boolean>> = {}) => ({ key, code, ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...mods });
  it('reads physical keys with modifiers in a fixed order; Cmd counts as Ctrl', () => {
    expect(chordOf(event('P', 'KeyP', { ctrlKey: true, shiftKey: true }))).toBe('ctrl+shift+p');
    expect(chordOf(event('p', 'KeyP', { metaKey: true }))).toBe('ctrl+p');
    expect(chordOf(event('F1', 'F1'))).toBe('f1');
    expect(chordOf(event(',', 'Comma', { ctrlKey: true }))).toBe('ctrl+,');
    expect(chordOf(event('Shift', 'ShiftLeft', { shiftKey: true }))).toBeNull();
  });
  it('shows chords as people write them and refuses plain letters as bindings', () => {
    expect(formatChord('ctrl+shift+p')).toBe('Ctrl+Shift+P');
    expect(formatChord('ctrl+,')).toBe('Ctrl+,');
    expect(isBindable('p')).toBe(false);
    expect(isBindable('f5')).toBe(true);
  });
});

describe('fuzzy matching', () => {
  it('matches characters in order and prefers word starts and runs', () => {
    expect(fuzzyMatch('xyz', 'Zijbalk tonen')).toBeNull();
    const labels = ['Beeld: Zijbalk tonen of verbergen', 'Beeld: Paneel tonen of verbergen', 'Bestand: Opslaan als…'];
    const ranked = labels.map((label) => ({ label, match: fuzzyMatch('zijb', label) })).filter((entry) => entry.match).sort((a, b) => b.match!.score - a.match!.score);
    expect(ranked[0]!.label).toBe('Beeld: Zijbalk tonen of verbergen');
    expect(fuzzyMatch('opsl', 'Bestand: Opslaan als…')!.positions).toEqual([9, 10, 11, 12]);
    expect(fuzzyMatch('verbindingsgericht', 'Verbindingsgericht')).not.toBeNull();
    expect(fuzzyMatch('oplossings', 'Oplóssingsgericht')).not.toBeNull();
  });
});
