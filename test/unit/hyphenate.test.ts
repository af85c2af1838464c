import { describe, expect, it } from 'vitest';
import { hyphenate, SOFT_HYPHEN, withoutSoftHyphens } from '../../src/core';

/** The breaks made visible: "Trai|nings|me|tho|diek". */
const breaks = (text: string) => text.split(SOFT_HYPHEN).join('|');

describe('hyphenation of handout text', () => {
  it('breaks the Dutch words the issue saw cut mid-word only between syllables', () => {
    const text = 'Trainingsmethodiek gespreksvoering Oplossingsgericht zelfdeterminatietheorie Verbondenheid';
    const hyphenated = hyphenate(text, 'nl');
    expect(breaks(hyphenated)).toBe('Trai|nings|me|tho|diek ge|spreks|voe|ring Op|los|sings|ge|richt zelf|de|ter|mi|na|tie|the|o|rie Ver|bon|den|heid');
    // Nowhere the bad breaks: "Trainingsmetho|diek" is allowed, "gespreksvoerin|g" and "Verbondenh|eid" are not.
    expect(breaks(hyphenated)).not.toMatch(/voerin\|g|denh\|eid|geric\|ht/);
  });

  it('uses English patterns for an English handout', () => {
    expect(breaks(hyphenate('relatedness competence', 'en'))).toBe('re|lated|ness com|pet|ence');
  });

  it('changes nothing a reader sees: without the soft hyphens the text is exactly what was written', () => {
    const text = '  Drietallen met observator,\n\tzie www.voorbeeld.nl/gespreksvoering of info@trainingsbureau.nl  ';
    const hyphenated = hyphenate(text, 'nl');
    expect(withoutSoftHyphens(hyphenated)).toBe(text);
    expect(hyphenated).toContain('Drie\u00adtal\u00adlen');
  });

  it('leaves web and e-mail addresses and short words whole', () => {
    const text = 'www.voorbeeld.nl/gespreksvoering info@trainingsbureau.nl C:\\Trainingen\\verslag kort';
    expect(hyphenate(text, 'nl')).toBe(text);
  });

  it('hyphenates a word before a colon or full stop: only an address is left whole', () => {
    expect(breaks(hyphenate('Verbondenheid: gespreksvoering.', 'nl'))).toBe('Ver|bon|den|heid: ge|spreks|voe|ring.');
  });

  it('does not hyphenate a text twice', () => {
    const once = hyphenate('Oplossingsgericht', 'nl');
    expect(hyphenate(once, 'nl')).toBe(once);
  });
});
