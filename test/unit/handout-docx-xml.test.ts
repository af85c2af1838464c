// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderHandoutDocx } from '../../src/services/export/docx';
import { handoutOf, loadExample } from './handout-helpers';
import { unzipText } from './zip';

interface XmlDocument {
  getElementsByTagName(name: string): { length: number; item(index: number): { textContent: string | null } | null };
}
const { DOMParser } = globalThis as unknown as { DOMParser: new () => { parseFromString(text: string, type: string): XmlDocument } };

describe('the Word file', () => {
  it.each(['participant', 'trainer'] as const)('has only well-formed XML parts (%s edition)', async (audience) => {
    const { curriculum, cards } = loadExample();
    curriculum.title = 'Tekst met \u0001 een stuurteken & <tags>';
    const parts = await unzipText(await renderHandoutDocx(handoutOf(curriculum, cards, { audience })));
    const xmlParts = Object.entries(parts).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'));
    expect(xmlParts.length).toBeGreaterThanOrEqual(8);
    for (const [name, text] of xmlParts) {
      const errors = new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror');
      expect(errors.length, `${name}: ${errors.item(0)?.textContent}`).toBe(0);
    }
    expect(parts['word/document.xml']).toContain('Tekst met  een stuurteken &amp; &lt;tags&gt;');
  });
});
