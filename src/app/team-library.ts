import { localized, newId, namedCopy, sameCardContent, translator, type Module, type Language, type TeamConflict, type TeamSnapshot, type TechniqueCard } from '../core';
import type { HostApi } from '../contract';
import type { DialogService } from './dialogs';
import type { LayoutService } from './layout';
import type { NotificationService } from './notifications';
import { Store } from './store';

type TeamHost = Pick<HostApi, 'team.snapshot' | 'team.saveCard' | 'team.deleteCard' | 'team.saveModule' | 'team.deleteModule' | 'team.settleConflict' | 'team.git'>;

/** How often the host is asked whether a team folder changed; the host's watcher makes each answer cheap. */
export const TEAM_POLL_MS = 1500;

/** A card saved here while a colleague's version arrived: mine is not written until the trainer chooses. */
export interface EditConflict {
  kind: 'edit';
  /** Unique within the session, to address the conflict. */
  id: string;
  folder: string;
  mine: TechniqueCard;
  /** What the team folder holds now (null: the colleague deleted the card). */
  theirs: TechniqueCard | null;
}

/** Every conflict the trainer has to decide, from the folders (sync copies, git) and from saving here. */
export type PendingConflict = (TeamConflict & { folder: string; team: string }) | EditConflict;
export type ConflictChoice = 'keep-mine' | 'take-theirs' | 'keep-both';

export interface TeamLibraryState {
  /** The host's revision of what is shown; null until the first answer. */
  revision: number | null;
  teams: TeamSnapshot[];
  edits: EditConflict[];
}

export interface TeamLibraryOptions {
  dialogs: DialogService;
  layout: LayoutService;
  notifications: NotificationService;
  author: () => string;
  language: () => Language;
  report: (error: unknown) => void;
  pollMs?: number;
}

/**
 * The team libraries as the workbench sees them: asked for every TEAM_POLL_MS, so a colleague's change that a
 * sync tool or git brought in shows within seconds. Writes are guarded by the revision each file was read at:
 * a card that changed there since is never overwritten unseen; the trainer compares and chooses.
 */
export class TeamLibraryService {
  readonly store = new Store<TeamLibraryState>({ revision: null, teams: [], edits: [] });
  private timer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;
  private asking: Promise<void> | null = null;

  constructor(
    private readonly host: TeamHost,
    private readonly options: TeamLibraryOptions,
  ) {}

  get = (): TeamLibraryState => this.store.get();

  /** Starts asking the host; the first answer comes at once. */
  start(): void {
    if (this.timer || this.disposed) return;
    const tick = async () => {
      await this.refresh();
      if (!this.disposed && this.timer) this.timer = setTimeout(() => void tick(), this.options.pollMs ?? TEAM_POLL_MS);
    };
    this.timer = setTimeout(() => void tick(), 0);
  }

  /** Asks the host now; a question under way is not asked twice. */
  refresh(): Promise<void> {
    this.asking ??= this.host['team.snapshot']({ since: this.get().revision })
      .then(({ revision, teams }) => {
        if (teams) this.store.set((state) => ({ ...state, revision, teams }));
      }, this.options.report)
      .finally(() => (this.asking = null));
    return this.asking;
  }

  /** Stops asking (no team library is set up); what is shown stays until the next answer. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  dispose(): void {
    this.disposed = true;
    this.stop();
  }

  /** Every team card, each marked with its team. */
  cards(): TechniqueCard[] {
    return this.get().teams.flatMap((team) => team.cards);
  }

  /** The team folder that holds a card or module, if any does. */
  folderOf(id: string): string | null {
    return this.get().teams.find((team) => team.cards.some((card) => card.id === id) || team.modules.some((module) => module.id === id))?.folder ?? null;
  }

  private team(folder: string): TeamSnapshot | undefined {
    return this.get().teams.find((team) => team.folder === folder);
  }

  private revisionOf(folder: string, kind: 'cards' | 'modules', id: string): string | null {
    return this.team(folder)?.revisions[`${kind}/${id}.json`] ?? null;
  }

  /** "Naar teambibliotheek": a copy of an own card in the team folder, remembering the card it came from. */
  async publishCard(card: TechniqueCard, folder: string): Promise<TechniqueCard> {
    const published: TechniqueCard = {
      ...structuredClone(card),
      id: newId('team'),
      provenance: { origin: 'team', author: card.provenance.author || this.options.author(), updated: new Date().toISOString(), derivedFrom: card.id, team: this.team(folder)?.name },
    };
    await this.write(folder, published, null);
    return published;
  }

  /** A copy of an own module in the team folder. */
  async publishModule(module: Module, folder: string): Promise<Module> {
    const published = { ...structuredClone(module), id: newId('team') };
    await this.host['team.saveModule']({ folder, module: published });
    await this.refresh();
    return published;
  }

  /**
   * Saves an edited team card. `base` is the card as the editor opened it: if the team's version moved on since,
   * or moves on before the write lands, the trainer is asked (compare, the default; take theirs; keep mine).
   * Returns the saved card, or null when it was not written.
   */
  async saveCard(card: TechniqueCard, base?: TechniqueCard): Promise<TechniqueCard | null> {
    const folder = this.folderOf(card.id);
    if (!folder) throw new Error(`card ${card.id} is in no team library`);
    const updated: TechniqueCard = { ...card, provenance: { ...card.provenance, origin: 'team', updated: new Date().toISOString() } };
    const there = this.team(folder)?.cards.find((candidate) => candidate.id === card.id);
    if (base && there && !sameCardContent(base, there)) return this.conflict(folder, updated, there);
    return this.write(folder, updated, this.revisionOf(folder, 'cards', card.id));
  }

  private async write(folder: string, card: TechniqueCard, expected: string | null | undefined): Promise<TechniqueCard | null> {
    const result = await this.host['team.saveCard']({ folder, card, expected });
    await this.refresh();
    if (result.status === 'saved') return card;
    return this.conflict(folder, card, result.current);
  }

  private async conflict(folder: string, mine: TechniqueCard, theirs: TechniqueCard | null): Promise<TechniqueCard | null> {
    const choice = await this.options.dialogs.ask({
      title: { key: 'team.conflict.title' },
      message: { key: 'team.conflict.changed', params: { title: localized(mine.title, this.options.language()), team: this.team(folder)?.name ?? folder } },
      choices: [
        { id: 'compare', label: { key: 'document.conflict.compare' }, default: true },
        { id: 'reload', label: { key: 'team.conflict.takeTheirs' } },
        { id: 'overwrite', label: { key: 'document.conflict.keepMine' }, danger: true },
      ],
    });
    if (choice === 'overwrite') return this.write(folder, mine, undefined);
    if (choice === 'compare') {
      const edit: EditConflict = { kind: 'edit', id: newId('conflict'), folder, mine, theirs };
      this.store.set((state) => ({ ...state, edits: [...state.edits, edit] }));
      this.showConflicts();
    }
    return null;
  }

  /**
   * The team's version of a card being edited, when it is no longer the one the editor opened (`base`); undefined
   * while they are the same or the card is no team card.
   */
  changedUnderneath(base: TechniqueCard): TechniqueCard | undefined {
    if (base.provenance.origin !== 'team') return undefined;
    const there = this.cards().find((card) => card.id === base.id);
    return there && !sameCardContent(base, there) ? there : undefined;
  }

  /** Lists my edit beside the team's current version in "Teamconflicten", without writing anything. */
  compareEdit(mine: TechniqueCard): void {
    const folder = this.folderOf(mine.id);
    const theirs = this.cards().find((card) => card.id === mine.id) ?? null;
    if (!folder) return;
    const edit: EditConflict = { kind: 'edit', id: newId('conflict'), folder, mine, theirs };
    this.store.set((state) => ({ ...state, edits: [...state.edits.filter((other) => other.mine.id !== mine.id), edit] }));
    this.showConflicts();
  }

  /** Opens the tab that lists every conflict with its differences. */
  showConflicts(): void {
    this.options.layout.dispatch({ type: 'open-tab', tab: { id: 'team-conflicts', kind: 'team-conflicts' } });
  }

  /** Every conflict waiting for the trainer, the folders' first. */
  conflicts(): PendingConflict[] {
    const { teams, edits } = this.get();
    return [...teams.flatMap((team) => team.conflicts.map((conflict) => ({ ...conflict, folder: team.folder, team: team.name }))), ...edits];
  }

  /** Carries out the trainer's choice; "keep both" names the second card after its author, never two equal titles. */
  async settle(conflict: PendingConflict, choice: ConflictChoice): Promise<void> {
    const copy = (card: TechniqueCard) => namedCopy(card, newId('team'), { nl: translator('nl'), en: translator('en') });
    if (conflict.kind === 'edit') {
      if (choice === 'keep-mine') await this.host['team.saveCard']({ folder: conflict.folder, card: conflict.mine });
      // My version, kept beside theirs, is named after me: the one who made it.
      const mine = { ...conflict.mine, provenance: { ...conflict.mine.provenance, author: this.options.author() || conflict.mine.provenance.author } };
      if (choice === 'keep-both') await this.host['team.saveCard']({ folder: conflict.folder, card: copy(mine), expected: null });
      this.store.set((state) => ({ ...state, edits: state.edits.filter((edit) => edit.id !== conflict.id) }));
    } else {
      const { mine, theirs } = conflict;
      const keep =
        choice === 'keep-mine' ? [mine]
        : choice === 'take-theirs' ? [theirs && { ...theirs, id: mine?.id ?? theirs.id }]
        : [mine, theirs && copy(theirs)];
      await this.host['team.settleConflict']({ folder: conflict.folder, file: conflict.file, keep: keep.filter((card): card is TechniqueCard => card !== null) });
    }
    await this.refresh();
  }

  /** Deletes a team card's file (after the trainer confirmed); returns how to put it back. */
  async deleteCard(card: TechniqueCard): Promise<() => Promise<void>> {
    const folder = this.folderOf(card.id);
    if (!folder) throw new Error(`card ${card.id} is in no team library`);
    const result = await this.host['team.deleteCard']({ folder, id: card.id, expected: this.revisionOf(folder, 'cards', card.id) ?? undefined });
    await this.refresh();
    if (result.status === 'changed') {
      this.options.notifications.notify({ key: 'team.deleteChanged', params: { title: localized(card.title, this.options.language()) }, severity: 'error' });
    }
    return async () => void (await this.write(folder, card, null));
  }

  async saveModule(module: Module): Promise<void> {
    const folder = this.folderOf(module.id);
    if (!folder) throw new Error(`module ${module.id} is in no team library`);
    await this.host['team.saveModule']({ folder, module });
    await this.refresh();
  }

  async deleteModule(module: Module): Promise<void> {
    const folder = this.folderOf(module.id);
    if (!folder) throw new Error(`module ${module.id} is in no team library`);
    await this.host['team.deleteModule']({ folder, id: module.id });
    await this.refresh();
  }

  /** "Ophalen": git pull in the team folder. A merge that stops on cards shows them as conflicts. */
  async pull(folder: string): Promise<void> {
    await this.host['team.git']({ folder, action: 'pull' });
    await this.refresh();
    this.options.notifications.notify({ key: 'team.git.pulled', params: { team: this.team(folder)?.name ?? folder } });
  }

  /** "Vastleggen en delen": commit with the trainer's message and push. */
  async share(folder: string, message: string): Promise<void> {
    await this.host['team.git']({ folder, action: 'share', message });
    await this.refresh();
    this.options.notifications.notify({ key: 'team.git.shared', params: { team: this.team(folder)?.name ?? folder } });
  }
}
