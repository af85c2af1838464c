import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Module, TechniqueCard } from '../../core';
import { useI18n } from '../i18n';
import { ModuleEditor } from './ModuleEditor';

export interface ModuleItemProps {
  module: Module;
  cards: ReadonlyMap<string, TechniqueCard>;
  /** Resolves true once saved; the caller reports a failure and resolves false. */
  onSave(module: Module): Promise<boolean>;
  onDelete(module: Module): void;
  /** Wraps the title row so it can be dragged into a day (the list passes its draggable source). */
  renderSource?(row: ReactNode): ReactNode;
  /** The "+" button that adds the module to the open training. */
  addButton?: ReactNode;
  /** "Naar teambibliotheek", for an own module while a team library can take it. */
  publishButton?: ReactNode;
}

/** An inline rename: Enter saves, Escape keeps the old name, an empty name is refused. */
function RenameField({ module, onSave, onDone }: { module: Module; onSave(module: Module): Promise<boolean>; onDone(): void }) {
  const { t } = useI18n();
  const errorId = useId();
  const [name, setName] = useState(module.title);
  const [empty, setEmpty] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);

  const commit = async () => {
    const title = name.trim();
    if (!title) {
      setEmpty(true);
      return input.current?.focus();
    }
    if (title === module.title || (await onSave({ ...module, title }))) onDone();
  };

  return (
    <div className="module-rename">
      <input
        ref={input}
        type="text"
        autoFocus
        aria-label={t('module.rename.field', { title: module.title })}
        aria-invalid={empty}
        aria-describedby={empty ? errorId : undefined}
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setEmpty(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void commit();
          else if (event.key === 'Escape') onDone();
          else return;
          event.preventDefault();
          event.stopPropagation();
        }}
      />
      <button type="button" className="icon-button" aria-label={t('module.rename.save')} title={t('module.rename.save')} onClick={() => void commit()}>
        <span className="codicon codicon-check" aria-hidden="true" />
      </button>
      <button type="button" className="icon-button" aria-label={t('module.rename.cancel')} title={t('module.rename.cancel')} onClick={onDone}>
        <span className="codicon codicon-close" aria-hidden="true" />
      </button>
      {empty && (
        <p id={errorId} role="alert" className="field-error">
          {t('module.rename.empty')}
        </p>
      )}
    </div>
  );
}

/** One saved module in the side bar: drag or add it, rename it in place, edit its blocks, delete it. */
export function ModuleItem({ module, cards, onSave, onDelete, renderSource = (row) => row, addButton, publishButton }: ModuleItemProps) {
  const { t } = useI18n();
  const [renaming, setRenaming] = useState(false);
  const [editing, setEditing] = useState(false);
  const returnFocus = useRef<'rename' | 'edit' | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const editorId = useId();
  const minutes = module.blocks.reduce((sum, block) => sum + block.durationMinutes, 0);

  // Back to the button that opened the rename field or the editor once it closes.
  useEffect(() => {
    if (!returnFocus.current) return;
    (returnFocus.current === 'rename' ? renameButton : editButton).current?.focus();
    returnFocus.current = null;
  });

  return (
    <li className="module-entry">
      {renaming ? (
        <RenameField
          module={module}
          onSave={onSave}
          onDone={() => {
            setRenaming(false);
            returnFocus.current = 'rename';
          }}
        />
      ) : (
        <div className="module-row">
          <div className="module-source">
            {renderSource(
              <>
                <span className="module-item">
                  <span className="codicon codicon-package" aria-hidden="true" /> <span className="module-title">{module.title}</span>{' '}
                  <span className="muted">{t('module.blocks', { count: module.blocks.length, minutes })}</span>
                  {module.description && <span className="module-description muted">{module.description}</span>}
                </span>
                {addButton}
              </>,
            )}
          </div>
          {publishButton}
          <button ref={renameButton} type="button" className="icon-button" aria-label={t('module.rename', { title: module.title })} title={t('module.rename', { title: module.title })} onClick={() => setRenaming(true)}>
            <span className="codicon codicon-edit" aria-hidden="true" />
          </button>
          <button
            ref={editButton}
            type="button"
            className={`icon-button${editing ? ' active' : ''}`}
            aria-label={t('module.edit', { title: module.title })}
            title={t('module.edit', { title: module.title })}
            aria-expanded={editing}
            aria-controls={editing ? editorId : undefined}
            onClick={() => setEditing(!editing)}
          >
            <span className="codicon codicon-settings" aria-hidden="true" />
          </button>
          <button type="button" className="icon-button" aria-label={t('module.delete', { title: module.title })} title={t('module.delete', { title: module.title })} onClick={() => onDelete(module)}>
            <span className="codicon codicon-trash" aria-hidden="true" />
          </button>
        </div>
      )}
      {editing && (
        <div id={editorId}>
          <ModuleEditor
            module={module}
            cards={cards}
            onSave={onSave}
            onClose={() => {
              setEditing(false);
              returnFocus.current = 'edit';
            }}
          />
        </div>
      )}
    </li>
  );
}
