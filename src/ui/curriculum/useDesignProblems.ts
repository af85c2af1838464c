import { createContext, createElement, useContext, useMemo, type ReactNode } from 'react';
import { runChecks, type Problem } from '../../core';
import { useWorkbench } from '../workbench/context';
import { useDocuments } from './DocumentsProvider';
import { useActiveCurriculum } from './useActiveCurriculum';

type DesignProblems = { key: string; problems: Problem[] } | null;
const DesignProblemsContext = createContext<DesignProblems>(null);

/**
 * Runs the design checks of the active curriculum once per edit, for every part that shows them
 * (Problems panel, its badge, the status bar).
 */
export function DesignProblemsProvider({ children }: { children: ReactNode }) {
  const active = useActiveCurriculum();
  const { cardsFor } = useDocuments();
  const { settings } = useWorkbench();
  const curriculum = active?.history.present;
  const key = active?.key;
  const value = useMemo<DesignProblems>(() => {
    if (!curriculum || !key) return null;
    return { key, problems: runChecks(curriculum, { cards: cardsFor(key), breakIntervalMinutes: settings.breakIntervalMinutes }) };
  }, [curriculum, key, cardsFor, settings.breakIntervalMinutes]);
  return createElement(DesignProblemsContext.Provider, { value }, children);
}

/** The design checks of the active curriculum, or null when no curriculum is active. */
export function useDesignProblems(): DesignProblems {
  return useContext(DesignProblemsContext);
}
