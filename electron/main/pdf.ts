import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { asExportError, type PdfPrinter } from '../../src/services';
import { hardenedWindowOptions } from './window';

/**
 * The desktop app prints with Electron's own Chromium (webContents.printToPDF) in a hidden window that is
 * as hardened as the main one and runs no JavaScript at all.
 */
export function electronPdfPrinter(createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow): PdfPrinter {
  return {
    async print(html) {
      const base = hardenedWindowOptions('', true); // the hidden print window never needs DevTools
      const window = createWindow({ ...base, show: false, webPreferences: { ...base.webPreferences, preload: undefined, javascript: false } });
      try {
        await window.loadURL(`data:text/html;base64,${Buffer.from(html).toString('base64')}`);
        // Paper, margins, the landscape timetable pages and the running header all come from the handout's
        // @page rules, as in the browser edition's printer.
        const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true });
        return new Uint8Array(pdf);
      } catch (error) {
        throw asExportError(error);
      } finally {
        window.destroy();
      }
    },
    async close() {},
  };
}
