import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../contract';

/** Where each platform keeps per-user application data; Electron's app.getPath('userData') agrees. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.DRAAIBOEK_DATA_DIR) return env.DRAAIBOEK_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Draaiboek');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Draaiboek');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Draaiboek');
}

/** The project root: the folder with package.json above this module, built (out/main) or not (src/services). */
export function projectRoot(fromUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(fromUrl));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new AppError('unexpected', { detail: 'cannot find the Draaiboek installation folder' }, 'cannot find the Draaiboek installation folder');
    dir = parent;
  }
  return dir;
}
