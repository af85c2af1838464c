import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readAppVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The user's locale as the OS reports it (LC_ALL / LC_MESSAGES / LANG), e.g. "nl_NL.UTF-8" -> "nl-NL". */
export function systemLocale(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return raw.split('.')[0]!.replace('_', '-');
}
