import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_MAX_WAIT_FACTOR, BACKUP_DELAY_MS, DialogService, isDirty, tabIdOf, type ChoiceRequest } from '../../src/app';
import { updateBlock, type Curriculum } from '../../src/core';
import { FakeHost, makeApplicationLayer } from './app-host';
import { EMBEDDED_CARD_ID, makeCurriculumDocument } from './fixtures';

const SHIPPED = '/opt/draaiboek/resources';
const FILE = '/home/trainer/training.draaiboek';
const AUTOSAVE_MS = 1000;

let host: FakeHost;

const makeApp = () => makeApplicationLayer(host, { autosaveDelayMs: AUTOSAVE_MS, shippedDir: SHIPPED });

/** Answers the next question the app asks, and returns it for inspection. */
function answerNext(dialogs: DialogService, choice: string | null): Promise<ChoiceRequest> {
  return new Promise((resolve) => {
    const stop = dialogs.store.subscribe(() => {
      const pending = dialogs.store.get();
      if (!pending) return;
      stop();
      resolve(pending);
      pending.answer(choice);
    });
  });
}

const retitle = (title: string) => (curriculum: Curriculum) => ({ ...curriculum, title });

beforeEach(() => {
  vi.useFakeTimers();
  host = new FakeHost();
  host.put(FILE, makeCurriculumDocument(2, 3));
});
afterEach(() => vi.useRealTimers());

describe('DocumentService: what is typed is what is saved', () => {
  it('saves the title typed a moment ago when Ctrl+S comes before any blur', async () => {
    const { documents } = makeApp();
    const key = (await documents.open(FILE))!;
    for (const title of ['N', 'Ni', 'Nieuwe titel']) documents.edit(key, retitle(title), { group: 'title' });
    expect(isDirty(documents.get(key)!)).toBe(true);
    expect(await documents.save(key)).toBe(true);
    expect(host.read(FILE).curriculum?.title).toBe('Nieuwe titel');
    expect(isDirty(documents.get(key)!)).toBe(false);
  });

  it('makes typing in one field one undo step, and another field a new one', async () => {
    const { documents } = makeApp();
    const key = (await documents.open(FILE))!;
    const original = documents.get(key)!.history.present.title;
    for (const title of ['A', 'Ab', 'Abc']) documents.edit(key, retitle(title), { group: 'title' });
    documents.edit(key, (c) => ({ ...c, place: 'Gouda' }), { group: 'place' });
    documents.undo(key);
    expect(documents.get(key)!.history.present).toMatchObject({ title: 'Abc', place: 'Utrecht' });
    documents.undo(key);
    expect(documents.get(key)!.history.present.title).toBe(original);
  });

  it('backs up what was typed about a second later, without the field losing focus', async () => {
    const { documents } = makeApp();
    const key = documents.create();
    documents.edit(key, retitle('Getypt, niet verlaten'), { group: 'title' });
    expect(host.backups.size).toBe(0);
    await vi.advanceTimersByTimeAsync(BACKUP_DELAY_MS);
    expect(host.backups.get(key)?.document.curriculum?.title).toBe('Getypt, niet verlaten');
  });
});

describe('DocumentService: autosave', () => {
  it('is not postponed by activity elsewhere (the panel toggled every 400 ms)', async () => {
    const { documents, layout } = makeApp();
    const key = (await documents.open(FILE))!;
    documents.edit(key, retitle('Eén wijziging'));
    for (let i = 0; i < 3; i++) {
      layout.dispatch({ type: 'toggle-panel' });
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(host.writes).toEqual([FILE]);
    expect(host.read(FILE).curriculum?.title).toBe('Eén wijziging');
  });

  it('has saved no later than its maximum wait after the first of a steady stream of edits', async () => {
    const { documents } = makeApp();
    const key = (await documents.open(FILE))!;
    const start = Date.now();
    let savedAt: number | null = null;
    while (savedAt === null && Date.now() - start < 20_000) {
      documents.edit(key, retitle(`Titel ${Date.now()}`), { group: 'title' });
      await vi.advanceTimersByTimeAsync(250);
      if (host.writes.length > 0) savedAt = Date.now();
    }
    expect(savedAt).not.toBeNull();
    expect(savedAt! - start).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_FACTOR * AUTOSAVE_MS + 250);
  });

  it('does not save an edit that was undone back to the saved version', async () => {
    const { documents } = makeApp();
    const key = (await documents.open(FILE))!;
    documents.edit(key, retitle('Even anders'));
    documents.undo(key);
    await vi.advanceTimersByTimeAsync(10 * AUTOSAVE_MS);
    expect(host.writes).toEqual([]);
    expect(host.backups.size).toBe(0);
  });
});

describe('DocumentService: nothing shipped is written', () => {
  it('opens a shipped example as an untitled copy; saving asks where and leaves the example alone', async () => {
    const example = `${SHIPPED}/examples/basis.draaiboek`;
    host.put(example, makeCurriculumDocument(1, 2));
    const before = host.files.get(example);
    const { documents } = makeApp();
    const key = (await documents.open(example))!;
    const copy = documents.get(key)!;
    expect(copy.path).toBeNull();
    expect(copy.history.present.title).toBe('Motiverende gespreksvoering (kopie)');
    documents.edit(key, (c) => updateBlock(c, 'block-1-1', { durationMinutes: 35 }));
    await vi.advanceTimersByTimeAsync(10 * AUTOSAVE_MS);
    expect(host.writes).toEqual([]);

    host.savePath = '/home/trainer/mijn-basistraining.draaiboek';
    expect(await documents.save(key)).toBe(true);
    expect(host.writes).toEqual(['/home/trainer/mijn-basistraining.draaiboek']);
    expect(host.files.get(example)).toBe(before);
  });

  it('refuses to save into the shipped folder even when asked to', async () => {
    const { documents, notifications } = makeApp();
    const key = documents.create();
    host.savePath = `${SHIPPED}/examples/mine.draaiboek`;
    expect(await documents.save(key)).toBe(false);
    expect(host.writes).toEqual([]);
    expect(notifications.store.get().toasts.at(-1)?.key).toBe('document.shipped');
  });

  it('opens a colleague file as a copy on request, so autosave never writes into it', async () => {
    const { documents } = makeApp();
    const key = (await documents.open(FILE, { asCopy: true }))!;
    documents.edit(key, retitle('Mijn variant'));
    await vi.advanceTimersByTimeAsync(10 * AUTOSAVE_MS);
    expect(host.writes).toEqual([]);
    expect(documents.get(key)!.path).toBeNull();
  });
});

describe('DocumentService: conflicts never destroy', () => {
  it('offers Compare as the default, and overwriting only as an explicit, dangerous choice', async () => {
    const { documents, dialogs } = makeApp();
    const key = (await documents.open(FILE))!;
    host.put(FILE, { ...host.read(FILE), curriculum: { ...host.read(FILE).curriculum!, title: 'Van een collega' } });
    documents.edit(key, retitle('Van mij'));
    const asked = answerNext(dialogs, null);
    expect(await documents.save(key)).toBe(false);
    const request = await asked;
    const byId = Object.fromEntries(request.choices.map((choice) => [choice.id, choice]));
    expect(request.choices.filter((choice) => choice.default).map((choice) => choice.id)).toEqual(['compare']);
    expect(byId.overwrite).toMatchObject({ danger: true });
    expect(byId.overwrite?.default).toBeFalsy();
    expect(host.read(FILE).curriculum?.title).toBe('Van een collega');
    // Autosave holds off while the conflict is unsettled.
    documents.edit(key, retitle('Van mij, nog eens'));
    await vi.advanceTimersByTimeAsync(10 * AUTOSAVE_MS);
    expect(host.read(FILE).curriculum?.title).toBe('Van een collega');
  });

  it('reload drops my version and its backup, so a page reload does not bring it back', async () => {
    const first = makeApp();
    const key = (await first.documents.open(FILE))!;
    host.put(FILE, { ...host.read(FILE), curriculum: { ...host.read(FILE).curriculum!, title: 'Van een collega' } });
    first.documents.edit(key, retitle('Weg te gooien'));
    // The autosave meets the colleague's change and asks; the backup of my version exists by then.
    let backupsWhenAsked = -1;
    const stop = first.dialogs.store.subscribe(() => {
      const pending = first.dialogs.store.get();
      if (!pending) return;
      stop();
      backupsWhenAsked = host.backups.size;
      pending.answer('reload');
    });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(backupsWhenAsked).toBe(1);
    expect(first.documents.get(key)!.history.present.title).toBe('Van een collega');
    expect(host.backups.size).toBe(0);

    // The page reloads: backups are restored, then the layout reopens the file.
    const second = makeApp();
    await second.documents.restoreBackups();
    await second.documents.open(FILE);
    const copies = Object.values(second.documents.store.get());
    expect(copies).toHaveLength(1);
    expect(copies[0]!.history.present.title).toBe('Van een collega');
    expect(isDirty(copies[0]!)).toBe(false);
    expect(second.dialogs.store.get()).toBeNull();
  });

  it('restores unsaved work into the one tab of its file after a crash', async () => {
    const first = makeApp();
    const key = (await first.documents.open(FILE))!;
    first.documents.edit(key, retitle('Niet opgeslagen'));
    await vi.advanceTimersByTimeAsync(BACKUP_DELAY_MS);
    const second = makeApp();
    await second.documents.restoreBackups();
    await second.documents.open(FILE);
    const copies = Object.values(second.documents.store.get());
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ path: FILE });
    expect(copies[0]!.history.present.title).toBe('Niet opgeslagen');
    expect(second.layout.store.get().tabs.filter((tab) => tab.kind === 'curriculum')).toHaveLength(1);
  });

  it('asks which file to open, and opens nothing when the trainer cancels', async () => {
    const { documents } = makeApp();
    expect(await documents.pickAndOpen()).toBeNull();
    host.openPath = FILE;
    const key = await documents.pickAndOpen();
    expect(documents.get(key!)?.path).toBe(FILE);
  });

  it('opens one file once, even when asked twice at the same moment', async () => {
    const { documents, layout } = makeApp();
    const [a, b] = await Promise.all([documents.open(FILE), documents.open(FILE)]);
    expect(a).toBe(b);
    expect(layout.store.get().tabs.filter((tab) => tab.id === tabIdOf(a!))).toHaveLength(1);
  });
});

describe('DocumentService: bad luck on disk', () => {
  it('keeps the work open and says so in the trainer’s words when the disk is full', async () => {
    const { documents, notifications } = makeApp();
    const key = (await documents.open(FILE))!;
    const before = host.files.get(FILE);
    host.api['documents.save'] = async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', path: FILE });
    };
    documents.edit(key, retitle('Belangrijk'));
    expect(await documents.save(key)).toBe(false);
    expect(documents.get(key)!.history.present.title).toBe('Belangrijk');
    expect(isDirty(documents.get(key)!)).toBe(true);
    expect(notifications.store.get().toasts.at(-1)).toMatchObject({ key: 'error.disk-full', params: { file: FILE }, severity: 'error' });
    expect(host.files.get(FILE)).toBe(before);
  });

  it('offers to make a file again that was deleted while open, and does so on the default answer', async () => {
    const { documents, dialogs } = makeApp();
    const key = (await documents.open(FILE))!;
    host.forget(FILE);
    documents.edit(key, retitle('Nog steeds hier'));
    const asked = answerNext(dialogs, 'recreate');
    expect(await documents.save(key)).toBe(true);
    expect((await asked).choices.find((choice) => choice.default)?.id).toBe('recreate');
    expect(host.read(FILE).curriculum?.title).toBe('Nog steeds hier');
  });
});

describe('DocumentService: embedded cards', () => {
  it('knows a file’s embedded cards as soon as it is open, so checks raise no unknown-card', async () => {
    const { documents, markers } = makeApp();
    const key = (await documents.open(FILE))!;
    expect(documents.get(key)!.cards.get(EMBEDDED_CARD_ID)?.id).toBe(EMBEDDED_CARD_ID);
    const rules = markers.store.get().flatMap((marker) => (marker.resource === key && marker.owner === 'design' ? [marker.problem.ruleId] : []));
    expect(rules).not.toContain('unknown-card');
  });

  it('saves an opened, edited and undone file byte for byte as it was', async () => {
    const { documents } = makeApp();
    const before = host.files.get(FILE);
    const key = (await documents.open(FILE))!;
    documents.edit(key, (c) => updateBlock(c, 'block-1-1', { durationMinutes: 50 }));
    documents.undo(key);
    documents.edit(key, (c) => updateBlock(c, 'block-1-1', { durationMinutes: 50 }));
    documents.edit(key, (c) => updateBlock(c, 'block-1-1', { durationMinutes: 30 }));
    expect(await documents.save(key)).toBe(true);
    const lines = (text: string | undefined) => text?.split('\n') ?? [];
    const changed = lines(host.files.get(FILE)).filter((line, i) => line !== lines(before)[i]);
    expect(changed.length).toBeLessThanOrEqual(1);
  });
});

describe('DocumentService: races a trainer must never lose to', () => {
  it('after "save as", opening the original file again opens a second tab and keeps the first', async () => {
    const { documents } = makeApp();
    const key = (await documents.open(FILE))!;
    host.savePath = '/home/trainer/variant.draaiboek';
    expect(await documents.save(key, 'as')).toBe(true);
    documents.edit(key, retitle('Variant, nog niet bewaard'));
    const again = (await documents.open(FILE))!;
    expect(again).not.toBe(key);
    expect(documents.get(key)!.history.present.title).toBe('Variant, nog niet bewaard');
    expect(documents.get(again)!.path).toBe(FILE);
  });

  it('does not autosave while the close question is open, so "Niet opslaan" writes nothing', async () => {
    const { documents, dialogs } = makeApp();
    const key = (await documents.open(FILE))!;
    const before = host.files.get(FILE);
    documents.edit(key, retitle('Weggooien'));
    let answer: ((choice: string | null) => void) | null = null;
    dialogs.store.subscribe(() => {
      const pending = dialogs.store.get();
      if (pending) answer = pending.answer;
    });
    const closing = documents.close(key);
    await vi.advanceTimersByTimeAsync(5 * AUTOSAVE_MS);
    expect(host.writes).toEqual([]);
    answer!('discard');
    expect(await closing).toBe(true);
    expect(host.files.get(FILE)).toBe(before);
    expect(documents.get(key)).toBeUndefined();
  });

  it('cancelling the close question keeps autosave going', async () => {
    const { documents, dialogs } = makeApp();
    const key = (await documents.open(FILE))!;
    documents.edit(key, retitle('Toch bewaren'));
    const asked = answerNext(dialogs, null);
    expect(await documents.close(key)).toBe(false);
    await asked;
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_WAIT_FACTOR * AUTOSAVE_MS);
    expect(host.read(FILE).curriculum?.title).toBe('Toch bewaren');
  });

  it('asks about a conflict once, even when two saves were waiting', async () => {
    const { documents, dialogs } = makeApp();
    const key = (await documents.open(FILE))!;
    host.put(FILE, { ...host.read(FILE), curriculum: { ...host.read(FILE).curriculum!, title: 'Van een collega' } });
    documents.edit(key, retitle('Van mij'));
    let questions = 0;
    dialogs.store.subscribe(() => {
      const pending = dialogs.store.get();
      if (!pending) return;
      questions++;
      pending.answer(null);
    });
    await Promise.all([documents.save(key), documents.save(key)]);
    expect(questions).toBe(1);
  });
});

describe('DocumentService: close', () => {
  it('asks before closing unsaved work with Save as the default, and keeps it on cancel', async () => {
    const { documents, dialogs } = makeApp();
    const key = (await documents.open(FILE))!;
    documents.edit(key, retitle('Nog niet bewaard'));
    const asked = answerNext(dialogs, null);
    expect(await documents.close(key)).toBe(false);
    const request = await asked;
    expect(request.choices.find((choice) => choice.default)?.id).toBe('save');
    expect(documents.get(key)?.history.present.title).toBe('Nog niet bewaard');
  });
});
