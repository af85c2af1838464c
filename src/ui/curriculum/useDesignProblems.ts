import { useMemo } from 'react';
import { runChecks, type Problem } from '../../core';
import { useWorkbench } from '../workbench/context';
import { useDocuments } from './DocumentsProvider';
import { useActiveCurriculum } from './useActiveCurriculum';

/** The design checks of the active curriculum; recomputed on every edit (a few milliseconds even for 20 days). */
export function useDesignProblems(): { key: string; problems: Problem[] } | null {
  const active = useActiveCurriculum();
  const { cardsFor } = useDocuments();
  const { settings } = useWorkbench();
  const curriculum = active?.history.present;
  const key = active?.key;
  return useMemo(() => {
    if (!curriculum || !key) return null;
    return { key, problems: runChecks(curriculum, { cards: cardsFor(key), breakIntervalMinutes: settings.breakIntervalMinutes }) };
  }, [curriculum, key, cardsFor, settings.breakIntervalMinutes]);
}
