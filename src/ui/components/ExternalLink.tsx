import type { MouseEvent } from 'react';
import { safeExternalUrl } from '../../core';
import { useWorkbench } from '../workbench/context';

/**
 * An address from a file (a card's source) as one link whose text is the address itself. It never goes
 * through Markdown, so nothing in the address can become a second link or markup; an address that may
 * not leave the app shows as plain text. A click goes to the host, which opens the system browser.
 */
export function ExternalLink({ url }: { url: string }) {
  const { host } = useWorkbench();
  const href = safeExternalUrl(url);
  if (!href) return <span className="external-url">{url}</span>;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    void host['shell.openLink']({ url: href });
  };
  return (
    <a className="external-url" href={href} rel="noopener noreferrer" target="_blank" onClick={onClick}>
      {url}
    </a>
  );
}
