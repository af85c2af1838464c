import { join } from 'node:path';
import type { z } from 'zod';
import { DEFAULT_SETTINGS, DEFAULT_UI_STATE, Settings, UiState, UiStateChanges } from '../core';
import type { StartupNotice } from '../contract';
import { cleanDataFolder } from './data-folder';
import { describeIssue, JsonStore, type RejectedRecord, type StoreIo, type StoreValidator } from './json-store';

interface SettingsData {
  settings: Settings;
  recentFiles: string[];
  ui: UiState;
}

/** Each setting (and each section of the UI state) is checked on its own: a bad one is quarantined and its default applies. */
export const validateSettings: StoreValidator<SettingsData> = (raw) => {
  const rejected: RejectedRecord[] = [];
  const settings = fieldsOf(raw, 'settings', Settings, DEFAULT_SETTINGS, rejected);
  const ui = fieldsOf(raw, 'ui', UiState, DEFAULT_UI_STATE, rejected);
  const recentFiles: string[] = [];
  if (Array.isArray(raw.recentFiles)) {
    raw.recentFiles.forEach((file: unknown, index) => {
      if (typeof file === 'string') recentFiles.push(file);
      else rejected.push({ pointer: `/recentFiles/${index}`, record: `recentFiles/${index}`, reason: `/recentFiles/${index}: expected a file path`, value: file });
    });
  } else if (raw.recentFiles !== undefined) {
    rejected.push({ pointer: '/recentFiles', record: 'recentFiles', reason: '/recentFiles: expected a list', value: raw.recentFiles });
  }
  return { data: { settings, recentFiles, ui }, rejected };
};

function fieldsOf<S extends z.ZodObject>(
  raw: Record<string, unknown>,
  key: string,
  schema: S,
  defaults: z.output<S>,
  rejected: RejectedRecord[],
): z.output<S> {
  const section = raw[key];
  if (section === undefined) return defaults;
  if (typeof section !== 'object' || section === null || Array.isArray(section)) {
    rejected.push({ pointer: `/${key}`, record: key, reason: `/${key}: expected an object`, value: section });
    return defaults;
  }
  const kept: Record<string, unknown> = { ...section };
  for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (!(name in kept)) continue;
    const checked = field.safeParse(kept[name]);
    if (checked.success) continue;
    rejected.push({ pointer: `/${key}/${name}`, record: `${key}.${name}`, reason: describeIssue(checked.error, `/${key}/${name}`), value: kept[name] });
    delete kept[name];
  }
  const whole = schema.safeParse(kept);
  if (whole.success) return whole.data;
  rejected.push({ pointer: `/${key}`, record: key, reason: describeIssue(whole.error, `/${key}`), value: section });
  return defaults;
}

const MAX_RECENT = 12;

/** User settings and the list of recent files, in settings.json in the data folder. */
export class SettingsService {
  private constructor(
    private readonly db: JsonStore<SettingsData>,
  ) {}

  static async open(dataDir: string, io?: Partial<StoreIo>): Promise<SettingsService> {
    await cleanDataFolder(dataDir);
    const store = await JsonStore.open<SettingsData>({
      kind: 'settings',
      file: join(dataDir, 'settings.json'),
      defaults: () => ({ settings: DEFAULT_SETTINGS, recentFiles: [], ui: DEFAULT_UI_STATE }),
      validate: validateSettings,
      io,
    });
    return new SettingsService(store);
  }

  /** What the trainer is told at start about settings.json. */
  get notices(): StartupNotice[] {
    return this.db.notices;
  }

  /** Why saving is refused this session, or null. */
  get readOnly(): string | null {
    return this.db.readOnly;
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
    await this.db.update((data) => void (data.ui = next), { inMemoryWhenReadOnly: true });
    return next;
  }

  recentFiles(): string[] {
    return this.db.data.recentFiles;
  }

  async addRecentFile(path: string): Promise<void> {
    await this.db.update((data) => {
      data.recentFiles = [path, ...data.recentFiles.filter((file) => file !== path)].slice(0, MAX_RECENT);
    }, { inMemoryWhenReadOnly: true });
  }
}
