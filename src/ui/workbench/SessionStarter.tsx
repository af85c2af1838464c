import { useEffect } from 'react';
import { useApplication } from '../app/context';

/** Brings back unsaved work and the last layout once the workbench is on screen. */
export function SessionStarter(): null {
  const app = useApplication();
  useEffect(() => {
    void app.start();
  }, [app]);
  return null;
}
