import { describe, expect, it } from 'vitest';
import { BlockEditing, DialogService, DocumentService, LayoutService, MarkerService, NotificationService } from '../../src/app';
import { DEFAULT_SETTINGS, translator } from '../../src/core';
import { FakeHost } from './app-host';
import { makeCurriculumDocument } from './fixtures';

const FILE = '/home/trainer/training.draaiboek';

async function setup() {
  const host = new FakeHost();
  host.put(FILE, makeCurriculumDocument(1, 3));
  const notifications = new NotificationService();
  const layout = new LayoutService();
  const documents = new DocumentService({
    host: host.api,
    appVersion: '0.1.0-test',
    shippedDir: '/opt/draaiboek/resources',
    settings: () => ({ ...DEFAULT_SETTINGS, autosaveDelayMs: 0 }),
    language: () => 'nl',
    translate: () => translator('nl'),
    libraryCards: [],
    notifications,
    markers: new MarkerService(),
    layout,
    dialogs: new DialogService(),
  });
  const key = (await documents.open(FILE))!;
  const blocks = new BlockEditing(documents, layout, notifications);
  const ids = () => documents.get(key)!.history.present.days[0]!.blocks.map((block) => block.id);
  const select = (...blockIds: string[]) => layout.dispatch({ type: 'select-block', selection: { key, blockIds } });
  return { documents, notifications, blocks, key, ids, select };
}

describe('block shortcuts', () => {
  it('copies and pastes after the selection, and duplicates in place', async () => {
    const { blocks, key, ids, select } = await setup();
    select('block-1-1');
    blocks.copy();
    select('block-1-2');
    blocks.paste(key);
    expect(ids()).toHaveLength(4);
    expect(ids().slice(0, 2)).toEqual(['block-1-1', 'block-1-2']);
    expect(ids()[3]).toBe('block-1-3');
    select('block-1-3');
    blocks.duplicate();
    expect(ids()).toHaveLength(5);
    expect(ids()[3]).toBe('block-1-3');
  });

  it('"Ongedaan maken" after a delete brings the blocks back, even after another edit', async () => {
    const { documents, notifications, blocks, key, ids, select } = await setup();
    select('block-1-1', 'block-1-3');
    blocks.delete();
    expect(ids()).toEqual(['block-1-2']);
    documents.edit(key, (curriculum) => ({ ...curriculum, title: 'Later getypt' }));
    notifications.store.get().toasts.at(-1)!.action!.run();
    expect(ids()).toEqual(['block-1-1', 'block-1-2', 'block-1-3']);
    expect(documents.get(key)!.history.present.title).toBe('Later getypt');
  });
});
