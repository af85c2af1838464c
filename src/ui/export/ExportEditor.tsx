import { useEffect, useState } from 'react';
import { EXPORT_FORMAT_IDS, exportFileName, type Audience, type ExportFormat } from '../../core';
import type { HandoutPreview } from '../../app';
import { describeError, isAppError } from '../../contract';
import { EnumSelect } from '../components/EnumSelect';
import { useChoice } from '../components/ModalHost';
import { baseName } from '../files/FileDialog';
import { useApplication, useStore, useWorkingCopy } from '../app/context';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { useSettings } from '../app/context';

const ICONS: Record<ExportFormat, string> = { pdf: 'file-pdf', docx: 'file', html: 'globe', markdown: 'markdown' };

/**
 * Handouts of one curriculum: choose the edition and the scope, see the preview (the very HTML that is
 * printed, in a sandboxed frame that runs nothing), and export it to PDF, Word, HTML or Markdown.
 */
export function ExportEditor({ docKey }: { docKey: string }) {
  const { t } = useI18n();
  const { host, dispatch } = useWorkbench();
  const settings = useSettings((value) => value);
  const application = useApplication();
  const { documents } = application;
  const choose = useChoice();
  const curriculum = useWorkingCopy(docKey)?.history.present;
  const [audience, setAudience] = useState<Audience>(settings.exportAudience);
  const [scope, setScope] = useState<string>('all');
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [written, setWritten] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const dayIndex = scope === 'all' ? null : Number(scope);

  // The preview lives in the application layer and follows the curriculum as it is edited.
  const [previewer] = useState(() => application.previewHandout(docKey, { audience, dayIndex }));
  useEffect(() => previewer.start(), [previewer]);
  useEffect(() => previewer.setOptions({ audience, dayIndex }), [previewer, audience, dayIndex]);

  if (!curriculum) return null;
  const scopes = ['all', ...curriculum.days.map((_, index) => String(index))];

  const exportAs = async (format: ExportFormat) => {
    const document = documents.fileOf(docKey);
    if (!document) return;
    const suggestedName = exportFileName(curriculum, audience, format, dayIndex ?? undefined);
    const { path, replaceConfirmed } = await host['dialogs.pickSavePath']({ filter: format, suggestedName });
    if (!path) return;
    setBusy(format);
    setWritten(null);
    setCancelled(false);
    try {
      const save = (replace: boolean) => host['export.save']({ document, format: format, audience, dayIndex, path, replace });
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
          {[...EXPORT_FORMAT_IDS].sort((a, b) => Number(b === settings.exportFormat) - Number(a === settings.exportFormat)).map((format) => (
            <button key={format} type="button" className={`button${format === settings.exportFormat ? '' : ' secondary'}`} disabled={busy !== null} onClick={() => void exportAs(format)}>
              <span className={`codicon codicon-${ICONS[format]}`} aria-hidden="true" /> {t(`export.as.${format}`)}
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
      <PreviewFrame previewer={previewer} />
    </section>
  );
}

function PreviewFrame({ previewer }: { previewer: HandoutPreview }) {
  const { t } = useI18n();
  const { html, version, error } = useStore(previewer.store, (state) => state);
  return (
    <>
      {error !== null && (
        <p role="alert" className="form-errors">
          {t('error.host', { message: describeError(error, t).message })}
        </p>
      )}
      {/* Each new preview gets a new frame (`version` is its key): changing a sandboxed frame's srcdoc in place
          made Chromium navigate its out-of-process document, which at times left the preview blank for good. */}
      {html !== null ? (
        <iframe key={version} className="export-preview" title={t('export.preview')} sandbox="" srcDoc={html} />
      ) : (
        <div className="export-preview" aria-busy="true" />
      )}
    </>
  );
}
