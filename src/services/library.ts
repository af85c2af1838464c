import { join } from 'node:path';
import type { z } from 'zod';
import { Module, TechniqueCard } from '../core';
import { AppError, type StartupNotice } from '../contract';
import { LibraryIndex } from './card-index';
import { cleanDataFolder } from './data-folder';
import { describeIssue, JsonStore, type RejectedRecord, type StoreIo, type StoreValidator } from './json-store';

interface LibraryData {
  cards: TechniqueCard[];
  modules: Module[];
}

/** Each card and module is checked on its own: one that does not fit is quarantined, the rest loads. */
export const validateLibrary: StoreValidator<LibraryData> = (raw) => {
  const rejected: RejectedRecord[] = [];
  return {
    data: { cards: recordsOf(raw, 'cards', TechniqueCard, rejected), modules: recordsOf(raw, 'modules', Module, rejected) },
    rejected,
  };
};

function recordsOf<S extends z.ZodType<{ id: string }>>(raw: Record<string, unknown>, key: string, schema: S, rejected: RejectedRecord[]): z.output<S>[] {
  const list = raw[key];
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    rejected.push({ pointer: `/${key}`, record: key, reason: `/${key}: expected a list`, value: list });
    return [];
  }
  const records: z.output<S>[] = [];
  const seen = new Set<string>();
  list.forEach((item: unknown, index) => {
    const pointer = `/${key}/${index}`;
    const checked = schema.safeParse(item);
    if (!checked.success) {
      rejected.push({ pointer, record: recordName(item, pointer), reason: describeIssue(checked.error, pointer), value: item });
    } else if (seen.has(checked.data.id)) {
      rejected.push({ pointer, record: recordName(item, pointer), reason: `${pointer}: a second record with the id "${checked.data.id}"`, value: item });
    } else {
      seen.add(checked.data.id);
      records.push(checked.data);
    }
  });
  return records;
}

/** A card's or module's title and id, as far as the record has them. */
function recordName(item: unknown, pointer: string): string {
  const record = (typeof item === 'object' && item !== null ? item : {}) as { id?: unknown; title?: unknown };
  const title = typeof record.title === 'string' ? record.title : (record.title as { nl?: unknown } | undefined)?.nl;
  const id = typeof record.id === 'string' ? record.id : undefined;
  if (typeof title === 'string' && title && id) return `${title} (${id})`;
  return id ?? (typeof title === 'string' && title ? title : pointer);
}

/** The trainer's own and imported cards and modules (lowdb), over the read-only starter library. */
export class LibraryService {
  /** Counts the writes of this session (see cardPage). */
  private revision = 0;
  private readonly index = new LibraryIndex(() => this.listCards());

  private constructor(
    private readonly db: JsonStore<LibraryData>,
    private readonly builtin: TechniqueCard[],
  ) {}

  static async open(dataDir: string, builtin: TechniqueCard[], io?: Partial<StoreIo>): Promise<LibraryService> {
    await cleanDataFolder(dataDir);
    const store = await JsonStore.open<LibraryData>({
      kind: 'library',
      file: join(dataDir, 'library.json'),
      defaults: () => ({ cards: [], modules: [] }),
      validate: validateLibrary,
      io,
    });
    return new LibraryService(store, builtin);
  }

  /** What the trainer is told at start about library.json (records quarantined, the file set aside ...). */
  get notices(): StartupNotice[] {
    return this.db.notices;
  }

  /** Why saving is refused this session, or null. */
  get readOnly(): string | null {
    return this.db.readOnly;
  }

  listCards(): TechniqueCard[] {
    return [...this.builtin, ...this.db.data.cards];
  }

  /**
   * `count` cards of the whole list from `start`, with the list's length and revision: a window that loads
   * a large library page by page sees from the revision whether the list changed between two pages.
   */
  cardPage(start: number, count: number): { cards: TechniqueCard[]; total: number; revision: number } {
    const own = this.db.data.cards;
    // A window that pages through a large library searches it here meanwhile (LibraryIndex).
    if (start + count < this.builtin.length + own.length) this.index.prepare();
    const cards = [...this.builtin.slice(start, start + count), ...own.slice(Math.max(0, start - this.builtin.length), Math.max(0, start + count - this.builtin.length))];
    return { cards, total: this.builtin.length + own.length, revision: this.revision };
  }

  /** Card ids, best match first, over the whole library (see LibraryIndex). */
  searchCards(query: string): Promise<string[]> {
    return this.index.search(query);
  }

  /** The cards with these ids, in that order; an id no card has is left out. */
  cardsById(ids: readonly string[]): TechniqueCard[] {
    const wanted = new Set(ids);
    const found = new Map(this.listCards().filter((card) => wanted.has(card.id)).map((card) => [card.id, card]));
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  async saveCard(card: TechniqueCard, now = new Date()): Promise<TechniqueCard> {
    const [saved] = await this.saveCards([card], now);
    return saved!;
  }

  /** Checks every card first, then writes them all at once, so a refused card leaves the library unchanged. */
  async saveCards(cards: TechniqueCard[], now = new Date()): Promise<TechniqueCard[]> {
    for (const card of cards) {
      if (this.builtin.some((builtin) => builtin.id === card.id)) {
        throw new AppError('built-in-card-read-only', { id: card.id }, `card "${card.id}" is a built-in card and is read-only; duplicate it to edit`);
      }
      if (card.provenance.origin === 'built-in') {
        throw new AppError('bad-input', { id: card.id, pointer: '/card/provenance/origin' }, `card "${card.id}" claims to be built-in; only the starter library is`);
      }
    }
    // An own card's date is its last save here; an imported card keeps its author's date of last change.
    const saved = cards.map((card) =>
      card.provenance.origin === 'own' ? { ...card, provenance: { ...card.provenance, updated: now.toISOString() } } : card,
    );
    await this.write((data) => saved.forEach((card) => upsert(data.cards, card)));
    return saved;
  }

  async deleteCard(id: string): Promise<boolean> {
    return this.remove('cards', id);
  }

  listModules(): Module[] {
    return this.db.data.modules;
  }

  async saveModule(module: Module): Promise<Module> {
    await this.write(({ modules }) => upsert(modules, module));
    return module;
  }

  async deleteModule(id: string): Promise<boolean> {
    return this.remove('modules', id);
  }

  private async write(change: (data: LibraryData) => void): Promise<void> {
    this.revision++;
    await this.db.update(change);
    this.index.invalidate();
  }

  private async remove(list: 'cards' | 'modules', id: string): Promise<boolean> {
    const items: { id: string }[] = this.db.data[list];
    const index = items.findIndex((item) => item.id === id);
    if (index < 0) return false;
    await this.write((data) => void data[list].splice(index, 1));
    return true;
  }
}

function upsert<T extends { id: string }>(items: T[], item: T): void {
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index < 0) items.push(item);
  else items[index] = item;
}
