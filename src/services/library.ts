import { join } from 'node:path';
import { z } from 'zod';
import { Module, TechniqueCard } from '../core';
import { openJsonStore, type SetAside } from './json-store';

const LibraryFile = z.object({
  cards: z.array(TechniqueCard).default([]),
  modules: z.array(Module).default([]),
});

/** The trainer's own and imported cards and modules (lowdb), over the read-only starter library. */
export class LibraryService {
  private constructor(
    private readonly db: Awaited<ReturnType<typeof openJsonStore<typeof LibraryFile>>>['db'],
    private readonly builtin: TechniqueCard[],
    readonly setAside?: SetAside,
  ) {}

  static async open(dataDir: string, builtin: TechniqueCard[]): Promise<LibraryService> {
    const { db, setAside } = await openJsonStore(join(dataDir, 'library.json'), LibraryFile, () => ({ cards: [], modules: [] }));
    return new LibraryService(db, builtin, setAside);
  }

  listCards(): TechniqueCard[] {
    return [...this.builtin, ...this.db.data.cards];
  }

  async saveCard(card: TechniqueCard, now = new Date()): Promise<TechniqueCard> {
    const [saved] = await this.saveCards([card], now);
    return saved!;
  }

  /** Checks every card first, then writes them all at once, so a refused card leaves the library unchanged. */
  async saveCards(cards: TechniqueCard[], now = new Date()): Promise<TechniqueCard[]> {
    for (const card of cards) {
      if (this.builtin.some((builtin) => builtin.id === card.id)) {
        throw new Error(`card "${card.id}" is a built-in card and is read-only; duplicate it to edit`);
      }
      if (card.provenance.origin === 'built-in') {
        throw new Error(`card "${card.id}" claims to be built-in; only the starter library is`);
      }
    }
    // An own card's date is its last save here; an imported card keeps its author's date of last change.
    const saved = cards.map((card) =>
      card.provenance.origin === 'own' ? { ...card, provenance: { ...card.provenance, updated: now.toISOString() } } : card,
    );
    await this.db.update((data) => saved.forEach((card) => upsert(data.cards, card)));
    return saved;
  }

  async deleteCard(id: string): Promise<boolean> {
    return this.remove('cards', id);
  }

  listModules(): Module[] {
    return this.db.data.modules;
  }

  async saveModule(module: Module): Promise<Module> {
    await this.db.update(({ modules }) => upsert(modules, module));
    return module;
  }

  async deleteModule(id: string): Promise<boolean> {
    return this.remove('modules', id);
  }

  private async remove(list: 'cards' | 'modules', id: string): Promise<boolean> {
    const items: { id: string }[] = this.db.data[list];
    const index = items.findIndex((item) => item.id === id);
    if (index < 0) return false;
    await this.db.update((data) => void data[list].splice(index, 1));
    return true;
  }
}

function upsert<T extends { id: string }>(items: T[], item: T): void {
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index < 0) items.push(item);
  else items[index] = item;
}
