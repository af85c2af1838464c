/** Why a file could not be read; the UI and CLI turn the code into words in their language. */
export type FileProblemCode =
  | 'too-large'
  | 'not-json'
  | 'not-draaiboek'
  | 'invalid'
  | 'duplicate-id'
  | 'migration-failed'
  /** The file could not be read from disk at all (reported by the services, not the parser). */
  | 'unreadable';

export interface FileProblem {
  code: FileProblemCode;
  /** JSON pointer to the place in the file, '' for the whole file. */
  pointer: string;
  /** 1-based line and column of that place, when it could be found. */
  line?: number;
  column?: number;
  /** Technical detail in English (from the JSON parser or the schema). */
  detail: string;
}

/** Things worth telling the user that do not stop the file from opening. */
export type FileNoticeCode = 'newer-version' | 'migrated' | 'unknown-card';
export interface FileNotice {
  code: FileNoticeCode;
  pointer: string;
  detail: string;
}
