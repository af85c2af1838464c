import type { CommandDeclaration } from './registry';
import type { CommandContext } from './commands';

/** True unless the focus is in a text field outside the training editor (the library's search, a card form). */
export function isOutsideTextField(): boolean {
  const target = document.activeElement;
  if (!(target instanceof HTMLElement)) return true;
  const textField = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
  return !textField || target.closest('.curriculum-editor') !== null;
}

/** Block shortcuts act on selected blocks, never while typing in any field (there Ctrl+C copies text). */
function notTyping(): boolean {
  const target = document.activeElement;
  return !(target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)));
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
