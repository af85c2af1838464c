import { translator } from '../i18n';
import { TechniqueCard } from '../model/card';
import { namedCopy } from './card-diff';

export type PackEntryStatus = 'new' | 'changed' | 'identical';

export interface PackEntry {
  incoming: TechniqueCard;
  /** The library's card with the same id, when there is one. */
  mine?: TechniqueCard;
  status: PackEntryStatus;
}

/** What the trainer chose for one card: new cards are added or skipped; conflicts keep mine, take theirs or keep both. */
export type PackChoice = 'add' | 'skip' | 'keep-mine' | 'take-theirs' | 'keep-both';

/** Content equality: provenance (who, when) does not make two cards different. */
export function sameCardContent(a: TechniqueCard, b: TechniqueCard): boolean {
  const content = (card: TechniqueCard) => JSON.stringify({ ...TechniqueCard.parse(card), provenance: null });
  return content(a) === content(b);
}

/** Compares a pack with the library, card by card, without changing anything. */
export function planImport(incoming: readonly TechniqueCard[], library: readonly TechniqueCard[]): PackEntry[] {
  const byId = new Map(library.map((card) => [card.id, card]));
  return incoming.map((card) => {
    const mine = byId.get(card.id);
    if (!mine) return { incoming: card, status: 'new' };
    return { incoming: card, mine, status: sameCardContent(card, mine) ? 'identical' : 'changed' };
  });
}

/** The safe default: add what is new, overwrite nothing. */
export function defaultChoice(entry: PackEntry): PackChoice {
  return entry.status === 'new' ? 'add' : 'keep-mine';
}

/** Which choices make sense; a built-in card is never overwritten, only kept beside. */
export function choicesFor(entry: PackEntry): PackChoice[] {
  if (entry.status === 'new') return ['add', 'skip'];
  if (entry.status === 'identical') return ['keep-mine'];
  return entry.mine?.provenance.origin === 'built-in' ? ['keep-mine', 'keep-both'] : ['keep-mine', 'take-theirs', 'keep-both'];
}

/**
 * The cards to save for the trainer's choices. Imported cards are marked "imported" but keep their author
 * and date of last change; a "keep both" copy gets a new id, remembers the card it came from and says whose
 * version it is in its title, so the library never shows two cards of the same name.
 */
export function resolveImport(entries: readonly PackEntry[], choices: ReadonlyMap<string, PackChoice>, newId: () => string): TechniqueCard[] {
  const imported = (card: TechniqueCard): TechniqueCard => ({ ...card, provenance: { ...card.provenance, origin: 'imported' } });
  return entries.flatMap((entry) => {
    const choice = choices.get(entry.incoming.id) ?? defaultChoice(entry);
    if (!choicesFor(entry).includes(choice)) return [];
    switch (choice) {
      case 'add':
      case 'take-theirs':
        return [imported(entry.incoming)];
      case 'keep-both':
        return [namedCopy(imported(entry.incoming), newId(), { nl: translator('nl'), en: translator('en') })];
      default:
        return [];
    }
  });
}
