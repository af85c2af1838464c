import { useState } from 'react';
import type { Settings } from '../../core';
import { useI18n } from '../i18n';
import { fromRaw, toRaw, type EditableSetting, type SettingDefinition } from './definitions';
import { validateSetting, type SettingProblem } from './validate';

/**
 * One setting: label, one-line description, the control, a reset button once it differs from the default,
 * and an inline error for a value the schema refuses (which is then not saved; the control keeps what was typed).
 */
export function SettingRow({
  definition,
  value,
  defaultValue,
  extraHint,
  readOnly = false,
  onSave,
}: {
  definition: SettingDefinition;
  value: Settings[EditableSetting];
  defaultValue: Settings[EditableSetting];
  extraHint?: string;
  /** Shown but not changeable here (a setting the browser edition leaves to the settings file). */
  readOnly?: boolean;
  onSave(value: Settings[EditableSetting]): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<{ raw: string; problem: SettingProblem } | null>(null);
  const { id, control } = definition;
  const inputId = `setting-${id}`;
  const ids = { description: `${inputId}-description`, unit: `${inputId}-unit`, hint: `${inputId}-hint`, extra: `${inputId}-extra`, error: `${inputId}-error` };
  const label = t(definition.label);
  const modified = value !== defaultValue;

  const shown = (stored: Settings[EditableSetting]): string => {
    if (control.kind === 'select') return t(control.optionLabel(String(stored)));
    if (control.kind === 'number') return `${stored} ${t(control.unit)}`;
    return String(stored) || t('settings.empty');
  };

  const change = (raw: string) => {
    const result = validateSetting(id, fromRaw(control, raw));
    if (!result.ok) return setDraft({ raw, problem: result.problem });
    setDraft(null);
    if (result.value !== value) onSave(result.value);
  };

  const reset = () => {
    setDraft(null);
    if (value !== defaultValue) onSave(defaultValue);
  };

  const raw = draft?.raw ?? toRaw(value);
  const describedBy = [
    ids.description,
    control.kind === 'number' && ids.unit,
    definition.hint && ids.hint,
    extraHint && ids.extra,
    draft && ids.error,
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    id: inputId,
    'aria-describedby': describedBy,
    'aria-invalid': draft ? true : undefined,
  } as const;

  return (
    <div className={`setting${modified ? ' modified' : ''}${draft ? ' invalid' : ''}`} data-setting={id}>
      <div className="setting-head">
        <label className="setting-label" htmlFor={inputId}>
          {label}
        </label>
        {modified && <span className="setting-modified">{t('settings.modified')}</span>}
      </div>
      <p id={ids.description} className="setting-description">
        {t(definition.description)}
      </p>
      <div className="setting-control">
        {control.kind === 'select' && (
          <select {...common} value={raw} onChange={(event) => change(event.target.value)}>
            {control.options.map((option) => (
              <option key={option} value={option}>
                {t(control.optionLabel(option))}
              </option>
            ))}
          </select>
        )}
        {control.kind === 'number' && (
          <>
            <input
              {...common}
              type="number"
              inputMode="numeric"
              min={control.min}
              max={control.max}
              step={control.step}
              value={raw}
              onChange={(event) => change(event.target.value)}
            />
            <span id={ids.unit} className="setting-unit">
              {t(control.unit)}
            </span>
          </>
        )}
        {/* A text field, not type="time": an English browser would show AM/PM; Dutch trainers write 13:30. */}
        {control.kind === 'time' && <input {...common} type="text" inputMode="numeric" maxLength={5} className="time-field" value={raw} onChange={(event) => change(event.target.value)} />}
        {control.kind === 'text' && (
          <input {...common} type="text" className="setting-text" spellCheck={false} readOnly={readOnly} value={raw} onChange={(event) => readOnly || change(event.target.value)} />
        )}
        {(modified || draft) && !readOnly && (
          <button
            type="button"
            className="link-button setting-reset"
            aria-label={t('settings.reset.label', { setting: label, value: shown(defaultValue) })}
            title={t('settings.reset.label', { setting: label, value: shown(defaultValue) })}
            onClick={reset}
          >
            <span className="codicon codicon-discard" aria-hidden="true" />
            {t('settings.reset')}
          </button>
        )}
      </div>
      {id === 'autosaveDelayMs' && value === 0 && !draft && <p className="setting-hint">{t('settings.autosaveDelayMs.off')}</p>}
      {definition.hint && (
        <p id={ids.hint} className="setting-hint">
          {t(definition.hint)}
        </p>
      )}
      {extraHint && (
        <p id={ids.extra} className="setting-hint">
          {extraHint}
        </p>
      )}
      {draft && (
        <p id={ids.error} role="alert" className="field-error setting-error">
          <span className="codicon codicon-error" aria-hidden="true" /> {t('settings.error.notSaved', { problem: t(draft.problem.key, draft.problem.params), value: shown(value) })}
        </p>
      )}
    </div>
  );
}
