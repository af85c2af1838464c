export * from './model';
export * from './escape';
export * from './markdown';
export * from './html';
export * from './file-name';
