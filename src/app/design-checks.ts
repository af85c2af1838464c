import { checkSettings, runChecks, type CheckSettings, type Curriculum, type TechniqueCard } from '../core';
import type { DocumentService } from './documents';
import type { MarkerService } from './markers';
import type { SettingsService } from './settings';

/**
 * Runs the design checks of every open training once per change and publishes them as markers, for every
 * part that shows them (Problems panel, its badge, the status bar, the day columns).
 */
export function watchDesignProblems(documents: DocumentService, markers: MarkerService, settings: SettingsService): () => void {
  const seen = new Map<string, { curriculum: Curriculum; cards: ReadonlyMap<string, TechniqueCard>; thresholds: string }>();
  const run = () => {
    const thresholds: CheckSettings = checkSettings(settings.get());
    const thresholdsKey = JSON.stringify(thresholds);
    const copies = documents.store.get();
    for (const [key, copy] of Object.entries(copies)) {
      const last = seen.get(key);
      const curriculum = copy.history.present;
      if (last && last.curriculum === curriculum && last.cards === copy.cards && last.thresholds === thresholdsKey) continue;
      seen.set(key, { curriculum, cards: copy.cards, thresholds: thresholdsKey });
      markers.setDesignProblems(key, runChecks(curriculum, { ...thresholds, cards: copy.cards }));
    }
    for (const key of [...seen.keys()]) {
      if (copies[key]) continue;
      seen.delete(key);
      markers.clear(key);
    }
  };
  run();
  const stopDocuments = documents.store.subscribe(run);
  const stopSettings = settings.store.subscribe(run);
  return () => {
    stopDocuments();
    stopSettings();
  };
}
