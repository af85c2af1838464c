import type { Browser } from 'playwright-core';
import { AppError, isAppError } from '../../contract';

export interface PdfPage {
  title: string;
  /** e.g. "25 november 2026", shown in the running header. */
  date: string;
  /** e.g. "Pagina {page} van {total}", with the placeholders filled in by the engine. */
  pageLabel: string;
}

/** Prints self-contained handout HTML to an A4 PDF; the desktop app and the Node hosts each bring one. */
export interface PdfPrinter {
  print(html: string, page: PdfPage): Promise<Uint8Array>;
  close(): Promise<void>;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Header and footer templates for Chromium: title and date on top, "page x of y" at the outer (right) corner. */
export function runningHeaderAndFooter(page: PdfPage): { headerTemplate: string; footerTemplate: string } {
  const style = 'font-family: sans-serif; font-size: 8px; color: #555; width: 100%; padding: 0 18mm; display: flex; justify-content: space-between;';
  const numbers = escape(page.pageLabel).replace('{page}', '<span class="pageNumber"></span>').replace('{total}', '<span class="totalPages"></span>');
  return {
    headerTemplate: `<div style="${style}"><span>${escape(page.title)}</span><span>${escape(page.date)}</span></div>`,
    footerTemplate: `<div style="${style}"><span></span><span>${numbers}</span></div>`,
  };
}

/** A failure while printing as an AppError: a timeout is 'export-timeout', anything else 'export-failed'. */
export function asExportError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && error.name === 'TimeoutError' ? 'export-timeout' : 'export-failed';
  return new AppError(code, { detail: message }, `PDF export failed: ${message}`, { cause: error });
}

export const PDF_MARGINS = { top: '20mm', bottom: '22mm', left: '18mm', right: '18mm' };

/**
 * Chromium driven by playwright-core. The browser starts on first use and stays warm, because starting it
 * costs about as much as printing a 10-day handout. Pages run no script: handout HTML has none, and
 * JavaScript is off in the context anyway; requests other than data: URLs are blocked.
 */
export function chromiumPrinter(executablePath: string): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  const launch = () =>
    // playwright-core takes about a second to load, so a host only pays for it at its first PDF.
    (browser ??= import('playwright-core').then(({ chromium }) =>
      chromium.launch({
        executablePath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      }),
    ));
  return {
    async print(html, page) {
      const context = await launch()
        .then((running) => running.newContext({ javaScriptEnabled: false, offline: true }))
        .catch((error: unknown) => Promise.reject(asExportError(error)));
      try {
        const tab = await context.newPage();
        await tab.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
        await tab.setContent(html, { waitUntil: 'load' });
        const pdf = await tab.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          ...runningHeaderAndFooter(page),
          margin: PDF_MARGINS,
          tagged: true,
          outline: true,
        });
        return new Uint8Array(pdf);
      } catch (error) {
        throw asExportError(error);
      } finally {
        await context.close();
      }
    },
    async close() {
      if (browser) await (await browser).close();
      browser = null;
    },
  };
}

/**
 * The printer for the browser edition and the CLI: the Chromium from the settings, or one found on this
 * machine. Without any, PDF export says what to do; the other formats keep working.
 */
export function systemChromiumPrinter(chromiumPath: string, find: (setting: string) => string | null): PdfPrinter {
  const executable = find(chromiumPath);
  if (!executable) {
    const detail = chromiumPath.trim() ? `the Chromium set in the settings (${chromiumPath}) does not exist` : 'no Chromium, Chrome or Edge was found';
    throw new AppError('chromium-not-found', chromiumPath.trim() ? { file: chromiumPath } : {}, `PDF export needs Chromium: ${detail}. Install Chromium (Debian/Ubuntu: apt install chromium) or set its path in the settings (chromiumPath).`);
  }
  return chromiumPrinter(executable);
}
