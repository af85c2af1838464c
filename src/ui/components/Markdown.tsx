import type { MouseEvent } from 'react';
import { renderMarkdown } from '../../core';
import { useWorkbench } from '../workbench/context';

/**
 * Markdown rendered by the core (raw HTML off, only http(s)/mailto links), so the HTML is inert.
 * A click on a link goes to the host, which opens it in the system browser, never in the app.
 */
export function Markdown({ source, className = '' }: { source: string; className?: string }) {
  const { host } = useWorkbench();
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest('a');
    if (!link) return;
    event.preventDefault();
    void host['shell.openLink']({ url: link.href });
  };
  return <div className={`markdown ${className}`} onClick={onClick} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
