import { AppError, isAppError } from '../../contract';
import { settledWithin, type ChromiumProcess } from './cdp';
import { closeTab, HandoutNotLoaded, launchPrintingChromium, openTab, printOn, type StartedChromium, type Tab } from './print-tab';
import { assertChromiumFamily } from './chromium';

/** How a print may be stopped: the host's time limit or the trainer's cancel abort the signal. */
export interface PrintOptions {
  signal?: AbortSignal;
}

/** Prints self-contained handout HTML to an A4 PDF; the desktop app and the Node hosts each bring one. */
export interface PdfPrinter {
  /** Rejects soon after `signal` aborts, and the printer stays usable for the next print. */
  print(html: string, options?: PrintOptions): Promise<Uint8Array>;
  /** Never rejects: a host shutting down cannot do anything about a browser that failed. */
  close(): Promise<void>;
}

/** A failure while printing as an AppError: a timeout is 'export-timeout', anything else 'export-failed'. */
export function asExportError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && error.name === 'TimeoutError' ? 'export-timeout' : 'export-failed';
  return new AppError(code, { detail: message }, `PDF export failed: ${message}`, { cause: error });
}

/** How long closing a print's tab (or the browser) may take before the whole browser is ended instead. */
const CLOSE_GRACE_MS = 3000;

/** The reason a print was stopped, as the AppError the trainer sees ('export-timeout' or 'export-cancelled'). */
export function stoppedPrint(signal: AbortSignal): AppError {
  return isAppError(signal.reason) ? signal.reason : new AppError('export-cancelled', {}, 'PDF export cancelled');
}

/** The longest a PDF may take: a 10-day trainer guide prints in 2 to 4 s; cut-off input keeps it far below this. */
export const PRINT_TIME_LIMIT_MS = 60_000;

/**
 * One print under a time limit and the trainer's cancel, for any printer: the answer comes when either
 * ends the wait, and the printer gets the signal so it can stop its work too.
 */
export async function printWithinLimits(
  printer: PdfPrinter,
  html: string,
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
  const printing = limit.signal.aborted ? stopped : printer.print(html, { signal: limit.signal });
  printing.catch(() => undefined);
  try {
    return await Promise.race([printing, stopped]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

/** A tab lent to one print, with the browser it is in; `kept` when an earlier print left it. */
interface Lease {
  started: Promise<ChromiumProcess>;
  running: ChromiumProcess;
  tab: Tab;
  kept: boolean;
}

/**
 * Headless Chromium driven over its DevTools pipe (see print-tab.ts). The browser starts on first use and
 * stays warm, and so does its tab: starting them costs about as much as printing a 10-day handout. A
 * browser and tab started ahead (`ahead`, by the command line) are taken over.
 *
 * It recovers: a failed start is forgotten (the next print tries again), a browser or tab that crashed is
 * replaced, and an aborted or failed print closes its tab, or ends the browser when the tab hangs in layout.
 */
export function chromiumPrinter(executablePath: string, ahead?: StartedChromium): PdfPrinter {
  let browser: Promise<ChromiumProcess> | null = null;
  /** The tab the last print left behind, for the next one; a print that finds none (or runs beside another) opens one. */
  let idle: Promise<Tab> | null = null;
  let handOver = ahead?.executable === executablePath ? ahead : undefined;
  let serial = 0;
  /** The closing of a tab that failed or was stopped, if one is under way. */
  let cleaning: Promise<void> = Promise.resolve();
  const start = () => assertChromiumFamily(executablePath).then(() => launchPrintingChromium(executablePath));
  const launch = (): Promise<ChromiumProcess> => {
    if (browser) return browser;
    const taken = handOver;
    handOver = undefined;
    // A start ahead that failed is tried again here, so its error is reported as any other.
    const starting = taken ? taken.running.catch(start) : start();
    if (taken) idle = taken.tab;
    browser = starting;
    const forget = () => {
      if (browser !== starting) return;
      browser = null;
      idle = null;
    };
    starting.then((running) => running.exited.then(forget), forget);
    return starting;
  };
  /** Stops using a browser (the next print starts a new one) and closes it; never throws, never waits long. */
  const end = async (running: Promise<ChromiumProcess> | null) => {
    if (!running) return;
    if (browser === running) {
      browser = null;
      idle = null;
    }
    await settledWithin(running.then((started) => started.close()), CLOSE_GRACE_MS);
  };
  /** A tab to print in: the idle one if it is still alive (`kept`), else a new one in a running browser. */
  const borrow = async (): Promise<Lease> => {
    await cleaning;
    const started = launch();
    const running = await started;
    const pooled = idle;
    idle = null;
    const tab = pooled && (await pooled.catch(() => null));
    if (tab?.alive && !running.ended) return { started, running, tab, kept: true };
    return { started, running, tab: await openTab(running.cdp), kept: false };
  };
  /** After a good print the tab waits for the next one; a second idle tab is closed. */
  const keep = ({ started, running, tab }: Lease) => {
    if (browser === started && !idle) idle = Promise.resolve(tab);
    else void closeTab(running, tab, CLOSE_GRACE_MS);
  };
  /**
   * Closes a tab a print failed or was stopped in; one that does not close hangs in layout, so its browser
   * ends. The next print waits for this, so it never starts in a browser that is about to end.
   */
  const discard = ({ started, running, tab }: Lease) => {
    const closing = cleaning.then(async () => {
      if (running.ended || !(await closeTab(running, tab, CLOSE_GRACE_MS))) await end(started);
    });
    cleaning = closing;
    return closing;
  };
  /** Prints in a borrowed tab, which is kept for the next print if all went well and discarded if not. */
  const printIn = async (lease: Lease, html: string, signal?: AbortSignal) => {
    // Stopped while the tab opened: the print has already answered, so the tab goes at once.
    if (signal?.aborted) {
      void discard(lease);
      throw stoppedPrint(signal);
    }
    let printed = false;
    const stopped = () => void discard(lease);
    signal?.addEventListener('abort', stopped, { once: true });
    try {
      const pdf = await printOn(lease.running.cdp, lease.tab, html, ++serial);
      printed = true;
      return pdf;
    } finally {
      signal?.removeEventListener('abort', stopped);
      if (printed) keep(lease);
      else if (!signal?.aborted) await discard(lease);
    }
  };
  return {
    async print(html, { signal } = {}) {
      if (signal?.aborted) throw stoppedPrint(signal);
      const work = (async () => {
        const lease = await borrow();
        try {
          return await printIn(lease, html, signal);
        } catch (error) {
          // A tab kept from an earlier print that cannot load a page crashed while it waited (with its
          // browser, perhaps) before Chromium said so: the print goes on in a new one. What fails there is reported.
          if (!lease.kept || !(error instanceof HandoutNotLoaded) || signal?.aborted) throw error;
          return await printIn(await borrow(), html, signal);
        }
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
      }
    },
    async close() {
      // A start ahead that no print took over is closed too.
      const unused = handOver;
      handOver = undefined;
      await Promise.all([end(browser), unused && end(unused.running)]);
    },
  };
}

/**
 * The printer for the browser edition and the CLI: the Chromium from the settings, or one found on this
 * machine. Without any, PDF export says what to do; the other formats keep working. A Chromium started
 * `ahead` is taken over when it is the same program.
 */
export function systemChromiumPrinter(chromiumPath: string, find: (setting: string) => string | null, ahead?: StartedChromium): PdfPrinter {
  const executable = find(chromiumPath);
  if (!executable) {
    const detail = chromiumPath.trim() ? `the Chromium set in the settings (${chromiumPath}) does not exist` : 'no Chromium, Chrome or Edge was found';
    throw new AppError('chromium-not-found', chromiumPath.trim() ? { file: chromiumPath } : {}, `PDF export needs Chromium: ${detail}. Install Chromium (Debian/Ubuntu: apt install chromium) or set its path in the settings (chromiumPath).`);
  }
  return chromiumPrinter(executable, ahead);
}
