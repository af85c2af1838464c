import { useId, useRef, useState } from 'react';
import type { CollabFailure, CollabResult } from '../../app/collab-types';
import { useApplication, useSettings, useStore } from '../app/context';
import { useI18n } from '../i18n';
import { useModal } from './useModal';

interface Props {
  /** share: the training open under `key` goes to the server; join: the trainer also types a code. */
  mode: 'share' | 'join';
  docKey?: string;
  onClose(): void;
  /** After a share that worked: the code to show. */
  onShared(code: string, address: string): void;
}

type Problem = { reason: CollabFailure; address: string } | 'missing' | 'missing-code';

/**
 * Asks for the team's collaboration server (and for joining, the share code), remembers the server in the
 * settings, and shares or joins. A failure is said inline and the typed values stay, so the trainer can fix
 * the one that was wrong.
 */
export function CollabServerDialog({ mode, docKey, onClose, onShared }: Props) {
  const { t } = useI18n();
  const app = useApplication();
  const id = useId();
  const remembered = useSettings((settings) => settings.collabServer);
  const [address, setAddress] = useState(remembered?.address ?? '');
  const [token, setToken] = useState(remembered?.token ?? '');
  const [code, setCode] = useState('');
  const [showToken, setShowToken] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  // The service's own word, and ours from the click on: the buttons are off before its first update arrives.
  const [waiting, setWaiting] = useState(false);
  const busy = useStore(app.collab.store, (state) => state.busy !== null) || waiting;
  const dialog = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLInputElement>(null);
  const codeField = useRef<HTMLInputElement>(null);
  const tokenField = useRef<HTMLInputElement>(null);

  // Joining with the server already remembered: the code is what is left to type.
  useModal(dialog, () => (mode === 'join' && address && token ? codeField.current : first.current));

  const submit = async () => {
    if (busy) return;
    const server = { address: address.trim(), token: token.trim() };
    if (!server.address || !server.token) return setProblem('missing');
    if (mode === 'join' && !code.trim()) return setProblem('missing-code');
    setProblem(null);
    setWaiting(true);
    void app.settings.update({ collabServer: server });
    const result: CollabResult = await (mode === 'share' ? app.collab.share(docKey!, server) : app.collab.join(server, code)).finally(() => setWaiting(false));
    if (!result.ok) {
      setProblem({ reason: result.reason, address: server.address });
      // The buttons were off while waiting, so the focus was lost: it goes to the field to correct.
      const field = result.reason === 'wrong-token' ? tokenField : result.reason === 'unknown-code' || result.reason === 'bad-code' ? codeField : first;
      return field.current?.focus();
    }
    if (mode === 'share') onShared(result.code, server.address);
    else onClose();
  };

  const title = t(mode === 'share' ? 'collab.command.share' : 'collab.command.join');
  const message =
    problem === 'missing'
      ? t('collab.dialog.missing')
      : problem === 'missing-code'
        ? t('collab.dialog.missingCode')
        : problem
          ? t(`collab.failure.${problem.reason}`, { address: problem.address })
          : null;
  return (
    <dialog
      ref={dialog}
      className="modal collab-dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-busy={busy}
      onCancel={(event) => {
        // Escape closes, except while the server is answering: the result still has to arrive somewhere.
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <p>{t(mode === 'share' ? 'collab.dialog.shareIntro' : 'collab.dialog.joinIntro')}</p>
        <div className="collab-fields">
          <label>
            {t('collab.dialog.address')}
            <input
              ref={first}
              type="text"
              inputMode="url"
              value={address}
              placeholder={t('collab.dialog.addressExample')}
              spellCheck={false}
              autoComplete="off"
              aria-describedby={`${id}-address-hint`}
              onChange={(event) => setAddress(event.target.value)}
            />
          </label>
          <span id={`${id}-address-hint`} className="collab-hint">
            {t('collab.dialog.addressHint')}
          </span>
          <div className="collab-token">
            <label>
              {t('collab.dialog.token')}
              <input ref={tokenField} type={showToken ? 'text' : 'password'} value={token} spellCheck={false} autoComplete="off" onChange={(event) => setToken(event.target.value)} />
            </label>
            <button type="button" className="button secondary" aria-pressed={showToken} onClick={() => setShowToken(!showToken)}>
              {t('collab.dialog.showToken')}
            </button>
          </div>
          {mode === 'join' && (
            <label>
              {t('collab.dialog.code')}
              <input ref={codeField} className="collab-code-input" value={code} spellCheck={false} autoComplete="off" placeholder={t('collab.dialog.codeExample')} onChange={(event) => setCode(event.target.value)} />
            </label>
          )}
        </div>
        <p className="collab-progress" role="status">
          {busy ? t(mode === 'share' ? 'collab.dialog.sharing' : 'collab.dialog.joining') : ''}
        </p>
        {message && (
          <p className="collab-failure" role="alert">
            {message}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="submit" className="button" disabled={busy}>
            {t(mode === 'share' ? 'collab.dialog.share' : 'collab.dialog.join')}
          </button>
          <button type="button" className="button secondary" disabled={busy} onClick={onClose}>
            {t('dialog.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
