import type { HostApi } from '../../contract';

/**
 * The browser has no native file dialog that yields a path on disk, so the browser edition asks for the
 * path in the page. The workbench mounts <PathDialog>, which answers the requests queued here.
 */
export interface PathRequest {
  mode: 'open' | 'save';
  suggestedName: string;
  answer(path: string | null): void;
}

type Listener = (request: PathRequest | null) => void;
let listener: Listener | null = null;

export function onPathRequest(next: Listener | null): void {
  listener = next;
}

function askPath(mode: PathRequest['mode'], suggestedName: string): Promise<{ path: string | null }> {
  return new Promise((resolve) => {
    if (!listener) return resolve({ path: null });
    const current = listener;
    current({
      mode,
      suggestedName,
      answer: (path) => {
        current(null);
        resolve({ path: path?.trim() ? path.trim() : null });
      },
    });
  });
}

export const inPageDialogs: Pick<HostApi, 'dialogs.pickOpenPath' | 'dialogs.pickSavePath'> = {
  'dialogs.pickOpenPath': () => askPath('open', ''),
  'dialogs.pickSavePath': ({ suggestedName }) => askPath('save', suggestedName),
};
