import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { FILTER_EXTENSIONS, type ListFolderResult } from '../../contract';
import { useChoice } from '../components/ModalHost';
import { onPathRequest, type PathRequest } from '../host/path-prompt';
import { useI18n } from '../i18n';

type Folder = Extract<ListFolderResult, { ok: true }>;

/** The last part of a path, `/` and `\` alike. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}

/** The folder a path is in (the path itself when it is a root). */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return path;
  const head = path.slice(0, cut);
  return head === '' || /^[A-Za-z]:$/.test(head) ? path.slice(0, cut + 1) : head;
}

const PAGE = 10;

/**
 * The browser edition's file dialog, after VS Code's simple file dialog for remote folders: it browses the
 * host's folders (breadcrumb, Up, recent folders, a list navigable with the arrow keys) and has one field
 * for a name in the folder shown or a full path. Choosing an existing file to save over asks first, with
 * the safe answer focused.
 */
export function FileDialog() {
  const { t } = useI18n();
  const choose = useChoice();
  const id = useId();
  const [request, setRequest] = useState<PathRequest | null>(null);
  const [folder, setFolder] = useState<Folder | null>(null);
  const [places, setPlaces] = useState<{ home: string; recentFolders: string[] } | null>(null);
  const [value, setValue] = useState('');
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const generation = useRef(0);

  useEffect(() => {
    onPathRequest((next) => {
      generation.current++;
      setRequest(next);
      setFolder(null);
      setError(null);
      setActive(0);
      setValue(next?.mode === 'save' ? next.suggestedName : '');
    });
    return () => onPathRequest(null);
  }, []);

  /** Asks the host about a path; the answer of a stale call (the trainer moved on) is dropped. */
  const look = useCallback(
    async (path: string | null, from: string | null): Promise<ListFolderResult | null> => {
      if (!request) return null;
      const mine = ++generation.current;
      setLoading(true);
      try {
        const result = await request.listFolder({ path, from, filter: request.filter });
        if (mine !== generation.current) return null;
        setPlaces({ home: result.home, recentFolders: result.recentFolders });
        return result;
      } catch (failure) {
        if (mine === generation.current) setError(failure instanceof Error ? failure.message : String(failure));
        return null;
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [request],
  );

  const show = useCallback((result: Folder) => {
    setFolder(result);
    setActive(0);
    setError(null);
  }, []);

  /** Shows a folder: true when shown, false when the host says it is not there, undefined when the call failed or was overtaken. */
  const navigate = useCallback(
    async (path: string | null, from: string | null = null): Promise<boolean | undefined> => {
      const result = await look(path, from);
      if (!result) return undefined;
      if (result.ok) show(result);
      else setError(t(`files.error.${result.reason}`, { path: result.path }));
      return result.ok;
    },
    [look, show, t],
  );

  useEffect(() => {
    if (request && !dialog.current?.open) {
      dialog.current?.showModal();
      const input = field.current;
      if (input) {
        input.focus();
        const extension = FILTER_EXTENSIONS[request.filter];
        if (request.mode === 'save' && input.value.toLowerCase().endsWith(extension)) input.setSelectionRange(0, input.value.length - extension.length);
      }
      // Start where the trainer last was; if that folder went away, where the host suggests. Not when the
      // trainer was quicker: a path typed and entered before the first folder showed is what counts.
      void navigate(request.startFolder).then((ok) => ok === false && request.startFolder !== null && navigate(null));
    }
    if (!request && dialog.current?.open) dialog.current.close();
  }, [request, navigate]);

  const finish = (path: string, replaceConfirmed = false) => request?.answer({ path, folder: folderOf(path), replaceConfirmed });

  /** The field's text or a chosen entry: a folder opens, a file is chosen (asking before replacing one). */
  const submit = async (text: string, fromList = false) => {
    if (!request) return;
    const trimmed = text.trim();
    if (!trimmed) {
      if (request.mode === 'save') setError(t('files.error.name'));
      else if (folder?.entries[active]) await submit(folder.entries[active].name, true);
      return;
    }
    const from = folder?.path ?? null;
    let result = await look(trimmed, from);
    if (!result) return;
    if (result.ok) {
      show(result);
      if (!fromList) setValue(request.mode === 'save' ? request.suggestedName : '');
      return;
    }
    if (request.mode === 'open') {
      if (result.reason === 'not-a-folder') finish(result.path);
      else setError(t(`files.error.${result.reason}`, { path: result.path }));
      return;
    }
    const extension = FILTER_EXTENSIONS[request.filter];
    if (!trimmed.toLowerCase().endsWith(extension)) {
      result = await look(trimmed + extension, from);
      if (!result) return;
      if (result.ok) return show(result);
    }
    if (result.reason === 'not-found') return finish(result.path);
    if (result.reason === 'unreadable') return setError(t('files.error.unreadable', { path: result.path }));
    const answer = await choose({
      title: t('files.replace.title'),
      message: t('files.replace.message', { name: baseName(result.path) }),
      choices: [{ id: 'replace', label: t('files.replace.confirm'), danger: true }],
    });
    if (answer === 'replace') finish(result.path, true);
    else field.current?.focus();
  };

  const entries = folder?.entries ?? [];
  const up = () => folder?.parent && void navigate(folder.parent);
  const select = (index: number) => {
    const entry = entries[index];
    if (!entry) return;
    setActive(index);
    if (entry.kind === 'file') setValue(entry.name);
  };
  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: entries.length - 1, PageDown: active + PAGE, PageUp: active - PAGE };
    if (event.key in moves) {
      event.preventDefault();
      select(Math.max(0, Math.min(entries.length - 1, moves[event.key]!)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (entries[active]) void submit(entries[active].name, true);
    } else if (event.key === 'Backspace') {
      event.preventDefault();
      up();
    }
  };

  useEffect(() => {
    document.getElementById(`${id}-entry-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [id, active, folder]);

  const extension = request ? FILTER_EXTENSIONS[request.filter] : '';
  const recent = [...new Set([...(request?.sessionFolders ?? []), ...(places?.recentFolders ?? [])])].slice(0, 8);
  const title = t(request?.mode === 'save' ? 'files.save' : 'files.open');
  return (
    <dialog
      ref={dialog}
      className="path-dialog file-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-filter`}
      onCancel={() => request?.answer(null)}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(value);
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <div className="file-dialog-location">
          <button type="button" className="button secondary" onClick={up} disabled={!folder?.parent}>
            <span className="codicon codicon-arrow-up" aria-hidden="true" /> {t('files.up')}
          </button>
          <nav aria-label={t('files.location')} className="file-dialog-crumbs">
            <ol>
              {folder?.crumbs.map((crumb, index) => (
                <li key={crumb.path}>
                  <button
                    type="button"
                    className="link-button"
                    aria-current={index === folder.crumbs.length - 1 ? 'location' : undefined}
                    onClick={() => void navigate(crumb.path)}
                  >
                    {crumb.name}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
        </div>
        <div className="file-dialog-body">
          <nav aria-label={t('files.recent')} className="file-dialog-places">
            <ul>
              {places && (
                <li>
                  <button type="button" className="link-button" title={places.home} onClick={() => void navigate(places.home)}>
                    <span className="codicon codicon-home" aria-hidden="true" /> {t('files.home')}
                  </button>
                </li>
              )}
              {recent.map((path) => (
                <li key={path}>
                  <button type="button" className="link-button" title={path} onClick={() => void navigate(path)}>
                    <span className="codicon codicon-folder" aria-hidden="true" /> {baseName(path) || path}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <div className="file-dialog-entries">
            {entries.length > 0 ? (
              <ul
                role="listbox"
                tabIndex={0}
                aria-label={t('files.entries', { folder: folder?.path ?? '' })}
                aria-activedescendant={`${id}-entry-${active}`}
                onKeyDown={onListKey}
              >
                {entries.map((entry, index) => (
                  <li
                    key={`${entry.kind}:${entry.name}`}
                    id={`${id}-entry-${index}`}
                    role="option"
                    aria-selected={index === active}
                    className={index === active ? 'active' : undefined}
                    onClick={() => select(index)}
                    onDoubleClick={() => void submit(entry.name, true)}
                  >
                    <span className={`codicon codicon-${entry.kind === 'folder' ? 'folder' : 'file'}`} aria-hidden="true" />
                    <span>{entry.name}</span>
                    <span className="visually-hidden">{`, ${t(`files.kind.${entry.kind}`)}`}</span>
                  </li>
                ))}
              </ul>
            ) : (
              folder && <p className="file-dialog-empty">{t('files.empty', { extension })}</p>
            )}
          </div>
        </div>
        <p role="status" className="file-dialog-status">
          {loading ? t('files.loading') : folder?.truncated ? t('files.truncated', { count: entries.length }) : ''}
        </p>
        <label>
          {t('files.path')}
          <input
            ref={field}
            type="text"
            value={value}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              setValue(event.target.value);
              setError(null);
            }}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' && entries.length > 0) {
                event.preventDefault();
                document.getElementById(`${id}-entry-${active}`)?.closest<HTMLElement>('[role="listbox"]')?.focus();
              }
            }}
          />
        </label>
        <p id={`${id}-hint`} className="file-dialog-hint">
          {t('files.path.hint')}
        </p>
        <p id={`${id}-filter`} className="file-dialog-hint">
          {t('files.filter', { extension })}
        </p>
        {error && (
          <p role="alert" className="form-errors">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="submit" className="button">
            {t('dialog.ok')}
          </button>
          <button type="button" className="button secondary" onClick={() => request?.answer(null)}>
            {t('dialog.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
