export * from './folder';
export * from './snapshot';
