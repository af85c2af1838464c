import { useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { useCommands } from './CommandsProvider';
import { chordOf, formatChord, isBindable } from './keys';
import { chordsOf } from './registry';
import { useSettings } from '../app/context';

/** Every command with its keys; the user records their own chord, removes one, or goes back to the default. */
export function KeybindingsEditor() {
  const { t } = useI18n();
  const { registry, keybindings } = useCommands();
  const { updateSettings } = useWorkbench();
  const settings = useSettings((value) => value);
  const [recording, setRecording] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const overrides = settings.keybindings;
  const setOverride = (id: string, chord: string | undefined) => {
    const { [id]: _old, ...rest } = overrides;
    updateSettings({ keybindings: chord === undefined ? rest : { ...rest, [id]: chord } });
  };
  const record = (id: string) => (event: KeyboardEvent<HTMLInputElement>) => {
    event.preventDefault();
    event.stopPropagation();
    if (event.key === 'Escape') return setRecording(null);
    const chord = chordOf(event);
    if (!chord || !isBindable(chord)) return;
    setOverride(id, chord);
    setRecording(null);
  };
  const commands = registry.all().filter((command) => `${t(command.category)}: ${t(command.title)} ${command.id}`.toLowerCase().includes(filter.toLowerCase()));

  return (
    <section className="keybindings-editor" aria-labelledby="keybindings-title">
      <h1 id="keybindings-title">{t('keybindings.title')}</h1>
      <input type="search" className="search-input" aria-label={t('keybindings.search')} placeholder={t('keybindings.search')} value={filter} onChange={(event) => setFilter(event.target.value)} />
      <table className="keybindings-table">
        <thead>
          <tr>
            <th scope="col">{t('keybindings.command')}</th>
            <th scope="col">{t('keybindings.keys')}</th>
            <th scope="col">{t('keybindings.source')}</th>
            <th scope="col">{t('keybindings.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {commands.map((command) => {
            const title = `${t(command.category)}: ${t(command.title)}`;
            const own = command.id in overrides;
            return (
              <tr key={command.id}>
                <th scope="row">
                  {title} <span className="muted">{command.id}</span>
                </th>
                <td>
                  {recording === command.id ? (
                    <input autoFocus className="chord-recorder" aria-label={t('keybindings.recordFor', { command: title })} placeholder={t('keybindings.pressKeys')} onKeyDown={record(command.id)} onBlur={() => setRecording(null)} readOnly />
                  ) : (
                    chordsOf(command.id, keybindings).map((chord) => <kbd key={chord}>{formatChord(chord)}</kbd>)
                  )}
                </td>
                <td>{own ? t('keybindings.user') : t('keybindings.default')}</td>
                <td className="keybinding-actions">
                  <button type="button" className="link-button" aria-label={t('keybindings.change', { command: title })} onClick={() => setRecording(command.id)}>
                    {t('keybindings.changeShort')}
                  </button>
                  {chordsOf(command.id, keybindings).length > 0 && (
                    <button type="button" className="link-button" aria-label={t('keybindings.remove', { command: title })} onClick={() => setOverride(command.id, '')}>
                      {t('keybindings.removeShort')}
                    </button>
                  )}
                  {own && (
                    <button type="button" className="link-button" aria-label={t('keybindings.reset', { command: title })} onClick={() => setOverride(command.id, undefined)}>
                      {t('keybindings.resetShort')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
