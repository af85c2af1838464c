import {
  buildHandout,
  renderHandoutHtml,
  renderHandoutMarkdown,
  type Audience,
  type Curriculum,
  type ExportFormat,
  type TechniqueCard,
} from '../../core';
import type { FontFace } from './fonts';
import { printWithinLimits, type PdfPrinter } from './pdf';

export interface ExportRequest {
  curriculum: Curriculum;
  cards: ReadonlyMap<string, TechniqueCard>;
  format: ExportFormat;
  audience: Audience;
  /** 0-based; undefined exports the whole curriculum. */
  dayIndex?: number;
  /** YYYY-MM-DD, printed on the handout. */
  generatedOn: string;
}

export interface ExportDeps {
  fonts: FontFace[];
  /** Only asked for when a PDF is wanted, so the other formats work without any Chromium. */
  printer(): PdfPrinter;
  /** The trainer's cancel; a PDF also stops by itself after `timeoutMs` (default PRINT_TIME_LIMIT_MS). */
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** One handout in one format, as the bytes of the file. */
export async function renderExport(request: ExportRequest, deps: ExportDeps): Promise<Uint8Array> {
  const handout = buildHandout(request.curriculum, request.cards, { audience: request.audience, dayIndex: request.dayIndex, generatedOn: request.generatedOn });
  switch (request.format) {
    case 'markdown':
      return new TextEncoder().encode(renderHandoutMarkdown(handout));
    case 'html':
      return new TextEncoder().encode(renderHandoutHtml(handout, { fontFaces: deps.fonts }));
    case 'docx':
      // docx (and its markdown parser) load on the first Word export, not when a host starts.
      return (await import('./docx')).renderHandoutDocx(handout);
    case 'pdf':
      // The running header and page numbers are in the HTML's @page rules, as is the paper.
      return printWithinLimits(deps.printer(), renderHandoutHtml(handout, { fontFaces: deps.fonts }), { signal: deps.signal, timeoutMs: deps.timeoutMs });
  }
}
