import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_SETTINGS, DEFAULT_UI_STATE, Settings, UiState, UiStateChanges } from '../core';
import { openJsonStore, type SetAside } from './json-store';

const SettingsFile = z.object({
  settings: Settings.default(DEFAULT_SETTINGS),
  recentFiles: z.array(z.string()).default([]),
  ui: UiState.default(DEFAULT_UI_STATE),
});

const MAX_RECENT = 12;

/** User settings and the list of recent files, in settings.json in the data folder. */
export class SettingsService {
  private constructor(
    private readonly db: Awaited<ReturnType<typeof openJsonStore<typeof SettingsFile>>>['db'],
    readonly setAside?: SetAside,
  ) {}

  static async open(dataDir: string): Promise<SettingsService> {
    const { db, setAside } = await openJsonStore(join(dataDir, 'settings.json'), SettingsFile, () => ({
      settings: DEFAULT_SETTINGS,
      recentFiles: [],
      ui: DEFAULT_UI_STATE,
    }));
    return new SettingsService(db, setAside);
  }

  get(): Settings {
    return this.db.data.settings;
  }

  async update(changes: Partial<Settings>): Promise<Settings> {
    const next = Settings.parse({ ...this.db.data.settings, ...changes });
    await this.db.update((data) => void (data.settings = next));
    return next;
  }

  uiState(): UiState {
    return this.db.data.ui;
  }

  async updateUiState(changes: UiStateChanges): Promise<UiState> {
    const defined = Object.fromEntries(Object.entries(UiStateChanges.parse(changes)).filter(([, value]) => value !== undefined));
    const next = UiState.parse({ ...this.db.data.ui, ...defined });
    await this.db.update((data) => void (data.ui = next));
    return next;
  }

  recentFiles(): string[] {
    return this.db.data.recentFiles;
  }

  async addRecentFile(path: string): Promise<void> {
    await this.db.update((data) => {
      data.recentFiles = [path, ...data.recentFiles.filter((file) => file !== path)].slice(0, MAX_RECENT);
    });
  }
}
