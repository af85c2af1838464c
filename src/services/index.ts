export * from './host';
export * from './paths';
export * from './documents';
export * from './atomic-write';
export { loadBuiltinCards } from './builtin-cards';
export * from './app-meta';
export * from './static-files';
export * from './export';
