import { buildHandout, type Audience, type Curriculum, type TechniqueCard } from '../core';
import type { renderHandoutHtml } from '../core/handout/html';
import type { HostApi, MethodOutput } from '../contract';
import { Debouncer } from './debounce';
import type { DocumentService } from './documents';
import { Store } from './store';

/** A pause in typing this long re-renders the preview; a steady stream of edits still shows every this-many ms. */
export const PREVIEW_DELAY_MS = 250;
export const PREVIEW_MAX_WAIT_MS = 1000;

export interface PreviewOptions {
  audience: Audience;
  /** 0-based; null previews the whole curriculum. */
  dayIndex: number | null;
}

export interface PreviewState {
  /** The handout's HTML, null until the first render. */
  html: string | null;
  /** Goes up by one for every new HTML, so the view can give each its own frame. */
  version: number;
  error: unknown;
}

export type HandoutFonts = MethodOutput<'export.fonts'>['fonts'];

/** "2026-12-02" in the trainer's own time zone: the date the handout says it was made. */
const localDate = (now: Date) => [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');

/**
 * The live preview of one curriculum's handout. It renders here, with the same core code that prints the
 * PDF, so an edit needs no round trip to the host: the host is asked once for the fonts. Edits re-render
 * after a pause in typing (debounced); a new edition or day re-renders at once.
 */
export class HandoutPreview {
  readonly store = new Store<PreviewState>({ html: null, version: 0, error: null });
  private fonts: HandoutFonts | null = null;
  /** The HTML renderer (with the hyphenation patterns) loads with the first preview, not with the app. */
  private renderHtml: typeof renderHandoutHtml | null = null;
  private rendered: { curriculum: Curriculum; cards: ReadonlyMap<string, TechniqueCard>; options: PreviewOptions } | null = null;
  private readonly debouncer = new Debouncer(() => this.render(), () => PREVIEW_DELAY_MS, () => PREVIEW_MAX_WAIT_MS);
  private running = false;

  constructor(
    private readonly documents: DocumentService,
    private readonly docKey: string,
    private readonly fontsOf: () => Promise<HandoutFonts>,
    private options: PreviewOptions,
  ) {}

  /** Renders now and after every edit, until the returned function stops it (it may start again). */
  start(): () => void {
    this.running = true;
    const stopWatching = this.documents.store.subscribe(() => {
      const copy = this.documents.get(this.docKey);
      if (copy && (copy.history.present !== this.rendered?.curriculum || copy.cards !== this.rendered.cards)) this.debouncer.request();
    });
    void Promise.all([this.fontsOf(), import('../core/handout/html')]).then(
      ([fonts, { renderHandoutHtml }]) => {
        this.fonts = fonts;
        this.renderHtml = renderHandoutHtml;
        this.render();
      },
      (error: unknown) => this.store.set((state) => ({ ...state, error })),
    );
    return () => {
      this.running = false;
      this.debouncer.cancel();
      stopWatching();
    };
  }

  setOptions(options: PreviewOptions): void {
    if (options.audience === this.options.audience && options.dayIndex === this.options.dayIndex) return;
    this.options = options;
    if (this.running) this.render();
  }

  private render(): void {
    const copy = this.documents.get(this.docKey);
    const curriculum = copy?.history.present;
    const cards = copy?.cards;
    if (!this.running || this.fonts === null || this.renderHtml === null || !curriculum || !cards) return;
    this.rendered = { curriculum, cards, options: this.options };
    try {
      const { audience, dayIndex } = this.options;
      const handout = buildHandout(curriculum, cards, { audience, dayIndex: dayIndex ?? undefined, generatedOn: localDate(new Date()) });
      const html = this.renderHtml(handout, { fontFaces: this.fonts });
      this.store.set((state) => (state.html === html && state.error === null ? state : { html, version: state.version + 1, error: null }));
    } catch (error) {
      this.store.set((state) => ({ ...state, error }));
    }
  }
}


/**
 * The handout fonts, asked of the host once however many previews open. Without them a preview still
 * shows, in the system font (the PDF has them either way); a failed request is asked again next time.
 */
export function handoutFontsOnce(host: Pick<HostApi, 'export.fonts'>): () => Promise<HandoutFonts> {
  let request: Promise<HandoutFonts> | null = null;
  return () =>
    (request ??= host['export.fonts']({}).then(
      ({ fonts }) => fonts,
      () => ((request = null), []),
    ));
}
