// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Application, CollabResult } from '../../src/app';
import { CollabLayer } from '../../src/ui/collab/CollabLayer';
import { requestCollabDialog } from '../../src/ui/collab/requests';
import { cancelDialog, fakeHost, makeApplication, polyfillDialog, renderInWorkbench } from './harness';

let app: Application | undefined;
beforeAll(polyfillDialog);
afterEach(() => {
  cleanup();
  app?.dispose();
  app = undefined;
});

const field = (name: string) => screen.getByLabelText<HTMLInputElement>(name);
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });

/** The layer as the workbench mounts it, with the service's share and join answered here instead of by a server. */
function setup(answer: CollabResult, settings = {}) {
  const host = fakeHost();
  app = makeApplication(host, { settings });
  const share = vi.spyOn(app.collab, 'share').mockResolvedValue(answer);
  const join = vi.spyOn(app.collab, 'join').mockResolvedValue(answer);
  renderInWorkbench(app, <CollabLayer />);
  return { host, share, join };
}

describe('the collaboration server dialog', () => {
  it('shares, remembers the server and shows the code with how a colleague joins', async () => {
    const { host, share } = setup({ ok: true, key: 'doc-1', code: '7K2M-QX9P-D4TB' });
    act(() => requestCollabDialog({ kind: 'share', key: 'doc-1' }));
    expect(screen.getByRole('heading', { name: 'Live samenwerken starten' })).toBeTruthy();
    expect(document.activeElement).toBe(field('Serveradres'));
    expect(field('Serveradres').placeholder).toBe('ws://127.0.0.1:1234');
    expect(field('Teamtoken').type).toBe('password');
    fireEvent.click(screen.getByRole('button', { name: 'Token tonen' }));
    expect(field('Teamtoken').type).toBe('text');

    type('Serveradres', ' ws://team.local:1234 ');
    type('Teamtoken', 'geheim');
    await act(async () => void fireEvent.submit(field('Teamtoken').form!));

    const server = { address: 'ws://team.local:1234', token: 'geheim' };
    expect(host['settings.update']).toHaveBeenCalledWith({ changes: { collabServer: server } });
    expect(share).toHaveBeenCalledWith('doc-1', server);
    expect(screen.getByRole('heading', { name: 'Deelcode' })).toBeTruthy();
    expect(screen.getByText('7K2M-QX9P-D4TB')).toBeTruthy();
    expect(screen.getByText(/kiest in het opdrachtenpalet "Deelnemen aan live training" en vult daar het serveradres ws:\/\/team.local:1234/)).toBeTruthy();
  });

  it('says a failure in words and keeps what was typed', async () => {
    const { join } = setup({ ok: false, reason: 'wrong-token' }, { collabServer: { address: 'ws://team.local:1234', token: 'oud' } });
    act(() => requestCollabDialog({ kind: 'join' }));
    // The server is remembered, so the code is what is left to type.
    expect(field('Serveradres').value).toBe('ws://team.local:1234');
    expect(field('Teamtoken').value).toBe('oud');
    expect(document.activeElement).toBe(field('Deelcode'));

    type('Deelcode', '7k2m qx9p d4tb');
    await act(async () => void fireEvent.submit(field('Deelcode').form!));
    expect(join).toHaveBeenCalledWith({ address: 'ws://team.local:1234', token: 'oud' }, '7k2m qx9p d4tb');
    expect(screen.getByRole('alert').textContent).toBe('De server weigert het teamtoken. Vraag het juiste token aan wie de server beheert.');
    expect(field('Deelcode').value).toBe('7k2m qx9p d4tb');
    expect(field('Teamtoken').value).toBe('oud');
    expect(document.activeElement).toBe(field('Teamtoken'));

    join.mockResolvedValue({ ok: false, reason: 'unreachable' });
    await act(async () => void fireEvent.submit(field('Deelcode').form!));
    expect(screen.getByRole('alert').textContent).toMatch(/^De server op ws:\/\/team.local:1234 is niet bereikbaar\./);
  });

  it('asks for the server before it calls the service', async () => {
    const { share } = setup({ ok: true, key: 'doc-1', code: '7K2M-QX9P-D4TB' });
    act(() => requestCollabDialog({ kind: 'share', key: 'doc-1' }));
    await act(async () => void fireEvent.submit(field('Teamtoken').form!));
    expect(screen.getByRole('alert').textContent).toBe('Vul het serveradres en het teamtoken in.');
    expect(share).not.toHaveBeenCalled();
  });

  it('closes on Escape without sharing', () => {
    const { share } = setup({ ok: true, key: 'doc-1', code: '7K2M-QX9P-D4TB' });
    act(() => requestCollabDialog({ kind: 'share', key: 'doc-1' }));
    act(() => cancelDialog(screen.getByRole('dialog') as HTMLDialogElement));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(share).not.toHaveBeenCalled();
  });
});
