import { CHECK_SETTINGS, Settings, type MessageKey } from '../../core';

/** Every setting the settings editor shows as one field; keybindings and team libraries are lists with their own editor. */
export type EditableSetting = Exclude<keyof Settings, 'keybindings' | 'teamLibraries' | 'collabServer'>;

type EnumSetting = 'language' | 'theme' | 'exportAudience' | 'exportFormat';
type NumberSetting = 'autosaveDelayMs' | CheckSetting;
/** The design checks' thresholds: each shows why its default is what it is. */
type CheckSetting = (typeof CHECK_SETTINGS)[number];
type TextSetting = 'authorName' | 'chromiumPath';

export type SettingControl =
  | { kind: 'select'; options: readonly string[]; optionLabel(option: string): MessageKey }
  | { kind: 'number'; min: number; max: number; step: number; unit: MessageKey }
  | { kind: 'time' }
  | { kind: 'text'; maxLength?: number };

export interface SettingDefinition {
  id: EditableSetting;
  label: MessageKey;
  description: MessageKey;
  control: SettingControl;
  /** A second line under the control, e.g. how to fill it in. */
  hint?: MessageKey;
}

export interface SettingsSection {
  id: 'general' | 'curriculum' | 'export';
  title: MessageKey;
  settings: SettingDefinition[];
}

const OPTION_LABELS: { [K in EnumSetting]: Record<Settings[K], MessageKey> } = {
  language: { system: 'settings.language.system', nl: 'language.nl', en: 'language.en' },
  theme: { system: 'settings.theme.system', light: 'theme.light', dark: 'theme.dark', 'high-contrast': 'settings.theme.high-contrast' },
  exportAudience: { participant: 'export.edition.participant', trainer: 'export.edition.trainer' },
  exportFormat: { pdf: 'export.as.pdf', docx: 'export.as.docx', html: 'export.as.html', markdown: 'export.as.markdown' },
};

const UNITS: Record<NumberSetting, { unit: MessageKey; step: number }> = {
  autosaveDelayMs: { unit: 'settings.unit.ms', step: 100 },
  breakIntervalMinutes: { unit: 'settings.unit.minutes', step: 5 },
  needMissingMinutes: { unit: 'settings.unit.minutes', step: 5 },
  listeningShareMaxPercent: { unit: 'settings.unit.percent', step: 5 },
  listeningRunMaxMinutes: { unit: 'settings.unit.minutes', step: 5 },
  practiceAfterTheoryMinutes: { unit: 'settings.unit.minutes', step: 5 },
};

/** Options straight from the schema, so a new theme or format shows up here without a second list. */
function select(id: EnumSetting): SettingControl {
  const labels = OPTION_LABELS[id] as Record<string, MessageKey>;
  return { kind: 'select', options: Settings.shape[id].unwrap().options, optionLabel: (option) => labels[option] ?? 'settings.error.option' };
}

/** Limits straight from the schema, so the input and the validation never disagree. */
function number(id: NumberSetting): SettingControl {
  const schema = Settings.shape[id].unwrap();
  return { kind: 'number', min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER, ...UNITS[id] };
}

function text(id: TextSetting): SettingControl {
  return { kind: 'text', maxLength: Settings.shape[id].unwrap().maxLength ?? undefined };
}

const time = (): SettingControl => ({ kind: 'time' });

const define = (id: EditableSetting, control: SettingControl, hint?: MessageKey): SettingDefinition => ({
  id,
  label: `settings.${id}.label`,
  description: `settings.${id}.description`,
  control,
  ...(hint ? { hint } : {}),
});

/** A design check's threshold, with the reasoning behind its default under the control. */
const checkSetting = (id: CheckSetting): SettingDefinition => define(id, number(id), `settings.${id}.rationale`);

export const SETTINGS_SECTIONS: SettingsSection[] = [
  {
    id: 'general',
    title: 'settings.section.general',
    settings: [define('language', select('language')), define('theme', select('theme')), define('authorName', text('authorName'))],
  },
  {
    id: 'curriculum',
    title: 'settings.section.curriculum',
    settings: [
      define('autosaveDelayMs', number('autosaveDelayMs')),
      checkSetting('breakIntervalMinutes'),
      define('dayStart', time()),
      define('dayEnd', time()),
      ...CHECK_SETTINGS.filter((id) => id !== 'breakIntervalMinutes').map(checkSetting),
    ],
  },
  {
    id: 'export',
    title: 'settings.section.export',
    settings: [
      define('exportAudience', select('exportAudience')),
      define('exportFormat', select('exportFormat')),
      define('chromiumPath', text('chromiumPath'), 'settings.chromiumPath.hint'),
    ],
  },
];

/** The text a control holds for a stored value. */
export function toRaw(value: Settings[EditableSetting]): string {
  return String(value);
}

/** The value a control's text stands for; an empty or malformed number becomes NaN, which the schema rejects. */
export function fromRaw(control: SettingControl, raw: string): unknown {
  if (control.kind !== 'number') return raw;
  return raw.trim() === '' ? Number.NaN : Number(raw);
}
