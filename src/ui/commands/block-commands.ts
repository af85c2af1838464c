import type { CommandDeclaration } from './registry';
import type { CommandContext } from './commands';

/**
 * True unless the focus is in a text field that keeps its own undo: any field outside the training, or
 * one in it that is not bound to the training (a module name). Fields bound to the training
 * (`data-bound`) change it as they are typed in, so the training's undo is theirs.
 */
export function isOutsideTextField(): boolean {
  const target = document.activeElement;
  if (!(target instanceof HTMLElement)) return true;
  const textField = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
  return !textField || target.dataset.bound === 'true';
}

/** Block shortcuts act on selected blocks, never while typing in a field or with text selected (then Ctrl+C copies text). */
function notTyping(): boolean {
  const target = document.activeElement;
  if (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return false;
  return window.getSelection()?.isCollapsed !== false;
}

const editable = (c: CommandContext) => c.activeCurriculum !== null && !c.activeCurriculum.readOnly;
const withSelection = (c: CommandContext) => editable(c) && notTyping() && c.app.blocks.hasSelection();

export const blockCommands: CommandDeclaration<CommandContext>[] = [
  { id: 'draaiboek.blocks.copy', title: 'command.copyBlocks', category: 'category.edit', keybinding: 'ctrl+c', menu: 'edit', when: withSelection, run: (c) => c.app.blocks.copy() },
  {
    id: 'draaiboek.blocks.paste',
    title: 'command.pasteBlocks',
    category: 'category.edit',
    keybinding: 'ctrl+v',
    menu: 'edit',
    when: (c) => editable(c) && notTyping() && c.app.blocks.canPaste(),
    run: (c) => c.app.blocks.paste(c.activeCurriculum!.key),
  },
  { id: 'draaiboek.blocks.duplicate', title: 'command.duplicateBlocks', category: 'category.edit', keybinding: 'ctrl+d', menu: 'edit', when: withSelection, run: (c) => c.app.blocks.duplicate() },
  { id: 'draaiboek.blocks.delete', title: 'command.deleteBlocks', category: 'category.edit', keybinding: 'delete', menu: 'edit', when: withSelection, run: (c) => c.app.blocks.delete() },
];
