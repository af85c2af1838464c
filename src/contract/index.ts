export * from './methods';
export * from './contract';
export * from './dispatch';
export * from './csp';
export * from './errors';
