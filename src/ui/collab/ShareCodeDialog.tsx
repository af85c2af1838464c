import { useId, useRef } from 'react';
import { useI18n } from '../i18n';
import { useCopyCode } from './copy';
import { useModal } from './useModal';

/** The share code, large and selectable, with how a colleague joins: the one code the trainer must read out. */
export function ShareCodeDialog({ code, address, onClose }: { code: string; address: string; onClose(): void }) {
  const { t } = useI18n();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const copyButton = useRef<HTMLButtonElement>(null);
  const { outcome, copy } = useCopyCode();

  useModal(dialog, () => copyButton.current);

  return (
    <dialog
      ref={dialog}
      className="modal collab-dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-how`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>{t('collab.code.title')}</h2>
      <p>{t('collab.code.intro')}</p>
      <p className="collab-code">
        {code}
      </p>
      <p id={`${id}-how`}>{t('collab.code.howToJoin', { command: t('collab.command.join'), address })}</p>
      <p className="collab-progress" role="status">
        {outcome ? t(outcome === 'copied' ? 'collab.code.copied' : 'collab.code.copyFailed') : ''}
      </p>
      <div className="dialog-buttons">
        <button ref={copyButton} type="button" className="button" onClick={() => void copy(code)}>
          <span className="codicon codicon-copy" aria-hidden="true" /> {t('collab.code.copy')}
        </button>
        <button type="button" className="button secondary" onClick={onClose}>
          {t('collab.close')}
        </button>
      </div>
    </dialog>
  );
}
