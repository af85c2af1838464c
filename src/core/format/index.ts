export * from './document';
export * from './problems';
export * from './parse';
export * from './serialize';
export * from './migrations';
export * from './json-schema';
export { pointerOf } from './locate';
