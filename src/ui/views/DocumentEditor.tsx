import { useI18n } from '../i18n';
import type { EditorTab } from '../workbench/state';

/** An opened curriculum file, summarised; the day editor comes with the curriculum builder issue. */
export function DocumentEditor({ tab }: { tab: Extract<EditorTab, { kind: 'document' }> }) {
  const { t } = useI18n();
  const curriculum = tab.document.curriculum;
  const file = tab.path.split(/[\\/]/).pop() ?? tab.path;
  return (
    <article className="document-view" aria-labelledby="document-title">
      {tab.readOnly && (
        <p role="status" className="banner">
          <span className="codicon codicon-lock" aria-hidden="true" /> {t('file.readOnly', { file })}
        </p>
      )}
      <h1 id="document-title">{curriculum?.title || file}</h1>
      <p className="muted">{tab.path}</p>
      {curriculum && (
        <ol className="day-list">
          {curriculum.days.map((day) => (
            <li key={day.id}>
              <strong>{day.title}</strong> <span className="muted">{day.start}–{day.targetEnd} · {t('document.blockCount', { count: day.blocks.length })}</span>
            </li>
          ))}
        </ol>
      )}
      <p className="muted">{t('sidebar.cardCount', { count: tab.document.cards.length })}</p>
    </article>
  );
}
