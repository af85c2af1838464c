import type { errorsNl } from './errors-nl';

/** English texts of the host errors; the type makes a missing key a compile error. */
export const errorsEn: Record<keyof typeof errorsNl, string> = {
  'error.file-not-found': 'The file does not exist (any more): {file}. Choose the file again; it may have been moved or renamed.',
  'error.folder-not-found': 'The folder does not exist: {folder}. Choose an existing folder.',
  'error.is-a-folder': '{file} is a folder, not a file. Choose a file.',
  'error.file-exists': 'Something with this name already exists: {file}. Choose another name.',
  'error.file-busy': '{file} is in use by another program. Close it there and try again.',
  'error.name-too-long': 'The name or path is too long: {file}. Choose a shorter name or a folder higher up.',
  'error.permission-denied': 'No permission to read or write {file}. Save in another folder or ask your administrator for access.',
  'error.disk-full': 'The disk is full; {file} was not saved. Your work is still open: free some space or save to another disk.',
  'error.read-only-file-system': 'This disk cannot be written to; {file} was not saved. Save in another folder.',
  'error.file-too-large': '{file} is too large to open or save.',
  'error.wrong-extension': '{file} has the wrong extension. A {format} file ends in {extension}.',
  'error.not-a-curriculum': 'This file holds no training (only cards), so there is no handout to make of it.',
  'error.built-in-card-read-only': 'The card "{id}" belongs to the starter library and cannot be changed. Duplicate it to edit.',
  'error.store-read-only': '{file} could not be read and is therefore not overwritten; your change was not kept. Repair or remove the file and start Draaiboek again.',
  'error.export-failed': 'The export failed. Try again or choose another format.',
  'error.export-timeout': 'The export took too long and was stopped. Try again, or export one day at a time.',
  'error.export-cancelled': 'The export was cancelled; nothing was saved.',
  'error.chromium-not-found': 'PDF export needs Chromium, which was not found. Install Chromium or Chrome, or set its path as chromiumPath in the settings file (settings.json in the data folder). Word, HTML and Markdown still work.',
  'error.chromium-not-chromium': '{file} is not Chromium, Chrome or Edge ({detail}), so Draaiboek does not start it for a PDF. Set the right path as chromiumPath in the settings file, or leave it empty to find Chromium automatically. Word, HTML and Markdown still work.',
  'error.setting-not-writable': 'The setting "{id}" names a program or folder and cannot be changed from the app in the browser edition. Set it in the settings file {file} and start Draaiboek again.',
  'error.path-not-allowed': 'Draaiboek only shows files you opened, saved or exported yourself in this session; {file} is not one of them.',
  'error.bad-input': 'Draaiboek received invalid data and changed nothing. Try again; if it keeps happening, please report it.',
  'error.unknown-method': 'This version of Draaiboek does not know that command. Restart Draaiboek.',
  'error.unexpected': 'Something unexpected went wrong. Try again; if it keeps failing, please report it with the details.',
};
