import type { Translate } from '../core';
import { openDocument } from '../services/documents';
import type { CliIo } from './main';
import { describeProblems } from './problems';

/** `draaiboek validate FILE...`: one line per file that is valid, one line per problem of a file that is not. */
export async function validate(files: string[], io: CliIo, t: Translate): Promise<number> {
  let failed = false;
  for (const file of files) {
    const result = await openDocument(file);
    if (result.ok) {
      io.out(t('file.valid', { file }) + '\n');
      if (result.readOnly) io.err(t('file.readOnly', { file }) + '\n');
      continue;
    }
    failed = true;
    for (const line of describeProblems(file, result, t)) io.err(line + '\n');
  }
  return failed ? 1 : 0;
}
