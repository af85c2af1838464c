import { geometry, measureLists, type ListGeometry } from './block-list';

/** A block picked up by the pointer: which training, which block, and the drop id of its list. */
export interface PointerDragItem {
  type: 'block';
  key: string;
  blockId: string;
  list: string;
}

/** What the curriculum does with a pointer drag of a block; the drag itself only follows the pointer. */
export interface PointerDragHandlers {
  /** The drag began; gives the name the preview shows. */
  start(item: PointerDragItem): string;
  /** The pointer is over a list (its drop id), `y` from the list's top; or over none (null). */
  move(item: PointerDragItem, list: string | null, y: number): void;
  drop(item: PointerDragItem): void;
  cancel(item: PointerDragItem): void;
}

/** How far the pointer must move before a press becomes a drag (a click stays a click). */
const START_DISTANCE = 6;
/** A pointer this close to a list (in pixels) still points at it, say just below its last block. */
const NEAR_LIST = 40;
/** Within this share of a scrolling area's height or width from its edge, the area scrolls. */
const SCROLL_EDGE = 0.1;
const SCROLL_STEP = 12;

/** The list a point is in, or the nearest one within NEAR_LIST; only lists of the training being dragged in. */
export function listAt(lists: ReadonlyMap<string | number, ListGeometry>, x: number, y: number, accept: (list: string) => boolean): string | null {
  let best: string | null = null;
  let bestDistance = NEAR_LIST;
  for (const [id, { rect }] of lists) {
    if (!accept(String(id))) continue;
    const dx = Math.max(rect.left - x, 0, x - rect.right);
    const dy = Math.max(rect.top - y, 0, y - rect.bottom);
    const distance = Math.hypot(dx, dy);
    if (distance === 0) return String(id);
    if (distance <= bestDistance) [best, bestDistance] = [String(id), distance];
  }
  return best;
}

/** The nearest ancestor that scrolls (its content is larger than it), where the drag scrolls near an edge. */
function scrollerOf(element: Element | null): HTMLElement | null {
  for (let node = element?.parentElement; node; node = node.parentElement) {
    const { overflowY, overflowX } = getComputedStyle(node);
    const scrolls = /auto|scroll/.test(overflowY + overflowX);
    if (scrolls && (node.scrollHeight > node.clientHeight || node.scrollWidth > node.clientWidth)) return node;
  }
  return null;
}

/**
 * A block dragged by the pointer, outside React: the pick-up measures the lists once and shows a light
 * preview; each move places the preview (a transform) and says which list and height the pointer is at.
 * dnd-kit renders its context (and every draggable in the side bar) when a drag starts, a long first
 * frame with a big day open; this renders nothing itself, only what the handlers change (the dimmed
 * block, the drop line). Cards from the side bar and the keyboard drag stay with dnd-kit.
 */
export class BlockPointerDrag {
  private press: { item: PointerDragItem; x: number; y: number; node: HTMLElement } | null = null;
  private dragging = false;
  private preview: HTMLElement | null = null;
  private origin = { x: 0, y: 0 };
  private pointer = { x: 0, y: 0 };
  private scroller: HTMLElement | null = null;
  private frame = 0;

  private handlers: PointerDragHandlers | null = null;

  /** `accepts`: the lists the item may land in (those of the same training). */
  constructor(private readonly accepts: (item: PointerDragItem, list: string) => boolean) {}

  /** Set by the curriculum on every render, so that a drag under way works with its latest state. */
  setHandlers(handlers: PointerDragHandlers): void {
    this.handlers = handlers;
  }

  /** The pointer went down on a block's handle: it becomes a drag once it has moved a few pixels. */
  pressed(event: PointerEvent, item: PointerDragItem, node: HTMLElement): void {
    if (event.button !== 0 || this.dragging) return;
    // A press whose release never came (let go outside the window in some browsers) is forgotten.
    if (this.press) this.end();
    this.press = { item, x: event.clientX, y: event.clientY, node };
    window.addEventListener('pointermove', this.onMove, true);
    window.addEventListener('pointerup', this.onUp, true);
    window.addEventListener('pointercancel', this.onCancel, true);
    window.addEventListener('keydown', this.onKey, true);
  }

  private onMove = (event: PointerEvent): void => {
    const press = this.press;
    if (!press) return;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (!this.dragging) {
      if (Math.hypot(event.clientX - press.x, event.clientY - press.y) < START_DISTANCE) return;
      this.begin(press.item, press.node);
    }
    event.preventDefault();
    this.track();
  };

  private begin(item: PointerDragItem, node: HTMLElement): void {
    this.dragging = true;
    // Every read first, while the layout is clean; then the writes. Nothing is set on the body or the
    // document: a class there would have the browser work out the style of the whole workbench again.
    this.scroller = scrollerOf(node.closest('ol'));
    measureLists();
    const rect = (node.querySelector('.block-body') ?? node).getBoundingClientRect();
    this.origin = { x: this.press!.x - rect.left, y: this.press!.y - rect.top };
    const preview = document.createElement('div');
    preview.className = 'block-body drag-preview pointer-drag-preview';
    preview.setAttribute('aria-hidden', 'true');
    preview.style.width = `${rect.width}px`;
    const title = document.createElement('span');
    title.className = 'block-title';
    title.textContent = this.handlers?.start(item) ?? '';
    preview.append(title);
    document.body.append(preview);
    this.preview = preview;
    // Text the press began to select is let go, and no more is selected while dragging.
    this.unselect();
    document.addEventListener('selectionchange', this.unselect);
    this.frame = requestAnimationFrame(this.scroll);
  }

  private unselect = (): void => {
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) selection.removeAllRanges();
  };

  /** Places the preview under the pointer and tells the handlers where it points. */
  private track(): void {
    const { item } = this.press!;
    const { x, y } = this.pointer;
    if (this.preview) this.preview.style.transform = `translate(${x - this.origin.x}px, ${y - this.origin.y}px)`;
    const list = listAt(geometry, x, y, (id) => this.accepts(item, id));
    this.handlers?.move(item, list, list ? y - geometry.get(list)!.rect.top : 0);
  }

  /** Near a scrolling area's edge the area scrolls, a step a frame; the lists' places follow. */
  private scroll = (): void => {
    this.frame = 0;
    const area = this.scroller;
    if (!this.dragging || !area) return;
    const box = area.getBoundingClientRect();
    const { x, y } = this.pointer;
    const dy = y < box.top + box.height * SCROLL_EDGE ? -SCROLL_STEP : y > box.bottom - box.height * SCROLL_EDGE ? SCROLL_STEP : 0;
    const dx = x < box.left + box.width * SCROLL_EDGE ? -SCROLL_STEP : x > box.right - box.width * SCROLL_EDGE ? SCROLL_STEP : 0;
    if (dx || dy) {
      const before = [area.scrollLeft, area.scrollTop];
      area.scrollBy(dx, dy);
      if (area.scrollLeft !== before[0] || area.scrollTop !== before[1]) {
        for (const list of geometry.values()) list.rect = list.element.getBoundingClientRect();
        this.track();
      }
    }
    this.frame = requestAnimationFrame(this.scroll);
  };

  private onUp = (): void => {
    const press = this.press;
    const dropped = this.dragging;
    this.end();
    if (!press || !dropped) return;
    // The click that follows the release is not a click on the block it was let go over.
    const swallow = (event: MouseEvent) => event.stopPropagation();
    window.addEventListener('click', swallow, { capture: true, once: true });
    setTimeout(() => window.removeEventListener('click', swallow, true), 0);
    this.handlers?.drop(press.item);
  };

  private onCancel = (): void => {
    const press = this.press;
    const cancelled = this.dragging;
    this.end();
    if (press && cancelled) this.handlers?.cancel(press.item);
  };

  private onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.dragging) return;
    event.preventDefault();
    event.stopPropagation();
    this.onCancel();
  };

  private end(): void {
    window.removeEventListener('pointermove', this.onMove, true);
    window.removeEventListener('pointerup', this.onUp, true);
    window.removeEventListener('pointercancel', this.onCancel, true);
    window.removeEventListener('keydown', this.onKey, true);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.preview?.remove();
    document.removeEventListener('selectionchange', this.unselect);
    this.press = null;
    this.dragging = false;
    this.preview = null;
    this.scroller = null;
    this.frame = 0;
  }

  /** Stops a drag under way without dropping (the workbench goes away). */
  dispose(): void {
    this.onCancel();
  }
}
