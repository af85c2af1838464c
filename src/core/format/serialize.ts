import type { TechniqueCard } from '../model/card';
import type { Curriculum, Module } from '../model/curriculum';
import { DraaiboekDocument, FORMAT_NAME, FORMAT_VERSION } from './document';

export const APP_NAME = 'Draaiboek';

export function createDocument(
  content: { curriculum?: Curriculum; cards?: TechniqueCard[]; modules?: Module[] },
  appVersion: string,
): DraaiboekDocument {
  return {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    app: { name: APP_NAME, version: appVersion },
    ...(content.curriculum ? { curriculum: content.curriculum } : {}),
    cards: content.cards ?? [],
    modules: content.modules ?? [],
  };
}

/**
 * Writes a document as pretty JSON with keys in the schema's order (zod rebuilds every object in the
 * order its shape declares), so a colleague's change shows as a small, readable diff.
 */
export function serializeDocument(document: DraaiboekDocument): string {
  const canonical = DraaiboekDocument.parse(document);
  return JSON.stringify(canonical, null, 2) + '\n';
}
