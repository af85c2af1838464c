import { useEffect, useState } from 'react';
import type { Language, Settings } from '../core';

export type AppliedTheme = 'light' | 'dark' | 'high-contrast';

function systemTheme(): AppliedTheme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Puts the chosen (or the system's) theme and the UI language on <html>, where the CSS variables read them. */
export function useAppliedTheme(setting: Settings['theme'], language: Language): AppliedTheme {
  const [system, setSystem] = useState<AppliedTheme>(systemTheme);
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => setSystem(systemTheme());
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  const applied = setting === 'system' ? system : setting;
  useEffect(() => {
    document.documentElement.dataset.theme = applied;
    document.documentElement.lang = language;
  }, [applied, language]);
  return applied;
}
