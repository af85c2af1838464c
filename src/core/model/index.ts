export * from './common';
export * from './needs';
export * from './card';
export * from './curriculum';
export * from './run';
export * from './settings';
export * from './ui-state';
