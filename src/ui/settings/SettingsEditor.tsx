import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { DEFAULT_SETTINGS } from '../../core';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { SETTINGS_SECTIONS } from './definitions';
import { SETTINGS_SEARCH_ID, takeSearchFocus } from './open';
import { SettingRow } from './SettingRow';
import { TeamLibrariesSection } from './TeamLibrariesSection';
import { matchesQuery } from './search';
import { useSettings } from '../app/context';
import { HOST_ONLY_SETTINGS } from '../../contract';

const isHostOnlySetting = (id: string) => (HOST_ONLY_SETTINGS as readonly string[]).includes(id);

/**
 * The settings editor tab, like VS Code's: a search box over the settings' labels and descriptions (in the
 * language in use, diacritics ignored), the settings in sections, each saved the moment it changes.
 */
export function SettingsEditor() {
  const { t } = useI18n();
  const { updateSettings, info } = useWorkbench();
  const settings = useSettings((value) => value);
  const [query, setQuery] = useState('');
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (takeSearchFocus()) search.current?.focus();
  }, []);

  const sections = SETTINGS_SECTIONS.map((section) => ({
    ...section,
    settings: section.settings.filter((definition) => matchesQuery(query, [t(definition.label), t(definition.description)])),
  })).filter((section) => section.settings.length > 0);
  const searching = query.trim() !== '';
  const teamShown = matchesQuery(query, [t('team.settings.title'), t('team.settings.explain')]);
  // The team libraries count as one setting found.
  const found = sections.reduce((sum, section) => sum + section.settings.length, 0) + (searching && teamShown ? 1 : 0);

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape' || !query) return;
    setQuery('');
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <section className="settings-editor" aria-labelledby="settings-title">
      <div className="settings-header">
        <h1 id="settings-title">{t('settings.title')}</h1>
        <div className="settings-search">
          <label htmlFor={SETTINGS_SEARCH_ID} className="visually-hidden">
            {t('settings.search.label')}
          </label>
          <span className="codicon codicon-search" aria-hidden="true" />
          <input
            ref={search}
            id={SETTINGS_SEARCH_ID}
            type="search"
            className="search-input"
            placeholder={t('settings.search.placeholder')}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onSearchKeyDown}
          />
          {searching && (
            <button
              type="button"
              className="icon-button"
              aria-label={t('settings.search.clear')}
              title={t('settings.search.clear')}
              onClick={() => {
                setQuery('');
                search.current?.focus();
              }}
            >
              <span className="codicon codicon-close" aria-hidden="true" />
            </button>
          )}
        </div>
        <p role="status" className="settings-count muted">
          {searching && (found === 0 ? t('settings.search.none', { query: query.trim() }) : found === 1 ? t('settings.search.one') : t('settings.search.many', { count: found }))}
        </p>
      </div>
      {sections.map((section) => (
        <section key={section.id} className="settings-section" aria-labelledby={`settings-section-${section.id}`}>
          <h2 id={`settings-section-${section.id}`}>{t(section.title)}</h2>
          {section.settings.map((definition) => (
            <SettingRow
              key={definition.id}
              definition={definition}
              value={settings[definition.id]}
              defaultValue={DEFAULT_SETTINGS[definition.id]}
              extraHint={definition.id === 'chromiumPath' ? t(info.edition === 'desktop' ? 'settings.chromiumPath.desktop' : 'settings.chromiumPath.web', { folder: info.dataDir }) : undefined}
              readOnly={info.edition === 'web' && isHostOnlySetting(definition.id)}
              onSave={(value) => updateSettings({ [definition.id]: value })}
            />
          ))}
        </section>
      ))}
      {teamShown && <TeamLibrariesSection />}
    </section>
  );
}
