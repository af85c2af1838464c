import { useState, type ReactNode } from 'react';
import { BoundText } from '../components/BoundText';
import { TimeField } from '../components/TimeField';
import { BLOCK_TYPES, GROUP_FORMATS, newId, updateBlock, type Block, type TechniqueCard } from '../../core';
import { EnumSelect } from '../components/EnumSelect';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { blockTitle } from './BlockItem';
import { ChoiceFields } from './ChoiceFields';
import { describeFailure } from '../../app';
import { useApplication } from '../app/context';

/** A labelled text field bound to the block: each keystroke edits the document (one undo step per field). */
function BlockText({ label, value, onEdit, multiline, readOnly, sameValue }: { label: string; value: string; onEdit(value: string): void; multiline?: boolean; readOnly: boolean; sameValue?(text: string, value: string): boolean }) {
  return (
    <label className="text-field">
      {label}
      <BoundText value={value} onEdit={onEdit} multiline={multiline} readOnly={readOnly} sameValue={sameValue} />
    </label>
  );
}

const toLines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

function Row({ children }: { children: ReactNode }) {
  return <div className="form-row">{children}</div>;
}

/** The side form for the selected block(s): every field of a block, and "save as module". */
export function BlockForm({ docKey, blocks, cards, readOnly }: { docKey: string; blocks: Block[]; cards: ReadonlyMap<string, TechniqueCard>; readOnly: boolean }) {
  const { t, language } = useI18n();
  const app = useApplication();
  const { documents } = app;
  const { dispatch } = useWorkbench();
  const [moduleName, setModuleName] = useState('');
  const block = blocks[0];
  if (!block) return null;
  const edit = (changes: Partial<Block>, field?: string) =>
    documents.edit(docKey, (curriculum) => updateBlock(curriculum, block.id, changes), field ? { group: `block:${block.id}:${field}` } : undefined);
  const title = blockTitle(block, cards, language);

  const saveModule = async () => {
    const name = moduleName.trim() || title;
    try {
      await app.library.saveModule({ id: newId('module'), title: name, description: '', blocks: blocks.map((item) => ({ ...item, pinnedStart: undefined })) });
    } catch (error) {
      const { message, detail } = describeFailure(error);
      return app.notifications.error(message, detail);
    }
    setModuleName('');
    dispatch({ type: 'toast', toast: { key: 'module.saved', params: { title: name } } });
  };

  return (
    <aside className="block-form" aria-label={t('curriculum.blockForm')}>
      {blocks.length > 1 ? (
        <h2>{t('curriculum.selectedBlocks', { count: blocks.length })}</h2>
      ) : (
        <>
          <h2>{title}</h2>
          {block.kind === 'custom' ? (
            <>
              <BlockText label={t('curriculum.block.title')} value={block.title} readOnly={readOnly} onEdit={(title) => edit({ title }, 'title')} />
              <EnumSelect label={t('curriculum.block.type')} options={BLOCK_TYPES} value={block.type} disabled={readOnly} labelOf={(v) => t(`blockType.${v}`)} onChange={(type) => edit({ type })} />
            </>
          ) : block.kind === 'choice' ? (
            <>
              <BlockText label={t('curriculum.block.title')} value={block.title} readOnly={readOnly} onEdit={(title) => edit({ title }, 'title')} />
              <ChoiceFields
                block={block}
                cards={cards}
                curriculumLanguage={documents.get(docKey)?.history.present.language ?? language}
                readOnly={readOnly}
                edit={(changes, field) => edit(changes, field)}
              />
            </>
          ) : (
            <p className="muted">{t('curriculum.block.fromCard', { title })}</p>
          )}
          <Row>
            <label className="select-field">
              {t('card.field.duration')}
              <input
                type="number"
                min={1}
                max={1440}
                value={block.durationMinutes}
                readOnly={readOnly}
                onChange={(event) => Number.isInteger(event.target.valueAsNumber) && event.target.valueAsNumber >= 1 && edit({ durationMinutes: event.target.valueAsNumber }, 'duration')}
              />
            </label>
            <EnumSelect label={t('card.field.groupFormat')} options={GROUP_FORMATS} value={block.groupFormat} disabled={readOnly} labelOf={(v) => t(`groupFormat.${v}`)} onChange={(groupFormat) => edit({ groupFormat })} />
            <label className="select-field">
              {t('curriculum.block.pin')}
              <TimeField optional value={block.pinnedStart ?? ''} readOnly={readOnly} onEdit={(time) => edit({ pinnedStart: time || undefined }, 'pin')} />
            </label>
          </Row>
          <BlockText label={t('curriculum.block.goal')} value={block.goal} readOnly={readOnly} onEdit={(goal) => edit({ goal }, 'goal')} />
          <BlockText label={t('curriculum.block.participantText')} value={block.participantText} multiline readOnly={readOnly} onEdit={(participantText) => edit({ participantText }, 'participantText')} />
          <BlockText label={t('curriculum.block.trainerNotes')} value={block.trainerNotes} multiline readOnly={readOnly} onEdit={(trainerNotes) => edit({ trainerNotes }, 'trainerNotes')} />
          <BlockText
            label={t('curriculum.block.materials')}
            value={block.materials.join('\n')}
            multiline
            readOnly={readOnly}
            sameValue={(text, value) => toLines(text).join('\n') === value}
            onEdit={(text) => edit({ materials: toLines(text) }, 'materials')}
          />
        </>
      )}
      {!readOnly && (
        <div className="block-form-actions">
          <label className="text-field">
            {t('module.name')}
            <input type="text" value={moduleName} placeholder={title} onChange={(event) => setModuleName(event.target.value)} />
          </label>
          <button type="button" className="button secondary" onClick={() => void saveModule()}>
            <span className="codicon codicon-package" aria-hidden="true" /> {t('module.saveSelection')}
          </button>
          <button
            type="button"
            className="button danger"
            onClick={() => app.blocks.delete()}
          >
            <span className="codicon codicon-trash" aria-hidden="true" /> {t('curriculum.removeBlocks', { count: blocks.length })}
          </button>
        </div>
      )}
    </aside>
  );
}
