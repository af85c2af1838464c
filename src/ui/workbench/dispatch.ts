import type { Action as LayoutAction, Application, Toast } from '../../app';
import type { FileProblem, MessageKey } from '../../core';
import type { StartupNotice } from '../../contract';

/** Intents a component sends: layout actions go to the layout, the rest to notifications and markers. */
export type Action =
  | LayoutAction
  | { type: 'log'; line: { key: MessageKey; params?: Record<string, string | number> } }
  | { type: 'toast'; toast: { key: MessageKey; params?: Record<string, string | number>; action?: Toast['action'] } }
  | { type: 'dismiss-toast'; id: number }
  | { type: 'set-notices'; notices: StartupNotice[] }
  | { type: 'dismiss-notice'; index: number }
  | { type: 'set-problems'; file: string; problems: FileProblem[] };

export function createDispatch(app: Application): (action: Action) => void {
  return (action) => {
    switch (action.type) {
      case 'log':
        return app.notifications.log(action.line);
      case 'toast':
        return void app.notifications.notify(action.toast);
      case 'dismiss-toast':
        return app.notifications.dismiss(action.id);
      case 'set-notices':
        return app.notifications.setNotices(action.notices);
      case 'dismiss-notice':
        return app.notifications.dismissNotice(action.index);
      case 'set-problems':
        return app.markers.setFileProblems(action.file, action.problems);
      default:
        return app.layout.dispatch(action);
    }
  };
}
