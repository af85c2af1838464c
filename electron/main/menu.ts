import type { Menu, MenuItemConstructorOptions } from 'electron';
import type { MethodInput } from '../../src/contract';

/** VS Code writes "ctrl+shift+p"; Electron wants "CmdOrCtrl+Shift+P". */
export function toAccelerator(chord: string): string {
  return chord
    .split('+')
    .map((part) => (part === 'ctrl' ? 'CmdOrCtrl' : part.length === 1 ? part.toUpperCase() : part[0]!.toUpperCase() + part.slice(1)))
    .join('+');
}

/**
 * The application menu as the UI declared it (from its command registry, in the UI language). A click
 * sends the command id back to the page, which runs it like the palette would.
 */
export function menuTemplate(model: MethodInput<'app.setMenu'>, send: (command: string) => void): MenuItemConstructorOptions[] {
  return model.menus.map((menu) => ({
    label: menu.label,
    submenu: menu.items.map((item) => ({
      label: item.label,
      ...(item.accelerator ? { accelerator: toAccelerator(item.accelerator), registerAccelerator: false } : {}),
      click: () => send(item.command),
    })),
  }));
}

/**
 * Electron shows its default menu (with Toggle Developer Tools on Ctrl+Shift+I, and Reload) until the UI
 * sends its own. A packaged app starts with no menu at all; this must run before the app is ready, when
 * Electron decides whether to install its default.
 */
export function withoutDefaultMenu(menu: Pick<typeof Menu, 'setApplicationMenu'>, packaged: boolean): void {
  if (packaged) menu.setApplicationMenu(null);
}
