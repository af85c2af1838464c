import { useEffect, useId, useRef, useState } from 'react';
import type { Block, Module, TechniqueCard } from '../../core';
import { blockTitle } from '../curriculum/BlockItem';
import { useI18n } from '../i18n';

const MAX_MINUTES = 24 * 60;

type FocusTarget = { blockId: string; control: 'up' | 'down' | 'remove' } | { blockId: null; control: 'description' };

/** Whole minutes from 1 to 1440, or null. */
function minutesOf(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const minutes = Number(text);
  return minutes >= 1 && minutes <= MAX_MINUTES ? minutes : null;
}

/**
 * Edits a module's description, the order of its blocks, which blocks it keeps and their durations.
 * Changes stay in a draft until "Save module"; "Cancel" drops them.
 */
export function ModuleEditor({ module, cards, onSave, onClose }: { module: Module; cards: ReadonlyMap<string, TechniqueCard>; onSave(module: Module): Promise<boolean>; onClose(): void }) {
  const { t, language } = useI18n();
  const id = useId();
  const [description, setDescription] = useState(module.description);
  const [blocks, setBlocks] = useState<Block[]>(module.blocks);
  const [durations, setDurations] = useState<Record<string, string>>(() => Object.fromEntries(module.blocks.map((block) => [block.id, String(block.durationMinutes)])));
  const [invalid, setInvalid] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [saving, setSaving] = useState(false);
  const focusTarget = useRef<FocusTarget | null>(null);
  const controls = useRef(new Map<string, HTMLElement | null>());
  const title = (block: Block) => blockTitle(block, cards, language);

  // After a move or a removal the pressed button may have moved or gone: keep the keyboard where the trainer is.
  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    focusTarget.current = null;
    if (target.blockId === null) return void controls.current.get('description')?.focus();
    const get = (control: string) => controls.current.get(`${target.blockId}:${control}`) as HTMLButtonElement | null | undefined;
    const wanted = get(target.control);
    const fallback = target.control === 'up' ? get('down') : target.control === 'down' ? get('up') : null;
    (wanted && !wanted.disabled ? wanted : fallback && !fallback.disabled ? fallback : controls.current.get('description'))?.focus();
  });

  const move = (index: number, by: -1 | 1) => {
    const block = blocks[index]!;
    const next = [...blocks];
    next.splice(index, 1);
    next.splice(index + by, 0, block);
    setBlocks(next);
    setAnnouncement(t('module.block.moved', { title: title(block), position: index + by + 1, count: next.length }));
    focusTarget.current = { blockId: block.id, control: by < 0 ? 'up' : 'down' };
  };

  const remove = (index: number) => {
    const block = blocks[index]!;
    const next = blocks.filter((candidate) => candidate.id !== block.id);
    setBlocks(next);
    if (invalid === block.id) setInvalid(null);
    setAnnouncement(t('module.block.removed', { title: title(block) }));
    const neighbour = next[Math.min(index, next.length - 1)];
    focusTarget.current = neighbour ? { blockId: neighbour.id, control: 'remove' } : { blockId: null, control: 'description' };
  };

  const save = async () => {
    const wrong = blocks.find((block) => minutesOf(durations[block.id] ?? '') === null);
    if (wrong) {
      setInvalid(wrong.id);
      controls.current.get(`${wrong.id}:duration`)?.focus();
      return;
    }
    setSaving(true);
    const saved = await onSave({ ...module, description, blocks: blocks.map((block) => ({ ...block, durationMinutes: minutesOf(durations[block.id]!)! })) });
    setSaving(false);
    if (saved) onClose();
  };

  return (
    <section className="module-editor" aria-label={t('module.editor', { title: module.title })}>
      <label className="text-field">
        {t('module.description')}
        <textarea ref={(element) => void controls.current.set('description', element)} rows={2} value={description} onChange={(event) => setDescription(event.target.value)} />
      </label>
      <ol className="module-blocks" aria-label={t('module.editor.blocks')}>
        {blocks.map((block, index) => {
          const name = title(block);
          const errorId = `${id}-${block.id}-error`;
          return (
            <li key={block.id} className="module-block">
              <span className="module-block-title">{name}</span>
              <input
                ref={(element) => void controls.current.set(`${block.id}:duration`, element)}
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_MINUTES}
                step={1}
                className="module-block-duration"
                aria-label={t('module.block.duration', { title: name })}
                aria-invalid={invalid === block.id}
                aria-describedby={invalid === block.id ? errorId : undefined}
                value={durations[block.id] ?? ''}
                onChange={(event) => {
                  setDurations({ ...durations, [block.id]: event.target.value });
                  if (invalid === block.id) setInvalid(null);
                }}
                onKeyDown={(event) => {
                  if (event.key !== 'Enter') return;
                  event.preventDefault();
                  void save();
                }}
              />
              <button ref={(element) => void controls.current.set(`${block.id}:up`, element)} type="button" className="icon-button" aria-label={t('module.block.up', { title: name })} title={t('module.block.up', { title: name })} disabled={index === 0} onClick={() => move(index, -1)}>
                <span className="codicon codicon-arrow-up" aria-hidden="true" />
              </button>
              <button ref={(element) => void controls.current.set(`${block.id}:down`, element)} type="button" className="icon-button" aria-label={t('module.block.down', { title: name })} title={t('module.block.down', { title: name })} disabled={index === blocks.length - 1} onClick={() => move(index, 1)}>
                <span className="codicon codicon-arrow-down" aria-hidden="true" />
              </button>
              <button ref={(element) => void controls.current.set(`${block.id}:remove`, element)} type="button" className="icon-button" aria-label={t('module.block.remove', { title: name })} title={t('module.block.remove', { title: name })} disabled={blocks.length === 1} onClick={() => remove(index)}>
                <span className="codicon codicon-trash" aria-hidden="true" />
              </button>
              {invalid === block.id && (
                <p id={errorId} role="alert" className="field-error module-block-error">
                  {t('module.block.invalidDuration', { title: name })}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {blocks.length === 1 && <p className="muted">{t('module.block.last')}</p>}
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      <div className="module-editor-actions">
        <button type="button" className="button small" disabled={saving} onClick={() => void save()}>
          {t('module.editor.save')}
        </button>
        <button type="button" className="button small secondary" onClick={onClose}>
          {t('module.editor.cancel')}
        </button>
      </div>
    </section>
  );
}
