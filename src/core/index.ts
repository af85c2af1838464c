export * from './model';
export * from './format';
export * from './links';
export * from './i18n';
export * from './library';
export * from './text';
export * from './markdown';
export * from './curriculum';
