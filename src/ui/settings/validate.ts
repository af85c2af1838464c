import { Settings, type MessageKey } from '../../core';
import type { EditableSetting } from './definitions';

export interface SettingProblem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export type Validation<K extends EditableSetting> = { ok: true; value: Settings[K] } | { ok: false; problem: SettingProblem };

/**
 * Checks a value with the setting's own schema (the one the host checks too) and turns the first issue into
 * a message in the user's language; the schema's own messages are English and written for developers.
 */
export function validateSetting<K extends EditableSetting>(id: K, value: unknown): Validation<K> {
  const result = Settings.shape[id].safeParse(value);
  if (result.success) return { ok: true, value: result.data as Settings[K] };
  const issue = result.error.issues[0];
  const limits = Settings.shape[id].unwrap();
  if (issue?.code === 'too_small' || issue?.code === 'too_big') {
    if (issue.origin === 'string') return { ok: false, problem: { key: 'settings.error.tooLong', params: { max: Number(issue.code === 'too_big' ? issue.maximum : 0) } } };
    if ('minValue' in limits) return { ok: false, problem: { key: 'settings.error.range', params: { min: limits.minValue ?? 0, max: limits.maxValue ?? 0 } } };
  }
  if (issue?.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int')) return { ok: false, problem: { key: 'settings.error.integer' } };
  if (issue?.code === 'invalid_format') return { ok: false, problem: { key: 'settings.error.time' } };
  return { ok: false, problem: { key: 'settings.error.option' } };
}
