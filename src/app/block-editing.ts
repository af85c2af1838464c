import { findBlock, insertBlock, insertBlocks, removeBlock, type Block, type BlockPlace, type Curriculum } from '../core';
import type { DocumentService } from './documents';
import type { LayoutService } from './layout';
import type { NotificationService } from './notifications';

/**
 * Copy, paste, duplicate and delete of the selected blocks, as in any editor. The clipboard is the app's
 * own: blocks keep every field, and pasting into another training works.
 */
export class BlockEditing {
  private clipboard: readonly Block[] = [];

  constructor(
    private readonly documents: DocumentService,
    private readonly layout: LayoutService,
    private readonly notifications: NotificationService,
  ) {}

  /** The selected blocks of the active training, in the order they appear in it. */
  private selected(): { key: string; blocks: Block[]; curriculum: Curriculum } | null {
    const { selection } = this.layout.store.get();
    const copy = selection && this.documents.get(selection.key);
    if (!selection || !copy) return null;
    const curriculum = copy.history.present;
    const order = [...curriculum.days.flatMap((day) => day.blocks), ...curriculum.parking];
    const blocks = order.filter((block) => selection.blockIds.includes(block.id));
    return blocks.length > 0 ? { key: selection.key, blocks, curriculum } : null;
  }

  hasSelection(): boolean {
    return this.selected() !== null;
  }

  canPaste(): boolean {
    return this.clipboard.length > 0;
  }

  copy(): void {
    const selected = this.selected();
    if (!selected) return;
    this.clipboard = selected.blocks;
    this.notifications.notify({ key: 'curriculum.blocksCopied', params: { count: selected.blocks.length } });
  }

  /** Pastes after the last selected block, or at the end of the first day when nothing is selected. */
  paste(key: string): void {
    if (this.clipboard.length === 0) return;
    const blocks = this.clipboard;
    const selected = this.selected();
    const last = selected?.key === key ? selected.blocks.at(-1) : undefined;
    this.documents.edit(key, (curriculum) => {
      const found = last && findBlock(curriculum, last.id);
      const place: BlockPlace | null = found
        ? { ...found.place, index: found.place.index + 1 }
        : curriculum.days[0]
          ? { container: 'day', dayId: curriculum.days[0].id, index: curriculum.days[0].blocks.length }
          : null;
      return place ? insertBlocks(curriculum, blocks, place) : curriculum;
    });
  }

  duplicate(): void {
    const selected = this.selected();
    if (!selected) return;
    const last = selected.blocks.at(-1)!;
    this.documents.edit(selected.key, (curriculum) => {
      const found = findBlock(curriculum, last.id);
      return found ? insertBlocks(curriculum, selected.blocks, { ...found.place, index: found.place.index + 1 }) : curriculum;
    });
  }

  /**
   * Deletes the selected blocks in one undo step and offers to bring them back. The offer puts back
   * these blocks, also when other edits came after (then they return where they were, as far as possible).
   */
  delete(): void {
    const selected = this.selected();
    if (!selected) return;
    const { key, blocks, curriculum } = selected;
    const places = blocks.flatMap((block) => {
      const found = findBlock(curriculum, block.id);
      return found ? [found] : [];
    });
    this.documents.edit(key, (current) => blocks.reduce((next, block) => removeBlock(next, block.id), current));
    const afterDelete = this.documents.get(key)?.history.present;
    this.layout.dispatch({ type: 'select-block', selection: null });
    const restore = () => {
      if (this.documents.get(key)?.history.present === afterDelete) return this.documents.undo(key);
      // Put back in the order they stood, so each earlier index is right again when the next goes in.
      this.documents.edit(key, (current) => places.reduce((next, { block, place }) => (findBlock(next, block.id) ? next : insertBlock(next, block, place)), current));
    };
    this.notifications.notify({ key: 'curriculum.blocksRemoved', params: { count: blocks.length }, action: { key: 'action.undo', run: restore } });
  }
}
