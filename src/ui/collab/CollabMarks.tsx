import { memo } from 'react';
import type { CollabState } from '../../app/collab-types';
import { useApplication, useStore } from '../app/context';
import { useI18n } from '../i18n';

/** One line per colleague on the block, "colour\tname\tfield": a string, so an unchanged answer is the same value. */
function marksOn(state: CollabState, docKey: string, blockId: string): string {
  const session = state.session;
  if (session?.key !== docKey) return '';
  return session.colleagues
    .filter((colleague) => colleague.focus?.blockId === blockId)
    .map((colleague) => [colleague.color, colleague.name, colleague.focus?.field ?? ''].map((part) => part.replace(/[\t\n]/g, ' ')).join('\t'))
    .join('\n');
}

/**
 * The names of the colleagues working on this block, "Els · Doel". Each block reads only its own colleagues,
 * so a colleague moving on renders the two blocks concerned, not the day. The colour is a border only: the
 * name stays in the text colour, readable whatever colour the engine gave.
 */
export const CollabMarks = memo(function CollabMarks({ docKey, blockId }: { docKey: string; blockId: string }) {
  const { t } = useI18n();
  const marks = useStore(useApplication().collab.store, (state) => marksOn(state, docKey, blockId));
  if (!marks) return null;
  return (
    <ul className="collab-marks" aria-label={t('collab.marks.label')}>
      {marks.split('\n').map((line, index) => {
        const [color, name, field] = line.split('\t') as [string, string, string];
        return (
          <li key={index} className="collab-mark" style={{ borderLeftColor: color }}>
            {field ? t('collab.markField', { name, field }) : t('collab.mark', { name })}
          </li>
        );
      })}
    </ul>
  );
});
