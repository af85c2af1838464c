import { scheduleDay } from '../../core';
import { useActiveWorkingCopy, useApplication, useLayout, useSettings, useStore } from '../app/context';
import { useI18n } from '../i18n';
import { useWorkbench } from './context';
import { useLibraryState } from '../library/useLibrary';
import { TeamStatusItems } from './StatusBarTeam';
import { CollabStatusItem } from '../collab/StatusBarCollab';

export function StatusBar() {
  const { theme, updateSettings, dispatch } = useWorkbench();
  const cardCount = useLibraryState((state) => state.cards.length);
  const themeSetting = useSettings((settings) => settings.theme);
  const { t, language } = useI18n();
  const dark = theme !== 'light';
  const themeName = t(theme === 'high-contrast' ? 'settings.theme.high-contrast' : dark ? 'theme.dark' : 'theme.light');
  const otherLanguage = language === 'nl' ? 'en' : 'nl';
  const problems = useStore(useApplication().markers.store, (markers) => markers.length);
  const curriculum = useActiveWorkingCopy()?.history.present;
  const selection = useLayout((state) => state.selection);
  const hours = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
  const schedules = curriculum?.days.map(scheduleDay) ?? [];
  const selectedDay = curriculum?.days.find((day) => day.blocks.some((block) => selection?.blockIds.includes(block.id))) ?? curriculum?.days[0];
  const daySchedule = schedules.find((schedule) => schedule.dayId === selectedDay?.id);
  return (
    <footer className="status-bar" aria-label={t('status.bar')}>
      <button type="button" className="status-item" onClick={() => dispatch({ type: 'show-panel-tab', tab: 'problems' })}>
        <span className="codicon codicon-error" aria-hidden="true" /> {t('status.problems', { count: problems })}
      </button>
      {curriculum && daySchedule && (
        <span className="status-item" title={t('status.timeHint')}>
          <span className="codicon codicon-clock" aria-hidden="true" />
          {t('status.time', {
            day: selectedDay?.title || '',
            dayTotal: hours(daySchedule.totalMinutes),
            total: hours(schedules.reduce((sum, schedule) => sum + schedule.totalMinutes, 0)),
          })}
        </span>
      )}
      <span className="status-item">
        <span className="codicon codicon-library" aria-hidden="true" /> {t('status.cards', { count: cardCount })}
      </span>
      <TeamStatusItems />
      <CollabStatusItem />
      <span className="status-spacer" />
      <button
        type="button"
        className="status-item"
        aria-label={t('status.languageButton', { language: t(`language.${language}`), code: language.toUpperCase() })}
        onClick={() => updateSettings({ language: otherLanguage })}
      >
        <span className="codicon codicon-globe" aria-hidden="true" /> {language.toUpperCase()}
      </button>
      <button
        type="button"
        className="status-item"
        aria-label={t('status.themeButton', { theme: themeName })}
        title={themeName}
        data-theme-setting={themeSetting}
        onClick={() => updateSettings({ theme: dark ? 'light' : 'dark' })}
      >
        <span className={`codicon codicon-${dark ? 'color-mode' : 'lightbulb'}`} aria-hidden="true" /> {themeName}
      </button>
    </footer>
  );
}
