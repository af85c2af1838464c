import { useEffect, useMemo, useRef, useState } from 'react';
import { createDocument, localized } from '../../core';
import { useI18n } from '../i18n';
import { useLayout } from '../app/context';
import { useWorkbench } from '../workbench/context';
import { useLibraryActions } from './actions';
import { useLibraryState } from './useLibrary';

/** Exports chosen own and imported cards as a `.draaiboek` card pack (no curriculum). */
export function ExportPackDialog() {
  const { t, language } = useI18n();
  const { dispatch, host, info } = useWorkbench();
  // The cards only, and the exportable ones worked out once per library change, not per keystroke in the search box.
  const cards = useLibraryState((state) => state.cards);
  const actions = useLibraryActions();
  const exportable = useMemo(() => cards.filter((card) => card.provenance.origin !== 'built-in'), [cards]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const dialog = useRef<HTMLDialogElement>(null);
  const open = useLayout((state) => state.dialog === 'export-pack');

  useEffect(() => {
    if (open && !dialog.current?.open) {
      setSelected(new Set(exportable.map((card) => card.id)));
      dialog.current?.showModal();
    }
    if (!open && dialog.current?.open) dialog.current.close();
    // Selection is reset each time the dialog opens, not whenever the library changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const close = () => dispatch({ type: 'show-dialog', dialog: null });
  const exportCards = async () => {
    const cards = exportable.filter((card) => selected.has(card.id));
    close();
    try {
      const { path } = await host['dialogs.pickSavePath']({ filter: 'draaiboek', suggestedName: t('pack.fileName') });
      if (!path) return;
      const document = createDocument({ cards }, info.version);
      let result = await host['documents.save']({ path, document, expectedRevision: null });
      // Choosing an existing file in a save dialog is the trainer's consent to replace it.
      if (result.status === 'changed-on-disk') result = await host['documents.save']({ path, document, expectedRevision: result.revision });
      if (result.status !== 'saved') throw new Error(result.status === 'read-only' ? result.detail : path);
      dispatch({ type: 'toast', toast: { key: 'pack.exported', params: { count: cards.length, path } } });
      dispatch({ type: 'log', line: { key: 'pack.exported', params: { count: cards.length, path } } });
    } catch (error) {
      actions.report(error);
    }
  };

  return (
    <dialog ref={dialog} className="modal" aria-labelledby="export-pack-title" onCancel={close}>
      <h2 id="export-pack-title">{t('pack.export')}</h2>
      {/* A closed dialog renders no list: a large library would otherwise cost thousands of checkboxes. */}
      {!open ? null : exportable.length === 0 ? (
        <p>{t('pack.export.none')}</p>
      ) : (
        <fieldset className="checklist export-list">
          <legend>{t('pack.export.choose')}</legend>
          {exportable.map((card) => (
            <label key={card.id}>
              <input
                type="checkbox"
                checked={selected.has(card.id)}
                onChange={(event) => {
                  const next = new Set(selected);
                  if (event.target.checked) next.add(card.id);
                  else next.delete(card.id);
                  setSelected(next);
                }}
              />
              {localized(card.title, language)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="dialog-buttons">
        <button type="button" className="button" disabled={selected.size === 0} onClick={() => void exportCards()}>
          {t('pack.export.action', { count: selected.size })}
        </button>
        <button type="button" className="button secondary" onClick={close}>
          {t('dialog.cancel')}
        </button>
      </div>
    </dialog>
  );
}
