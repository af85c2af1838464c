import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { asExportError, runningHeaderAndFooter, type PdfPrinter } from '../../src/services';
import { hardenedWindowOptions } from './window';

const MM_PER_INCH = 25.4;

/**
 * The desktop app prints with Electron's own Chromium (webContents.printToPDF) in a hidden window that is
 * as hardened as the main one and runs no JavaScript at all.
 */
export function electronPdfPrinter(createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow): PdfPrinter {
  return {
    async print(html, page) {
      const base = hardenedWindowOptions('', true); // the hidden print window never needs DevTools
      const window = createWindow({ ...base, show: false, webPreferences: { ...base.webPreferences, preload: undefined, javascript: false } });
      try {
        await window.loadURL(`data:text/html;base64,${Buffer.from(html).toString('base64')}`);
        const pdf = await window.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          ...runningHeaderAndFooter(page),
          margins: { top: 20 / MM_PER_INCH, bottom: 22 / MM_PER_INCH, left: 18 / MM_PER_INCH, right: 18 / MM_PER_INCH },
          generateTaggedPDF: true,
          generateDocumentOutline: true,
        });
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
