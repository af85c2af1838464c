export * from './chromium';
export * from './fonts';
export * from './pdf';
// File names and extensions live in the core, where the UI can use them too.
export { EXPORT_FORMATS, exportFileName, type ExportFormat } from '../../core';
