/**
 * Every call the UI makes to the outside world. The preload imports only this list (not the schemas),
 * so it stays tiny; `contract.ts` must give a schema for each name, which the compiler checks.
 */
export const METHOD_NAMES = [
  'app.info',
  'library.listCards',
  'library.cardPage',
  'library.searchCards',
  'library.getCards',
  'library.saveCard',
  'library.saveCards',
  'library.deleteCard',
  'library.listModules',
  'library.saveModule',
  'library.deleteModule',
  'library.cardUsage',
  'team.snapshot',
  'team.saveCard',
  'team.deleteCard',
  'team.saveModule',
  'team.deleteModule',
  'team.settleConflict',
  'team.git',
  'settings.get',
  'settings.update',
  'uiState.get',
  'uiState.update',
  'documents.open',
  'documents.save',
  'documents.recent',
  'backups.save',
  'backups.list',
  'backups.discard',
  'dialogs.pickOpenPath',
  'dialogs.pickSavePath',
  'files.listFolder',
  'export.fonts',
  'export.save',
  'export.cancel',
  'shell.openLink',
  'shell.revealFile',
  'app.setMenu',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (METHOD_NAMES as readonly string[]).includes(value);
}
