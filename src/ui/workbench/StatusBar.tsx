import { useI18n } from '../i18n';
import { useWorkbench } from './context';

export function StatusBar() {
  const { state, cards, settings, theme, updateSettings, dispatch } = useWorkbench();
  const { t, language } = useI18n();
  const dark = theme !== 'light';
  const otherLanguage = language === 'nl' ? 'en' : 'nl';
  return (
    <footer className="status-bar" aria-label={t('status.bar')}>
      <button type="button" className="status-item" onClick={() => dispatch({ type: 'show-panel-tab', tab: 'problems' })}>
        <span className="codicon codicon-error" aria-hidden="true" /> {t('status.problems', { count: state.problems.length })}
      </button>
      <span className="status-item">
        <span className="codicon codicon-library" aria-hidden="true" /> {t('status.cards', { count: cards.length })}
      </span>
      <span className="status-spacer" />
      <button
        type="button"
        className="status-item"
        aria-label={t('status.language', { language: t(`language.${language}`) })}
        onClick={() => updateSettings({ language: otherLanguage })}
      >
        <span className="codicon codicon-globe" aria-hidden="true" /> {language.toUpperCase()}
      </button>
      <button
        type="button"
        className="status-item"
        aria-label={t('status.theme.toggle')}
        title={t(dark ? 'theme.dark' : 'theme.light')}
        data-theme-setting={settings.theme}
        onClick={() => updateSettings({ theme: dark ? 'light' : 'dark' })}
      >
        <span className={`codicon codicon-${dark ? 'color-mode' : 'lightbulb'}`} aria-hidden="true" /> {t(dark ? 'theme.dark' : 'theme.light')}
      </button>
    </footer>
  );
}
