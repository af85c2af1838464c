import type { Settings } from '../../core';
import type { PdfPrinter } from './pdf';

/**
 * The host's one warm PDF printer. It is made again when the Chromium setting changes, so a new path is
 * used at the next export; a printer that cannot be made (no Chromium) is not kept, so the next export
 * asks again; and closing never throws, so a host always shuts down.
 */
export function printerSlot(make: (settings: Settings) => PdfPrinter) {
  let current: { chromiumPath: string; printer: PdfPrinter } | null = null;
  const release = (slot: typeof current) => slot?.printer.close().catch(() => undefined);
  return {
    get(settings: Settings): PdfPrinter {
      if (current && current.chromiumPath !== settings.chromiumPath) {
        void release(current);
        current = null;
      }
      current ??= { chromiumPath: settings.chromiumPath, printer: make(settings) };
      return current.printer;
    },
    async close(): Promise<void> {
      const closing = current;
      current = null;
      await release(closing);
    },
  };
}
