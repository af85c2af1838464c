import { useEffect, useRef, useState } from 'react';
import { onPathRequest, type PathRequest } from '../host/path-prompt';
import { useI18n } from '../i18n';

/** The browser edition's stand-in for a native file dialog: a modal that asks for a path on disk. */
export function PathDialog() {
  const { t } = useI18n();
  const [request, setRequest] = useState<PathRequest | null>(null);
  const [value, setValue] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    onPathRequest((next) => {
      setRequest(next);
      setValue(next?.suggestedName ?? '');
    });
    return () => onPathRequest(null);
  }, []);

  useEffect(() => {
    if (request && !dialog.current?.open) dialog.current?.showModal();
    if (!request && dialog.current?.open) dialog.current.close();
  }, [request]);

  const title = t(request?.mode === 'save' ? 'dialog.path.save' : 'dialog.path.open');
  return (
    <dialog ref={dialog} className="path-dialog" aria-labelledby="path-dialog-title" onCancel={() => request?.answer(null)}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          request?.answer(value);
        }}
      >
        <h2 id="path-dialog-title">{title}</h2>
        <label>
          {t('dialog.path.label')}
          <input type="text" value={value} onChange={(event) => setValue(event.target.value)} autoFocus spellCheck={false} />
        </label>
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
