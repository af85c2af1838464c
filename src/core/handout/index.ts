export * from './model';
export * from './limits';
export * from './escape';
export * from './inert-markdown';
export * from './markdown';
export * from './html';
export * from './file-name';
