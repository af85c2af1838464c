import { useEffect, useState } from 'react';
import { useApplication } from '../app/context';
import { CollabServerDialog } from './CollabServerDialog';
import { onCollabRequest, type CollabRequest } from './requests';
import { ShareCodeDialog } from './ShareCodeDialog';
import { useReportFocus } from './useReportFocus';

type Showing = { kind: 'server'; request: Exclude<CollabRequest, { kind: 'code' }> } | { kind: 'code'; code: string; address: string } | null;

/** Live co-editing's part of the workbench, mounted once: the dialogs the commands open, and telling colleagues where I work. */
export function CollabLayer() {
  const app = useApplication();
  const [showing, setShowing] = useState<Showing>(null);
  useReportFocus();

  useEffect(
    () =>
      onCollabRequest((request) => {
        if (request.kind !== 'code') return setShowing({ kind: 'server', request });
        const session = app.collab.store.get().session;
        if (session) setShowing({ kind: 'code', code: session.code, address: session.address });
      }),
    [app],
  );

  const close = () => setShowing(null);
  if (showing?.kind === 'server') {
    const { request } = showing;
    return (
      <CollabServerDialog
        // A new request is a new dialog: fresh fields, focus moved in again.
        key={request.kind === 'share' ? `share:${request.key}` : 'join'}
        mode={request.kind}
        docKey={request.kind === 'share' ? request.key : undefined}
        onClose={close}
        onShared={(code, address) => setShowing({ kind: 'code', code, address })}
      />
    );
  }
  if (showing?.kind === 'code') return <ShareCodeDialog code={showing.code} address={showing.address} onClose={close} />;
  return null;
}
