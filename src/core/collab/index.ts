export * from './session-code';
export * from './training-doc';
export { orderFor } from './order';
export { applyTextChange } from './text';
