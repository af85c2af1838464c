import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n';
import { useTeams, writableTeams } from './useTeams';

/**
 * "Naar teambibliotheek": with one team library it publishes at once; with several it opens a short menu of
 * the teams (arrow keys move, Escape closes). Shows nothing while no team library can take it.
 */
export function PublishMenu({ title, iconOnly = false, onPublish }: { title: string; iconOnly?: boolean; onPublish(folder: string): void }) {
  const { t } = useI18n();
  const teams = writableTeams(useTeams());
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);
  if (teams.length === 0) return null;

  const label = t('team.publish.named', { title });
  const choose = (folder: string) => {
    setOpen(false);
    trigger.current?.focus();
    onPublish(folder);
  };
  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') items[(index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
    else if (event.key === 'Escape') {
      setOpen(false);
      trigger.current?.focus();
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const several = teams.length > 1;
  return (
    // Focus leaving the button and its menu (Tab, a click elsewhere) closes the menu.
    <span className="publish-menu" onBlur={(event) => !event.currentTarget.contains(event.relatedTarget as Node | null) && setOpen(false)}>
      <button
        ref={trigger}
        type="button"
        className={iconOnly ? 'icon-button' : 'button secondary'}
        aria-label={iconOnly ? label : undefined}
        title={iconOnly ? label : undefined}
        aria-haspopup={several ? 'menu' : undefined}
        aria-expanded={several ? open : undefined}
        aria-controls={several && open ? menuId : undefined}
        onClick={() => (several ? setOpen(!open) : onPublish(teams[0]!.folder))}
      >
        <span className="codicon codicon-organization" aria-hidden="true" />
        {!iconOnly && <> {t('team.publish')}</>}
      </button>
      {open && (
        <ul ref={menu} id={menuId} role="menu" aria-label={t('team.publish.choose')} className="publish-menu-list" onKeyDown={onMenuKeyDown}>
          {teams.map((team) => (
            <li key={team.folder} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => choose(team.folder)}>
                {team.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
