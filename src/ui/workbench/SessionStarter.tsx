import { useEffect } from 'react';
import { useApplication } from '../app/context';

/**
 * Brings back unsaved work and the last layout once the workbench is on screen, and writes pending
 * backups at once when the page goes away (a closed tab or window), not a second later.
 */
export function SessionStarter(): null {
  const app = useApplication();
  useEffect(() => {
    void app.start();
    const flush = () => {
      app.documents.flush();
      app.library.flush();
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [app]);
  return null;
}
