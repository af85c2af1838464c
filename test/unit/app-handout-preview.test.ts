import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DialogService,
  DocumentService,
  HandoutPreview,
  handoutFontsOnce,
  LayoutService,
  MarkerService,
  NotificationService,
  PREVIEW_DELAY_MS,
  PREVIEW_MAX_WAIT_MS,
  type HandoutFonts,
} from '../../src/app';
import { DEFAULT_SETTINGS, translator } from '../../src/core';
import { FakeHost } from './app-host';
import { makeCurriculumDocument } from './fixtures';

const FILE = '/home/trainer/training.draaiboek';
const FONT: HandoutFonts[number] = { family: 'Source Sans 3', weight: 400, style: 'normal', woff2Base64: 'AAAA' };

async function setup() {
  const host = new FakeHost();
  host.put(FILE, makeCurriculumDocument(2, 3));
  const documents = new DocumentService({
    host: host.api,
    appVersion: '0.1.0-test',
    shippedDir: '/opt/draaiboek/resources',
    settings: () => ({ ...DEFAULT_SETTINGS, autosaveDelayMs: 60_000 }),
    language: () => 'nl',
    translate: () => translator('nl'),
    libraryCards: [],
    notifications: new NotificationService(),
    markers: new MarkerService(),
    layout: new LayoutService(),
    dialogs: new DialogService(),
  });
  const key = (await documents.open(FILE))!;
  const rename = (title: string) => documents.edit(key, (curriculum) => ({ ...curriculum, title }));
  return { documents, key, rename };
}

describe('the handout preview', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('renders in the application layer, with the fonts from the host, and follows edits after a pause in typing', async () => {
    const { documents, key, rename } = await setup();
    const preview = new HandoutPreview(documents, key, async () => [FONT], { audience: 'participant', dayIndex: null });
    const stop = preview.start();
    await vi.runAllTimersAsync();
    expect(preview.store.get().html).toContain("font-family: 'Source Sans 3'");
    const first = preview.store.get().version;

    rename('Oplossingsgericht coachen');
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS - 10);
    expect(preview.store.get().html).not.toContain('Oplossingsgericht coachen');
    await vi.advanceTimersByTimeAsync(10);
    expect(preview.store.get().html).toContain('Oplossingsgericht coachen');
    expect(preview.store.get().version).toBe(first + 1);
    stop();
  });

  it('shows a steady stream of edits at least every second, and stops following once stopped', async () => {
    const { documents, key, rename } = await setup();
    const preview = new HandoutPreview(documents, key, async () => [], { audience: 'participant', dayIndex: null });
    const stop = preview.start();
    await vi.runAllTimersAsync();
    for (let typed = 1; typed * 100 <= PREVIEW_MAX_WAIT_MS; typed++) {
      rename(`Titel ${typed}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(preview.store.get().html).toContain('Titel 10');
    stop();
    rename('Na het sluiten');
    await vi.runAllTimersAsync();
    expect(preview.store.get().html).not.toContain('Na het sluiten');
  });

  it('switches edition and day at once, without waiting for the pause', async () => {
    const { documents, key } = await setup();
    const preview = new HandoutPreview(documents, key, async () => [], { audience: 'participant', dayIndex: null });
    preview.start();
    await vi.runAllTimersAsync();
    expect(preview.store.get().html).toContain('Hand-out voor deelnemers');
    preview.setOptions({ audience: 'trainer', dayIndex: 1 });
    expect(preview.store.get().html).toContain('Draaiboek voor trainers');
    expect(preview.store.get().html).not.toContain('id="day-1"');
    expect(preview.store.get().html).toContain('id="day-2"');
  });

  it('asks the host for the fonts once for every preview, and again after a failed request', async () => {
    const fonts = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ fonts: [FONT] });
    const once = handoutFontsOnce({ 'export.fonts': fonts });
    expect(await once()).toEqual([]);
    expect(await once()).toEqual([FONT]);
    expect(await once()).toEqual([FONT]);
    expect(fonts).toHaveBeenCalledTimes(2);
  });
});
