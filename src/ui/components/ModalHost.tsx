import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
}

export interface ChoiceRequest<T extends string> {
  title: string;
  message: string;
  /**
   * The first choice looks like the default button; cancelling the dialog answers null. The choice marked
   * `default` gets the focus when the dialog opens (never a `danger` one); with none marked, Cancel has it.
   */
  choices: { id: T; label: string; danger?: boolean; default?: boolean }[];
}

type Choose = <T extends string>(request: ChoiceRequest<T>) => Promise<T | null>;
type Confirm = (request: ConfirmRequest) => Promise<boolean>;
const ChooseContext = createContext<Choose>(() => Promise.resolve(null));

/** `const confirm = useConfirm(); if (await confirm({...})) ...` shows a modal, keyboard and screen-reader ready. */
export function useConfirm(): Confirm {
  const choose = useContext(ChooseContext);
  return useCallback(
    async ({ title, message, confirmLabel, danger }: ConfirmRequest) =>
      (await choose({ title, message, choices: [{ id: 'yes', label: confirmLabel, danger }] })) === 'yes',
    [choose],
  );
}

/** A modal with several answers, e.g. Save / Don't save, or Reload / Keep mine / Compare. */
export function useChoice(): Choose {
  return useContext(ChooseContext);
}

export function ModalHost({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  // Questions wait in line: a second question never hides (and so never drops) the first.
  const [queue, setQueue] = useState<(ChoiceRequest<string> & { answer(choice: string | null): void })[]>([]);
  const pending = queue[0] ?? null;
  const dialog = useRef<HTMLDialogElement>(null);
  const initialFocus = useRef<HTMLButtonElement>(null);
  const choose = useCallback(
    <T extends string>(request: ChoiceRequest<T>) =>
      new Promise<T | null>((resolve) => {
        const entry = {
          ...request,
          answer: (choice: string | null) => {
            setQueue((current) => current.filter((other) => other !== entry));
            resolve(choice as T | null);
          },
        };
        setQueue((current) => [...current, entry]);
      }),
    [],
  ) as Choose;
  useEffect(() => {
    if (pending && !dialog.current?.open) dialog.current?.showModal();
    if (!pending && dialog.current?.open) dialog.current.close();
    // The safe answer has the focus, so Enter never replaces or deletes by accident.
    if (pending) initialFocus.current?.focus();
  }, [pending]);
  const focused = pending?.choices.findIndex((choice) => choice.default && !choice.danger) ?? -1;
  return (
    <ChooseContext.Provider value={choose}>
      {children}
      <dialog ref={dialog} className="modal" aria-labelledby="confirm-title" aria-describedby="confirm-message" onCancel={() => pending?.answer(null)}>
        <h2 id="confirm-title">{pending?.title}</h2>
        <p id="confirm-message">{pending?.message}</p>
        <div className="dialog-buttons">
          {pending?.choices.map((choice, index) => (
            <button
              key={choice.id}
              type="button"
              className={`button${choice.danger ? ' danger' : index > 0 ? ' secondary' : ''}`}
              ref={index === focused ? initialFocus : undefined}
              onClick={() => pending.answer(choice.id)}
            >
              {choice.label}
            </button>
          ))}
          <button type="button" className="button secondary" ref={focused === -1 ? initialFocus : undefined} onClick={() => pending?.answer(null)}>
            {t('dialog.cancel')}
          </button>
        </div>
      </dialog>
    </ChooseContext.Provider>
  );
}
