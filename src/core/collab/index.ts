// Only the share code's rules here: the shared document (training-doc.ts, on Yjs) is imported where it is
// used, so that nothing that imports the core carries the engine.
export * from './session-code';
