import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
}

type Confirm = (request: ConfirmRequest) => Promise<boolean>;
const ConfirmContext = createContext<Confirm>(() => Promise.resolve(false));

/** `const confirm = useConfirm(); if (await confirm({...})) ...` shows a modal, keyboard and screen-reader ready. */
export function useConfirm(): Confirm {
  return useContext(ConfirmContext);
}

export function ModalHost({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [pending, setPending] = useState<(ConfirmRequest & { answer(ok: boolean): void }) | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const confirm = useCallback<Confirm>(
    (request) => new Promise((resolve) => setPending({ ...request, answer: (ok) => (setPending(null), resolve(ok)) })),
    [],
  );
  useEffect(() => {
    if (pending && !dialog.current?.open) dialog.current?.showModal();
    if (!pending && dialog.current?.open) dialog.current.close();
  }, [pending]);
  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      <dialog ref={dialog} className="modal" aria-labelledby="confirm-title" aria-describedby="confirm-message" onCancel={() => pending?.answer(false)}>
        <h2 id="confirm-title">{pending?.title}</h2>
        <p id="confirm-message">{pending?.message}</p>
        <div className="dialog-buttons">
          <button type="button" className={`button${pending?.danger ? ' danger' : ''}`} onClick={() => pending?.answer(true)}>
            {pending?.confirmLabel}
          </button>
          <button type="button" className="button secondary" autoFocus onClick={() => pending?.answer(false)}>
            {t('dialog.cancel')}
          </button>
        </div>
      </dialog>
    </ConfirmContext.Provider>
  );
}
