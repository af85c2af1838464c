import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { AddButton, DraggableSource } from './AddToCurriculum';

/** Saved modules beside the cards: drag one into a day (its blocks are copied) or add it with "+". */
export function ModulesList() {
  const { library } = useWorkbench();
  const { t } = useI18n();
  if (library.modules.length === 0) return null;
  return (
    <details className="modules-list">
      <summary>{t('module.list', { count: library.modules.length })}</summary>
      <ul aria-label={t('module.listLabel')}>
        {library.modules.map((module) => (
          <li key={module.id}>
            <DraggableSource item={{ type: 'module', moduleId: module.id }}>
              <span className="module-item">
                <span className="codicon codicon-package" aria-hidden="true" /> {module.title}{' '}
                <span className="muted">{t('module.blocks', { count: module.blocks.length, minutes: module.blocks.reduce((sum, block) => sum + block.durationMinutes, 0) })}</span>
              </span>
              <AddButton blocks={module.blocks} label={module.title} />
            </DraggableSource>
          </li>
        ))}
      </ul>
    </details>
  );
}
