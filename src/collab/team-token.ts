import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../services/atomic-write';

/** The file in the data folder that keeps the team's token, so a restarted server lets the same team in. */
export const TOKEN_FILE = 'team-token';

/** What a token may look like: what CollabCredentials accepts (1 to 200 characters), without spaces or line breaks. */
const TOKEN = /^[\x21-\x7e]{1,200}$/;

/** Whether a token can be given on the command line or kept in the file. */
export const isValidToken = (token: string): boolean => TOKEN.test(token);

/**
 * The team's token: the one kept in `<dataDir>/team-token`, or a new one (24 random bytes, base64url)
 * written there on the first start. The file is readable by its owner only, because whoever reads it can
 * join every training on the server.
 */
export async function teamToken(dataDir: string): Promise<string> {
  const file = join(dataDir, TOKEN_FILE);
  let kept: string | null = null;
  try {
    kept = (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (kept !== null) {
    if (!isValidToken(kept)) throw new Error(`${file} does not hold a usable token (1 to 200 visible characters); remove it to get a new one`);
    return kept;
  }
  const token = randomBytes(24).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  // Readable by its owner only, from the temp file on: never readable by others, not even for a moment.
  await writeFileAtomic(file, token + '\n', { mode: 0o600 });
  return token;
}
