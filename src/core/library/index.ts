export * from './search';
export * from './filters';
export * from './packs';
export * from './validate';
export * from './card-diff';
