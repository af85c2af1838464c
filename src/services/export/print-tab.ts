import { launchChromium, settledWithin, type CdpEvent, type CdpPipe, type ChromiumProcess } from './cdp';
import { chromiumFamilyProblem } from './chromium-probe';

/*
 * The Chromium side of a PDF print: the browser, the tab a handout is loaded in, and the print call. It
 * needs only Node built-ins, so the command line can start a browser and a tab while it still loads the app.
 */

/** How long Chromium may take to start and answer; a start that takes longer is ended and reported. */
const LAUNCH_LIMIT_MS = 30_000;
/** How long `--version` may take when checking that a program is a Chromium. */
const VERSION_CHECK_LIMIT_MS = 15_000;

/**
 * Headless Chromium for printing only: no GPU, no network of its own (every request is answered by the
 * tab, see `openTab`), nothing that phones home or updates itself.
 */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-extensions',
  '--disable-sync',
  '--disable-breakpad',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--no-first-run',
  '--mute-audio',
  '--hide-scrollbars',
];

/** Starts Chromium for printing; the caller has checked that the program is one (see chromiumFamilyProblem). */
export const launchPrintingChromium = (executable: string) => launchChromium(executable, CHROMIUM_FLAGS, LAUNCH_LIMIT_MS);

/** Where a tab finds the handout it prints: an address that never reaches a network, answered from memory. */
const DOCUMENT_ORIGIN = 'https://handout.draaiboek.invalid';

/** A tab that prints: its target (to close it) and its session (for its commands and events). */
export interface Tab {
  targetId: string;
  sessionId: string;
  /** False once it crashed or closed: it is not used again. */
  alive: boolean;
  /** The handout this tab is to load next; every other request it makes is refused. */
  document: { url: string; html: Buffer } | null;
  /** Stops listening to this tab's events. */
  stopListening(): void;
}

/** Opens a tab that runs no script, lays out for print, and whose every request is answered by `tab.document` or refused. */
export async function openTab(cdp: CdpPipe): Promise<Tab> {
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  const tab: Tab = { targetId, sessionId, alive: true, document: null, stopListening: () => undefined };
  tab.stopListening = cdp.on((event) => {
    if (event.sessionId === sessionId && event.method === 'Fetch.requestPaused') answerRequest(cdp, tab, event.params as { requestId: string; request: { url: string } });
    // A crashed or closed tab never answers the commands it was sent: they fail now instead of waiting for the time limit.
    if (isTabGone(event, sessionId)) {
      tab.alive = false;
      cdp.abandonSession(sessionId, new Error('the page crashed or closed while printing'));
    }
  });
  await Promise.all([
    cdp.send('Emulation.setScriptExecutionDisabled', { value: true }, sessionId),
    // Laid out for print from the start: entering print mode then changes no style, and Chromium lays the
    // handout out fewer times (a 10-day handout printed in 0.9 s instead of 1.3 s).
    cdp.send('Emulation.setEmulatedMedia', { media: 'print' }, sessionId),
    cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }, sessionId),
    cdp.send('Page.enable', {}, sessionId),
    cdp.send('Inspector.enable', {}, sessionId),
  ]);
  return tab;
}

/** The tab of `sessionId` crashed, or closed. */
const isTabGone = (event: CdpEvent, sessionId: string) =>
  (event.sessionId === sessionId && event.method === 'Inspector.targetCrashed') || (event.method === 'Target.detachedFromTarget' && event.params.sessionId === sessionId);

function answerRequest(cdp: CdpPipe, tab: Tab, { requestId, request }: { requestId: string; request: { url: string } }): void {
  const answer =
    tab.document && request.url === tab.document.url
      ? cdp.send(
          'Fetch.fulfillRequest',
          { requestId, responseCode: 200, responseHeaders: [{ name: 'Content-Type', value: 'text/html; charset=utf-8' }], body: tab.document.html.toString('base64') },
          tab.sessionId,
        )
      : cdp.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }, tab.sessionId);
  // The tab may have closed meanwhile; then nobody waits for this request any more.
  answer.catch(() => undefined);
}

/**
 * The tab did not load the handout: our own answer never fails, so the tab (or its browser) is broken,
 * for example by a crash that Chromium has not reported yet.
 */
export class HandoutNotLoaded extends Error {
  constructor(cause: unknown) {
    super(`the handout did not load (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
    this.name = 'HandoutNotLoaded';
  }
}

/**
 * Loads `html` in `tab` and prints it, tagged and with an outline. No paper size, margins or header are
 * passed: the handout's own @page rules decide them (a landscape page, the running header and page numbers).
 */
export async function printOn(cdp: CdpPipe, tab: Tab, html: string, serial: number): Promise<Uint8Array> {
  // A new address per print: nothing of the previous handout can be taken for this one.
  tab.document = { url: `${DOCUMENT_ORIGIN}/${serial}`, html: Buffer.from(html, 'utf8') };
  let stopWaiting = (): unknown => undefined;
  // A tab that crashes after its navigation was accepted never fires the load event: that ends the wait too.
  const loaded = new Promise<void>((resolve, reject) => {
    stopWaiting = cdp.on((event) => {
      if (event.sessionId === tab.sessionId && event.method === 'Page.loadEventFired') resolve();
      else if (isTabGone(event, tab.sessionId)) reject(new Error('the page crashed or closed while loading'));
    });
  });
  // It may end before it is awaited (the tab crashed while the navigation was under way): that is handled below.
  loaded.catch(() => undefined);
  try {
    const navigation = await cdp.send<{ errorText?: string }>('Page.navigate', { url: tab.document.url }, tab.sessionId);
    if (navigation.errorText) throw new Error(navigation.errorText);
    await loaded;
  } catch (error) {
    throw new HandoutNotLoaded(error);
  } finally {
    stopWaiting();
    tab.document = null;
  }
  const { data } = await cdp.send<{ data: string }>(
    'Page.printToPDF',
    { printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true },
    tab.sessionId,
  );
  return new Uint8Array(Buffer.from(data, 'base64'));
}

/** Closes a tab; false when it did not close within `graceMs` (it hangs in layout). */
export async function closeTab(running: ChromiumProcess, tab: Tab, graceMs: number): Promise<boolean> {
  tab.alive = false;
  tab.stopListening();
  return settledWithin(running.cdp.send('Target.closeTarget', { targetId: tab.targetId }), graceMs);
}

/** A Chromium and a tab started ahead of the first print, for a printer of the same program to take over. */
export interface StartedChromium {
  executable: string;
  running: Promise<ChromiumProcess>;
  tab: Promise<Tab>;
  /** Closes it (whether or not a printer took it over); never rejects. */
  stop(): Promise<void>;
}

/**
 * Starts `executable` and a tab now, when it passes the family check. A start that fails stays quiet: the
 * printer that would take it over starts its own, and reports what goes wrong then.
 */
export function startChromium(executable: string): StartedChromium {
  const running = chromiumFamilyProblem(executable, VERSION_CHECK_LIMIT_MS).then((problem) => {
    if (problem) throw new Error(problem);
    return launchPrintingChromium(executable);
  });
  const tab = running.then((browser) => openTab(browser.cdp));
  running.catch(() => undefined);
  tab.catch(() => undefined);
  const stop = () => running.then((browser) => browser.close(), () => undefined);
  return { executable, running, tab, stop };
}
