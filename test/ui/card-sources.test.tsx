// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CardEditor } from '../../src/ui/views/CardEditor';
import { card, fakeHost, makeApplication, renderInWorkbench } from './harness';

afterEach(cleanup);

const HIDDEN = 'https://ok.example/>[Officiële bron](https://phish.example/login)';

function showSources(sources: { citation: string; url?: string }[]) {
  const host = fakeHost({ 'shell.openLink': async () => ({ opened: true }) });
  const app = makeApplication(host, { cards: [card('bronnen', 'Bronnen', { sources })] });
  renderInWorkbench(app, <CardEditor cardId="bronnen" />);
  const list = document.querySelector('ul.sources')!;
  return { host, list };
}

describe('the sources of a card', () => {
  it('show an address as one link with the address as its text, never as Markdown', () => {
    const { list } = showSources([{ citation: 'Miller & Rollnick (2013)', url: HIDDEN }]);
    const links = [...list.querySelectorAll('a')];
    expect(links).toHaveLength(1);
    expect(links[0]!.textContent).toBe(HIDDEN);
    expect(links[0]!.getAttribute('href')).toBe(new URL(HIDDEN).href);
    expect(list.textContent).toContain('Miller & Rollnick (2013)');
  });

  it('open the address through the host', () => {
    const { host } = showSources([{ citation: 'Bron', url: 'https://www.nji.nl/bron' }]);
    fireEvent.click(screen.getByRole('link', { name: 'https://www.nji.nl/bron' }));
    expect(host['shell.openLink']).toHaveBeenCalledWith({ url: 'https://www.nji.nl/bron' });
  });

  it('show an address that may not leave the app as text only', () => {
    const { list } = showSources([{ citation: 'Bron', url: 'javascript:alert(1)' }]);
    expect(list.querySelector('a')).toBeNull();
    expect(list.textContent).toContain('javascript:alert(1)');
  });
});
