/**
 * The one list of handout formats. Everything that names a format (the contract, the settings, the export
 * view, the CLI, the file dialogs, the file names) reads it from here, so a new format is one entry.
 */
export const EXPORT_FORMATS = {
  pdf: { extension: '.pdf', dialogName: 'PDF', cliNames: ['pdf'] },
  docx: { extension: '.docx', dialogName: 'Word', cliNames: ['docx'] },
  html: { extension: '.html', dialogName: 'HTML', cliNames: ['html'] },
  markdown: { extension: '.md', dialogName: 'Markdown', cliNames: ['md', 'markdown'] },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
/** In the order the export view offers them: PDF first, the format most trainers hand out. */
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]];

/** The format a command-line name ("md", "pdf") stands for, or undefined. */
export function exportFormatOfCliName(name: string): ExportFormat | undefined {
  return EXPORT_FORMAT_IDS.find((format) => (EXPORT_FORMATS[format].cliNames as readonly string[]).includes(name));
}

/** "pdf, docx, html or md": every command-line name, for usage messages. */
export const EXPORT_CLI_NAMES: readonly string[] = EXPORT_FORMAT_IDS.flatMap((format) => EXPORT_FORMATS[format].cliNames);
