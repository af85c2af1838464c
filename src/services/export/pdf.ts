import type { Browser, BrowserContext } from 'playwright-core';
import { AppError, isAppError } from '../../contract';
import { assertChromiumFamily } from './chromium';

export interface PdfPage {
  title: string;
  /** e.g. "25 november 2026", shown in the running header. */
  date: string;
  /** e.g. "Pagina {page} van {total}", with the placeholders filled in by the engine. */
  pageLabel: string;
}

/** How a print may be stopped: the host's time limit or the trainer's cancel abort the signal. */
export interface PrintOptions {
  signal?: AbortSignal;
}

/** Prints self-contained handout HTML to an A4 PDF; the desktop app and the Node hosts each bring one. */
export interface PdfPrinter {
  /** Rejects soon after `signal` aborts, and the printer stays usable for the next print. */
  print(html: string, page: PdfPage, options?: PrintOptions): Promise<Uint8Array>;
  /** Never rejects: a host shutting down cannot do anything about a browser that failed. */
  close(): Promise<void>;
}

const HEADER_TITLE_LIMIT = 120;
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Header and footer templates for Chromium: title and date on top, "page x of y" at the outer (right) corner. */
export function runningHeaderAndFooter(page: PdfPage): { headerTemplate: string; footerTemplate: string } {
  // The header repeats on every page and does not wrap: a long title is shortened there (the cover has it whole).
  const title = page.title.length > HEADER_TITLE_LIMIT ? `${Array.from(page.title.slice(0, HEADER_TITLE_LIMIT)).slice(0, -1).join('')}…` : page.title;
  const style = 'font-family: sans-serif; font-size: 8px; color: #555; width: 100%; padding: 0 18mm; display: flex; justify-content: space-between;';
  const numbers = escape(page.pageLabel).replace('{page}', '<span class="pageNumber"></span>').replace('{total}', '<span class="totalPages"></span>');
  return {
    headerTemplate: `<div style="${style}"><span>${escape(title)}</span><span>${escape(page.date)}</span></div>`,
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

/** How long closing a print's browser context may take before the whole browser is ended instead. */
const CLOSE_GRACE_MS = 3000;

/** Resolves when `promise` settles or after `ms`, whichever is first; never rejects. */
const settledWithin = (promise: Promise<unknown>, ms: number) =>
  new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    promise.then(
      () => (clearTimeout(timer), resolve(true)),
      () => (clearTimeout(timer), resolve(true)),
    );
  });

/** The reason a print was stopped, as the AppError the trainer sees ('export-timeout' or 'export-cancelled'). */
export function stoppedPrint(signal: AbortSignal): AppError {
  return isAppError(signal.reason) ? signal.reason : new AppError('export-cancelled', {}, 'PDF export cancelled');
}

/** The longest a PDF may take: a 10-day trainer guide prints in about 3 s; cut-off input keeps it far below this. */
export const PRINT_TIME_LIMIT_MS = 60_000;

/**
 * One print under a time limit and the trainer's cancel, for any printer: the answer comes when either
 * ends the wait, and the printer gets the signal so it can stop its work too.
 */
export async function printWithinLimits(
  printer: PdfPrinter,
  html: string,
  page: PdfPage,
  { signal, timeoutMs = PRINT_TIME_LIMIT_MS }: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<Uint8Array> {
  const limit = new AbortController();
  const seconds = Math.round(timeoutMs / 100) / 10;
  const timer = setTimeout(() => limit.abort(new AppError('export-timeout', { seconds }, `PDF export stopped after ${seconds} s`)), timeoutMs);
  const cancel = () => limit.abort(signal ? stoppedPrint(signal) : undefined);
  if (signal?.aborted) cancel();
  else signal?.addEventListener('abort', cancel, { once: true });
  const stopped = new Promise<never>((_, reject) => {
    if (limit.signal.aborted) reject(stoppedPrint(limit.signal));
    else limit.signal.addEventListener('abort', () => reject(stoppedPrint(limit.signal)), { once: true });
  });
  stopped.catch(() => undefined);
  const printing = limit.signal.aborted ? stopped : printer.print(html, page, { signal: limit.signal });
  printing.catch(() => undefined);
  try {
    return await Promise.race([printing, stopped]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

/**
 * Chromium driven by playwright-core. The browser starts on first use and stays warm, because starting it
 * costs about as much as printing a 10-day handout. Pages run no script: handout HTML has none, and
 * JavaScript is off in the context anyway; requests other than data: URLs are blocked.
 *
 * It recovers: a failed start is forgotten (the next print tries again), a browser that crashed is
 * started anew, and an aborted print closes its tab, or ends the browser when the tab hangs in layout.
 */
export function chromiumPrinter(executablePath: string): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  const launch = (): Promise<Browser> => {
    if (browser) return browser;
    // playwright-core takes about a second to load, so a host only pays for it at its first PDF.
    const starting = assertChromiumFamily(executablePath).then(() => import('playwright-core')).then(({ chromium }) =>
      chromium.launch({
        executablePath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      }),
    );
    browser = starting;
    const forget = () => {
      if (browser === starting) browser = null;
    };
    starting.then((running) => running.on('disconnected', forget), forget);
    return starting;
  };
  // Never throws and never waits long: a browser that will not close is left to Playwright, which ends it with this process.
  const end = async () => {
    const running = browser;
    browser = null;
    if (running) await settledWithin(running.then((started) => started.close()), CLOSE_GRACE_MS);
  };
  return {
    async print(html, page, { signal } = {}) {
      if (signal?.aborted) throw stoppedPrint(signal);
      let context: BrowserContext | null = null;
      const work = (async () => {
        const running = await launch();
        context = await running.newContext({ javaScriptEnabled: false, offline: true });
        // Stopped while Chromium was starting: the `finally` below has already run, so this tab closes itself.
        if (signal?.aborted) await context.close().catch(() => undefined);
        signal?.throwIfAborted();
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
      })();
      // Whoever loses the race below must not become an unhandled rejection.
      work.catch(() => undefined);
      const stopped = new Promise<never>((_, reject) => {
        signal?.addEventListener('abort', () => reject(stoppedPrint(signal)), { once: true });
      });
      stopped.catch(() => undefined);
      try {
        return await Promise.race([work, stopped]);
      } catch (error) {
        throw signal?.aborted ? stoppedPrint(signal) : asExportError(error);
      } finally {
        const open = context as BrowserContext | null;
        // A tab stuck in layout may not close; ending the browser frees the machine, the next print starts a new one.
        if (open && !(await settledWithin(open.close(), CLOSE_GRACE_MS))) await end();
      }
    },
    close: end,
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
