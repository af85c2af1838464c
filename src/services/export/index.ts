export * from './chromium';
export * from './fonts';
export * from './pdf';
export * from './render';
export * from './docx';
