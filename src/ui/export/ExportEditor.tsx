import { useEffect, useState } from 'react';
import { exportFileName, type Audience } from '../../core';
import { describeError, isAppError } from '../../contract';
import { EnumSelect } from '../components/EnumSelect';
import { useChoice } from '../components/ModalHost';
import { baseName } from '../files/FileDialog';
import { useApplication, useWorkingCopy } from '../app/context';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { useSettings } from '../app/context';

const FORMATS = [
  { id: 'pdf', icon: 'file-pdf' },
  { id: 'docx', icon: 'file' },
  { id: 'html', icon: 'globe' },
  { id: 'markdown', icon: 'markdown' },
] as const;
type Format = (typeof FORMATS)[number]['id'];

/**
 * Handouts of one curriculum: choose the edition and the scope, see the preview (the very HTML that is
 * printed, in a sandboxed frame that runs nothing), and export it to PDF, Word, HTML or Markdown.
 */
export function ExportEditor({ docKey }: { docKey: string }) {
  const { t } = useI18n();
  const { host, dispatch } = useWorkbench();
  const settings = useSettings((value) => value);
  const { documents } = useApplication();
  const choose = useChoice();
  const curriculum = useWorkingCopy(docKey)?.history.present;
  const [audience, setAudience] = useState<Audience>(settings.exportAudience);
  const [scope, setScope] = useState<string>('all');
  // Each new preview gets a new frame (`version` is its key): changing a sandboxed frame's srcdoc in place
  // made Chromium navigate its out-of-process document, which at times left the preview blank for good.
  const [preview, setPreview] = useState<{ html: string; version: number } | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [busy, setBusy] = useState<Format | null>(null);
  const [written, setWritten] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const dayIndex = scope === 'all' ? null : Number(scope);

  useEffect(() => {
    const document = documents.fileOf(docKey);
    if (!document) return;
    let current = true;
    host['export.preview']({ document, audience, dayIndex }).then(
      ({ html }) => {
        if (!current) return;
        setPreview((previous) => (previous?.html === html ? previous : { html, version: (previous?.version ?? 0) + 1 }));
        setPreviewError(null);
      },
      (error: unknown) => current && setPreviewError(error ?? new Error('export.preview failed')),
    );
    return () => {
      current = false;
    };
    // The preview follows the curriculum as it is edited.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host, docKey, audience, dayIndex, curriculum]);

  if (!curriculum) return null;
  const scopes = ['all', ...curriculum.days.map((_, index) => String(index))];

  const exportAs = async (format: (typeof FORMATS)[number]) => {
    const document = documents.fileOf(docKey);
    if (!document) return;
    const suggestedName = exportFileName(curriculum, audience, format.id, dayIndex ?? undefined);
    const { path, replaceConfirmed } = await host['dialogs.pickSavePath']({ filter: format.id, suggestedName });
    if (!path) return;
    setBusy(format.id);
    setWritten(null);
    setCancelled(false);
    try {
      const save = (replace: boolean) => host['export.save']({ document, format: format.id, audience, dayIndex, path, replace });
      let result = await save(replaceConfirmed ?? false);
      if (result.status === 'exists') {
        // Never overwrite silently: the safe answer (Cancel) has the focus, replacing takes a click.
        const answer = await choose({
          title: t('files.replace.title'),
          message: t('files.replace.message', { name: baseName(result.path) }),
          choices: [{ id: 'replace', label: t('files.replace.confirm'), danger: true }],
        });
        if (answer !== 'replace') return;
        result = await save(true);
        if (result.status !== 'written') return;
      }
      setWritten(result.path);
      dispatch({ type: 'log', line: { key: 'export.done', params: { path: result.path } } });
    } catch (error) {
      // The trainer's own cancel is no failure: the status line says so, without a toast.
      if (isAppError(error) && error.code === 'export-cancelled') return setCancelled(true);
      const failure = describeError(error, t);
      dispatch({ type: 'toast', toast: { key: failure.key, params: failure.params } });
      dispatch({ type: 'log', line: { key: 'error.host', params: { message: `${failure.message} (${failure.detail})` } } });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="export-editor" aria-labelledby="export-title">
      <h1 id="export-title">{t('export.title', { title: curriculum.title })}</h1>
      <div className="export-options">
        <fieldset className="checklist inline">
          <legend>{t('export.edition')}</legend>
          {(['participant', 'trainer'] as const).map((option) => (
            <label key={option}>
              <input type="radio" name="audience" checked={audience === option} onChange={() => setAudience(option)} />
              {t(`export.edition.${option}`)}
            </label>
          ))}
        </fieldset>
        <EnumSelect
          label={t('export.scope')}
          options={scopes}
          value={scope}
          labelOf={(value) => (value === 'all' ? t('export.scope.all') : curriculum.days[Number(value)]?.title || t('curriculum.dayN', { n: Number(value) + 1 }))}
          onChange={setScope}
        />
        <div className="toolbar" role="group" aria-label={t('export.formats')}>
          {[...FORMATS].sort((a, b) => Number(b.id === settings.exportFormat) - Number(a.id === settings.exportFormat)).map((format) => (
            <button key={format.id} type="button" className={`button${format.id === settings.exportFormat ? '' : ' secondary'}`} disabled={busy !== null} onClick={() => void exportAs(format)}>
              <span className={`codicon codicon-${format.icon}`} aria-hidden="true" /> {t(`export.as.${format.id}`)}
            </button>
          ))}
        </div>
      </div>
      <div role="status" aria-live="polite" className="export-status" aria-busy={busy !== null}>
        {busy && (
          <>
            <span className="codicon codicon-loading codicon-modifier-spin" aria-hidden="true" /> {t('export.busy', { format: t(`export.as.${busy}`) })}{' '}
            {/* Only a PDF takes long enough to want to stop it (and only a PDF print can be stopped). */}
            {busy === 'pdf' && (
              <button type="button" className="link-button" onClick={() => void host['export.cancel']({})}>
                {t('export.cancel')}
              </button>
            )}
          </>
        )}
        {cancelled && !busy && t('export.cancelled')}
        {written && (
          <>
            {t('export.done', { path: written })}{' '}
            <button type="button" className="link-button" onClick={() => void host['shell.revealFile']({ path: written })}>
              {t('export.reveal')}
            </button>
          </>
        )}
      </div>
      {previewError !== null && (
        <p role="alert" className="form-errors">
          {t('error.host', { message: describeError(previewError, t).message })}
        </p>
      )}
      {preview ? (
        <iframe key={preview.version} className="export-preview" title={t('export.preview')} sandbox="" srcDoc={preview.html} />
      ) : (
        <div className="export-preview" aria-busy="true" />
      )}
    </section>
  );
}
